import Foundation
import Testing
import Tutor

/// The course in `lessons/` passes the check: every graph, pass, node, placeholder and typed
/// number agrees with the engine.
@Suite struct CourseTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("lessons").path

    @Test func everyLessonPassesTheCheck() throws {
        let course = try Course(directory: Self.folder)
        #expect(course.problems.isEmpty, "\(course.problems.map(\.description).joined(separator: "\n"))")
        #expect(!course.lessons.isEmpty)
        for script in course.lessons {
            #expect(script.lesson.number != nil, "\(script.lesson.id) has no number")
            #expect(script.frames.count == script.lesson.steps.count)
        }
    }
}
