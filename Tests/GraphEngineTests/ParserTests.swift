import Foundation
@testable import GraphEngine
import Testing

@Suite("Parser: the expression language")
struct ParserTests {
    func value(of text: String, _ name: String = "y", at inputs: [String: Double] = [:]) throws -> Double {
        try Evaluation(Graph(parsing: text), inputs: inputs).value(name)
    }

    @Test("^ is right-associative and binds tighter than unary minus", arguments: [
        ("y = 2^3^2", 512.0),
        ("y = (2^3)^2", 64),
        ("y = -2^2", -4),
        ("y = (-2)^2", 4),
        ("y = 2^-1", 0.5),
        ("y = 2^-1^2", 0.5),  // 2^(-(1^2))
        ("y = -a^2", -9),
        ("y = 2 * -a", -6),
        ("y = - - a", 3),
    ])
    func power(text: String, expected: Double) throws {
        #expect(try value(of: text, at: text.contains("a") ? ["a": 3] : [:]) == expected)
    }

    @Test("Precedence and associativity of + - * /", arguments: [
        ("y = 1 + 2 * 3", 7.0),
        ("y = (1 + 2) * 3", 9),
        ("y = 10 - 4 - 3", 3),
        ("y = 64 / 8 / 2", 4),
        ("y = 2 * 3 ^ 2", 18),
        ("y = 1 - 2 * 3 / 4 + 5", 4.5),
    ])
    func arithmetic(text: String, expected: Double) throws {
        #expect(try value(of: text) == expected)
    }

    @Test("Number literals", arguments: [
        ("1", 1.0), ("0.5", 0.5), ("1e-3", 0.001), (".5", 0.5), ("2.5E+2", 250), ("3e2", 300), ("007", 7), ("1.", 1),
    ])
    func literals(literal: String, expected: Double) throws {
        let graph = try Graph(parsing: "k = \(literal)")
        // A name assigned a plain number is an input with that default.
        #expect(graph.operations == [.input])
        #expect(graph.nodes[0].value == expected)
        #expect(graph.nodes[0].expression == literal)
    }

    @Test("Negative literals become inputs with negative defaults; constants stay out of the names")
    func negativeLiteral() throws {
        let graph = try Graph(parsing: "k = -3; y = k * 2")
        #expect(graph.nodes[graph.node("k")].value == -3)
        #expect(graph.operations[graph.node("k")] == .input)
        #expect(graph.index(of: "2") == nil)
        #expect(graph.operations.filter { $0 == .constant }.count == 1)
    }

    @Test("Comments, new lines, ';' and blank statements all separate statements")
    func separators() throws {
        let text = """
            # the c, d, e graph
            a = 2   # an input with a default
            b = 1;; c = a + b ;
            \td = b + 1\r
            e = c * d # the output

            """
        let evaluation = try Evaluation(Graph(parsing: text))
        #expect(evaluation.value("e") == 6)
        #expect(evaluation.graph.outputs == [evaluation.graph.node("e")])
        #expect(evaluation.graph.nodes[evaluation.graph.node("a")].location == Place(line: 2, column: 5))
        #expect(evaluation.graph.nodes[evaluation.graph.node("d")].location == Place(line: 4, column: 6))
    }

    @Test("Windows line ends: \\r\\n separates statements and ends comments")
    func windowsLineEnds() throws {
        let evaluation = try Evaluation(Graph(parsing: "# c, d, e\r\na = 2; b = 1\r\nc = a + b # sum\r\nd = b + 1\r\ne = c * d\r\n"))
        #expect(evaluation.value("e") == 6)
        #expect(evaluation.graph.nodes[evaluation.graph.node("c")].location == Place(line: 3, column: 5))
        #expect(evaluation.graph.nodes[evaluation.graph.node("c")].expression == "a + b")
    }

    @Test("Generated names are %1, %2, … and never clash with user names")
    func generatedNames() throws {
        let graph = try Graph(parsing: "c = (a + b) * exp(a); d = c - (b * b)")
        let generated = graph.nodes.indices.filter { !graph.isNamed($0) && graph.operations[$0] != .constant }
        #expect(generated.map { graph.nodes[$0].name } == ["%1", "%2", "%3"])
        #expect(generated.map { graph.nodes[$0].expression } == ["a + b", "exp(a)", "b * b"])
        #expect(graph.nodes[graph.node("c")].expression == "(a + b) * exp(a)")
        #expect(graph.nodes.indices.filter(graph.isNamed).map { graph.nodes[$0].name }.sorted() == ["a", "b", "c", "d"])
        // A user cannot write such a name.
        #expect(graphError { _ = try Graph(parsing: "%1 = 2") } == GraphError(.unexpectedCharacter("%"), at: Place(line: 1, column: 1)))
        // Names with digits and underscores are fine, and so are function names used as plain names.
        #expect(try value(of: "_x1 = 2; exp = 3; y = _x1 * exp") == 6)
    }

    @Test("Nodes come in topological order, inputs in order of first use")
    func topologicalOrder() throws {
        let graph = try Graph(parsing: "e = c * d; c = a + b; d = b + 1")
        for node in 0..<graph.count {
            for operand in graph.operands(of: node) { #expect(operand < node) }
        }
        #expect(graph.inputs.map { graph.nodes[$0].name } == ["a", "b"])
        // The output is the last assigned name, even when the text assigns it out of order.
        #expect(graph.outputs == [graph.node("d")])
        #expect(try Evaluation(graph, inputs: ["a": 2, "b": 1]).value("e") == 6)
    }

    @Test("A bare name becomes an identity node, so the assignment is visible")
    func identity() throws {
        let graph = try Graph(parsing: "b = a; c = b * 2")
        #expect(graph.operations[graph.node("b")] == .identity)
        let evaluation = try Evaluation(graph, inputs: ["a": 5])
        #expect(evaluation.value("c") == 10)
        #expect(AdjointSweep(evaluation, output: graph.node("c")).adjoints[graph.node("a")] == 2)
    }

    @Test("Several outputs, as --output gives them")
    func severalOutputs() throws {
        let graph = try Graph(parsing: CDE.text, outputs: ["c", "e"])
        #expect(graph.outputs == [graph.node("c"), graph.node("e")])
        #expect(try Graph(parsing: CDE.text, outputs: ["d"]).outputs == [graph.node("d")])
        let cost = MethodCost(graph, inputs: graph.inputs, outputs: graph.outputs)
        #expect(cost.reverseSweeps == 2)
        #expect(cost.paths == .exact(5))  // a→c, b→c, a→c→e, b→c→e, b→d→e
    }

    @Test("Every operation parses to itself and evaluates with its local partials")
    func operations() throws {
        struct Case {
            let text: String
            let operation: GraphEngine.Operation
            let value: Double
            let derivative: Double
            init(_ text: String, _ operation: GraphEngine.Operation, _ value: Double, _ derivative: Double) {
                (self.text, self.operation, self.value, self.derivative) = (text, operation, value, derivative)
            }
        }
        let s = 1 / (1 + exp(-0.5))
        let cases = [  // at a = 0.5, b = 2: the value and ∂/∂a
            Case("a + b", .add, 2.5, 1), Case("a - b", .subtract, -1.5, 1), Case("a * b", .multiply, 1, 2),
            Case("a / b", .divide, 0.25, 0.5), Case("a ^ b", .power, 0.25, 1), Case("-a", .negate, -0.5, -1),
            Case("exp(a)", .exp, exp(0.5), exp(0.5)), Case("log(a)", .log, log(0.5), 2), Case("sqrt(a)", .sqrt, sqrt(0.5), 0.5 / sqrt(0.5)),
            Case("sin(a)", .sin, sin(0.5), cos(0.5)), Case("cos(a)", .cos, cos(0.5), -sin(0.5)),
            Case("tanh(a)", .tanh, tanh(0.5), 1 / (cosh(0.5) * cosh(0.5))),
            Case("sigmoid(a)", .sigmoid, s, exp(-0.5) * s * s), Case("relu(a)", .relu, 0.5, 1), Case("relu(-a)", .relu, 0, 0),
        ]
        for (text, operation, value, derivative) in cases.map({ ($0.text, $0.operation, $0.value, $0.derivative) }) {
            let evaluation = try Evaluation(Graph(parsing: "y = \(text)"), inputs: text.contains("b") ? ["a": 0.5, "b": 2] : ["a": 0.5])
            let graph = evaluation.graph
            #expect(graph.operations[graph.node("y")] == operation, "\(text)")
            #expect(isClose(evaluation.value("y"), value, relative: 1e-14), "\(text)")
            #expect(isClose(AdjointSweep(evaluation, output: graph.node("y")).adjoints[graph.node("a")], derivative, relative: 1e-14), "\(text)")
        }
        #expect(Set(Operation.functions.values) == [.exp, .log, .sqrt, .sin, .cos, .tanh, .sigmoid, .relu])
    }

    @Test("A flat sum of 100,000 terms parses, evaluates and differentiates")
    func hugeFlatSum() throws {
        let text = "s = " + Array(repeating: "a", count: 100_000).joined(separator: " + ")
        let graph = try Graph(parsing: text)
        #expect(graph.count == 100_000)
        let evaluation = try Evaluation(graph, inputs: ["a": 0.5])
        #expect(evaluation.value("s") == 50_000)
        #expect(AdjointSweep(evaluation, output: graph.node("s")).adjoints[graph.node("a")] == 100_000)
        // Long expression texts are cut short rather than copied whole into every node.
        #expect(graph.nodes.allSatisfy { $0.expression.count <= 200 })
        let sum = graph.nodes[graph.node("s")].expression
        #expect(sum.count == 200 && sum.hasPrefix("a + a + a") && sum.hasSuffix("…"))
        #expect(graph.nodes[1].expression == "a + a")
    }

    @Test("Names may be Unicode letters, with marks and digits after the first; columns count characters")
    func unicodeNames() throws {
        let graph = try Graph(parsing: "σ = 2; x̄ = 3\n名字 = σ * x̄ + π2\ny = 名字 # ∂ in a comment")
        #expect(graph.inputNames == ["σ", "x̄", "π2"])
        let evaluation = try Evaluation(graph, inputs: ["π2": 1])
        #expect(evaluation.value("y") == 7)
        #expect(graph.nodes[graph.node("π2")].location == Place(line: 2, column: 14))
        #expect(graph.nodes[graph.node("名字")].expression == "σ * x̄ + π2")
        // Canonically equal spellings are one name, as Swift compares strings: é and e + U+0301.
        #expect(try Graph(parsing: "\u{E9} = 1; y = e\u{301} * 2").inputNames == ["\u{E9}"])
        // A column after wide characters and combining marks counts characters.
        #expect(graphError { _ = try Graph(parsing: "名字 = 1\nb̄名 = 名字 + $") }
            == GraphError(.unexpectedCharacter("$"), at: Place(line: 2, column: 11)))
    }

    @Test("Names are found by their bytes in normal form: as Swift compares strings, also across ASCII")
    func namesInNormalForm() throws {
        // The Kelvin sign is the letter K in normal form, and both spellings find one node.
        let kelvin = try Graph(parsing: "\u{212A} = 1; y = K * 2")
        #expect(kelvin.inputNames == ["\u{212A}"])
        #expect(kelvin.index(of: "K") == kelvin.index(of: "\u{212A}") && kelvin.index(of: "K") != nil)
        #expect(try Graph(parsing: "K = 1; y = \u{212A} * 2").inputNames == ["K"])
        let accent = try Graph(parsing: "e\u{301} = 1; y = \u{E9} + 1")
        #expect(accent.index(of: "\u{E9}") == accent.index(of: "e\u{301}") && accent.index(of: "e") == nil)
        #expect(accent.index(of: "y\u{0}") == nil && accent.index(of: "") == nil)
    }

    @Test("Thousands of long names alike in their first bytes are each found, parsed and generated")
    func manyLongNames() throws {
        let names = (0..<3_000).map { "variable_\($0)" }
        let text = names.enumerated().map { "\($1) = \($0)" }.joined(separator: "\n") + "\ny = (variable_0 + variable_1) * 2"
        let graph = try Graph(parsing: text)
        for name in names { #expect(graph.index(of: name).map { graph.nodes[$0].name } == name) }
        #expect(graph.index(of: "variable_3000") == nil && graph.index(of: "variable_") == nil)
        #expect(graph.index(of: "%1").map { graph.nodes[$0].expression } == "variable_0 + variable_1")
        let built = Graph(nodes: graph.nodes, operations: graph.operations, lhs: graph.lhs, rhs: graph.rhs)
        #expect(names.allSatisfy { built.index(of: $0) == graph.index(of: $0) })
    }

    @Test("A node takes 56 bytes: a graph may have millions")
    func nodeSize() {
        #expect(MemoryLayout<Graph.Node>.stride == 56)
    }
}
