extension BlockGraph {
    /// Parses array graph text such as `h = relu(affine(x, W, b)); L = sum(h)` and checks its
    /// shapes, with input values from `inputs` first and the text's defaults (`W = [1, 2; 3, 4]`)
    /// second.
    ///
    /// Names, inputs and outputs are as in the scalar language. A scalar or vector used where a
    /// larger shape is needed becomes a `repeat` node of its own, so broadcasting shows; a
    /// constant is written at the shape it is used at instead, since it never varies. With
    /// `expandingAffine`, each `affine(x, W, b)` is built as its parts: `x @ W`, `b` repeated to
    /// every row, and their sum. Throws a `GraphError` with a place for every problem.
    public init(parsing source: String, inputs: [String: ArrayValue] = [:], outputs outputNames: [String]? = nil, expandingAffine: Bool = false) throws(GraphError) {
        guard source.utf8.count <= Graph.maximumTextBytes else {
            throw GraphError(.textTooLarge(bytes: source.utf8.count, limit: Graph.maximumTextBytes))
        }
        var source = source
        let parsed = source.withUTF8 { bytes in Result { () throws(GraphError) in try ArrayParser.parse(bytes) } }
        var builder = BlockGraphBuilder(statements: try parsed.get(), inputs: inputs, expandingAffine: expandingAffine)
        self = try builder.build(outputs: outputNames)
    }
}

/// Makes the nodes of a block graph from its statements, in an order where every name is
/// made before it is used, checking shapes as it goes.
struct BlockGraphBuilder {
    let statements: [ArrayStatement]
    let inputs: [String: ArrayValue]
    let expandingAffine: Bool
    private var nodes: [BlockGraph.Node] = []
    private var nodeOfName: [String: Int] = [:]
    private var generated = 0

    init(statements: [ArrayStatement], inputs: [String: ArrayValue], expandingAffine: Bool) {
        self.statements = statements
        self.inputs = inputs
        self.expandingAffine = expandingAffine
    }

    mutating func build(outputs outputNames: [String]?) throws(GraphError) -> BlockGraph {
        guard !statements.isEmpty else { throw GraphError(.emptyGraph) }
        var statementOfName: [String: Int] = [:]
        for (index, statement) in statements.enumerated() {
            if let first = statementOfName[statement.name] {
                throw GraphError(.assignedTwice(statement.name, firstAt: statements[first].location), at: statement.location)
            }
            statementOfName[statement.name] = index
        }
        for index in try order(statementOfName) { try emit(statements[index]) }
        try checkInputs()
        let isComputation = statements.map { if case .literal = $0.expression.kind { false } else { true } }
        let last = statements[isComputation.lastIndex(of: true) ?? statements.count - 1].name
        var outputs: [Int] = []
        for name in outputNames ?? [last] {
            guard let node = nodeOfName[name] else {
                throw GraphError(.unknownOutput(name, names: nodes.map(\.name).filter { !$0.hasPrefix("%") && nodeOfName[$0] != nil }))
            }
            outputs.append(node)
        }
        return BlockGraph(nodes: nodes, outputs: outputs)
    }

    /// The statements in an order where each comes after those whose names it uses: depth
    /// first from each in turn, so the order follows the text; a cycle is reported by its names.
    private func order(_ statementOfName: [String: Int]) throws(GraphError) -> [Int] {
        let uses = statements.map { statement in names(in: statement.expression).compactMap { statementOfName[$0] } }
        var marks = [UInt8](repeating: 0, count: statements.count)  // 0 unvisited, 1 on the path, 2 done
        var order: [Int] = []
        for root in statements.indices where marks[root] == 0 {
            var stack = [(statement: root, next: 0)]
            marks[root] = 1
            while let (statement, next) = stack.last {
                guard next < uses[statement].count else {
                    marks[statement] = 2
                    order.append(statement)
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let used = uses[statement][next]
                if marks[used] == 1 {
                    let path = stack.map(\.statement).drop { $0 != used }.map { statements[$0].name }
                    throw GraphError(.cycle(path + [path[0]]), at: statements[used].location)
                }
                if marks[used] == 0 {
                    marks[used] = 1
                    stack.append((used, 0))
                }
            }
        }
        return order
    }

    /// The names `expression` uses, in the order written.
    private func names(in expression: ArrayExpression) -> [String] {
        switch expression.kind {
        case .literal: []
        case .name(let name): [name]
        case .operation(_, let operands): operands.flatMap(names)
        }
    }

    private mutating func emit(_ statement: ArrayStatement) throws(GraphError) {
        let expression = statement.expression
        let node: Int
        switch expression.kind {
        case .literal(let value):
            node = append(.input, [], shape: (inputs[statement.name] ?? value).shape, expression, name: statement.name, value: inputs[statement.name] ?? value)
        case .name:
            let operand = try emit(expression)
            node = append(.elementwise(.identity), [operand], shape: nodes[operand].shape, expression, name: statement.name)
        case .operation:
            node = try emit(expression, name: statement.name)
        }
        nodeOfName[statement.name] = node
    }

    /// The node of `expression`, made with its operands; named `name`, or a generated name.
    private mutating func emit(_ expression: ArrayExpression, name: String? = nil) throws(GraphError) -> Int {
        switch expression.kind {
        case .literal(let value):
            return append(.constant, [], shape: value.shape, expression, name: expression.text, value: value)
        case .name(let used):
            if let node = nodeOfName[used] { return node }
            guard let value = inputs[used] else { throw GraphError(.missingValue(input: used), at: expression.location) }
            let node = append(.input, [], shape: value.shape, expression, name: used, value: value)
            nodeOfName[used] = node
            return node
        case .operation(let operation, let operandExpressions):
            var operands: [Int] = []
            for operand in operandExpressions { operands.append(try emit(operand)) }
            let texts = zip(operands, operandExpressions).map { node, written in nodes[node].operation == .constant ? written.text : nodes[node].name }
            guard let rule = operation.rule else { preconditionFailure("leaves are literals and names") }
            let shape: Shape
            do {
                shape = try rule.shape(of: operands.map { nodes[$0].shape }, texts: texts)
            } catch {
                throw GraphError(.array(error), at: expression.location)
            }
            if operation == .affine && expandingAffine {
                let product = append(.matrixProduct, Array(operands[0...1]), shape: shape, expression)
                let bias = repeated(operands[2], to: shape, expression)
                return append(.elementwise(.add), [product, bias], shape: shape, expression, name: name)
            }
            if case .elementwise = operation { operands = operands.map { repeated($0, to: shape, expression) } }
            return append(operation, operands, shape: shape, expression, name: name)
        }
    }

    /// `node` at `shape`: itself if it has that shape, a constant written out at it, or a
    /// `repeat` node.
    private mutating func repeated(_ node: Int, to shape: Shape, _ expression: ArrayExpression) -> Int {
        let old = nodes[node]
        guard old.shape != shape else { return node }
        guard old.operation == .constant, let value = old.value else {
            return append(.repeat(shape), [node], shape: shape, expression)
        }
        let entries = RepeatRule.repeated(value.entries, from: old.shape, to: shape)
        nodes[node] = BlockGraph.Node(name: old.name, operation: .constant, operands: [], shape: shape, expression: old.expression,
                                      location: old.location, value: ArrayValue(shape: shape, entries: entries))
        return node
    }

    private mutating func append(_ operation: BlockOperation, _ operands: [Int], shape: Shape, _ expression: ArrayExpression, name: String? = nil, value: ArrayValue? = nil) -> Int {
        var name = name
        if name == nil {
            generated += 1
            name = "%\(generated)"
        }
        nodes.append(BlockGraph.Node(name: name!, operation: operation, operands: operands, shape: shape, expression: expression.text,
                                     location: expression.location, value: value))
        return nodes.count - 1
    }

    /// Every `--at` name must be an input of the graph.
    private func checkInputs() throws(GraphError) {
        let inputNames = nodes.filter { $0.operation == .input }.map(\.name)
        for name in inputs.keys.sorted() {
            guard let node = nodeOfName[name] else { throw GraphError(.unknownInput(name, inputs: inputNames)) }
            guard nodes[node].operation == .input else { throw GraphError(.notAnInput(name, inputs: inputNames)) }
        }
    }
}
