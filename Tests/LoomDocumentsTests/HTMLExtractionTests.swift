import Testing
@testable import LoomDocuments

@Suite struct HTMLExtractionTests {
    @Test func navigationHeaderFooterAndAsideAreDropped() throws {
        let html = Fixture.page(body: """
            <header><div class="logo">Daily Bugle</div></header>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news section</a></li></ul></nav>
            <div class="article-body">\(Fixture.paragraphs(5))</div>
            <aside><p>Trending today: celebrity gossip roundup, sports scores and weather, all in one place.</p></aside>
            <footer><p>Contact us, about us, careers, privacy policy, terms of service and more.</p></footer>
            """)
        let article = try Fixture.read(html)
        #expect(article.text.contains("In paragraph 1, the council said"))
        #expect(article.text.contains("In paragraph 5,"))
        #expect(!article.text.contains("World news section"))
        #expect(!article.text.contains("Daily Bugle"))
        #expect(!article.text.contains("Trending today"))
        #expect(!article.text.contains("privacy policy"))
    }

    @Test func headerInsideArticleKeepsItsStandfirst() throws {
        let html = Fixture.page(body: """
            <header><p>Site tagline that is not part of the story, with a comma, and more words here.</p></header>
            <article><header><h1>Budget Day</h1><p>The council approved a larger budget, its first in years.</p></header>
            \(Fixture.paragraphs(4))</article>
            """)
        let article = try Fixture.read(html)
        #expect(article.text.contains("its first in years"))
        #expect(!article.text.contains("Site tagline"))
    }

    @Test func commentsAreDropped() throws {
        let html = Fixture.page(body: """
            <article>\(Fixture.paragraphs(5))</article>
            <div id="comments"><h3>42 Comments</h3>
            <div class="comment"><p>I completely disagree with this, the council has wasted money before, and it will again.</p></div>
            <div class="comment"><p>Great reporting, thanks, I shared it with my neighbours, who were surprised.</p></div></div>
            """)
        let article = try Fixture.read(html)
        #expect(article.text.contains("In paragraph 3,"))
        #expect(!article.text.contains("completely disagree"))
        #expect(!article.text.contains("42 Comments"))
    }

    @Test func relatedLinksInsideTheArticleAreDropped() throws {
        let html = Fixture.page(body: """
            <div class="story">\(Fixture.paragraphs(3))
            <ul><li><a href="/a">Mayor unveils plan for new bridge downtown</a></li>
            <li><a href="/b">Schools brace for record enrollment this fall</a></li>
            <li><a href="/c">Parks department hires forty seasonal workers</a></li></ul>
            \(Fixture.paragraphs(3, topic: "mayor"))</div>
            <div class="related-stories"><h2>More from News</h2><p><a href="/d">Another story about the city budget, the council and its critics.</a></p></div>
            """)
        let article = try Fixture.read(html)
        #expect(article.text.contains("the mayor said"))
        #expect(!article.text.contains("new bridge downtown"))
        #expect(!article.text.contains("More from News"))
    }

    @Test func titleSiteSuffixIsStripped() throws {
        let pipe = Fixture.page(head: "<title>Council Approves City Budget | The Daily Bugle</title>", body: Fixture.paragraphs(4))
        #expect(try Fixture.read(pipe).metadata.title == "Council Approves City Budget")
        let dash = Fixture.page(
            head: "<title>Council Approves Budget - Bugle</title><meta property=\"og:site_name\" content=\"Bugle\">",
            body: Fixture.paragraphs(4))
        let article = try Fixture.read(dash)
        #expect(article.metadata.title == "Council Approves Budget")
        #expect(article.metadata.siteName == "Bugle")
        #expect(article.text.hasPrefix("Council Approves Budget\n\nIn paragraph 1"))
        // A dash inside a short title is part of the title.
        let short = Fixture.page(head: "<title>Spider-Man - Review</title>", body: Fixture.paragraphs(4))
        #expect(try Fixture.read(short).metadata.title == "Spider-Man - Review")
    }

    @Test func headingThatRepeatsTheTitleIsNotDuplicated() throws {
        let html = Fixture.page(
            head: "<meta property=\"og:title\" content=\"Council Approves Budget\">",
            body: "<article><h1>Council Approves Budget</h1>\(Fixture.paragraphs(4))<h2>What happens next</h2>\(Fixture.paragraphs(2))</article>")
        let article = try Fixture.read(html)
        #expect(article.text.components(separatedBy: "Council Approves Budget").count == 2)
        #expect(article.text.contains("\n\nWhat happens next\n\n"))
    }

    @Test func jsonLDGivesDateAuthorAndHeadline() throws {
        let json = """
            <script type="application/ld+json"><![CDATA[{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Bugle"},
            {"@type":"NewsArticle","headline":"Budget Passes","datePublished":"2024-03-05T10:00:00Z",
            "author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"John Doe"}],
            "publisher":{"@type":"Organization","name":"The Bugle"}}]}]]></script>
            """
        let article = try Fixture.read(Fixture.page(head: json + "<title>Other | Bugle</title>", body: Fixture.paragraphs(4)))
        #expect(article.metadata.published == "2024-03-05T10:00:00Z")
        #expect(article.metadata.author == "Jane Roe, John Doe")
        #expect(article.metadata.title == "Budget Passes")
        #expect(article.metadata.siteName == "The Bugle")
    }

    @Test func timeElementGivesDate() throws {
        let html = Fixture.page(body: "<article><p class=\"byline\">By Jane Roe</p><time datetime=\"2023-01-02T08:00\">Jan. 2</time>\(Fixture.paragraphs(4))</article>")
        let article = try Fixture.read(html)
        #expect(article.metadata.published == "2023-01-02T08:00")
        #expect(article.metadata.author == "Jane Roe")
        #expect(article.metadata.language == "en")
        #expect(!article.text.contains("By Jane Roe"))
    }

    @Test func publicationTimeIsPreferredOverOtherTimes() throws {
        let html = Fixture.page(body: """
            <div class="topbar"><time datetime="2030-12-31">Today</time></div>
            <article><time class="updated" datetime="2024-02-02">Updated</time>
            <time itemprop="datePublished" datetime="2024-01-01T09:00">Published</time>\(Fixture.paragraphs(3))</article>
            """)
        #expect(try Fixture.read(html).metadata.published == "2024-01-01T09:00")
    }

    @Test func metaTagsGiveDateAndAuthor() throws {
        let head = """
            <meta property="article:published_time" content="2022-07-08T09:10:11+02:00">
            <meta name="author" content="Ana Lima"><meta property="og:title" content="Open Graph Title">
            """
        let article = try Fixture.read(Fixture.page(head: head, body: Fixture.paragraphs(4)))
        #expect(article.metadata.published == "2022-07-08T09:10:11+02:00")
        #expect(article.metadata.author == "Ana Lima")
        #expect(article.metadata.title == "Open Graph Title")
    }

    @Test func boilerplateLinesAndScriptsAreDropped() throws {
        let html = Fixture.page(body: """
            <div class="entry-content">\(Fixture.paragraphs(2))
            <p>Advertisement</p><p>Also Read: Ten things to know about the budget</p>
            <script>var tracking = "do not show this";</script><style>p { color: red }</style>
            \(Fixture.paragraphs(2, topic: "treasurer"))<p>Share this article</p></div>
            """)
        let article = try Fixture.read(html)
        #expect(article.text.contains("the treasurer said"))
        for junk in ["Advertisement", "Also Read", "do not show", "color: red", "Share this"] {
            #expect(!article.text.contains(junk), "\(junk)")
        }
    }

    @Test func listsQuotesAndTablesKeepTheirText() throws {
        let html = Fixture.page(body: """
            <article>\(Fixture.paragraphs(3))<h2>Key figures</h2>
            <ul><li>Schools receive the largest share of the new money</li><li>Roads come second</li></ul>
            <blockquote><p>This is a good day for the city, she said.</p></blockquote>
            <table><tr><th>Item</th><th>Amount</th></tr><tr><td>Schools</td><td>$4 million</td></tr></table>
            \(Fixture.paragraphs(2))</article>
            """)
        let article = try Fixture.read(html)
        for kept in ["Key figures", "Schools receive the largest share", "Roads come second", "good day for the city", "$4 million"] {
            #expect(article.text.contains(kept), "\(kept)")
        }
        #expect(article.text.contains("\n\nRoads come second\n\n"))
    }

    @Test func pageWithoutParagraphsFallsBackToBody() throws {
        let article = try Fixture.read(Fixture.page(body: "<div>Short note.</div><div>Another line.</div>"))
        #expect(article.text == "Short note.\n\nAnother line.")
    }

    @Test func captionsAndCreditsAreDroppedButNotCaptionStateClasses() throws {
        let html = Fixture.page(body: """
            <article>\(Fixture.paragraphs(2))
            <figure><img src="a.jpg"><figcaption>The mayor at the opening, on Monday.</figcaption></figure>
            <div class="image-wrapper"><img src="b.jpg"><span class="photo-credit">Jane Roe/Agency</span></div>
            <div class="item no_caption"><h2>A lede in a heading inside a no_caption block, with commas, stays.</h2></div>
            \(Fixture.paragraphs(2, topic: "mayor"))</article>
            """)
        let article = try Fixture.read(html)
        #expect(!article.text.contains("at the opening"))
        #expect(!article.text.contains("Jane Roe/Agency"))
        #expect(article.text.contains("A lede in a heading"))
        #expect(article.text.contains("the mayor said"))
    }
}
