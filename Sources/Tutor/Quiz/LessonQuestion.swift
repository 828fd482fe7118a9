import GraphEngine
import Words

/// The lessons' own questions: a lesson step with `predict: true` asks for the number of its
/// pass's next step, on the lesson's graph as that step shows it.
extension QuizQuestion {
    /// Every prediction the lessons ask on a scalar graph whose answer a quiz may ask for, as the lesson and the
    /// step's index.
    static func lessonPredictions(_ lessons: [LessonScript]) -> [(script: LessonScript, frame: Int)] {
        lessons.flatMap { script in
            script.frames.indices.filter { index in
                let frame = script.frames[index]
                guard frame.step.predict, frame.blocks == nil, let kind = frame.pass else { return false }
                return isModest(Pass(kind, frame.evaluation).steps[frame.revealed].value)
            }.map { (script, $0) }
        }
    }

    /// Prediction `frame` of lesson `script`.
    static func lesson(_ script: LessonScript, frame index: Int, _ notation: Notation) -> QuizQuestion {
        let frame = script.frames[index]
        let evaluation = frame.evaluation
        let pass = Pass(frame.pass!, evaluation)
        let next = pass.steps[frame.revealed]
        let lesson = script.lesson
        let prose = Prose.blocks(frame.prose).map { Prose.plain($0.spans) }.joined(separator: " ")
        let words = QuizWords.current
        let shown = words.lessonShown(Caption.title(pass.kind, evaluation.graph), frame.revealed, pass.steps.count)
        return QuizQuestion(
            topic: .lesson,
            graph: Graph(source: frame.step.graph.text, inputs: frame.scalarInputs, outputs: frame.step.graph.outputs, evaluation: evaluation),
            prompt: words.lessonPrompt(
                lesson.number.map(String.init) ?? lesson.id, lesson.title, prose, shown, next.quantity.symbol(in: evaluation.graph, notation)),
            choices: [], answer: .number(next.value), answerText: Caption.text(next, evaluation, notation),
            view: View(pass: pass.kind, revealed: frame.revealed, selected: frame.selected ?? next.node),
            hints: StepHints.hints(next, of: pass, evaluation, notation),
            solution: Solution(pass, steps: [frame.revealed], evaluation, notation))
    }
}
