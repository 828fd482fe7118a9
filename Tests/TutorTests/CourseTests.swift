import Foundation
import GraphEngine
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

@Suite struct PlaceholderTests {
    @Test func everyKindFillsFromTheEngine() throws {
        let evaluation = try Evaluation(Graph(parsing: "a = 2; b = 1; c = a + b; d = b + 1; e = c * d"))
        let context = PlaceholderContext(evaluation, losses: [7, 6.5, 6], learningRate: 0.1)
        let expected: [(String, String)] = [
            ("value c", "3"), ("partial e c", "2"), ("total e b", "5"), ("paths b e", "2"), ("loss", "6"),
            ("loss start", "7"), ("cost forward", "10"), ("cost reverse", "5"), ("sweeps forward", "2"), ("sweeps reverse", "1"),
            ("inputs", "2"), ("edges", "5"), ("rate", "0.1"), ("steps", "2"), ("2 * total e b", "10"), ("value c :2", "3"),
        ]
        for (inside, text) in expected {
            let placeholder = try #require(Placeholder(inside), "{{\(inside)}} is not read")
            #expect(try placeholder.text(context).get() == text, "{{\(inside)}}")
        }
        #expect(try Placeholder("total e b :1").map { try $0.text(PlaceholderContext(evaluation)).get() } == "5")
        #expect(Placeholder("value c :13") == nil)
        #expect(Placeholder("tangent e") == nil)
        #expect(Placeholder("value q")?.text(PlaceholderContext(evaluation)) == .failure(.unknownNode("q")))
        #expect(Placeholder("rate")?.text(PlaceholderContext(evaluation)) == .failure(.noDescent))
    }
}
