import GraphEngine
import Words

/// A lesson step's graph at its values: a scalar graph, or an array graph evaluated by the
/// block engine together with the scalar graph it lowers to, an entry a node. Text the scalar
/// language reads is a scalar graph; text with arrays (`[`, `@`, `sum(…)`) an array graph, as
/// `graphtutor eval` decides.
struct StepGraph {
    /// The scalar graph, if it is one.
    private var scalar: Evaluation?
    /// The array graph, if it is one.
    private(set) var blocks: BlockEvaluation?

    /// The scalar graph, or the one the array graph lowers to.
    var evaluation: Evaluation { scalar ?? BlockLowering(blocks!).evaluation }

    /// `graph` parsed and evaluated at `values` (over the text's own); throws its first problem
    /// with the line in `file`.
    init(_ graph: LessonGraph, values: [String: ArrayValue], file: String) throws(LessonError) {
        let words = LessonCheckWords.current
        func problem(_ error: GraphError) -> LessonError {
            let line = graph.line + (error.location?.line ?? 1) - 1
            let column = error.location.map { words.column($0.column) } ?? ""
            return LessonError(words.graphProblem(column, ProblemWording.describe(error.problem, inputHint: .screen)), file: file, line: line)
        }
        let scalar: Graph
        do {
            scalar = try Graph(parsing: graph.text, outputs: graph.outputs)
        } catch where error.callsForArrays {
            do {
                blocks = BlockEvaluation(try BlockGraph(parsing: graph.text, inputs: values, outputs: graph.outputs))
                return
            } catch {
                throw problem(error)
            }
        } catch {
            throw problem(error)
        }
        do {
            self.scalar = try Evaluation(scalar, inputs: values.mapValues { $0.entries[0] })
        } catch {
            throw LessonError(words.cannotEvaluate(ProblemWording.describe(error.problem, inputHint: .screen)), file: file, line: graph.line)
        }
    }

    /// The loss: the first output's value (the sum of its entries for an array).
    var loss: Double {
        if let scalar { return scalar.values[scalar.graph.outputs[0]] }
        return blocks!.values[blocks!.graph.outputs[0]].reduce(0, +)
    }

    /// The inputs' names and values.
    var inputs: [String: ArrayValue] {
        if let scalar { return Dictionary(uniqueKeysWithValues: scalar.graph.inputs.map { (scalar.graph.nodes[$0].name, ArrayValue(scalar.values[$0])) }) }
        let graph = blocks!.graph
        return Dictionary(uniqueKeysWithValues: graph.inputs.map { (graph.nodes[$0].name, blocks!.value($0)) })
    }

    /// The inputs' names in the graph's order.
    var inputNames: [String] {
        if let scalar { return scalar.graph.inputNames }
        return blocks!.graph.inputNames
    }

    /// The input called `name`, if it is one.
    func input(named name: String) -> Int? {
        if let scalar { return scalar.graph.index(of: name).flatMap { scalar.graph.operations[$0] == .input ? $0 : nil } }
        return blocks!.graph.index(of: name).flatMap { blocks!.graph.nodes[$0].operation == .input ? $0 : nil }
    }

    /// Every input.
    var allInputs: [Int] { scalar?.graph.inputs ?? blocks!.graph.inputs }

    /// One step of gradient descent on the loss for `parameters`, inputs of the graph.
    mutating func descend(_ parameters: [Int], learningRate: Double) {
        if let scalar {
            self.scalar = GradientDescentStep(scalar, loss: scalar.graph.outputs[0], parameters: parameters, learningRate: learningRate).after
        } else {
            blocks = BlockGradientDescentStep(blocks!, loss: blocks!.graph.outputs[0], parameters: parameters, learningRate: learningRate).after
        }
    }
}
