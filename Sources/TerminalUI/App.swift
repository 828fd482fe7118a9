import TextCanvas
import Tutor
import Words

/// The whole program as a value: a router over its screens — home, lessons, quizzes, the
/// explorer — kept as a stack, so the explorer opened from a lesson returns to it. `update` takes a message and
/// gives back the commands it wants done; `render` draws the top screen into a canvas. Neither
/// touches the terminal, so tests drive the app from keys to cells.
public struct App: Sendable {
    /// The screens there are, each with its own state.
    public enum Screen: Sendable {
        case home(HomeScreen)
        case lesson(LessonPlayer)
        case explorer(ExplorerState)
        /// The explorer on an array graph.
        case arrayExplorer(ArrayExplorerState)
        case quiz(QuizScreen)
    }

    /// The open screens; the last one is shown.
    public private(set) var stack: [Screen]
    public let course: Course
    /// What the learner has done; every change leaves `update` as a `.saveProgress` command.
    public private(set) var progress: CourseProgress
    public let options: DisplayOptions
    /// The quiz the home screen starts next; each one started moves it on to the following.
    public private(set) var quizSetup: Quiz.Setup
    /// How many quizzes the home screen has started.
    private var quizzesStarted = 0

    public init(
        _ screen: Screen, course: Course = Course(files: [], folder: ""), progress: CourseProgress = CourseProgress(),
        options: DisplayOptions = DisplayOptions(), quizSetup: Quiz.Setup = Quiz.Setup(seed: 1, id: "quiz")
    ) {
        stack = [screen]
        self.course = course
        self.progress = progress
        self.options = options
        self.quizSetup = quizSetup
    }

    /// The home screen of `course`; its quizzes start from `quizSetup`.
    public static func home(
        course: Course, progress: CourseProgress, options: DisplayOptions = DisplayOptions(), quizSetup: Quiz.Setup = Quiz.Setup(seed: 1, id: "quiz")
    ) -> App {
        App(.home(HomeScreen(course: course, progress: progress)), course: course, progress: progress, options: options, quizSetup: quizSetup)
    }

    /// A quiz set up by `setup`, over the home screen of `course`; the topics lean towards
    /// those `progress` shows the learner weakest in.
    public static func quiz(_ setup: Quiz.Setup, course: Course, progress: CourseProgress, options: DisplayOptions = DisplayOptions()) -> App {
        var app = App.home(course: course, progress: progress, options: options, quizSetup: setup)
        app.startQuiz()
        return app
    }

    /// Lesson `script` of `course`, where the learner left it, over the home screen.
    public static func lesson(
        _ script: LessonScript, course: Course, progress: CourseProgress, options: DisplayOptions = DisplayOptions(),
        quizSetup: Quiz.Setup = Quiz.Setup(seed: 1, id: "quiz")
    ) -> App {
        let step = progress.resumeStep(of: script.lesson.id)
        var app = App.home(course: course, progress: progress, options: options, quizSetup: quizSetup)
        app.stack.append(.lesson(LessonPlayer(script, at: step, notation: options.notation)))
        return app
    }

    /// The screen shown.
    public var screen: Screen { stack[stack.count - 1] }

    /// Applies `message` to the screen shown; returns what must be done because of it.
    public mutating func update(_ message: Message) -> [Command] {
        if message == .input(.interrupt) { return [.quit] }
        switch screen {
        case .home(var home):
            guard case .input(let event) = message else { return [] }
            let action = home.update(event)
            replaceTop(.home(home))
            switch action {
            case .lesson(let index)?:
                let script = course.lessons[index]
                let step = progress.resumeStep(of: script.lesson.id)
                stack.append(.lesson(LessonPlayer(script, at: step, notation: options.notation)))
                return record(script, step: step)
            case .explorer?:
                stack.append(.explorer(Self.exampleExplorer(options.notation)))
            case .quiz?:
                startQuiz()
            case .quit?:
                return [.quit]
            case nil:
                break
            }
            return []
        case .lesson(var player):
            let (action, commands) = player.update(message)
            replaceTop(.lesson(player))
            switch action {
            case .explore?:
                switch player.shown {
                case .scalar(var explorer):
                    explorer.dialog = nil
                    explorer.predicting = false
                    explorer.fixedView = nil
                    stack.append(.explorer(explorer))
                case .blocks(let explorer):
                    stack.append(.arrayExplorer(explorer))
                }
            case .home?:
                return back()
            default:
                break
            }
            return commands + record(player.script, step: player.index)
        case .explorer(var explorer):
            // Opened from another screen, Esc with nothing open goes back to it.
            if stack.count > 1, message == .input(.escape), explorer.dialog == nil { return back() }
            var commands = explorer.update(message)
            let request = explorer.request
            explorer.request = nil
            replaceTop(.explorer(explorer))
            if commands.contains(.quit) {
                commands.removeAll { $0 == .quit }
                return commands + back()
            }
            open(request)
            return commands
        case .arrayExplorer(var explorer):
            if stack.count > 1, message == .input(.escape), explorer.dialog == nil { return back() }
            let commands = explorer.update(message)
            let request = explorer.request
            explorer.request = nil
            replaceTop(.arrayExplorer(explorer))
            if commands.contains(.quit) { return back() }
            open(request)
            return commands
        case .quiz(var quiz):
            guard case .input(let event) = message else { return [] }
            let (leave, graded) = quiz.update(event)
            replaceTop(.quiz(quiz))
            if leave { return back() }
            guard graded else { return [] }
            progress.record(quiz.quiz.record)
            return [.saveProgress(progress)]
        }
    }

    /// Opens a quiz from `quizSetup`, then sets up the one after it.
    private mutating func startQuiz() {
        let generator = QuizGenerator(lessons: course.lessons, notation: options.notation)
        stack.append(.quiz(QuizScreen(Quiz(quizSetup, generator: generator, history: progress.quizzes), notation: options.notation)))
        quizzesStarted += 1
        quizSetup = quizSetup.following(quizzesStarted + 1)
    }

    /// The top screen drawn at `width × height`, or a notice when that is smaller than the
    /// screen needs; ASCII only and without colour when the options say so.
    public func render(width: Int, height: Int) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        let minimum = minimumSize
        if width >= minimum.width && height >= minimum.height {
            switch screen {
            case .home(let home): home.render(course: course, progress: progress, notation: options.notation, into: &canvas)
            case .lesson(let player): player.render(into: &canvas)
            case .explorer(let explorer): explorer.render(into: &canvas)
            case .arrayExplorer(let explorer): explorer.render(into: &canvas)
            case .quiz(let quiz): quiz.render(into: &canvas)
            }
        } else {
            let notice = HelpWords.current.terminalTooSmall(minimum.width, minimum.height)
            canvas.write(notice, x: max(0, (width - notice.displayWidth) / 2), y: height / 2, style: .bold)
        }
        if options.ascii { canvas.makeASCII() }
        if !options.color { canvas.removeColor() }
        return canvas
    }

    /// The smallest terminal the top screen draws in.
    public var minimumSize: (width: Int, height: Int) {
        switch screen {
        case .home, .lesson: LessonPlayer.minimumSize
        case .explorer, .arrayExplorer: ExplorerState.minimumSize
        case .quiz: QuizScreen.minimumSize
        }
    }

    /// The source material's example graph, c = a + b; d = b + 1; e = c · d at a = 2, b = 1.
    public static let exampleGraph = "c = a + b; d = b + 1; e = c * d"
    public static let exampleInputs = ["a": 2.0, "b": 1.0]

    private static func exampleExplorer(_ notation: Notation) -> ExplorerState {
        // The example is fixed text that parses and evaluates.
        try! ExplorerState(source: exampleGraph, inputs: exampleInputs, notation: notation)
    }

    private mutating func replaceTop(_ screen: Screen) { stack[stack.count - 1] = screen }

    /// Opens the screen an explorer asked for, in its place or over it.
    private mutating func open(_ request: ScreenRequest?) {
        switch request {
        case .replace(let screen)?: replaceTop(screen)
        case .push(let screen)?: stack.append(screen)
        case nil: break
        }
    }

    /// Closes the top screen; closing the last one quits. The home screen is rebuilt, so it
    /// shows what was done meanwhile.
    private mutating func back() -> [Command] {
        guard stack.count > 1 else { return [.quit] }
        stack.removeLast()
        if case .home(let home) = screen {
            var fresh = HomeScreen(course: course, progress: progress)
            fresh.selected = home.selected
            replaceTop(.home(fresh))
        }
        return []
    }

    /// Records that lesson `script` reached `step` (done at its last step); returns the save
    /// command when that changed the progress.
    private mutating func record(_ script: LessonScript, step: Int) -> [Command] {
        let id = script.lesson.id
        var lesson = progress.lessons[id] ?? CourseProgress.LessonProgress()
        let updated = CourseProgress.LessonProgress(step: step, done: lesson.done || step == script.frames.count - 1)
        guard updated != lesson else { return [] }
        lesson = updated
        progress.lessons[id] = lesson
        return [.saveProgress(progress)]
    }
}

extension DisplayOptions {
    /// How derivatives are written on these terminals: marks, or words where only ASCII shows.
    public var notation: Notation { ascii ? .words : .marks }
}
