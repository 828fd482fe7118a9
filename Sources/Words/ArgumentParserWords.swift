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
        let translations = Dictionary(CatalogueCheck.entries(of: current), uniquingKeysWith: { first, _ in first })
        return CatalogueCheck.entries(of: en).reduce(message) { text, entry in
            translations[entry.0].map { entry.1.replacingWrites(in: text, with: $0) } ?? text
        }
    }
}
