import TextCanvas
import Tutor
import Words

/// What the home screen can open.
public enum HomeAction: Equatable, Sendable {
    case lesson(Int)
    case explorer
    case quiz
    case quit
}

/// The home screen: the course's lessons with what the learner has done of each, the explorer
/// and the quiz; the lesson to continue is selected when it opens.
public struct HomeScreen: Sendable {
    /// The entries, top to bottom: the lessons (by index in the course), then the explorer and
    /// the quiz.
    public enum Entry: Equatable, Sendable {
        case lesson(Int)
        case explorer
        case quiz
    }

    public let entries: [Entry]
    /// Each entry's lesson number, for choosing a lesson by its digit.
    let numbers: [Int?]
    public var selected: Int
    /// The help overlay's page, while it is open.
    public var helpPage: Int?

    /// The home screen for `course`, selecting the lesson `progress` says to continue.
    public init(course: Course, progress: CourseProgress) {
        entries = course.lessons.indices.map(Entry.lesson) + [.explorer, .quiz]
        numbers = course.lessons.map(\.lesson.number) + [nil, nil]
        let ids = course.lessons.map(\.lesson.id)
        let next = progress.lessonToContinue(in: ids).flatMap(ids.firstIndex(of:))
        selected = next ?? (ids.isEmpty ? 0 : ids.count)
    }

    /// The keys of the home screen, in the language being spoken.
    public static var keys: KeyTable<HomeKey> {
        typealias Binding = KeyBinding<HomeKey>
        let (words, help) = (HomeWords.current, HelpWords.current)
        let move = Binding("↑ ↓ / k j", hint: "↑↓", words.choose, [(.up, .up), (.character("k"), .up), (.down, .down), (.character("j"), .down)])
        let open = Binding(help.enterOrSpace, hint: "Enter", words.openHelp, [.enter, .character(" ")], .open)
        let helpKey = Binding("?", help.thisHelp, [.character("?")], .help)
        let quit = Binding("q", help.quit, [.character("q"), .escape], .quit)
        return KeyTable([move, open, helpKey, quit], footer: [
            .init(words.choose, [move]), .init(words.openWord, [open]), .init(help.helpWord, [helpKey]), .init(help.quitWord, [quit]),
        ])
    }

    /// The home screen's keys' meanings.
    public enum HomeKey: Equatable, Sendable { case up, down, open, help, quit }

    public mutating func update(_ event: Event) -> HomeAction? {
        if let page = helpPage {
            helpPage = HelpPages.page(after: event, on: page)
            return nil
        }
        if case .character(let digit) = event, let number = digit.wholeNumberValue {
            if let entry = numbers.firstIndex(of: number) { selected = entry }
            return nil
        }
        switch Self.keys.action(for: event) {
        case .up: selected = (selected + entries.count - 1) % entries.count
        case .down: selected = (selected + 1) % entries.count
        case .open:
            switch entries[selected] {
            case .lesson(let index): return .lesson(index)
            case .explorer: return .explorer
            case .quiz: return .quiz
            }
        case .help: helpPage = 0
        case .quit: return .quit
        case nil: break
        }
        return nil
    }

    /// Draws the list: each lesson with its number, title and state, "4 of 12 done", the
    /// explorer, and the selected lesson's summary.
    public func render(course: Course, progress: CourseProgress, notation: Notation, into canvas: inout Canvas) {
        let screen = Rect(canvas)
        let words = HomeWords.current
        canvas.titleBar(words.title, in: screen)
        let done = course.lessons.filter { progress.lessons[$0.lesson.id]?.done ?? false }.count
        canvas.write(words.lessonsHeading, x: 3, y: 2, style: .bold)
        let count = words.doneCount(done, course.lessons.count)
        canvas.write(count, x: screen.width - 3 - count.displayWidth, y: 2, style: .dim)
        let ids = course.lessons.map(\.lesson.id)
        let next = progress.lessonToContinue(in: ids)
        let listRows = screen.height - 8
        let first = max(0, min(selected - listRows / 2, entries.count - listRows))
        for (row, index) in entries.indices.dropFirst(first).prefix(listRows).enumerated() {
            let y = 3 + row + (entries[index] == .explorer || entries[index] == .quiz ? 1 : 0)
            let isSelected = index == selected
            let style = isSelected ? Style(.reverse, color: .cyan) : Style.plain
            switch entries[index] {
            case .lesson(let lessonIndex):
                let lesson = course.lessons[lessonIndex]
                let number = lesson.lesson.number.map { String($0).padded(toWidth: 3) } ?? "   "
                let state = Self.state(lesson, progress.lessons[lesson.lesson.id], continues: lesson.lesson.id == next)
                let width = screen.width - 6
                let title = "\(number)\(lesson.lesson.title)".clipped(toWidth: width - state.displayWidth - 2, ellipsis: true)
                canvas.write(" " + title.padded(toWidth: width - state.displayWidth - 1) + state + " ", x: 2, y: y, style: style)
            case .explorer:
                canvas.write(" \(words.exploreEntry) ".padded(toWidth: screen.width - 5), x: 2, y: y, style: isSelected ? style : .bold)
            case .quiz:
                canvas.write(" \(words.quizEntry) ".padded(toWidth: screen.width - 5), x: 2, y: y, style: isSelected ? style : .bold)
            }
        }
        let summary: String
        switch entries[selected] {
        case .lesson(let index): summary = course.lessons[index].lesson.summary
        case .explorer: summary = words.exploreSummary
        case .quiz: summary = words.quizSummary
        }
        TextPane([summary], style: .dim).draw(into: &canvas, Rect(x: 3, y: screen.height - 4, width: screen.width - 6, height: 2))
        canvas.write(Self.keys.footer(width: screen.width - 2), x: 1, y: screen.height - 1, style: .dim)
        if course.lessons.isEmpty { canvas.write(words.noLessons, x: 3, y: 3, style: Style(.bold, color: .red)) }
        if let helpPage { DialogView.help(Self.keys, page: helpPage, notation: notation, into: &canvas) }
    }

    /// `✓ done`, `▶ continue (step 3 of 8)`, `step 3 of 8` or `new`.
    private static func state(_ lesson: LessonScript, _ progress: CourseProgress.LessonProgress?, continues: Bool) -> String {
        let words = HomeWords.current
        if progress?.done ?? false { return words.done }
        let steps = lesson.frames.count
        guard let step = progress?.step, step > 0 else { return continues ? words.startHere : words.new }
        // A lesson shortened since the step was stored resumes at its last step.
        return (continues ? words.continuePrefix : "") + LessonScreenWords.current.stepOf(min(step, steps - 1) + 1, steps)
    }
}
