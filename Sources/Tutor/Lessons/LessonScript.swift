import Foundation
import GraphEngine
import Words

/// A lesson made ready to play and checked against the engine: for every step, its graph
/// evaluated at the values the step has (after any gradient descent so far), the pass and how
/// far it has gone, and the prose with every placeholder filled. Building it is the check
/// `graphtutor lessons check` runs: a graph that does not parse, a pass, node or path that is
/// not there, an unknown placeholder, or a number in the prose the engine computes differently
/// is a `LessonError` with the file's line.
public struct LessonScript: Sendable {
    /// One step, ready to show.
    public struct Frame: Sendable {
        public let step: LessonStep
        /// The step's graph at the step's values; for an array graph, the scalar graph it
        /// lowers to, an entry a node.
        public let evaluation: Evaluation
        /// The step's array graph at the step's values, if it is one.
        public let blocks: BlockEvaluation?
        /// The values of the graph's inputs at this step, by name.
        public let inputs: [String: ArrayValue]
        /// The loss (the first output's value) before the lesson's first descent step and after
        /// each one up to this step; one value when there was no descent.
        public let losses: [Double]
        /// The prose with its placeholders filled.
        public let prose: String
        /// The pass the graph pane plays on a scalar graph, or the block pass on an array
        /// graph, and how many of its steps are revealed.
        public let pass: Pass.Kind?
        public let blockPass: BlockPass.Kind?
        public let revealed: Int
        /// The node to select, if the step names one: a block of `blocks` on an array graph.
        public let selected: Int?
        /// The last gradient descent taken on this graph up to this step, if any.
        public let lastDescent: LessonDescent?

        /// The inputs' values on a scalar graph.
        public var scalarInputs: [String: Double] { inputs.mapValues { $0.entries[0] } }
    }

    public let lesson: Lesson
    public let frames: [Frame]

    /// Builds every step of `lesson`; throws its first problem.
    public init(_ lesson: Lesson) throws(LessonError) {
        self.lesson = lesson
        let words = LessonCheckWords.current
        var frames: [Frame] = []
        var values: [String: ArrayValue] = [:]
        var losses: [Double] = []
        var lastDescent: LessonDescent?
        var previousGraph: LessonGraph?
        for step in lesson.steps {
            func fail(_ message: String, line: Int = step.line) -> LessonError { LessonError(message, file: lesson.file, line: line) }
            if step.graph != previousGraph {
                values = [:]
                losses = []
                lastDescent = nil
            }
            previousGraph = step.graph
            var graph = try StepGraph(step.graph, values: values, file: lesson.file)
            if losses.isEmpty { losses = [graph.loss] }
            if let descent = step.descent {
                var parameters: [Int] = []
                for name in descent.parameters {
                    guard let node = graph.input(named: name) else {
                        throw fail(words.descendNotAnInput(name, ProblemWording.inputsPhrase(graph.inputNames)))
                    }
                    parameters.append(node)
                }
                for _ in 0..<descent.steps {
                    graph.descend(parameters.isEmpty ? graph.allInputs : parameters, learningRate: descent.learningRate)
                    losses.append(graph.loss)
                }
                values = graph.inputs
                lastDescent = descent
            }
            let evaluation = graph.evaluation
            let context = PlaceholderContext(evaluation, blocks: graph.blocks, losses: losses, learningRate: lastDescent?.learningRate)
            let (pass, blockPass, revealed): (Pass.Kind?, BlockPass.Kind?, Int)
            if let blocks = graph.blocks {
                pass = nil
                (blockPass, revealed) = try Self.blockPass(step, blocks, fail)
            } else {
                blockPass = nil
                (pass, revealed) = try Self.pass(step, evaluation.graph, evaluation, fail)
            }
            var selected: Int?
            if let name = step.show.select {
                guard let node = graph.blocks?.graph.index(of: name) ?? evaluation.graph.index(of: name) else { throw fail(words.selectMissing(name)) }
                selected = node
            }
            let prose = try Self.fill(step, context, file: lesson.file)
            try Self.checkLiterals(step, context, file: lesson.file)
            frames.append(Frame(
                step: step, evaluation: evaluation, blocks: graph.blocks, inputs: values, losses: losses, prose: prose, pass: pass,
                blockPass: blockPass, revealed: revealed, selected: selected, lastDescent: lastDescent))
        }
        self.frames = frames
    }

    /// The step's pass with its nodes found, and how many of its steps are revealed.
    private static func pass(
        _ step: LessonStep, _ graph: Graph, _ evaluation: Evaluation, _ fail: (String, Int) -> LessonError
    ) throws(LessonError) -> (Pass.Kind?, Int) {
        let words = LessonCheckWords.current
        guard let spec = step.show.pass else {
            if step.predict { throw fail(words.predictNeedsPass, step.line) }
            return (nil, 0)
        }
        func node(_ name: String, input: Bool = false) throws(LessonError) -> Int {
            guard let node = graph.index(of: name) else { throw fail(words.passNodeMissing(name), step.line) }
            if input && graph.operations[node] != .input {
                throw fail(words.passStartNotAnInput(name, ProblemWording.inputsPhrase(graph.inputNames)), step.line)
            }
            return node
        }
        let kind: Pass.Kind
        switch spec {
        case .forward: kind = .forward
        case .partials: kind = .partials
        case .tangent(let input): kind = .tangent(input: try node(input, input: true))
        case .reverse(let output): kind = .reverse(output: try output.map { name throws(LessonError) in try node(name) } ?? graph.outputs[0])
        case .paths(let input, let output):
            let from = try node(input, input: true)
            let to = try output.map { name throws(LessonError) in try node(name) } ?? graph.outputs[0]
            guard PathSums.countPaths(graph, from: from).count[to] != .exact(0) else {
                throw fail(words.noPath(input, graph.nodes[to].name), step.line)
            }
            kind = .paths(input: from, output: to)
        }
        let count = Pass(kind, evaluation).steps.count
        var revealed = count
        if case .steps(let n) = step.show.stepsShown {
            guard n <= count else { throw fail(words.stepBeyondPass(n, count), step.line) }
            revealed = n
        }
        if step.predict && revealed == count { throw fail(words.predictAllShown(count), step.line) }
        return (kind, revealed)
    }

    /// The step's block pass on an array graph — forward values, or reverse mode from an output
    /// — and how many of its steps are revealed. Predictions are asked on scalar graphs only.
    private static func blockPass(
        _ step: LessonStep, _ blocks: BlockEvaluation, _ fail: (String, Int) -> LessonError
    ) throws(LessonError) -> (BlockPass.Kind?, Int) {
        let words = LessonCheckWords.current
        if step.predict { throw fail(step.show.pass == nil ? words.predictNeedsPass : words.predictOnArrays, step.line) }
        let graph = blocks.graph
        let kind: BlockPass.Kind
        switch step.show.pass {
        case nil: return (nil, 0)
        case .forward?: kind = .forward
        case .reverse(let output)?:
            guard let name = output else {
                kind = .reverse(output: graph.outputs[0])
                break
            }
            guard let node = graph.index(of: name) else { throw fail(words.passNodeMissing(name), step.line) }
            kind = .reverse(output: node)
        case .partials?: throw fail(words.passOnArrays("partials"), step.line)
        case .tangent(let input)?: throw fail(words.passOnArrays("tangent \(input)"), step.line)
        case .paths(let input, let output)?: throw fail(words.passOnArrays((["paths", input] + (output.map { [$0] } ?? [])).joined(separator: " ")), step.line)
        }
        let count = BlockPass(kind, blocks).steps.count
        guard case .steps(let n) = step.show.stepsShown else { return (kind, count) }
        guard n <= count else { throw fail(words.stepBeyondPass(n, count), step.line) }
        return (kind, n)
    }

    /// The prose with every `{{…}}` replaced by its number.
    private static func fill(_ step: LessonStep, _ context: PlaceholderContext, file: String) throws(LessonError) -> String {
        let words = LessonCheckWords.current
        var result = ""
        var rest = Substring(step.text)
        while let open = rest.range(of: "{{") {
            result += rest[..<open.lowerBound]
            let line = step.textLine + step.text[..<open.lowerBound].filter(\.isNewline).count
            guard let close = rest[open.upperBound...].range(of: "}}") else { throw LessonError(words.unclosedPlaceholder, file: file, line: line) }
            let inside = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            guard let placeholder = Placeholder(inside) else {
                throw LessonError(words.unknownPlaceholder(inside), file: file, line: line)
            }
            switch placeholder.text(context) {
            case .success(let text): result += text
            case .failure(let problem): throw LessonError(words.placeholderProblem(inside, problem), file: file, line: line)
            }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    /// A number written out in the prose beside a node, a partial or a total derivative must
    /// be the engine's: `c = 3`, `∂e/∂c = 2`, `de/db = 5`, `b̄ = 5` (to three significant digits).
    private static func checkLiterals(_ step: LessonStep, _ context: PlaceholderContext, file: String) throws(LessonError) {
        let graph = context.evaluation.graph
        for claim in LiteralClaim.all(in: step.text) {
            let line = step.textLine + claim.line
            let placeholder: Placeholder?
            switch claim.subject {
            case .name(let name): placeholder = graph.index(of: name) == nil ? nil : Placeholder("value \(name)")
            case .partial(let target, let source): placeholder = Placeholder("partial \(target) \(source)")
            case .total(let of, let wrt): placeholder = Placeholder("total \(of) \(wrt)")
            case .adjoint(let name): placeholder = Placeholder("total \(graph.nodes[graph.outputs[0]].name) \(name)")
            }
            guard let placeholder, case .success(let number) = placeholder.number(context) else { continue }
            if !Grader.accepts(claim.value, answer: number) {
                throw LessonError(
                    LessonCheckWords.current.literalDiffers(claim.text, NumberFormat.plain(number), Self.spelled(placeholder)), file: file, line: line)
            }
        }
    }

    private static func spelled(_ placeholder: Placeholder) -> String {
        switch placeholder.kind {
        case .value(let name): "value \(name)"
        case .partial(let target, let source): "partial \(target) \(source)"
        case .total(let of, let wrt): "total \(of) \(wrt)"
        default: ""
        }
    }
}
