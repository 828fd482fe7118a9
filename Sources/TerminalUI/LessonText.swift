import GraphEngine
import TextCanvas
import Tutor
import Words

/// A lesson as plain text, for `graphtutor lesson N --plain` and for output that is not a
/// terminal: no escape codes and ASCII drawings, so it reads in a pipe, a file or a screen
/// reader.
///
/// Step by step: `step 2 of 6`, the prose wrapped to the width with its emphasis and code
/// markers dropped and its numbers filled in, the pass shown and its latest step, and an ASCII
/// drawing of the graph whenever it differs from the last one drawn (another graph, other
/// values, more of the pass revealed). A step that asks for a prediction asks it and gives the
/// answer after it, `(answer: e = c · d = 3 · 2 = 6)`.
public enum LessonText {
    /// The whole lesson, with prose and drawings at most `width` columns wide where they can be
    /// (a graph whose boxes are wider than that is drawn as the overview, one line a node).
    public static func render(_ script: LessonScript, width: Int = 80) -> String {
        let (lesson, words) = (script.lesson, LessonScreenWords.current)
        var lines = [(lesson.number.map { words.lessonNumber($0) } ?? "") + lesson.title]
        if !lesson.summary.isEmpty { lines += wrap(lesson.summary, width: width) }
        var lastDrawing: [String] = []
        for (index, frame) in script.frames.enumerated() {
            lines += ["", words.stepOf(index + 1, script.frames.count), ""]
            lines += prose(notation.spelled(frame.prose), width: width)
            let facts = descent(frame) + pass(frame) + blockPass(frame) + losses(frame)
            if !facts.isEmpty { lines += [""] + facts.flatMap { wrap($0, width: width).map(\.trailingSpacesDropped) } }
            let drawing = drawing(frame, width: width)
            if drawing != lastDrawing {
                lines += [""] + drawing
                lastDrawing = drawing
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The lessons of `course`, numbered, each with its summary, and any lesson files left
    /// out because they do not pass the check.
    public static func contents(_ course: Course, width: Int = 80) -> String {
        let words = LessonScreenWords.current
        var lines = [words.contentsHeading]
        for script in course.lessons {
            let lesson = script.lesson
            lines.append("")
            lines += wrap("\(lesson.number.map { "\($0)." } ?? "-") \(lesson.title)", width: width)
            lines += wrap(lesson.summary, width: width - 3).map { "   " + $0 }
        }
        if !course.problems.isEmpty {
            lines += [""] + wrap(words.lessonsLeftOut(course.problems.count), width: width)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The prose's paragraphs and list items, wrapped, a blank line between paragraphs.
    static func prose(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var previousWasItem = false
        for block in Prose.blocks(text) {
            let words = Prose.plain(block.spans)
            if !lines.isEmpty && !(block.isListItem && previousWasItem) { lines.append("") }
            if block.isListItem {
                let item = wrap(words, width: width - 2)
                lines += item.enumerated().map { ($0.offset == 0 ? "- " : "  ") + $0.element }
            } else {
                lines += wrap(words, width: width)
            }
            previousWasItem = block.isListItem
        }
        return lines
    }

    /// The gradient descent the step took before it is shown.
    private static func descent(_ frame: LessonScript.Frame) -> [String] {
        guard let descent = frame.step.descent else { return [] }
        let words = LessonScreenWords.current
        let parameters = descent.parameters.isEmpty ? words.everyInput : descent.parameters.joined(separator: words.listSeparator)
        return [words.descent(descent.steps, NumberFormat.plain(descent.learningRate), parameters)]
    }

    /// The pass shown, how far, and its latest step; at its end, what it gave. Before a
    /// prediction, the question and then its answer.
    private static func pass(_ frame: LessonScript.Frame) -> [String] {
        guard let kind = frame.pass else { return [] }
        let evaluation = frame.evaluation
        let pass = Pass(kind, evaluation)
        var walkthrough = Walkthrough(pass)
        walkthrough.revealed = frame.revealed
        let words = LessonScreenWords.current
        var lines = [words.passShown(Caption.title(kind, evaluation.graph), frame.revealed, pass.steps.count)]
        if let step = walkthrough.current { lines.append(words.latest(Caption.text(step, evaluation, notation))) }
        if walkthrough.isFinished { lines.append(Caption.summary(pass, evaluation, notation)) }
        if frame.step.predict, let next = walkthrough.next {
            lines.append(words.predict(next.quantity.symbol(in: evaluation.graph, notation)))
            lines.append(words.answer(Caption.text(next, evaluation, notation)))
        }
        return lines
    }

    /// On an array graph, the block pass shown, how far, and its latest step; at its end, what it gave.
    private static func blockPass(_ frame: LessonScript.Frame) -> [String] {
        guard let kind = frame.blockPass, let blocks = frame.blocks else { return [] }
        var walkthrough = BlockWalkthrough(BlockPass(kind, blocks))
        walkthrough.revealed = frame.revealed
        let words = LessonScreenWords.current
        var lines = [words.passShown(BlockCaption.title(kind, blocks.graph), frame.revealed, walkthrough.steps.count)]
        if let step = walkthrough.current { lines.append(words.latest(BlockCaption.text(step, blocks, kind, notation))) }
        if walkthrough.isFinished { lines.append(BlockCaption.summary(walkthrough.pass, blocks.graph, notation)) }
        return lines
    }

    /// For a step that plots the loss: the loss before the descent and after each step, at most
    /// ten of them (the last always).
    private static func losses(_ frame: LessonScript.Frame) -> [String] {
        guard frame.step.plot else { return [] }
        let losses = frame.losses
        let stride = max(1, (losses.count + 9) / 10)
        let shown = Set(Swift.stride(from: 0, to: losses.count, by: stride)).union([losses.count - 1]).sorted()
        let points = shown.map { "\($0): \(NumberFormat.short(losses[$0]))" }
        let words = LessonScreenWords.current
        return [words.losses(points.joined(separator: words.listSeparator))]
    }

    /// The graph as the step's pane shows it, in ASCII: boxes with the numbers the step's pass
    /// has revealed, or the overview when the step asks for it or the boxes are wider than
    /// `width`; an array graph's blocks, or when they are wider, its arrays written out.
    static func drawing(_ frame: LessonScript.Frame, width: Int) -> [String] {
        ShownGraph(showing: frame, notation: notation).asciiDrawing(width: width, overview: frame.step.show.view == .overview)
    }

    /// Adjoints and tangents in words, `grad b` and `tan b`, which ASCII and screen readers keep.
    private static let notation = Notation.words
}

extension String {
    /// The text without the spaces at its end: a caption's `   (2×3 · 3×2 → 2×2)` wrapped to
    /// the next line leaves them on this one.
    var trailingSpacesDropped: String { String(reversed().drop { $0 == " " }.reversed()) }
}
