/// CaRB's default "lenient binary" pair score between a gold tuple and a prediction.
enum CaRBMatcher {
    private static let beForms: Set<String> = ["be", "is", "am", "are", "was", "were", "been", "being"]
    private static let saidVerbs = ["said", "told", "added", "adds", "says"]

    /// (precision, recall) of `prediction` against `gold`.
    static func score(gold: CaRBTuple, prediction: CaRBTuple) -> (Double, Double) {
        let goldArgs = gold.collapsed
        let predArgs = prediction.collapsed
        let straight = helper(goldRelation: gold.relation, goldArgs: goldArgs, predRelation: prediction.relation, predArgs: predArgs)
        guard saidVerbs.contains(where: { gold.relationText.contains($0) }) else { return straight }
        let swapped: [[String]] = prediction.arguments.count >= 2 ? [predArgs[1], predArgs[0]] : predArgs
        let reverse = helper(goldRelation: gold.relation, goldArgs: goldArgs, predRelation: prediction.relation, predArgs: swapped)
        if reverse.0 > straight.0 || (reverse.0 == straight.0 && reverse.1 > straight.1) { return reverse }
        return straight
    }

    private static func helper(goldRelation: [String], goldArgs: [[String]], predRelation: [String], predArgs: [[String]]) -> (Double, Double) {
        var remaining = predRelation
        var matches = 0
        for word in goldRelation {
            if let at = remaining.firstIndex(of: word) {
                matches += 1
                remaining.remove(at: at)
            }
        }
        if remaining.contains("be"), goldRelation.contains(where: { beForms.contains($0) }) { matches += 1 }
        guard matches > 0 else { return (0, 0) }
        var precisionNum = matches, precisionDen = predRelation.count
        var recallNum = matches, recallDen = goldRelation.count
        for (i, goldWords) in goldArgs.enumerated() {
            recallDen += goldWords.count
            guard i < predArgs.count else {
                if i < 2 { return (0, 0) }
                continue
            }
            precisionDen += predArgs[i].count
            let found = overlap(goldWords, predArgs[i])
            precisionNum += found
            recallNum += found
        }
        let precision = precisionDen > 0 ? Double(precisionNum) / Double(precisionDen) : 0
        let recall = recallDen > 0 ? Double(recallNum) / Double(recallDen) : 0
        return (precision, recall)
    }

    /// Gold words found among the predicted words, each predicted word used once.
    private static func overlap(_ gold: [String], _ predicted: [String]) -> Int {
        var remaining = predicted
        var count = 0
        for word in gold {
            if let at = remaining.firstIndex(of: word) {
                count += 1
                remaining.remove(at: at)
            }
        }
        return count
    }
}
