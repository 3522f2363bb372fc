import Testing
@testable import LoomDocuments

@Suite struct BoilerplateTests {
    @Test(arguments: [
        "Advertisement", "ADVERTISEMENT", "- Advertisement -", "Also Read: Ten things about the budget",
        "Click here to subscribe", "Sign up for our newsletter", "Share this article", "Follow us on Twitter",
        "We use cookies to improve your experience. By continuing you accept our cookie policy.",
        "Read more: Council approves budget", "© 2024 Bugle Media. All rights reserved.", "•",
    ])
    func dropsBoilerplate(_ line: String) {
        #expect(Boilerplate.isBoilerplate(line))
    }

    @Test(arguments: [
        "The advertisement ran for three weeks before the council noticed it.",
        "Police said they would click here and there through the records, one by one.",
        "She asked readers to sign up for the march, which starts at noon.",
        "Share prices fell 3% after the announcement.",
        "Followers of the team were disappointed.",
        "The cookie factory employs 300 people and will accept new orders next year.",
        "Also, read the fine print before you sign anything, the lawyer said.",
        "Ad hoc committees met twice.",
    ])
    func keepsRealSentences(_ line: String) {
        #expect(!Boilerplate.isBoilerplate(line))
    }
}
