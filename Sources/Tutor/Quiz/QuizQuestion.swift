import GraphEngine

/// One question of a quiz, ready to ask: its graph, the words, what the graph pane may show
/// before it is answered, the answer, two hints and the worked solution.
///
/// Nothing a screen draws from `view` gives the answer away: the view is a pass revealed up to
/// just before the number asked, so `Disclosure` hides the answer as it hides a prediction's;
/// or, for an answer no pass shows, values and partials only.
public struct QuizQuestion: Sendable {
    /// A question's graph: its text (inputs with their values), values for inputs over the
    /// text's, and the outputs if not the text's last computed name.
    public struct Graph: Sendable {
        public let source: String
        public let inputs: [String: Double]
        public let outputs: [String]?
        /// The graph evaluated: every number of the question comes from here; for an array
        /// graph, the scalar graph it lowers to, an entry a node.
        public let evaluation: Evaluation
        /// The array graph, if it is one: its numbers come from the block engine.
        public var blocks: BlockEvaluation? = nil
    }

    /// What the answer is: a number, or one of `choices` (lettered a, b, c, …).
    public enum Answer: Equatable, Sendable {
        case number(Double)
        case choice(Int)
    }

    /// What the graph pane shows: a pass over the question's graph and how many of its steps
    /// are revealed — or no pass, and the pane shows values and local partials, which is all a
    /// graph pane ever shows without one — and the node to select.
    public struct View: Equatable, Sendable {
        public let pass: Pass.Kind?
        public let revealed: Int
        /// On an array graph, a block of `Graph.blocks`.
        public let selected: Int
    }

    /// The worked solution: the steps of `pass` that lead to the answer (their indices, in
    /// order), each with its caption — a screen plays them on the graph pane, the last one
    /// current at first — then the lines that conclude it.
    public struct Solution: Sendable {
        public let pass: Pass
        public let steps: [Int]
        public let captions: [String]
        public let conclusion: [String]

        /// Steps `steps` of `pass` over `evaluation`, captioned in `notation`.
        init(_ pass: Pass, steps: [Int], _ evaluation: Evaluation, _ notation: Notation, conclusion: [String] = []) {
            self.pass = pass
            self.steps = steps
            captions = steps.map { Caption.text(pass.steps[$0], evaluation, notation) }
            self.conclusion = conclusion
        }
    }

    public let topic: QuizTopic
    public let graph: Graph
    /// The question, as a paragraph.
    public let prompt: String
    /// For multiple choice, the choices' texts, in the order of their letters.
    public let choices: [String]
    public let answer: Answer
    /// The answer as a learner reads it after answering: `de/db = 5`.
    public let answerText: String
    /// What the graph pane shows while the question is asked.
    public let view: View
    /// Two hints, the second closer to the answer; each costs half the points left.
    public let hints: [String]
    public let solution: Solution

    /// The letters of multiple choice, in order.
    public static let letters: [Character] = ["a", "b", "c", "d", "e", "f"]
}
