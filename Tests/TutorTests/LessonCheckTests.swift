import Testing
@testable import Tutor

/// Each kind of mistake in a lesson file is rejected with its file, line and what is wrong.
@Suite struct LessonCheckTests {
    /// A lesson that passes; each case below breaks one thing in it.
    static let good = """
        title: Sums
        graph: |
          a = 2; b = 1
          c = a + b
          e = c * b
        steps:
          - text: |
              First c = {{value c}},
              then e = {{value e}}.
            show: {pass: reverse, step: 1}
        """

    /// The first problem the check finds in `text`, read from `course/01-sums.yaml`.
    static func problem(_ text: String) -> String? {
        Course(files: [(name: "01-sums.yaml", text: text)], folder: "course/").problems.first?.description
    }

    @Test func theGoodLessonPasses() {
        #expect(Self.problem(Self.good) == nil)
    }

    @Test(arguments: [
        ("bad YAML", ("title: Sums", "title: [Sums"), "course/01-sums.yaml:2: not valid YAML: "),
        ("unknown key", ("title: Sums", "title: Sums\ncolour: red"), "course/01-sums.yaml:2: unknown key 'colour' in the lesson; the keys are title, summary, graph, output, steps"),
        ("missing title", ("title: Sums\n", ""), "course/01-sums.yaml:1: 'title' is missing"),
        ("graph that does not parse", ("c = a + b", "c = a + * b"), "course/01-sums.yaml:4: graph, column 9: "),
        ("pass naming a missing node", ("pass: reverse,", "pass: tangent z,"), "course/01-sums.yaml:7: the pass names 'z', which the graph does not have"),
        ("step beyond the pass", ("step: 1}", "step: 9}"), "course/01-sums.yaml:7: 'step' is 9, but the pass has 5 steps"),
        ("predict with no step to come", ("step: 1}", "step: last}\n    predict: true"), "course/01-sums.yaml:7: 'predict' needs a step of the pass still to come, but all 5 are shown"),
        ("unknown placeholder", ("{{value e}}", "{{valu e}}"), "course/01-sums.yaml:9: unknown placeholder {{valu e}}; see lessons/README.md for the ones there are"),
        ("placeholder naming a missing node", ("{{value e}}", "{{value z}}"), "course/01-sums.yaml:9: {{value z}}: the graph has no node 'z'"),
        ("typed number the engine computes differently", ("{{value e}}.", "4 here."), "course/01-sums.yaml:9: the text says e = 4, but the engine computes 3; write {{value e}} to have it filled in"),
    ] as [(String, (String, String), String)])
    func mistakeIsReportedAtItsLine(_ kind: String, _ change: (String, String), _ expected: String) throws {
        let text = Self.good.replacingOccurrences(of: change.0, with: change.1)
        #expect(text != Self.good)
        let problem = try #require(Self.problem(text), "\(kind) passed the check")
        #expect(problem.hasPrefix(expected), "\(kind): \(problem)")
    }

    /// The array version of `good`: an affine layer on a batch of two, reverse mode shown
    /// up to the weights' share.
    static let arrays = good.replacingOccurrences(of: "a = 2; b = 1\n  c = a + b\n  e = c * b", with: "X = [1, 2; 3, 4]; W = [1, 0; 0, 1]; b = [1, 2]; G = [1, 1; 1, 1]\n  Y = affine(X, W, b)\n  L = sum(Y * G)")
        .replacingOccurrences(of: "First c = {{value c}},\n      then e = {{value e}}.", with: "dL/dW = {{gradient L W}}")
        .replacingOccurrences(of: "step: 1}", with: "step: 6, select: W}")

    @Test(arguments: [
        ("pass an array graph does not play", ("pass: reverse,", "pass: tangent X,"), "course/01-sums.yaml:7: an array graph plays 'forward' or 'reverse' (or 'reverse OUTPUT'), not 'tangent X'"),
        ("reverse from a missing block", ("pass: reverse,", "pass: reverse Z,"), "course/01-sums.yaml:7: the pass names 'Z', which the graph does not have"),
        ("step beyond the block pass", ("step: 6,", "step: 8,"), "course/01-sums.yaml:7: 'step' is 8, but the pass has 7 steps"),
        ("predict on an array graph", ("select: W}", "select: W}\n    predict: true"), "course/01-sums.yaml:7: 'predict' works on scalar graphs only"),
        ("select naming a missing block", ("select: W}", "select: V}"), "course/01-sums.yaml:7: 'select' names 'V', which the graph does not have"),
    ] as [(String, (String, String), String)])
    func arrayGraphMistakeIsReportedAtItsLine(_ kind: String, _ change: (String, String), _ expected: String) throws {
        #expect(Self.problem(Self.arrays) == nil)
        let text = Self.arrays.replacingOccurrences(of: change.0, with: change.1)
        #expect(text != Self.arrays)
        let problem = try #require(Self.problem(text), "\(kind) passed the check")
        #expect(problem.hasPrefix(expected), "\(kind): \(problem)")
    }
}

@Suite struct LiteralClaimTests {
    @Test func aClaimAtTheEndOfASentenceIsRead() {
        #expect(LiteralClaim.all(in: "So c = 4. Then d = 2.5.").map(\.value) == [4, 2.5])
        // A number followed by an operator is the start of an expression, not a value.
        #expect(LiteralClaim.all(in: "e = c · d = 3 · 2, so e = 6").map(\.value) == [6])
        #expect(LiteralClaim.all(in: "c = 3 · 2 is a product, and c = 4 - 1 a difference").isEmpty)
    }
}
