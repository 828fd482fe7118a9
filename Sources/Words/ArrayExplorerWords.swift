/// The words of the explorer on array graphs beyond those it shares with the scalar explorer
/// (`ExplorerWords`): its node panel, expanding a block, its hints and its keys.
public struct ArrayExplorerWords: Catalogue {
    /// `{0}` the input, `{1}` its shape.
    public let inputLine: Template
    /// The label before the rules of a block's backward step.
    public let backwardLabel: String
    /// The heading over what a layer kept, `{0}` what it is.
    public let keptHeading: Template
    /// A large array's least and greatest entry, `{0}` the number.
    public let least: Template
    public let greatest: Template
    public let idleHint: String
    public let choosePass: String
    /// `x` on the whole graph: `{0}` how many scalar nodes.
    public let expandedGraph: Template
    /// `x` on one block: `{0}` the block, `{1}` the output, `{2}` its gradient held fixed.
    public let expandedBlock: Template
    /// `{0}` the input selected.
    public let expandNeedsBlock: Template
    public let expandHelp: String
    public let expandWord: String
    public let editHelp: String
    /// `d` and `D`: `{0}` how many updates `D` takes.
    public let descentHelp: Template
    public let descentWord: String
    /// The edit dialog's title: `{0}` the input, `{1}` its shape.
    public let editTitle: Template
    public let editHint: String
    /// `{0}` the input, `{1}` its shape, `{2}` what was typed, `{3}` its shape.
    public let wrongShape: Template
    /// After `d` or `D`: `{0}` how many updates, `{1}` the learning rate, `{2}` the parameters,
    /// `{3}` the loss, `{4}` its value before, `{5}` after.
    public let descended: Template
}
