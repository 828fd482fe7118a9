import GraphEngine
import RandomGraphs
import Testing
@testable import Tutor

/// The source's eq. 10 graph at a = 2, b = 1, and its nodes by name.
struct Example {
    let evaluation: Evaluation
    init(_ text: String = "c = a + b; d = b + 1; e = c * d", inputs: [String: Double] = ["a": 2, "b": 1]) throws {
        evaluation = try Evaluation(Graph(parsing: text), inputs: inputs)
    }
    var graph: Graph { evaluation.graph }
    func node(_ name: String) -> Int { graph.index(of: name)! }
    func captions(_ kind: Pass.Kind) -> [String] { Pass(kind, evaluation).steps.map { Caption.text($0, evaluation) } }
}

@Suite("Passes step by step, and their captions")
struct PassTests {
    @Test func forwardValues() throws {
        let example = try Example()
        #expect(example.captions(.forward) == [
            "a = 2 (input)", "b = 1 (input)", "c = a + b = 2 + 1 = 3", "d = b + 1 = 1 + 1 = 2", "e = c · d = 3 · 2 = 6",
        ])
        #expect(Pass(.forward, example.evaluation).steps.map(\.value) == [2, 1, 3, 2, 6])
    }

    @Test func localPartials() throws {
        #expect(try Example().captions(.partials) == ["∂c/∂a = 1", "∂c/∂b = 1", "∂d/∂b = 1", "∂e/∂c = d = 2", "∂e/∂d = c = 3"])
    }

    @Test func negativeOperandsInParentheses() throws {
        let captions = try Example("c = a * b; d = exp(a); e = -a", inputs: ["a": -2, "b": 3]).captions(.forward)
        #expect(captions.contains("c = a · b = (-2) · 3 = -6"))
        #expect(captions.contains("e = -a = -(-2) = 2"))
        #expect(captions.contains { $0.hasPrefix("d = exp(a) = exp(-2) = 0.135335283237") })
    }

    @Test func forwardModeFromB() throws {
        let example = try Example()
        let pass = Pass(.tangent(input: example.node("b")), example.evaluation)
        #expect(example.captions(pass.kind) == [
            "ḃ = 1   (the seed; every other input's tangent is 0)",
            "ċ = ∂c/∂b · ḃ = 1 · 1 = 1",
            "ḋ = ∂d/∂b · ḃ = 1 · 1 = 1",
            "ė = ∂e/∂c · ċ = 2 · 1 = 2   (1st of 2 edges into e)",
            "ė = 2 + ∂e/∂d · ḋ = 2 + 3 · 1 = 5   (2nd of 2 edges into e)",
        ])
        // e is reached twice, once from c and once from d: forward mode merges there.
        let intoE = pass.steps.filter { $0.quantity == .tangent(example.node("e"), input: example.node("b")) }
        #expect(intoE.map(\.value) == [2, 5])
    }

    @Test func forwardModeFromASkipsWhatAMissesReaching() throws {
        #expect(try Example().captions(.tangent(input: 0)) == [
            "ȧ = 1   (the seed; every other input's tangent is 0)",
            "ċ = ∂c/∂a · ȧ = 1 · 1 = 1",
            "ė = ∂e/∂c · ċ = 2 · 1 = 2",
        ])
    }

    @Test func reverseModeBHearsTwice() throws {
        let example = try Example()
        let pass = Pass(.reverse(output: example.node("e")), example.evaluation)
        // Nodes are visited in reverse topological order (e, d, c), so b hears from d first.
        #expect(example.captions(pass.kind) == [
            "ē = 1   (the seed: de/de = 1)",
            "d̄ = ē · ∂e/∂d = 1 · 3 = 3",
            "c̄ = ē · ∂e/∂c = 1 · 2 = 2",
            "b̄ = d̄ · ∂d/∂b = 3 · 1 = 3   (1st of 2 uses of b)",
            "b̄ = 3 + c̄ · ∂c/∂b = 3 + 2 · 1 = 5   (2nd of 2 uses of b)",
            "ā = c̄ · ∂c/∂a = 2 · 1 = 2",
        ])
        let intoB = pass.steps.filter { $0.node == example.node("b") }
        #expect(intoB.map(\.value) == [3, 5])
        #expect(Set(intoB.compactMap { $0.edge?.target }) == [example.node("c"), example.node("d")])
    }

    @Test func pathsFromB() throws {
        let example = try Example()
        #expect(example.captions(.paths(input: example.node("b"), output: example.node("e"))) == [
            "path 1: b→c→e: 1·2 = 2; sum so far 2",
            "path 2: b→d→e: 1·3 = 3; sum so far 5",
            "de/db = sum over 2 paths = 5",
        ])
        #expect(example.captions(.paths(input: example.node("a"), output: example.node("e"))) == [
            "path 1: a→c→e: 1·2 = 2; sum so far 2",
            "de/da = sum over 1 path = 2",
        ])
    }

    @Test func pathsBeyondTheListingSayHowManyWereListed() throws {
        // 20 diamonds in a row: 2^20 paths of 40 edges, of which the default budget of 100,000
        // edges lists 2,500.
        var lines = ["x0 = 1"]
        for i in 0..<20 { lines += ["l\(i) = 0.5 * x\(i)", "r\(i) = 0.5 * x\(i)", "x\(i + 1) = l\(i) + r\(i)"] }
        let example = try Example(lines.joined(separator: "\n"), inputs: [:])
        let last = example.captions(.paths(input: example.node("x0"), output: example.node("x20"))).last
        #expect(last == "dx20/dx0 = sum over 1048576 paths = 1 (2500 of 1048576 paths listed; the sum is computed by merging at nodes)")
    }

    @Test func kindsForEveryInputAndOutput() {
        #expect(Pass.Kind.all(.tangent, inputs: [0, 1], outputs: [4]) == [.tangent(input: 0), .tangent(input: 1)])
        #expect(Pass.Kind.all(.reverse, inputs: [0, 1], outputs: [3, 4]) == [.reverse(output: 3), .reverse(output: 4)])
        #expect(Pass.Kind.all(.paths, inputs: [0, 1], outputs: [4]) == [.paths(input: 0, output: 4), .paths(input: 1, output: 4)])
        #expect(Pass.Name.allCases.allSatisfy { name in Pass.Kind.all(name, inputs: [0], outputs: [1]).allSatisfy { $0.name == name } })
    }

    @Test func summariesSayWhatEachPassGaveAndCost() throws {
        let example = try Example()
        let (a, b, e) = (example.node("a"), example.node("b"), example.node("e"))
        func summary(_ kind: Pass.Kind) -> String { Caption.summary(Pass(kind, example.evaluation), example.evaluation) }
        #expect(summary(.forward) == "done: 5 values and 5 local partials in one forward sweep")
        #expect(summary(.tangent(input: b)) == "done: de/db = 5 from one sweep (5 edge visits); a needs a sweep of its own")
        #expect(summary(.reverse(output: e)) == "done: de/da = 2, de/db = 5 from one reverse sweep (5 edge visits)")
        #expect(summary(.paths(input: a, output: e)) == "done: de/da = 2 over 1 path; reverse mode gets every input's in 5 edge visits")
    }

    @Test func marksGoOverTheLastLetterAndWordsSpellThemOut() {
        #expect(Notation.marks.adjoint("w1") == "w\u{304}1")
        #expect(Notation.marks.tangent("h12") == "h\u{307}12")
        #expect(Notation.marks.adjoint("loss") == "loss\u{304}")
        #expect(Notation.words.adjoint("w1") == "grad w1")
        #expect(Notation.words.tangent("b") == "tan b")
        #expect("w\u{304}1".count == 2)  // the mark joins its letter: one character, one column
    }

    @Test func ordinals() {
        #expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 111].map(Caption.ordinal) == ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "111th"])
    }

    static let explosion = "X = 1; a = 1*X; b = 2*X; c = 3*X; Y = a + b + c; d = 4*Y; e = 5*Y; f = 6*Y; Z = d + e + f"

    @Test func pathExplosionEndsFactoredAsTheSourceTellsIt() throws {
        let example = try Example(Self.explosion, inputs: [:])
        let captions = example.captions(.paths(input: example.node("X"), output: example.node("Z")))
        #expect(captions.count == 10)
        #expect(captions.last == "dZ/dX = (1 + 2 + 3) · (4 + 5 + 6) = 6 · 15 = 90 over 9 paths")
    }

    @Test func factoringNeedsANodeOnEveryPath() throws {
        let example = try Example()
        #expect(PathFactoring.factors(example.evaluation, from: example.node("b"), to: example.node("e")) == nil)
        // A chain has one path: nothing to factor.
        let chain = try Example("x = 2; y = 3 * x; z = exp(y); w = z + 1", inputs: [:])
        #expect(PathFactoring.factors(chain.evaluation, from: chain.node("x"), to: chain.node("w")) == nil)
        let squared = try Example("x = 2; y = 3 * x; z = y * y; w = z + 1", inputs: [:])
        #expect(PathFactoring.factors(squared.evaluation, from: squared.node("x"), to: squared.node("w")) == [[3], [6, 6], [1]])
        let twice = try Example("x = 2; y = x * x; z = y + y", inputs: [:])
        #expect(PathFactoring.factors(twice.evaluation, from: twice.node("x"), to: twice.node("z")) == [[2, 2], [1, 1]])
    }

    @Test func factorsMultiplyToThePathSumOnRandomGraphs() throws {
        var factored = 0
        for seed in UInt64(1)...200 {
            let graph = RandomGraph(seed: seed, options: .init(nodes: 4...16, dense: true)).graph
            let evaluation = try Evaluation(graph)
            for input in graph.inputs {
                let output = graph.outputs[0]
                guard let factors = PathFactoring.factors(evaluation, from: input, to: output) else { continue }
                factored += 1
                let sum = PathSums(evaluation, from: input, to: output).sum
                let product = factors.map { $0.reduce(0, +) }.reduce(1, *)
                #expect(abs(product - sum) <= 1e-9 * max(1, abs(sum)), "seed \(seed): \(factors) multiply to \(product), not \(sum)")
            }
        }
        #expect(factored > 20)
    }
}

@Suite struct SpelledNotationTests {
    @Test func marksBecomeWordsOnlyUnderWords() {
        let text = "b̄ = 3 + c̄ · ∂c/∂b, ẇ1 and loss̄; %1̄ too."
        #expect(Notation.words.spelled(text) == "grad b = 3 + grad c · ∂c/∂b, tan w1 and grad loss; grad %1 too.")
        #expect(Notation.marks.spelled(text) == text)
    }
}

@Suite struct AsciiNotationTests {
    /// Under `words`, a total derivative never reads like a local partial that ASCII writes
    /// `de/dc`: it is `d(e)/d(c)`, in the program's text and in lesson prose alike.
    @Test func totalDerivativesAreSpelledApartFromLocalPartials() {
        #expect(Notation.marks.total("e", "b") == "de/db")
        #expect(Notation.words.total("e", "b") == "d(e)/d(b)")
        #expect(Notation.words.spelled("so de/db = 5 while ∂e/∂c = 2, and d(e)/d(b) stays") == "so d(e)/d(b) = 5 while ∂e/∂c = 2, and d(e)/d(b) stays")
        #expect(Notation.marks.spelled("de/db") == "de/db")
    }
}
