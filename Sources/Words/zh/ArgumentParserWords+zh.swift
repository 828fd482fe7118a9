extension ArgumentParserWords {
    public static let zh = ArgumentParserWords(
        overview: "概述：",
        usageHeading: "用法：",
        argumentsHeading: "参数：",
        optionsHeading: "选项：",
        subcommandsHeading: "子命令：",
        errorLine: "错误：{0}",
        helpLine: "帮助：{0}",
        usageLine: "用法：{0}",
        seeDetailedHelp: "详细帮助请看 '{0}'。",
        seeMoreInformation: "更多信息请看 '{0}'。",
        showHelp: "显示帮助信息。",
        defaultValue: "（默认：{0}）",
        possibleValues: "（可选值：{0}）",
        defaultSubcommand: "（默认）",
        missingArgument: "缺少参数 '{0}'",
        unknownOption: "未知选项 '{0}'",
        didYouMean: "。你是想用 '{0}' 吗？",
        invalidValue: "'{0}' 不是 '{1}' 的有效值",
        missingValue: "'{0}' 缺少值",
        unexpectedArgument: "多余的参数 '{0}'"
    )
}
