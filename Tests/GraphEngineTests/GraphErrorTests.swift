import Foundation
@testable import GraphEngine
import Testing

@Suite("Errors: every problem with a graph, its exact message and place")
struct GraphErrorTests {
    static let functions = "cos, exp, log, relu, sigmoid, sin, sqrt, tanh"

    @Test("Parse errors", arguments: [
        ("c = a + ; d = 1", "expected a number, a name, a function call or '(', found ';'", 1, 9),
        ("c = a +\nd = 1", "expected a number, a name, a function call or '(', found a new line", 1, 8),
        ("c = a *", "expected a number, a name, a function call or '(', found the end of the input", 1, 8),
        ("c = a b", "expected an operator, ';' or a new line after the expression, found 'b'", 1, 7),
        ("c a", "expected '=' after 'c', found 'a'", 1, 3),
        ("= 3", "expected a name to assign, as in 'c = a + b', found '='", 1, 1),
        ("a = 1\n3 = a", "expected a name to assign, as in 'c = a + b', found '3'", 2, 1),
        ("c = (a + b", "expected ')' to close the '(' at 1:5, found the end of the input", 1, 11),
        ("c = exp(a", "expected ')' to close the call of exp, found the end of the input", 1, 10),
        ("c = a $ b", "unexpected character '$'", 1, 7),
        ("a = 1\n  c = a @ 2", "unexpected character '@'", 2, 9),
        ("c = é", "unexpected character 'é'", 1, 5),
        ("c = a\u{7}", "unexpected character '\\u{07}'", 1, 6),
        ("c = .", "'.' is not a number", 1, 5),
        ("c = foo(a)", "unknown function 'foo'; the functions are \(functions)", 1, 5),
        ("c = exp(a, b)", "exp takes 1 argument, got 2", 1, 5),
        ("c = 1 + tanh(a, b, a)", "tanh takes 1 argument, got 3", 1, 9),
        ("c = exp()", "exp takes 1 argument, got 0", 1, 5),
        ("a = 2; a = 3", "'a' is assigned twice (first at 1:1)", 1, 8),
        ("x = 1\nc = x + 1\n  c = 2 * x", "'c' is assigned twice (first at 2:1)", 3, 3),
        ("a = b + 1; b = a * 2", "cycle: a → b → a; a value cannot depend on itself", 1, 1),
        ("a = a + 1", "cycle: a → a; a value cannot depend on itself", 1, 1),
        ("a = exp(c) * 2; b = a + 1; c = b / 2", "cycle: a → c → b → a; a value cannot depend on itself", 1, 1),
    ])
    func parseError(text: String, message: String, line: Int, column: Int) {
        #expect(graphError { _ = try Graph(parsing: text) } == GraphError(message, at: Place(line: line, column: column)))
    }

    @Test("An empty graph: no text, or only comments and separators", arguments: ["", "   \n", "# only\n# comments\n", ";;\n;"])
    func empty(text: String) {
        #expect(graphError { _ = try Graph(parsing: text) } == GraphError("the graph is empty: write at least one assignment, such as 'c = a + b'"))
    }

    @Test("An unknown output name lists the names there are")
    func unknownOutput() {
        #expect(graphError { _ = try Graph(parsing: "c = (a + b) * 2; e = c * c", outputs: ["c", "z"]) }
            == GraphError("there is no node called 'z' to use as an output; the names are a, b, c, e"))
    }

    @Test("An input without a value, at its first use")
    func missingInputValue() throws {
        let graph = try Graph(parsing: "c = a + b\nd = b * 2")
        #expect(graphError { _ = try Evaluation(graph, inputs: ["a": 1]) }
            == GraphError("input 'b' has no value; assign one in the graph ('b = 2') or pass --at b=2", at: Place(line: 1, column: 9)))
        #expect(graphError { _ = try Evaluation(graph) }
            == GraphError("input 'a' has no value; assign one in the graph ('a = 2') or pass --at a=2", at: Place(line: 1, column: 5)))
    }

    @Test("Bad input overrides: a name not in the graph, or one that is computed")
    func badOverrides() throws {
        let graph = try Graph(parsing: CDE.text)
        #expect(graphError { _ = try Evaluation(graph, inputs: ["a": 1, "b": 1, "z": 1]) }
            == GraphError("there is no input called 'z'; the inputs are a, b"))
        #expect(graphError { _ = try Evaluation(graph, inputs: ["a": 1, "b": 1, "c": 1]) }
            == GraphError("'c' is computed, not an input; the inputs are a, b"))
        #expect(graphError { _ = try Evaluation(graph, inputs: ["a": 1, "b": 1, "%1": 1]) }
            == GraphError("there is no input called '%1'; the inputs are a, b"))
    }

    /// What 50,000 levels of one kind of nesting must give: an error at the 101st level.
    static let nesting: [(String, String, Int)] = [
        ("c = " + String(repeating: "(", count: 50_000) + "a" + String(repeating: ")", count: 50_000), "'('", 105),
        ("c = " + String(repeating: "-", count: 50_000) + "a", "'-'", 105),
        ("c = " + Array(repeating: "2", count: 50_000).joined(separator: "^"), "'2'", 205),
        ("c = " + String(repeating: "exp(", count: 50_000) + "a" + String(repeating: ")", count: 50_000), "'exp'", 405),
    ]

    @Test("Deep nesting gives an error, not a stack overflow")
    func deepNesting() {
        for (text, found, column) in Self.nesting {
            #expect(graphError { _ = try Graph(parsing: text) }
                == GraphError("the expression nests deeper than 100 levels; split it into named steps, found \(found)", at: Place(line: 1, column: column)))
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

    @Test("rendered: the message, then the line with a caret under the spot")
    func rendered() throws {
        let source = "c = a + ; d = 1"
        let error = try #require(graphError { _ = try Graph(parsing: source) })
        #expect(error.rendered(source: source, file: "cde.graph") == """
            error: cde.graph:1:9: expected a number, a name, a function call or '(', found ';'
              c = a + ; d = 1
                      ^
            """)
        #expect(error.rendered(source: source) == """
            error: 1:9: expected a number, a name, a function call or '(', found ';'
              c = a + ; d = 1
                      ^
            """)
    }

    @Test("rendered: the right line of several, tabs shown as spaces")
    func renderedLaterLine() throws {
        let source = "a = 1\n\tc = a $ b\nd = c"
        let error = try #require(graphError { _ = try Graph(parsing: source) })
        #expect(error == GraphError("unexpected character '$'", at: Place(line: 2, column: 8)))
        #expect(error.rendered(source: source, file: "g.txt") == """
            error: g.txt:2:8: unexpected character '$'
               c = a $ b
                     ^
            """)
    }

    @Test("rendered: Windows line ends (\\r\\n) count as one line break")
    func renderedWindowsLines() throws {
        let source = "a = 1\r\n# a comment\r\nc = a +\r\nd = 2"
        let error = try #require(graphError { _ = try Graph(parsing: source) })
        #expect(error.rendered(source: source) == """
            error: 3:8: expected a number, a name, a function call or '(', found a new line
              c = a +
                     ^
            """)
    }

    @Test("rendered: a cycle points at the first name on it")
    func renderedCycle() throws {
        let source = "a = b + 1; b = a * 2"
        let error = try #require(graphError { _ = try Graph(parsing: source) })
        #expect(error.rendered(source: source, file: "g.txt") == """
            error: g.txt:1:1: cycle: a → b → a; a value cannot depend on itself
              a = b + 1; b = a * 2
              ^
            """)
    }

    @Test("rendered: errors without a place have no caret")
    func renderedWithoutPlace() {
        let error = GraphError("the graph is empty: write at least one assignment, such as 'c = a + b'")
        #expect(error.rendered(source: "", file: "g.txt") == "error: g.txt: the graph is empty: write at least one assignment, such as 'c = a + b'")
        #expect(error.rendered(source: "") == "error: the graph is empty: write at least one assignment, such as 'c = a + b'")
    }

    @Test("rendered: a caret far out on a long line stays within the shown 200 characters")
    func renderedLongLine() throws {
        let source = "c = " + String(repeating: "(", count: 50_000) + "a" + String(repeating: ")", count: 50_000)
        let error = try #require(graphError { _ = try Graph(parsing: source) })
        let lines = error.rendered(source: source).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1] == "  c = " + String(repeating: "(", count: 196))
        #expect(lines[2] == "  " + String(repeating: " ", count: 104) + "^")
    }
}
