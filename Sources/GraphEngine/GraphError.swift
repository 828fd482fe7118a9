/// A problem with a graph or with the values given for it, with the place it was found.
///
/// The engine says what is wrong as data; front ends word it (the `Tutor` target has the
/// English), so the command line and a lesson screen can each give their own advice.
public struct GraphError: Error, Equatable, Sendable {
    /// What is wrong, with what was found and, where it helps, what was expected instead.
    public enum Problem: Equatable, Sendable {
        // The lexer cannot read the text.
        case unexpectedCharacter(Character)
        case notANumber(String)
        /// A literal such as `1e999` that is beyond the largest finite number.
        case numberTooLarge(String)

        // The text does not follow the grammar.
        /// A statement that does not start with a name, as in `3 = a`.
        case expectedAssignment(found: Found)
        case expectedEquals(after: String, found: Found)
        /// A number, a name, a function call or `(` was expected.
        case expectedOperand(found: Found)
        /// An expression went on with something that is no operator, as in `c = a b`.
        case expectedOperator(found: Found)
        case unclosedParenthesis(openedAt: SourceLocation, found: Found)
        case unclosedCall(function: String, found: Found)
        case unknownFunction(String, functions: [String])
        case wrongArgumentCount(function: String, takes: Int, given: Int)
        /// Nesting beyond `limit` levels, refused so that parsing cannot overflow the stack.
        case nestingTooDeep(limit: Int, found: Found)

        // The text is beyond what the engine takes on.
        /// Graph text of `bytes` bytes, over the `limit`.
        case textTooLarge(bytes: Int, limit: Int)
        /// More nodes than `limit`; the place is where the node past it is written.
        case tooManyNodes(limit: Int)

        // The statements do not make a graph.
        case emptyGraph
        case assignedTwice(String, firstAt: SourceLocation)
        /// The names on the cycle, starting and ending with the same one.
        case cycle([String])
        /// `names` are the graph's user-written names, any of which could be an output.
        case unknownOutput(String, names: [String])

        // The values given do not fit the graph.
        case unknownInput(String, inputs: [String])
        case notAnInput(String, inputs: [String])
        case missingValue(input: String)

        // An array graph's literals or shapes are wrong.
        case array(ArrayProblem)
    }

    /// What stood where something else was expected.
    public enum Found: Equatable, Sendable {
        /// A token, as written.
        case token(String)
        case newLine
        case endOfInput
    }

    public let problem: Problem
    /// Where in the graph text, when the problem has a place there.
    public let location: SourceLocation?

    public init(_ problem: Problem, at location: SourceLocation? = nil) {
        self.problem = problem
        self.location = location
    }
}
