import GraphEngine

/// The English for the engine's problems and warnings, shared by every front end.
///
/// Front ends differ in one thing only: how a learner gives an input a value, which the advice
/// for a missing value names. Everything else reads the same on the command line and on a screen.
public enum ProblemWording {
    /// Where the learner can give an input its value.
    public enum InputHint: Sendable {
        /// In the graph text or with `--at`.
        case commandLine
        /// In the graph text, as typed on a screen.
        case screen
    }

    /// `problem` as one English sentence, such as
    /// `expected a number, a name, a function call or '(', found ';'`.
    public static func describe(_ problem: GraphError.Problem, inputHint: InputHint) -> String {
        switch problem {
        case .unexpectedCharacter(let character):
            "unexpected character '\(character)'"
        case .notANumber(let text):
            "'\(text)' is not a number"
        case .numberTooLarge(let text):
            "'\(text)' is too large for a number"
        case .expectedAssignment(let found):
            "expected a name to assign, as in 'c = a + b', found \(describe(found))"
        case .expectedEquals(let name, let found):
            "expected '=' after '\(name)', found \(describe(found))"
        case .expectedOperand(let found):
            "expected a number, a name, a function call or '(', found \(describe(found))"
        case .expectedOperator(let found):
            "expected an operator, ';' or a new line after the expression, found \(describe(found))"
        case .unclosedParenthesis(let opening, let found):
            "expected ')' to close the '(' at \(opening), found \(describe(found))"
        case .unclosedCall(let function, let found):
            "expected ')' to close the call of \(function), found \(describe(found))"
        case .unknownFunction(let name, let functions):
            "unknown function '\(name)'; the functions are \(functions.joined(separator: ", "))"
        case .wrongArgumentCount(let function, let takes, let given):
            "\(function) takes \(takes) argument\(takes == 1 ? "" : "s"), got \(given)"
        case .nestingTooDeep(let limit, let found):
            "the expression nests deeper than \(limit) levels; split it into named steps, found \(describe(found))"
        case .textTooLarge(let bytes, let limit):
            "the graph text is \(bytes) bytes; the most it may be is \(limit) bytes (\(limit >> 20) MB)"
        case .tooManyNodes(let limit):
            "the graph has more than \(limit) nodes, the most it may have; split it into smaller graphs"
        case .emptyGraph:
            "the graph is empty: write at least one assignment, such as 'c = a + b'"
        case .assignedTwice(let name, let first):
            "'\(name)' is assigned twice (first at \(first))"
        case .cycle(let names):
            "cycle: \(names.joined(separator: " → ")); a value cannot depend on itself"
        case .unknownOutput(let name, let names):
            "there is no node called '\(name)' to use as an output; the names are \(names.joined(separator: ", "))"
        case .unknownInput(let name, let inputs):
            "there is no input called '\(name)'; \(inputsPhrase(inputs))"
        case .notAnInput(let name, let inputs):
            "'\(name)' is computed, not an input; \(inputsPhrase(inputs))"
        case .missingValue(let name):
            "input '\(name)' has no value; assign one in the graph ('\(name) = 2')"
                + (inputHint == .commandLine ? " or pass --at \(name)=2" : "")
        case .array(let problem):
            ArrayProblemWording.describe(problem, found: describe)
        }
    }

    /// `warning` with the node's equation and numbers:
    /// `warning: y = log(a) = log(-1) = nan: the value is not finite`.
    public static func describe(_ warning: DomainWarning, in evaluation: Evaluation) -> String {
        "warning: \(evaluation.equation(for: warning.node)): the value is not finite"
    }

    /// The inputs, named: `the inputs are a, b`, or `the graph has no inputs`.
    public static func inputsPhrase(_ names: [String]) -> String {
        names.isEmpty ? "the graph has no inputs" : "the inputs are " + names.joined(separator: ", ")
    }

    private static func describe(_ found: GraphError.Found) -> String {
        switch found {
        case .token(let text): "'\(text)'"
        case .newLine: "a new line"
        case .endOfInput: "the end of the input"
        }
    }
}
