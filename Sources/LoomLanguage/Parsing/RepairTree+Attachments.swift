/// Repairs of phrases and clauses hung on the wrong word (see ``ParseRepair``).
extension RepairTree {
    /// `rose to 61 percent from 52 percent` read with `52` as the oblique and its `percent` hung on the
    /// first `percent`: a number right before `percent` counts it, so `percent` takes the number's
    /// place in the tree (head, label, preposition and other modifiers) and the number becomes its
    /// `nummod`.
    mutating func joinNumberWithItsUnit() {
        for unit in heads.indices.dropFirst() where tags[unit - 1] == .CD && ["percent", "%"].contains(words[unit].lowercased()) {
            let number = unit - 1
            guard heads[number] != Int32(unit), heads[unit] != Int32(number), labels[number] != .nummod,
                  children[unit].isEmpty else { continue }
            var proposed = heads
            var proposedLabels = labels
            proposed[unit] = heads[number]
            proposedLabels[unit] = labels[number]
            proposed[number] = Int32(unit)
            proposedLabels[number] = .nummod
            for child in children[number] where labels[child] != .compound { proposed[child] = Int32(unit) }
            guard adopt(proposed, proposedLabels) else { continue }
        }
    }

    /// `their demand that the money be offset by cuts` read as a relative clause of `demand`: a
    /// clause whose `that` is its complementizer (`mark`) has no gap for the noun to fill, so it is the
    /// noun's content clause (`acl`), not a relative clause.
    mutating func relabelContentClause() {
        for clause in heads.indices where labels[clause] == .aclRelcl {
            guard children[clause].contains(where: { labels[$0] == .mark && words[$0].lowercased() == "that" && $0 < clause }),
                  children[clause].contains(where: { labels[$0].isSubject }) else { continue }
            labels[clause] = .acl
            rebuild()
            return
        }
    }

    /// Particles that make a phrasal verb (`set aside`, `pay down`).
    static let particles: Set<String> = ["aside", "up", "down", "out", "off", "back", "away", "over"]

    /// `sets aside $3 billion` read with `aside` modifying the amount: a particle right after a verb
    /// and before its object is the verb's (`compound:prt`).
    mutating func attachParticleToVerb() {
        for verb in heads.indices.dropLast() where tags[verb].isVerb {
            let particle = verb + 1
            guard Self.particles.contains(words[particle].lowercased()), tags[particle] == .RB || tags[particle] == .RP,
                  labels[particle] == .advmod, heads[particle] >= 0 else { continue }
            let object = Int(heads[particle])
            guard object > particle, heads[object] == Int32(verb), labels[object] == .obj, children[particle].isEmpty else { continue }
            attach(particle, to: verb, as: .compoundPrt)
            return
        }
    }

    /// Verb forms of a change in amount (`rose 38 percent to $2.9 billion`).
    static let changeVerbs: Set<String> = [
        "rose", "rise", "rises", "risen", "fell", "fall", "falls", "fallen", "climbed", "climb", "climbs", "jumped",
        "jump", "jumps", "gained", "gain", "gains", "dropped", "drop", "drops", "declined", "decline", "declines",
        "increased", "increase", "increases", "decreased", "grew", "grow", "grows", "grown", "slipped", "slid",
        "surged", "surge", "surges", "tumbled", "plunged", "soared", "sank", "edged", "advanced", "slumped", "doubled",
    ]

    /// `Revenue rose 38 percent to $2.9 billion in the three months` read with `to $2.9 billion` (and
    /// what follows) modifying `percent`: after a verb of change, the amount's `to`, `from` and `in`
    /// phrases say where and when the change went, so they belong to the verb (`obl`).
    mutating func moveChangeTargetsToVerb() {
        for verb in heads.indices where tags[verb].isVerb && Self.changeVerbs.contains(words[verb].lowercased()) {
            guard let amount = children[verb].first(where: { [.obj, .oblNpmod, .oblUnmarked].contains(labels[$0]) && $0 > verb }),
                  children[amount].contains(where: { labels[$0] == .nummod }) || tags[amount] == .CD else { continue }
            let targets = children[amount].filter { modifier in
                modifier > amount && labels[modifier] == .nmod
                    && children[modifier].contains { labels[$0] == .caseMarker && ["to", "from", "in"].contains(words[$0].lowercased()) }
            }
            guard !targets.isEmpty else { continue }
            // A participle after the targets (`in the three months ended Oct. 31`) modifies the last of them.
            let trailing = children[amount].filter { labels[$0] == .acl && $0 > targets[0] }
            for target in targets { attach(target, to: verb, as: .obl) }
            for participle in trailing {
                if let host = targets.last(where: { $0 < participle }) { attach(participle, to: host, as: .acl) }
            }
            return
        }
    }

    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// `reported record revenue on Wednesday` read with `on Wednesday` modifying `revenue`, `A state
    /// judge on Friday blocked …` with it modifying `judge`: a weekday dates an event, not a thing, so
    /// it moves from a verb's object, or from its subject when it stands before the verb, to the verb
    /// (`obl`).
    mutating func moveWeekdayOffNoun() {
        for day in heads.indices where [.nmod, .nmodTmod, .nmodUnmarked].contains(labels[day]) && Self.weekdays.contains(words[day].lowercased()) {
            let noun = Int(heads[day])
            guard noun >= 0, noun < day, heads[noun] >= 0, tags[Int(heads[noun])].isVerb else { continue }
            let verb = Int(heads[noun])
            guard labels[noun] == .obj || labels[noun].isSubject && day < verb else { continue }
            attach(day, to: verb, as: children[day].contains { labels[$0] == .caseMarker } ? .obl : .oblTmod)
            return
        }
    }

    /// `reached the final/JJ of the National Cup for the first time in 19 years , beating Riverside`
    /// read with `for the first time`, `in 19 years` and `beating …` on the object: obliques and
    /// adverbial clauses modify predicates, so on an object that is no predicate (no copula) they
    /// belong to the object's verb.
    mutating func moveClauseDependentsOffObject() {
        for object in heads.indices where labels[object] == .obj && heads[object] >= 0 {
            let verb = Int(heads[object])
            guard tags[verb].isVerb, !tags[object].isVerb, !has(object, { $0 == .cop }) else { continue }
            let dependents = children[object].filter { $0 > object && (RepairTree.obliqueLabels.contains(labels[$0]) || labels[$0] == .advcl) }
            guard !dependents.isEmpty else { continue }
            _ = reattach(dependents.map { ($0, verb, labels[$0]) })
        }
    }

    /// `winds of up to 110 kilometers an hour knocked out power` (`walked 30 minutes a day`) read with
    /// `an hour` as a second subject or an object: `a`/`an`/`per` and a unit of time right after a
    /// counted noun is a rate of that noun (`nmod:npmod`).
    mutating func attachRateToCountedNoun() {
        for unit in heads.indices.dropFirst(2) where tags[unit] == .NN && heads[unit - 1] == Int32(unit) {
            let article = unit - 1, counted = unit - 2
            guard words[unit].isWord(in: RepairTree.timeUnits, maxLength: 9), words[article].isWord(in: Self.rateWords, maxLength: 3),
                  tags[counted].isNoun, has(counted, { $0 == .nummod }) || tags[counted] == .CD,
                  heads[unit] != Int32(counted), labels[unit].isSubject || labels[unit] == .obj || labels[unit] == .oblUnmarked
            else { continue }
            if reattach([(unit, counted, .oblNpmod)]) { return }
        }
    }

    /// Words that make a unit of time a rate (`an hour`, `per day`).
    static let rateWords: Set<String> = ["a", "an", "per"]
}
