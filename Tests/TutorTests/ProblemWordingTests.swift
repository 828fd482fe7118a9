import GraphEngine
import Testing
import Tutor

@Suite("ProblemWording: the English for every problem and warning")
struct ProblemWordingTests {
    static let here = GraphEngine.SourceLocation(line: 1, column: 5)

    @Test("Every problem, worded", arguments: [
        (.expectedOperand(found: .token(";")), "expected a number, a name, a function call or '(', found ';'"),
        (.expectedOperand(found: .newLine), "expected a number, a name, a function call or '(', found a new line"),
        (.expectedOperand(found: .endOfInput), "expected a number, a name, a function call or '(', found the end of the input"),
        (.expectedOperator(found: .token("b")), "expected an operator, ';' or a new line after the expression, found 'b'"),
        (.expectedEquals(after: "c", found: .token("a")), "expected '=' after 'c', found 'a'"),
        (.expectedAssignment(found: .token("=")), "expected a name to assign, as in 'c = a + b', found '='"),
        (.unclosedParenthesis(openedAt: here, found: .endOfInput), "expected ')' to close the '(' at 1:5, found the end of the input"),
        (.unclosedCall(function: "exp", found: .endOfInput), "expected ')' to close the call of exp, found the end of the input"),
        (.unexpectedCharacter("$"), "unexpected character '$'"),
        (.unexpectedCharacter("é"), "unexpected character 'é'"),
        // Raw: the front ends escape it with everything else the user typed (ErrorReportTests).
        (.unexpectedCharacter("\u{7}"), "unexpected character '\u{7}'"),
        (.notANumber("."), "'.' is not a number"),
        (.numberTooLarge("1e999"), "'1e999' is too large for a number"),
        (.unknownFunction("foo", functions: ["cos", "exp"]), "unknown function 'foo'; the functions are cos, exp"),
        (.wrongArgumentCount(function: "exp", takes: 1, given: 2), "exp takes 1 argument, got 2"),
        (.wrongArgumentCount(function: "exp", takes: 1, given: 0), "exp takes 1 argument, got 0"),
        (.nestingTooDeep(limit: 100, found: .token("(")), "the expression nests deeper than 100 levels; split it into named steps, found '('"),
        (.textTooLarge(bytes: 67_108_865, limit: 67_108_864), "the graph text is 67108865 bytes; the most it may be is 67108864 bytes (64 MB)"),
        (.tooManyNodes(limit: 5_000_000), "the graph has more than 5000000 nodes, the most it may have; split it into smaller graphs"),
        (.emptyGraph, "the graph is empty: write at least one assignment, such as 'c = a + b'"),
        (.assignedTwice("a", firstAt: here), "'a' is assigned twice (first at 1:5)"),
        (.cycle(["a", "c", "b", "a"]), "cycle: a → c → b → a; a value cannot depend on itself"),
        (.unknownOutput("z", names: ["a", "b", "c", "e"]), "there is no node called 'z' to use as an output; the names are a, b, c, e"),
        (.unknownInput("z", inputs: ["a", "b"]), "there is no input called 'z'; the inputs are a, b"),
        (.notAnInput("c", inputs: ["a", "b"]), "'c' is computed, not an input; the inputs are a, b"),
        (.unknownInput("z", inputs: []), "there is no input called 'z'; the graph has no inputs"),
    ] as [(GraphError.Problem, String)])
    func problem(_ problem: GraphError.Problem, message: String) {
        #expect(ProblemWording.describe(problem, inputHint: .commandLine) == message)
        #expect(ProblemWording.describe(problem, inputHint: .screen) == message)
    }

    @Test("A missing value: the command line also offers --at, a screen only the graph text")
    func missingValue() {
        #expect(ProblemWording.describe(.missingValue(input: "b"), inputHint: .commandLine)
            == "input 'b' has no value; assign one in the graph ('b = 2') or pass --at b=2")
        #expect(ProblemWording.describe(.missingValue(input: "b"), inputHint: .screen)
            == "input 'b' has no value; assign one in the graph ('b = 2')")
    }

    @Test("A domain warning shows the node's equation with its numbers", arguments: [
        ("y = log(a)", -1.0, "warning: y = log(a) = log(-1) = nan: the value is not finite"),
        ("y = 1 / a", 0.0, "warning: y = 1 / a = 1 / 0 = inf: the value is not finite"),
        ("y = sqrt(a)", -1.0, "warning: y = sqrt(a) = sqrt(-1) = nan: the value is not finite"),
    ])
    func domainWarning(text: String, a: Double, message: String) throws {
        let evaluation = try Evaluation(Graph(parsing: text + "; z = y + 1"), inputs: ["a": a])
        #expect(evaluation.warnings.map { ProblemWording.describe($0, in: evaluation) } == [message])
    }
}
