extension ArrayReportWords {
    public static let en = ArrayReportWords(
        shape: "shape",
        shapes: "shapes",
        rulesTitle: "edge rules (reverse mode for {0}, forward mode)",
        gradientsTitle: "gradients of {0}: reverse mode, forward mode, central difference",
        sumOfEntries: "the sum of {0}'s entries",
        onePerEntry: "one sweep per entry of each input",
        costTitle: "cost on this graph ({0} {0|input|inputs} of {1} {1|entry|entries} in all)",
        notFinite: "{0} = {1}: some entries are not finite",
        summary: "{0} entries, {1}",
        range: "from {0} to {1}",
        noneFinite: "none finite"
    )
}
