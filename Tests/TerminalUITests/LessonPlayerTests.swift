import Foundation
@testable import TerminalUI
import Testing
import TextCanvas
import Tutor

/// The home screen and the lesson player, driven by keys through the app.
@Suite struct LessonPlayerTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("lessons").path

    static func course() throws -> Course { try Course(directory: folder) }

    func press(_ app: inout App, _ keys: [Event]) -> [Command] {
        keys.flatMap { app.update(.input($0)) }
    }

    func screenText(_ app: App) -> String { app.render(width: 80, height: 24).rows.joined(separator: "\n") }

    @Test func homeListsTheLessonsAndOpensTheOneToContinue() throws {
        let course = try Self.course()
        let lesson4 = try #require(course.lessons.firstIndex { $0.lesson.number == 4 })
        let progress = CourseProgress(lessons: [course.lessons[lesson4].lesson.id: .init(step: 2)])
        var app = App.home(course: course, progress: progress)
        let text = screenText(app)
        #expect(text.contains("Computational graphs"))
        #expect(text.contains("▶ continue, step 3 of"))
        #expect(text.contains("0 of \(course.lessons.count) done"))
        _ = press(&app, [.enter])
        guard case .lesson(let player) = app.screen else { Issue.record("no lesson"); return }
        #expect(player.index == 2)
        #expect(screenText(app).contains("Lesson 4 · Computational graphs · step 3 of"))
    }

    @Test func playingALessonToItsEndMarksItDone() throws {
        let course = try Self.course()
        let script = try #require(course.lesson(numbered: 4))
        var app = App.lesson(script, course: course, progress: CourseProgress())
        var saved: [CourseProgress] = []
        for _ in 0..<(script.frames.count * 2) {
            for command in press(&app, [.character(" ")]) {
                if case .saveProgress(let progress) = command { saved.append(progress) }
            }
            // A prediction takes a number before the lesson goes on.
            if case .lesson(let player) = app.screen, player.shown.isPredicting {
                for command in press(&app, Array("6").map { .character($0) } + [.enter]) {
                    if case .saveProgress(let progress) = command { saved.append(progress) }
                }
            }
        }
        #expect(saved.last?.lessons[script.lesson.id]?.done == true)
        #expect(screenText(app).contains("lesson done"))
        _ = press(&app, [.character("q")])
        guard case .home = app.screen else { Issue.record("not home"); return }
        #expect(screenText(app).contains("✓ done"))
        #expect(screenText(app).contains("1 of \(course.lessons.count) done"))
        #expect(press(&app, [.character("q")]) == [.quit])
    }

    @Test func aPredictionIsAskedBeforeTheNumberIsShown() throws {
        let course = try Self.course()
        let script = try #require(course.lesson(numbered: 4))
        let predicting = try #require(script.frames.firstIndex { $0.step.predict })
        var app = App(.lesson(LessonPlayer(script, at: predicting)), course: course)
        #expect(screenText(app).contains("predict e = ▏"))
        #expect(!screenText(app).contains("e = 6"))
        _ = press(&app, [.character("6"), .enter])
        #expect(screenText(app).contains("✓ right: e = 6"))
    }

    @Test func exploringTheGraphAndComingBack() throws {
        let course = try Self.course()
        let script = try #require(course.lesson(numbered: 4))
        var app = App.lesson(script, course: course, progress: CourseProgress())
        _ = press(&app, [.character(" "), .character(" "), .character("x")])
        guard case .explorer = app.screen else { Issue.record("not exploring"); return }
        #expect(screenText(app).contains("hjkl move"))
        _ = press(&app, [.character("r"), .escape])
        guard case .lesson(let player) = app.screen else { Issue.record("not back in the lesson"); return }
        #expect(player.index == 2)
    }
}

/// The lesson screens at 80×24, compared with golden text in `Snapshots/`.
@Suite struct LessonSnapshotTests {
    @Test func lessonFourAtEachKindOfStep() throws {
        let course = try LessonPlayerTests.course()
        let script = try #require(course.lesson(numbered: 4))
        for index in script.frames.indices {
            let app = App(.lesson(LessonPlayer(script, at: index)), course: course)
            try Snapshot.check(app.render(width: 80, height: 24), named: "lesson-4-step-\(index + 1)-80x24")
        }
    }

    @Test func home() throws {
        let course = try LessonPlayerTests.course()
        try Snapshot.check(App.home(course: course, progress: CourseProgress()).render(width: 80, height: 24), named: "home-80x24")
    }
}

@Suite struct LessonScrollTests {
    @Test func theTextScrollsNoFurtherThanItsEnd() throws {
        let course = try LessonPlayerTests.course()
        let script = try #require(course.lesson(numbered: 4))
        var player = LessonPlayer(script)
        for _ in 0..<200 { _ = player.update(.input(.down)) }
        #expect(player.scroll == player.maximumScroll)
        #expect(player.maximumScroll < 20)
        _ = player.update(.input(.up))
        #expect(player.scroll == max(0, player.maximumScroll - 1))
    }
}
