/// The words of the explorer, which lessons and the quiz show too: the caption and its
/// messages, the dialogs, the node panel, the derivative table, the graph pane's notices, and
/// the keys.
public struct ExplorerWords: Catalogue {
    // The title and the caption.
    public let predictModeTitle: String
    /// ` reverse mode from e · step 4/6 `.
    public let passRule: Template
    public let firstStepHint: String
    public let idleHint: String
    public let predictPrompt: Template
    public let predictHint: String

    // Messages after a key.
    public let predictOn: String
    public let predictOff: String
    public let notFinite: Template
    public let valueSet: Template
    public let newGraph: Template
    public let newGraphFromFile: Template
    public let predictedRight: Template
    public let predictedWrong: Template
    public let passStarted: Template
    public let choosePass: String
    public let choosePassToPlay: String
    public let lastStep: String
    public let predictBlocksPlay: String
    public let playing: String
    public let stopped: String
    /// What needs an input selected: `e edits an input's value`.
    public let editNeedsInput: String
    public let tangentNeedsInput: String
    public let pathsNeedsInput: String
    /// `{0}` what needs an input, `{1}` that the graph has none.
    public let noInputToSelect: Template
    /// `{0}` what needs an input, `{1}` the inputs there are.
    public let selectAnInput: Template

    // Gradient descent.
    public let descentNeedsInputs: Template
    public let learningRateInvalid: String
    public let notAnInput: Template
    public let noParameters: String
    public let nothingToUndo: String
    public let undone: Template
    /// The result table's header: `w`, `old`, `dE/dw`, `new`; `{0}` is the loss.
    public let gradientColumn: Template
    public let gradientAtFirstColumn: Template
    public let oldColumn: String
    public let newColumn: String
    /// `w ← w - 0.1 · dE/dw, every w at once`.
    public let updateRuleOnce: Template
    public let updateRuleRepeated: Template

    // Dialogs.
    public let valueTitle: Template
    public let valueHint: String
    public let columnOfError: Template
    public let newGraphTitle: String
    public let newGraphExample: String
    public let newGraphKeys: String
    public let descentTitle: Template
    public let learningRateLabel: String
    public let parametersLabel: String
    public let descentHint: String
    public let oneStepTitle: String
    public let stepsTitle: Template

    // The node panel.
    public let inputLine: Template
    public let writtenLabel: String
    public let valueLabel: String
    public let partialsLabel: String
    public let tangentLabel: String
    public let adjointLabel: String
    public let backwardKeeps: Template
    /// After an adjoint still being summed: `; 1 of 2 so far`.
    public let sharesSoFar: Template

    // The derivative table and the graph pane.
    public let pathsColumn: String
    public let forwardColumn: String
    public let reverseColumn: String
    public let numericColumn: String
    public let forwardCost: Template
    public let reverseCost: Template
    public let noPath: Template
    public let pathsInAll: Template
    public let inputBox: String
    public let offScreen: Template
    public let longEdgesLeftOut: String

    // Keys.
    public let moveHelp: String
    public let cycleHelp: String
    public let forwardHelp: String
    public let tangentHelp: String
    public let reverseHelp: String
    public let pathsHelp: String
    public let playHelp: String
    public let predictHelp: String
    public let editHelp: String
    public let graphHelp: String
    public let descentHelp: String
    public let undoHelp: String
    public let zoomHelp: String
    public let leaveHelp: String
    public let moveWord: String
    public let passWord: String
    public let stepWord: String
    public let predictWord: String
    public let editWord: String
    public let graphWord: String
}
