import Foundation

/// Short news articles written for these tests, with names full of characters that exports must
/// escape: `&`, `"`, `\`, `<`, `>`, an apostrophe, an emoji, and an HTML `<br>` line break.
enum Articles {
    static let telecom = """
        AT&T buys Blue Sky Networks

        AT&T agreed to acquire Blue Sky Networks for $2 billion on Monday. \
        Randall Stephenson, the chief executive of AT&T, praised the deal. \
        Blue Sky Networks employs 400 engineers in Dallas.

        Procter & Gamble sold its radio unit to AT&T last year.
        """

    static let arms = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <title>Smith &amp; Wesson names a new chief</title>
        <meta name="author" content="Jane O'Neil">
        </head><body>
        <article>
        <h1>Smith &amp; Wesson names a new chief</h1>
        <p>Smith &amp; Wesson hired Mark Smith as chief executive on Tuesday.<br>The company is based in Springfield.</p>
        <p>Mark Smith previously led Ruger &lt;Arms&gt; Holdings for six years.</p>
        <p>Dwayne "The Rock" Johnson praised Smith &amp; Wesson in a statement.</p>
        <p>Investors welcomed the decision, and the shares of Smith &amp; Wesson rose 5 percent in New York.</p>
        </article>
        </body></html>
        """

    static let startups = """
        Rocket 🚀 Labs raises money

        Rocket 🚀 Labs raised $30 million from Sequoia Capital. \
        The founder of Rocket 🚀 Labs, Maria Lopez, lives in Berlin. \
        Sequoia Capital also invested in C:\\Data Systems. \
        C:\\Data Systems hired Tom O'Brien in March.
        """

    static let football = """
        Arsenal signs a striker

        Arsenal signed Kai Havertz from Chelsea on Friday. \
        Mikel Arteta, the manager of Arsenal, welcomed Kai Havertz. \
        Chelsea sold Kai Havertz for 65 million pounds.
        """

    /// A file name with every character a path may hold that exports must escape (GraphML `sources`,
    /// DOT tooltips): `&`, `"`, `'`, `\\`, `<`, `>`, an emoji and a newline.
    static let hostileName = "AT&T \"deal\" <O'Neil> back\\slash 🚀\nline.txt"

    /// Writes the four articles into `folder` (two of them in a sub-folder, one under ``hostileName``)
    /// and returns their paths.
    @discardableResult
    static func writeCorpus(in workspace: borrowing Workspace, folder: String = "corpus") throws -> [String] {
        [
            try workspace.write(telecom, to: "\(folder)/\(hostileName)"),
            try workspace.write(arms, to: "\(folder)/news/arms.html"),
            try workspace.write(startups, to: "\(folder)/news/startups.txt"),
            try workspace.write(football, to: "\(folder)/sport.txt"),
        ]
    }
}
