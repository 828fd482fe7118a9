/// The words of the `?` help on every screen: its title, the legend of the explorer's symbols,
/// colours and table, the keys several screens share, and the notice for a terminal too small.
public struct HelpWords: Catalogue {
    /// `help 1/3 · ? next page · Esc closes`.
    public let title: Template
    public let notationHeading: String
    public let localPartial: String
    public let totalDerivative: String
    /// `{0}` is the total derivative the adjoint stands for, as `de/db`.
    public let adjoint: Template
    /// `{0}` is the total derivative the tangent stands for, as `db/dx`.
    public let tangent: Template
    public let waitingSum: String
    public let secondPlace: String
    public let coloursHeading: String
    public let coloursOfNodes: String
    public let coloursOfOutputs: String
    /// The table's heading; `{0}` is `dz/dx`.
    public let tableHeading: Template
    public let pathsColumn: String
    public let forwardColumn: String
    public let reverseColumn: String
    public let numericColumn: String
    public let tableMarks: String

    /// Key names and meanings shared by the screens' key tables.
    public let spaceOrN: String
    public let backspaceOrN: String
    public let enterOrSpace: String
    public let nextStep: String
    public let previousStep: String
    public let firstOrLastStep: String
    public let thisHelp: String
    public let quit: String
    /// Footer words.
    public let helpWord: String
    public let quitWord: String

    /// `terminal too small (need 70×20)`.
    public let terminalTooSmall: Template
}
