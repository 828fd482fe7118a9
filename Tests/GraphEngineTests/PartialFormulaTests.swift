@testable import GraphEngine
import Testing

/// The formula each edge shows for its local partial (`Evaluation.formula`, from
/// `Operation.formulas`) must be the number the engine computes for it (`Operation.linearize`):
/// the formula is read back by the engine's own parser, evaluated at the same point, and compared.
@Suite("Edge formulas evaluate to the edge partials")
struct PartialFormulaTests {
    /// Every operation with operands: a new one is checked as soon as it is added.
    static let operations = Operation.allCases.filter { $0.arity > 0 }
    /// Points (x, y) inside every operation's domain; `negative` also where x < 0 is allowed.
    static let points = [(1.3, 0.7), (0.4, 2.5), (2.2, -1.5)]
    static let negative = (-0.8, 1.7)

    @Test("v = x op y: each edge's formula evaluates to its partial", arguments: operations)
    func formulaEvaluatesToPartial(operation: Operation) throws {
        let definition = "v = " + operation.describe("x", "y").replacing("·", with: "*")
        let domainIncludesNegatives = ![.log, .sqrt, .power].contains(operation)
        for (x, y) in Self.points + (domainIncludesNegatives ? [Self.negative] : []) {
            try Self.check(definition, computes: operation, edges: operation.arity, x: x, y: y)
        }
    }

    @Test("x ^ n with a literal n: the formula with the arithmetic done", arguments: [0, 1, 2, 3, 0.5, -1, -0.5])
    func literalExponent(n: Double) throws {
        for (x, y) in Self.points {
            try Self.check("v = x ^ \(n)", computes: .power, edges: 1, x: x, y: y)
        }
    }

    /// Evaluates `x = x; y = y; definition`, whose `v` must compute `operation` over `edges`
    /// edges, and each edge's formula at the same x, y and v.
    static func check(_ definition: String, computes operation: Operation, edges count: Int, x: Double, y: Double) throws {
        let evaluation = try Evaluation(Graph(parsing: "x = \(x); y = \(y); \(definition)"))
        let graph = evaluation.graph
        let v = graph.node("v")
        #expect(graph.operations[v] == operation, "\(definition)")
        let edges = graph.edges.filter { $0.target == v }
        #expect(edges.count == count, "\(definition)")
        let values = ["x": x, "y": y, "v": evaluation.values[v]]
        for edge in edges {
            let formula = evaluation.formula(edge)
            let text = "x = \(x); y = \(y); v = \(values["v"]!); p = \(expressionText(formula, values: values))"
            let shown = try Evaluation(Graph(parsing: text)).value("p")
            let context = Comment(rawValue: "\(definition) at x = \(x), y = \(y): \(graph.partialName(edge)) is shown as \(formula)")
            #expect(isClose(shown, evaluation.partial(edge), relative: 1e-12), context)
        }
    }

    /// `formula` in the expression language: `·` is `*`, and relu's `(c > 0 ? 1 : 0)`, a
    /// conditional the language lacks, becomes the 1 or 0 it stands for, from `c`'s value in
    /// `values` (left as it is, so parsing fails, when `c` is not a name there).
    static func expressionText(_ formula: String, values: [String: Double]) -> String {
        formula.replacing("·", with: "*").replacing(/\((\w+) > 0 \? 1 : 0\)/) { match in
            values[String(match.1)].map { $0 > 0 ? "1" : "0" } ?? String(match.0)
        }
    }
}
