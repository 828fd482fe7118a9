extension Graph {
    /// Parses graph text such as `c = a + b; d = b + 1; e = c * d`.
    ///
    /// A name assigned a plain number is an input with that default; a name used but never
    /// assigned is an input without one; the output is the last name assigned a computation
    /// (or, if there is none, the last assigned name) unless `outputs` names others. Throws a `GraphError` with a location for every problem in the text.
    public init(parsing source: String, outputs outputNames: [String]? = nil) throws(GraphError) {
        let program = try Parser.parse(source)
        guard let last = program.assignments.last(where: { program.nodes[$0.node].operation != .input })
            ?? program.assignments.last else {
            throw GraphError(.emptyGraph)
        }
        var parsed = program.nodes
        var nodeByName: [String: Int] = [:]
        var assignedAt: [String: SourceLocation] = [:]
        for assignment in program.assignments {
            if let earlier = assignedAt[assignment.name] {
                throw GraphError(.assignedTwice(assignment.name, firstAt: earlier), at: assignment.location)
            }
            nodeByName[assignment.name] = assignment.node
            assignedAt[assignment.name] = assignment.location
        }
        // Names used but never assigned become inputs that need a value.
        for index in program.nodes.indices {
            for case .name(let name, let location) in program.nodes[index].operands where nodeByName[name] == nil {
                nodeByName[name] = parsed.count
                parsed.append(ParsedNode(operation: .input, operands: [], name: name, expression: name, location: location, value: .nan))
            }
        }
        let operands = parsed.map { node in
            node.operands.map { operand in
                switch operand {
                case .node(let index): index
                case .name(let name, _): nodeByName[name]!
                }
            }
        }
        let order = try Self.topologicalOrder(parsed, operands: operands, roots: program.assignments.map(\.node), assignedAt: assignedAt)
        let graph = Self.flatten(parsed, operands: operands, order: order)
        var outputs: [Int] = []
        for name in outputNames ?? [last.name] {
            guard let node = graph.index(of: name) else {
                let names = graph.nodes.indices.filter(graph.isNamed).map { graph.nodes[$0].name }
                throw GraphError(.unknownOutput(name, names: names))
            }
            outputs.append(node)
        }
        self = graph.with(outputs: outputs)
    }

    /// Depth-first post-order from each assignment in turn, so the order follows the text;
    /// a node met again while still on the path closes a cycle, reported by its names.
    private static func topologicalOrder(_ nodes: [ParsedNode], operands: [[Int]], roots: [Int], assignedAt: [String: SourceLocation]) throws(GraphError) -> [Int] {
        enum Mark { case unvisited, onPath, done }
        var marks = Array(repeating: Mark.unvisited, count: nodes.count)
        var order: [Int] = []
        for root in roots where marks[root] == .unvisited {
            var stack: [(node: Int, next: Int)] = [(root, 0)]
            marks[root] = .onPath
            while let top = stack.last {
                if top.next == operands[top.node].count {
                    marks[top.node] = .done
                    order.append(top.node)
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let operand = operands[top.node][top.next]
                switch marks[operand] {
                case .done: continue
                case .unvisited:
                    marks[operand] = .onPath
                    stack.append((operand, 0))
                case .onPath:
                    let path = stack.map(\.node).drop { $0 != operand }.filter { nodes[$0].name != nil }
                    let names = (path + [path[0]]).map { nodes[$0].name! }
                    throw GraphError(.cycle(names), at: assignedAt[nodes[path[0]].name!])
                }
            }
        }
        return order
    }

    /// Renumbers the parsed nodes in `order`, naming unnamed ones `%1`, `%2`, … in that order.
    private static func flatten(_ parsed: [ParsedNode], operands: [[Int]], order: [Int]) -> Graph {
        var newIndex = Array(repeating: -1, count: parsed.count)
        for (position, old) in order.enumerated() { newIndex[old] = position }
        var nodes: [Node] = []
        var generated = 0
        for old in order {
            let node = parsed[old]
            var name = node.name
            if name == nil, node.operation != .constant {
                generated += 1
                name = "%\(generated)"
            }
            let value: Double? = node.operation == .input || node.operation == .constant ? (node.value.isNaN ? nil : node.value) : nil
            nodes.append(Node(name: name ?? node.expression, operation: node.operation, expression: node.expression, location: node.location, value: value))
        }
        func operand(_ old: Int, _ k: Int) -> Int32 { k < operands[old].count ? Int32(newIndex[operands[old][k]]) : -1 }
        return Graph(nodes: nodes, operations: order.map { parsed[$0].operation }, lhs: order.map { operand($0, 0) }, rhs: order.map { operand($0, 1) })
    }
}
