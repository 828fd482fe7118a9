import Foundation
import Testing

/// The course in Chinese: chosen with `--lang zh` or by a locale starting with `zh` (read from
/// the variables, as the locale may not be installed), built into the program.
@Suite struct CourseLanguageEndToEndTests {
    func run(_ arguments: [String], _ environment: [String: String] = [:]) throws -> CommandLineEndToEndTests.Run {
        try CommandLineEndToEndTests().run(arguments, environment: environment.merging(["LC_ALL": "", "LC_MESSAGES": ""]) { a, _ in a })
    }

    @Test func langOrTheLocaleChoosesTheChineseCourse() throws {
        let english = try run(["lesson", "4", "--plain"], ["LANG": "C.UTF-8"])
        #expect(english.output.hasPrefix("Lesson 4 · Computational graphs\n"))
        let chosen = try run(["lesson", "4", "--plain", "--lang", "zh"])
        #expect(chosen.status == 0)
        #expect(chosen.output.hasPrefix("第 4 课 · 计算图\n"))
        // The numbers are the engine's in either language.
        #expect(chosen.output.contains("6"))
        let byLocale = try run(["lesson", "4", "--plain"], ["LANG": "zh_CN.UTF-8"])
        #expect(byLocale.output == chosen.output)
        let forced = try run(["lesson", "4", "--plain", "--lang", "en"], ["LANG": "zh_CN.UTF-8"])
        #expect(forced.output == english.output)
        let wrong = try run(["lesson", "4", "--plain", "--lang", "fr"])
        #expect(wrong.status == 64)
        #expect(wrong.errors.contains("--lang takes en or zh, not 'fr'"))
    }

    @Test func bothEditionsPassTheCheck() throws {
        let check = try run(["lessons", "check"])
        #expect(check.status == 0)
        #expect(check.output == "28 lessons, all pass\n")
    }
}
