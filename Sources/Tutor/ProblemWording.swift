import GraphEngine
import Words

/// The words (in the language being spoken) for the engine's problems and warnings, shared by every front end.
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

    /// `problem` as one sentence, such as
    /// `expected a number, a name, a function call or '(', found ';'`.
    public static func describe(_ problem: GraphError.Problem, inputHint: InputHint) -> String {
        let words = ProblemWords.current
        switch problem {
        case .unexpectedCharacter(let character):
            return words.unexpectedCharacter(character)
        case .notANumber(let text):
            return words.notANumber(text)
        case .numberTooLarge(let text):
            return words.numberTooLarge(text)
        case .expectedAssignment(let found):
            return words.expectedAssignment(describe(found))
        case .expectedEquals(let name, let found):
            return words.expectedEquals(name, describe(found))
        case .expectedOperand(let found):
            return words.expectedOperand(describe(found))
        case .expectedOperator(let found):
            return words.expectedOperator(describe(found))
        case .unclosedParenthesis(let opening, let found):
            return words.unclosedParenthesis(opening, describe(found))
        case .unclosedCall(let function, let found):
            return words.unclosedCall(function, describe(found))
        case .unknownFunction(let name, let functions):
            return words.unknownFunction(name, functions.joined(separator: words.listSeparator))
        case .wrongArgumentCount(let function, let takes, let given):
            return words.wrongArgumentCount(function, takes, given)
        case .nestingTooDeep(let limit, let found):
            return words.nestingTooDeep(limit, describe(found))
        case .textTooLarge(let bytes, let limit):
            return words.textTooLarge(bytes, limit, limit >> 20)
        case .tooManyNodes(let limit):
            return words.tooManyNodes(limit)
        case .emptyGraph:
            return words.emptyGraph
        case .assignedTwice(let name, let first):
            return words.assignedTwice(name, first)
        case .cycle(let names):
            return words.cycle(names.joined(separator: " → "))
        case .unknownOutput(let name, let names):
            return words.unknownOutput(name, names.joined(separator: words.listSeparator))
        case .unknownInput(let name, let inputs):
            return words.unknownInput(name, inputsPhrase(inputs))
        case .notAnInput(let name, let inputs):
            return words.notAnInput(name, inputsPhrase(inputs))
        case .missingValue(let name):
            return words.missingValue(name) + (inputHint == .commandLine ? words.missingValueOnCommandLine(name) : "")
        case .array(let problem):
            return ArrayProblemWording.describe(problem, found: describe)
        }
    }

    /// `warning` with the node's equation and numbers:
    /// `warning: y = log(a) = log(-1) = nan: the value is not finite`.
    public static func describe(_ warning: DomainWarning, in evaluation: Evaluation) -> String {
        ProblemWords.current.notFinite(Caption.equation(warning.node, evaluation))
    }

    /// The inputs, named: `the inputs are a, b`, or `the graph has no inputs`.
    public static func inputsPhrase(_ names: [String]) -> String {
        let words = ProblemWords.current
        return names.isEmpty ? words.noInputs : words.inputsAre(names.joined(separator: words.listSeparator))
    }

    private static func describe(_ found: GraphError.Found) -> String {
        let words = ProblemWords.current
        switch found {
        case .token(let text): return words.foundToken(text)
        case .newLine: return words.foundNewLine
        case .endOfInput: return words.foundEndOfInput
        }
    }
}
