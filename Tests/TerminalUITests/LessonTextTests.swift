import Foundation
@testable import TerminalUI
import Testing
import TextCanvas
import Tutor

/// Plain mode: a lesson as text, for pipes and screen readers.
@Suite struct LessonTextTests {
    static let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("lessons").path

    static func lesson(_ number: Int) throws -> LessonScript {
        try #require(try Course(directory: lessons).lesson(numbered: number))
    }

    @Test func lessonFourAsGoldenText() throws {
        try Snapshot.check(LessonText.render(Self.lesson(4)), named: "lesson-04-plain")
    }

    /// An array lesson: its arrays, entries, gradients and shapes filled in by the block engine.
    @Test func lessonThirteenAsGoldenText() throws {
        try Snapshot.check(LessonText.render(Self.lesson(13)), named: "lesson-13-plain")
    }

    @Test(arguments: [4, 13, 14])
    func plainTextHasNoEscapesAndFitsItsWidth(_ number: Int) throws {
        for width in [80, 60] {
            let text = LessonText.render(try Self.lesson(number), width: width)
            #expect(!text.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\n" })
            for line in text.split(separator: "\n") {
                #expect(String(line).displayWidth <= width, "too wide at \(width): \(line)")
                #expect(!line.hasSuffix(" "), "trailing space: \(line)")
            }
        }
    }

    @Test func predictAsksThenAnswers() throws {
        let text = LessonText.render(try Self.lesson(4))
        let question = try #require(text.range(of: "Predict: e = ?\n"))
        let answer = try #require(text.range(of: "(answer: e = c · d = 3 · 2 = 6)"))
        #expect(question.upperBound <= answer.lowerBound)
    }

    @Test func proseDropsMarkersAndListsItems() {
        let lines = LessonText.prose("A *graph* of `c = a + b`:\n\n- one node\n- two nodes,\n  wrapped on\n\nAfter.", width: 12)
        #expect(lines == ["A graph of c", "= a + b:", "", "- one node", "- two nodes,", "  wrapped on", "", "After."])
    }

    @Test func contentsListsTheLessons() throws {
        let course = try Course(directory: Self.lessons)
        let contents = LessonText.contents(course)
        #expect(contents.hasPrefix("Lessons\n\n1. "))
        #expect(contents.contains("\n4. Computational graphs\n   A calculation broken into single operations, one node each.\n"))
    }
}
