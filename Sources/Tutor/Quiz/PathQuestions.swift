import GraphEngine
import Words

/// Questions about the paths of a fresh graph: the derivative of the output with respect to an
/// input as the sum over its paths, and how many paths join two nodes. The worked solution
/// lists the paths one by one on the graph.
extension QuizQuestion {
    /// d(output)/d(input), with values and partials shown and no derivative; more often for an
    /// input with more than one path.
    static func derivative(_ notation: Notation, using random: inout some RandomNumberGenerator) -> QuizQuestion {
        // An input one edge from the output has its derivative on that edge's label.
        let (graph, inputs) = Graph.arithmetic(using: &random) { evaluation in
            evaluation.graph.inputs.filter { !isOneEdge(evaluation.graph, from: $0, to: evaluation.graph.outputs[0]) }
        }
        let evaluation = graph.evaluation
        let output = evaluation.graph.outputs[0]
        let input = preferringSeveralPaths(inputs, to: output, evaluation, using: &random)
        let paths = Pass(.paths(input: input, output: output), evaluation)
        let symbol = notation.total(evaluation.graph.nodes[output].name, evaluation.graph.nodes[input].name)
        let value = paths.steps.last!.value
        let routes = paths.paths.map { PathSums.describe($0, in: evaluation.graph) }
        let products = paths.paths.map { path in
            let factors = PathSums.product(path, evaluation).components(separatedBy: " = ")[0]
            return factors.hasPrefix("-") ? "(\(factors))" : factors
        }
        let words = QuizWords.current
        return QuizQuestion(
            topic: .derivative, graph: graph,
            prompt: words.derivativePrompt(symbol, evaluation.graph.nodes[output].name, evaluation.graph.nodes[input].name),
            choices: [], answer: .number(value), answerText: "\(symbol) = \(NumberFormat.plain(value))",
            view: valuesAndPartials(selecting: input),
            hints: [
                words.derivativeHint(paths.paths.count, routes.joined(separator: words.listSeparator)),
                "\(symbol) = \(products.joined(separator: " + ")) = ?",
            ],
            solution: Solution(paths, steps: Array(paths.steps.indices), evaluation, notation))
    }

    /// How many paths lead from an input to a node it reaches — the output more often than not
    /// — preferring pairs joined by more than one path.
    static func paths(_ notation: Notation, using random: inout some RandomNumberGenerator) -> QuizQuestion {
        let graph = Graph.arithmetic(inputs: Int.random(in: 2...3, using: &random), using: &random)
        let evaluation = graph.evaluation
        let g = evaluation.graph
        let pairs = g.inputs.flatMap { input in
            let counts = PathSums.countPaths(g, from: input).count
            return g.varying.filter { $0 > input && counts[$0].magnitude >= 1 }.map { (input, $0, counts[$0].magnitude) }
        }
        let several = pairs.filter { $0.2 > 1 }
        let choice = (several.isEmpty || Int.random(in: 0..<4, using: &random) == 0 ? pairs : several).randomElement(using: &random)!
        let (input, node, count) = choice
        let listing = Pass(.paths(input: input, output: node), evaluation)
        let from = g.nodes[input].name, to = g.nodes[node].name
        let counts = PathSums.countPaths(g, from: input).count
        let between = g.varying.filter { $0 > input && $0 < node && counts[$0].magnitude > 0 }
        let words = QuizWords.current
        return QuizQuestion(
            topic: .paths, graph: graph,
            prompt: words.pathsPrompt(from, to),
            choices: [], answer: .number(count), answerText: words.pathsAnswer(Int(count), from, to),
            view: valuesAndPartials(selecting: input),
            hints: [
                words.pathsHint(from),
                between.isEmpty
                    ? words.pathsDirect(to, from)
                    : words.pathsSoFar(from, between.map { "\(g.nodes[$0].name) \(counts[$0])" }.joined(separator: words.listSeparator), to),
            ],
            solution: Solution(listing, steps: Array(listing.paths.indices), evaluation, notation, conclusion: [words.pathCount(Int(count))]))
    }

    /// Values and local partials on every node and edge, and `node` selected: no pass.
    static func valuesAndPartials(selecting node: Int) -> View {
        View(pass: nil, revealed: 0, selected: node)
    }

    /// One of `inputs`, half the time one with more than one path to `output` if there is one.
    private static func preferringSeveralPaths(_ inputs: [Int], to output: Int, _ evaluation: Evaluation, using random: inout some RandomNumberGenerator) -> Int {
        let several = inputs.filter { PathSums.countPaths(evaluation.graph, from: $0).count[output].magnitude > 1 }
        return (!several.isEmpty && Bool.random(using: &random) ? several : inputs).randomElement(using: &random)!
    }
}
