import Testing
@testable import Words

/// Every catalogue's Chinese is checked against its English: nothing left in English but the
/// terms a learner types or reads as they are (keys, options, function names, units).
@Suite struct CatalogueTests {
    /// The Latin words allowed in Chinese text.
    static let terms: Set<String> = [
        "at", "MB", "exp", "ReLU", "sigmoid", "dout", "out", "dx", "dy",
        // The lesson files' keys and values, and the program's names.
        "YAML", "steps", "output", "graph", "step", "last", "pass", "view", "detail", "overview", "forward", "partials",
        "tangent", "INPUT", "reverse", "OUTPUT", "paths", "descend", "rate", "parameters", "select", "predict", "show", "plot",
        "true", "false", "lessons", "README", "md", "GraphTutor", "graphtutor", "check", "progress", "reset", "yes", "LESSON",
        "id", "computational", "graphs", "TERM", "xterm", "color", "curses",
    ]

    @Test func problemWordsAreAllTranslated() {
        #expect(CatalogueCheck.findings(in: ProblemWords.self, terms: Self.terms) == [])
    }

    @Test func captionWordsAreAllTranslated() {
        #expect(CatalogueCheck.findings(in: CaptionWords.self, terms: Self.terms) == [])
    }

    @Test func quizWordsAreAllTranslated() {
        #expect(CatalogueCheck.findings(in: QuizWords.self, terms: Self.terms) == [])
    }

    @Test func lessonCheckWordsAreAllTranslated() {
        #expect(CatalogueCheck.findings(in: LessonCheckWords.self, terms: Self.terms) == [])
    }

    @Test func progressWordsAreAllTranslated() {
        #expect(CatalogueCheck.findings(in: ProgressWords.self, terms: Self.terms) == [])
    }

    @Test func reportWordsAreAllTranslated() {
        #expect(CatalogueCheck.findings(in: ReportWords.self, terms: Self.terms) == [])
    }

    @Test func terminalWordsAreAllTranslated() {
        #expect(CatalogueCheck.findings(in: TerminalWords.self, terms: Self.terms) == [])
    }

    @Test func commandWordsAreAllTranslated() {
        #expect(CatalogueCheck.findings(in: CommandWords.self, terms: Self.terms.union(["lang", "en", "zh", "json", "dot", "trace", "learning", "wrt", "NAME", "NUMBER", "NN", "name", "yaml", "lesson", "UTF", "count"])) == [])
        #expect(CatalogueCheck.findings(in: ArgumentParserWords.self, terms: Self.terms) == [])
    }

    /// Help keeps the option names, the examples' commands and the names of formats and variables.
    @Test func helpWordsAreAllTranslated() {
        let commands: Set<String> = [
            "lang", "en", "zh", "json", "dot", "trace", "learning", "wrt", "NAME", "NUMBER", "NN", "name", "yaml", "lesson", "UTF",
            "count", "plain", "less", "quiz", "topic", "adjoint", "seed", "printf", "list", "topics", "eval", "net", "txt", "JSON",
            "DOT", "Graphviz", "ASCII", "locale", "FILE", "DIR", "LC", "ALL", "MESSAGES", "LANG", "dumb", "XDG", "DATA", "HOME",
            "local", "share", "LINE", "MESSAGE", "tangents",
        ]
        #expect(CatalogueCheck.findings(in: HelpWords.self, terms: Self.terms.union(commands)) == [])
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
