extension ArrayExplorerWords {
    public static let en = ArrayExplorerWords(
        inputLine: "{0}: input, {1}",
        backwardLabel: "backward",
        keptHeading: "kept {0}",
        least: "min {0}",
        greatest: "max {0}",
        idleHint: "f forward values · r reverse mode · x expands a block · ? all keys",
        choosePass: "choose a pass first: f forward values, r reverse mode",
        expandedGraph: "every entry a node: {0} scalar {0|node|nodes} · Esc returns",
        expandedBlock: "{0} by entries; the rest is {1} = sum({0} ⊙ {2}), {2} fixed · Esc returns",
        expandNeedsBlock: "x expands a block that computes: {0} is an input",
        expandHelp: "expand the selected block into its scalar graph",
        expandWord: "expand",
        editHelp: "type the selected input's array, such as [1, 2; 3, 4]",
        descentHelp: "one gradient-descent update of the parameters / {0} more",
        descentWord: "train",
        editTitle: "input {0}, {1}",
        editHint: "a row at a time, rows split by ';': [1, 2; 3, 4]",
        wrongShape: "{0} is {1}, but {2} is {3}",
        descended: "{0} {0|update|updates} (η = {1}; {2}): {3} {4} → {5}"
    )
}
