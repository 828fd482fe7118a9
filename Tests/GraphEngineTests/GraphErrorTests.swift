import Foundation
@testable import GraphEngine
import Testing

@Suite("Errors: every problem with a graph, as data, and its place")
struct GraphErrorTests {
    static let functions = ["cos", "exp", "log", "relu", "sigmoid", "sin", "sqrt", "tanh"]

    @Test("Parse errors", arguments: [
        ("c = a + ; d = 1", .expectedOperand(found: .token(";")), 1, 9),
        ("c = a +\nd = 1", .expectedOperand(found: .newLine), 1, 8),
        ("c = a *", .expectedOperand(found: .endOfInput), 1, 8),
        ("c = a b", .expectedOperator(found: .token("b")), 1, 7),
        ("c a", .expectedEquals(after: "c", found: .token("a")), 1, 3),
        ("= 3", .expectedAssignment(found: .token("=")), 1, 1),
        ("a = 1\n3 = a", .expectedAssignment(found: .token("3")), 2, 1),
        ("c = (a + b", .unclosedParenthesis(openedAt: Place(line: 1, column: 5), found: .endOfInput), 1, 11),
        ("c = exp(a", .unclosedCall(function: "exp", found: .endOfInput), 1, 10),
        ("c = a $ b", .unexpectedCharacter("$"), 1, 7),
        ("a = 1\n  c = a @ 2", .unexpectedCharacter("@"), 2, 9),
        ("c = ∂", .unexpectedCharacter("∂"), 1, 5),
        ("名 = 1; c = 名 ∂ 2", .unexpectedCharacter("∂"), 1, 14),
        ("c = a\u{301}b + ½", .unexpectedCharacter("½"), 1, 10),
        ("c = a + ; d = $", .unexpectedCharacter("$"), 1, 15),
        ("c = a\u{7}", .unexpectedCharacter("\u{7}"), 1, 6),
        ("c = .", .notANumber("."), 1, 5),
        ("c = 1e999", .numberTooLarge("1e999"), 1, 5),
        ("c = foo(a)", .unknownFunction("foo", functions: functions), 1, 5),
        ("c = exp(a, b)", .wrongArgumentCount(function: "exp", takes: 1, given: 2), 1, 5),
        ("c = 1 + tanh(a, b, a)", .wrongArgumentCount(function: "tanh", takes: 1, given: 3), 1, 9),
        ("c = exp()", .wrongArgumentCount(function: "exp", takes: 1, given: 0), 1, 5),
        ("a = 2; a = 3", .assignedTwice("a", firstAt: Place(line: 1, column: 1)), 1, 8),
        ("x = 1\nc = x + 1\n  c = 2 * x", .assignedTwice("c", firstAt: Place(line: 2, column: 1)), 3, 3),
        ("a = b + 1; b = a * 2", .cycle(["a", "b", "a"]), 1, 1),
        ("a = a + 1", .cycle(["a", "a"]), 1, 1),
        ("a = exp(c) * 2; b = a + 1; c = b / 2", .cycle(["a", "c", "b", "a"]), 1, 1),
    ] as [(String, GraphError.Problem, Int, Int)])
    func parseError(text: String, problem: GraphError.Problem, line: Int, column: Int) {
        #expect(graphError { _ = try Graph(parsing: text) } == GraphError(problem, at: Place(line: line, column: column)))
    }

    @Test("Text beyond 64 MB is refused before it is parsed")
    func textTooLarge() {
        let text = "y = 1" + String(repeating: " ", count: Graph.maximumTextBytes)
        #expect(graphError { _ = try Graph(parsing: text) } == GraphError(.textTooLarge(bytes: text.utf8.count, limit: Graph.maximumTextBytes)))
    }

    @Test("A graph of more nodes than the limit is refused at the node past it, and inputs count")
    func tooManyNodes() throws {
        let limits = (textBytes: Graph.maximumTextBytes, nodes: 10)
        func sum(_ terms: Int) -> String { "a = 1\ny = " + Array(repeating: "a", count: terms).joined(separator: " + ") }
        // a and 9 sums: 10 nodes; an 11th term's sum would be the 11th node.
        #expect(try Graph(parsing: sum(10), limits: limits).count == 10)
        #expect(graphError { _ = try Graph(parsing: sum(11), limits: limits) } == GraphError(.tooManyNodes(limit: 10), at: Place(line: 2, column: 5)))
        let inputs = "y = " + (0..<6).map { "x\($0)" }.joined(separator: " + ")  // 5 sums and 6 inputs
        #expect(graphError { _ = try Graph(parsing: inputs, limits: limits) } == GraphError(.tooManyNodes(limit: 10)))
    }

    @Test("An empty graph: no text, or only comments and separators", arguments: ["", "   \n", "# only\n# comments\n", ";;\n;"])
    func empty(text: String) {
        #expect(graphError { _ = try Graph(parsing: text) } == GraphError(.emptyGraph))
    }

    @Test("An unknown output name comes with the names there are")
    func unknownOutput() {
        #expect(graphError { _ = try Graph(parsing: "c = (a + b) * 2; e = c * c", outputs: ["c", "z"]) }
            == GraphError(.unknownOutput("z", names: ["a", "b", "c", "e"])))
    }

    @Test("An input without a value, at its first use")
    func missingInputValue() throws {
        let graph = try Graph(parsing: "c = a + b\nd = b * 2")
        #expect(graphError { _ = try Evaluation(graph, inputs: ["a": 1]) }
            == GraphError(.missingValue(input: "b"), at: Place(line: 1, column: 9)))
        #expect(graphError { _ = try Evaluation(graph) } == GraphError(.missingValue(input: "a"), at: Place(line: 1, column: 5)))
    }

    @Test("Bad input overrides: a name not in the graph, or one that is computed")
    func badOverrides() throws {
        let graph = try Graph(parsing: CDE.text)
        #expect(graphError { _ = try Evaluation(graph, inputs: ["a": 1, "b": 1, "z": 1]) }
            == GraphError(.unknownInput("z", inputs: ["a", "b"])))
        #expect(graphError { _ = try Evaluation(graph, inputs: ["a": 1, "b": 1, "c": 1]) }
            == GraphError(.notAnInput("c", inputs: ["a", "b"])))
        #expect(graphError { _ = try Evaluation(graph, inputs: ["a": 1, "b": 1, "%1": 1]) }
            == GraphError(.unknownInput("%1", inputs: ["a", "b"])))
    }

    /// What 50,000 levels of one kind of nesting must give: an error at the 101st level.
    static let nesting: [(String, String, Int)] = [
        ("c = " + String(repeating: "(", count: 50_000) + "a" + String(repeating: ")", count: 50_000), "(", 105),
        ("c = " + String(repeating: "-", count: 50_000) + "a", "-", 105),
        ("c = " + Array(repeating: "2", count: 50_000).joined(separator: "^"), "2", 205),
        ("c = " + String(repeating: "exp(", count: 50_000) + "a" + String(repeating: ")", count: 50_000), "exp", 405),
    ]

    @Test("Deep nesting gives an error, not a stack overflow")
    func deepNesting() {
        for (text, found, column) in Self.nesting {
            #expect(graphError { _ = try Graph(parsing: text) }
                == GraphError(.nestingTooDeep(limit: 100, found: .token(found)), at: Place(line: 1, column: column)))
        }
        // 100 levels are still fine.
        let hundred = "c = " + String(repeating: "(", count: 99) + "a" + String(repeating: ")", count: 99)
        #expect(graphError { _ = try Graph(parsing: hundred) } == nil)
    }

    @Test("Deep nesting on a thread with a 2 MB stack")
    func deepNestingOnThread() async {
        // Measured here: the 100 levels take about 1 MB of stack in a debug build (about 200 kB
        // optimized), so a 512 kB thread overflows in debug builds.
        let errors = await withCheckedContinuation { (continuation: CheckedContinuation<[GraphError?], Never>) in
            let thread = Thread {
                continuation.resume(returning: Self.nesting.map { text, _, _ in graphError { _ = try Graph(parsing: text) } })
            }
            thread.stackSize = 2 << 20
            thread.start()
        }
        #expect(errors.map { $0?.location?.column } == [105, 105, 205, 405])
    }

    @Test("Lines are counted as locations count them: \\n and \\r\\n end a line")
    func lines() {
        #expect(Place.lines(of: "a = 1\r\n# c\n\nb = 2") == ["a = 1", "# c", "", "b = 2"])
        #expect(Place.lines(of: "") == [""])
    }
}
