import Testing
@testable import Words

/// Every catalogue's Chinese is checked against its English: nothing left in English but the
/// terms a learner types or reads as they are (keys, options, function names, units).
@Suite struct CatalogueTests {
    /// The Latin words allowed in Chinese text.
    static let terms: Set<String> = ["at", "MB"]

    @Test func problemWordsAreAllTranslated() {
        #expect(CatalogueCheck.findings(in: ProblemWords.self, terms: Self.terms) == [])
    }

    /// Key names and the program's own name and command, which the screens show as typed.
    static let screenTerms: Set<String> = ["Esc", "Enter", "Tab", "Shift", "Backspace", "graphtutor", "progress", "lessons", "check"]

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
