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

/// The Chinese edition in `lessons/zh/` passes the check and matches the course but for words.
@Suite struct CourseEditionTests {
    @Test func theChineseEditionPassesAndMatchesTheCourse() throws {
        let course = try Course(directory: CourseTests.folder)
        let chinese = try Course(directory: CourseTests.folder + "/zh")
        #expect(chinese.problems.isEmpty, "\(chinese.problems.map(\.description).joined(separator: "\n"))")
        #expect(chinese.lessons.count == course.lessons.count)
        #expect(course.differences(in: chinese).isEmpty, "\(course.differences(in: chinese).map(\.description))")
    }

    @Test func aTranslationThatChangesMoreThanWordsIsReported() throws {
        let english = "title: T\ngraph: |\n  a = 2\n  b = a * 3\nsteps:\n  - text: one\n  - text: two\n    show: {pass: reverse}\n"
        let changed = english.replacingOccurrences(of: "show: {pass: reverse}", with: "show: {pass: forward}")
        let course = Course(files: [("01-t.yaml", english)], folder: "")
        let short = Course(files: [("01-t.yaml", "title: T\ngraph: a = 2; b = a * 3\nsteps:\n  - text: eins\n")], folder: "zh/")
        let edited = Course(files: [("01-t.yaml", changed)], folder: "zh/")
        let extra = Course(files: [("01-t.yaml", english), ("02-u.yaml", english)], folder: "zh/")
        #expect(course.differences(in: short).map(\.description) == ["zh/01-t.yaml:1: 1 steps, but the course has 2 in 01-t.yaml"])
        #expect(course.differences(in: edited).map(\.description) == [
            "zh/01-t.yaml:7: step 2 differs from 01-t.yaml in its graph, output, show, predict, descend or plot; a translation changes only the words",
        ])
        #expect(course.differences(in: extra).map(\.description) == ["zh/02-u.yaml:1: no lesson 02-u in the course this edition translates"])
        #expect(course.differences(in: Course(files: [], folder: "zh/")).map(\.description) == ["zh/01-t.yaml:1: this edition has no 01-t"])
        #expect(course.differences(in: course).isEmpty)
    }
}

@Suite struct ProseTests {
    @Test func blocksSpansAndJoinedLines() {
        let blocks = Prose.blocks("A *graph* of `c`\nand more.\n\n- one\n  two\n- three\n\n反向\n传播 w\n是")
        #expect(blocks.map { Prose.plain($0.spans) } == ["A graph of c and more.", "one two", "three", "反向传播 w 是"])
        #expect(blocks.map(\.isListItem) == [false, true, true, false])
        #expect(blocks[0].spans.map(\.style) == [.plain, .emphasis, .plain, .code, .plain])
    }
}
