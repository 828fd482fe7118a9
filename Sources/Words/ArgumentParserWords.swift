/// The words swift-argument-parser writes itself in help and usage errors: each entry is its
/// English, as it writes it, and the translation. `replacing(in:)` translates its messages.
public struct ArgumentParserWords: Catalogue {
    public let overview: String
    public let usageHeading: String
    public let argumentsHeading: String
    public let optionsHeading: String
    public let subcommandsHeading: String
    public let errorLine: Template
    public let helpLine: Template
    public let usageLine: Template
    public let seeDetailedHelp: Template
    public let seeMoreInformation: Template
    public let showHelp: String
    public let defaultValue: Template
    public let possibleValues: Template
    public let defaultSubcommand: String
    public let missingArgument: Template
    public let unknownOption: Template
    public let didYouMean: Template
    public let invalidValue: Template
    public let missingValue: Template
    public let unexpectedArgument: Template

    /// `message` (help or an error written by swift-argument-parser) with its own English in
    /// the language being spoken; unchanged in English.
    public static func replacing(in message: String) -> String {
        guard Words.language != .en else { return message }
        // Both catalogues list their entries in the order they are declared.
        return zip(CatalogueCheck.entries(of: en), CatalogueCheck.entries(of: current)).reduce(message) { text, pair in
            pair.0.1.replacingWrites(in: text, with: pair.1.1)
        }
    }
}
