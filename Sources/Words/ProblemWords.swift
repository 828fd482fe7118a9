/// The words for the engine's problems with a graph and its warnings, shared by every front end.
public struct ProblemWords: Catalogue {
    public let unexpectedCharacter: Template
    public let notANumber: Template
    public let numberTooLarge: Template
    public let expectedAssignment: Template
    public let expectedEquals: Template
    public let expectedOperand: Template
    public let expectedOperator: Template
    public let unclosedParenthesis: Template
    public let unclosedCall: Template
    public let unknownFunction: Template
    public let wrongArgumentCount: Template
    public let nestingTooDeep: Template
    public let textTooLarge: Template
    public let tooManyNodes: Template
    public let emptyGraph: String
    public let assignedTwice: Template
    public let cycle: Template
    public let unknownOutput: Template
    public let unknownInput: Template
    public let notAnInput: Template
    public let missingValue: Template
    /// Appended to `missingValue` on the command line.
    public let missingValueOnCommandLine: Template
    public let notFinite: Template
    public let inputsAre: Template
    public let noInputs: String
    /// How a list of names is joined.
    public let listSeparator: String
    public let foundToken: Template
    public let foundNewLine: String
    public let foundEndOfInput: String
}
