import Testing
@testable import Words

/// Every catalogue's Chinese is checked against its English: nothing left in English but the
/// terms a learner types or reads as they are (keys, options, function names, units), listed
/// per catalogue so that a word allowed in one is not let through in the others.
@Suite struct CatalogueTests {
    /// The Latin words allowed in any Chinese text: units, function names, symbols spelled out.
    static let terms: Set<String> = ["at", "MB", "exp", "ReLU", "sigmoid", "affine", "dout", "out", "dx", "dy", "GraphTutor", "graphtutor"]

    /// Key names and the program's commands, which the screens show as typed.
    static let screenTerms: Set<String> = terms.union(["Esc", "Enter", "Tab", "Shift", "Backspace", "progress", "lessons", "check"])

    /// The lesson files' keys and values, and a lesson's id, which the lesson check quotes.
    static let lessonFileTerms: Set<String> = terms.union([
        "YAML", "steps", "output", "graph", "step", "last", "pass", "view", "detail", "overview", "forward", "partials",
        "tangent", "INPUT", "reverse", "OUTPUT", "paths", "descend", "rate", "parameters", "select", "predict", "show", "plot",
        "true", "false", "lessons", "README", "md", "id", "computational", "graphs",
    ])

    /// The options, their values and the variables the command line's words name.
    static let commandTerms: Set<String> = terms.union([
        "lang", "en", "zh", "json", "dot", "trace", "learning", "rate", "wrt", "NAME", "NUMBER", "NN", "name", "yaml", "lesson", "UTF",
        "count", "check", "progress", "reset", "eval", "yes", "LESSON", "id", "computational", "graphs", "lessons", "TERM", "xterm",
        "color", "curses",
    ])

    @Test func problemWordsAreAllTranslated() {
        #expect(CatalogueCheck.findings(in: ProblemWords.self, terms: Self.terms) == [])
    }

    @Test func helpWordsAreAllTranslated() {
        #expect(CatalogueCheck.findings(in: HelpWords.self, terms: Self.screenTerms.union(["dz", "dx"])) == [])
    }

    @Test func homeWordsAreAllTranslated() {
        #expect(CatalogueCheck.findings(in: HomeWords.self, terms: Self.screenTerms) == [])
    }

    @Test func lessonScreenWordsAreAllTranslated() {
        #expect(CatalogueCheck.findings(in: LessonScreenWords.self, terms: Self.screenTerms) == [])
    }

    @Test func quizScreenWordsAreAllTranslated() {
        #expect(CatalogueCheck.findings(in: QuizScreenWords.self, terms: Self.screenTerms) == [])
    }

    /// `dw` is the gradient's name in the descent dialog, `FILE` the placeholder in `@FILE`.
    @Test func explorerWordsAreAllTranslated() {
        #expect(CatalogueCheck.findings(in: ExplorerWords.self, terms: Self.screenTerms.union(["dw", "FILE"])) == [])
    }

    @Test func arrayExplorerWordsAreAllTranslated() {
        #expect(CatalogueCheck.findings(in: ArrayExplorerWords.self, terms: Self.screenTerms.union(["sum"])) == [])
    }

    @Test func captionWordsAreAllTranslated() {
        #expect(CatalogueCheck.findings(in: CaptionWords.self, terms: Self.terms) == [])
    }

    @Test func blockCaptionWordsAreAllTranslated() {
        #expect(CatalogueCheck.findings(in: BlockCaptionWords.self, terms: Self.terms.union(["softmax"])) == [])
    }

    @Test func quizWordsAreAllTranslated() {
        // The array questions' gradients and functions are written as formulas: dL/dW, relu(Z).
        let formulas: Set<String> = ["dL", "dY", "dW", "dX", "db", "dH", "dZ", "relu", "sum"]
        #expect(CatalogueCheck.findings(in: QuizWords.self, terms: Self.terms.union(formulas)) == [])
    }

    @Test func lessonCheckWordsAreAllTranslated() {
        #expect(CatalogueCheck.findings(in: LessonCheckWords.self, terms: Self.lessonFileTerms) == [])
    }

    @Test func progressWordsAreAllTranslated() {
        #expect(CatalogueCheck.findings(in: ProgressWords.self, terms: Self.commandTerms) == [])
    }

    @Test func arrayProblemWordsAreAllTranslated() {
        #expect(CatalogueCheck.findings(in: ArrayProblemWords.self, terms: Self.terms) == [])
    }

    @Test func arrayReportWordsAreAllTranslated() {
        #expect(CatalogueCheck.findings(in: ArrayReportWords.self, terms: Self.terms) == [])
    }

    @Test func reportWordsAreAllTranslated() {
        #expect(CatalogueCheck.findings(in: ReportWords.self, terms: Self.terms) == [])
    }

    @Test func terminalWordsAreAllTranslated() {
        #expect(CatalogueCheck.findings(in: TerminalWords.self, terms: Self.commandTerms) == [])
    }

    @Test func commandWordsAreAllTranslated() {
        #expect(CatalogueCheck.findings(in: CommandWords.self, terms: Self.commandTerms) == [])
        #expect(CatalogueCheck.findings(in: ArgumentParserWords.self, terms: Self.terms) == [])
    }

    /// Help keeps the option names, the examples' commands and the names of formats and variables.
    @Test func commandHelpWordsAreAllTranslated() {
        let help: Set<String> = [
            "plain", "less", "quiz", "topic", "adjoint", "seed", "printf", "list", "topics", "eval", "net", "txt", "JSON",
            "DOT", "Graphviz", "ASCII", "locale", "FILE", "DIR", "LC", "ALL", "MESSAGES", "LANG", "dumb", "XDG", "DATA", "HOME",
            "local", "share", "LINE", "MESSAGE", "tangents", "tangent", "reverse",
        ]
        #expect(CatalogueCheck.findings(in: CommandHelpWords.self, terms: Self.commandTerms.union(help)) == [])
    }

    @Test func aCatalogueIsReadInTheLanguageBeingSpoken() {
        #expect(ProblemWords.current.emptyGraph == ProblemWords.en.emptyGraph)
        Words.$language.withValue(.zh) {
            #expect(ProblemWords.current.emptyGraph == ProblemWords.zh.emptyGraph)
        }
    }

    @Test func theLocaleChoosesTheLanguage() {
        #expect(Language.preferred(by: [:]) == .en)
        #expect(Language.preferred(by: ["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(Language.preferred(by: ["LC_ALL": "C.UTF-8", "LANG": "zh_CN.UTF-8"]) == .en)
        #expect(Language.preferred(by: ["LC_ALL": "", "LC_MESSAGES": "zh_TW", "LANG": "en_US"]) == .zh)
    }
}
