extension ArgumentParserWords {
    public static let en = ArgumentParserWords(
        overview: "OVERVIEW: ",
        usageHeading: "USAGE: ",
        argumentsHeading: "ARGUMENTS:",
        optionsHeading: "OPTIONS:",
        subcommandsHeading: "SUBCOMMANDS:",
        errorLine: "Error: {0}",
        helpLine: "Help:  {0}",
        usageLine: "Usage: {0}",
        seeDetailedHelp: "See '{0}' for detailed help.",
        seeMoreInformation: "See '{0}' for more information.",
        showHelp: "Show help information.",
        defaultValue: " (default: {0})",
        possibleValues: " (values: {0})",
        defaultSubcommand: "(default)",
        missingArgument: "Missing expected argument '{0}'",
        unknownOption: "Unknown option '{0}'",
        didYouMean: ". Did you mean '{0}'?",
        invalidValue: "The value '{0}' is invalid for '{1}'",
        missingValue: "Missing value for '{0}'",
        unexpectedArgument: "Unexpected argument '{0}'"
    )
}
