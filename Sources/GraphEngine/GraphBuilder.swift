extension Graph {
    /// Parses graph text such as `c = a + b; d = b + 1; e = c * d`.
    ///
    /// A name assigned a plain number is an input with that default; a name used but never
    /// assigned is an input without one; the output is the last name assigned a computation
    /// (or, if there is none, the last assigned name) unless `outputs` names others. Throws a
    /// `GraphError` with a location for every problem in the text.
    ///
    /// Text longer than `maximumTextBytes` and graphs of more than `maximumNodes` nodes are
    /// refused with an error, before they take memory in proportion.
    ///
    /// - Complexity: O(*n*) in the length of the text; it is read as UTF-8 bytes.
    public init(parsing source: String, outputs outputNames: [String]? = nil) throws(GraphError) {
        try self.init(parsing: source, outputs: outputNames, limits: (Self.maximumTextBytes, Self.maximumNodes))
    }

    /// The same with other limits, for tests.
    init(parsing source: String, outputs outputNames: [String]? = nil, limits: (textBytes: Int, nodes: Int)) throws(GraphError) {
        guard source.utf8.count <= limits.textBytes else {
            throw GraphError(.textTooLarge(bytes: source.utf8.count, limit: limits.textBytes))
        }
        var source = source
        let built = source.withUTF8 { bytes in
            Result { () throws(GraphError) in try Self.build(bytes, outputs: outputNames, maximumNodes: limits.nodes) }
        }
        self = try built.get()
    }

    private static func build(_ bytes: UnsafeBufferPointer<UInt8>, outputs outputNames: [String]?, maximumNodes: Int) throws(GraphError) -> Graph {
        var program = try Parser.parse(bytes, maximumNodes: maximumNodes)
        guard let last = program.assignments.last(where: { program.operations[Int($0)] != .input }) ?? program.assignments.last else {
            throw GraphError(.emptyGraph)
        }
        if let assignedTwice = program.assignedTwice { throw assignedTwice }
        // Names used but never assigned become inputs that need a value.
        for number in 0..<program.names.count where program.nodeOfName[number] < 0 {
            program.nodeOfName[number] = Int32(program.count)
            program.operations.append(.input)
            program.lhs.append(ParsedProgram.none)
            program.rhs.append(ParsedProgram.none)
            program.assignedName.append(Int32(number))
            program.expressionStart.append(-1)
            program.expressionEnd.append(-1)
            program.locations.append(program.firstUse[number])
            program.values.append(.nan)
        }
        guard program.count <= maximumNodes else { throw GraphError(.tooManyNodes(limit: maximumNodes)) }
        for index in 0..<program.count {
            if program.lhs[index] < -1 { program.lhs[index] = program.nodeOfName[Int(-2 - program.lhs[index])] }
            if program.rhs[index] < -1 { program.rhs[index] = program.nodeOfName[Int(-2 - program.rhs[index])] }
        }
        let order = try topologicalOrder(program)
        let graph = flatten(&program, order: order, bytes: bytes)
        var outputs: [Int] = []
        for name in outputNames ?? [program.names.name(Int(program.assignedName[Int(last)]))] {
            guard let node = graph.index(of: name) else {
                let names = graph.nodes.indices.filter(graph.isNamed).map { graph.nodes[$0].name }
                throw GraphError(.unknownOutput(name, names: names))
            }
            outputs.append(node)
        }
        return graph.with(outputs: outputs)
    }

    /// Depth-first post-order from each assignment in turn, so the order follows the text;
    /// a node met again while still on the path closes a cycle, reported by its names.
    private static func topologicalOrder(_ program: ParsedProgram) throws(GraphError) -> [Int32] {
        let (unvisited, onPath, done): (UInt8, UInt8, UInt8) = (0, 1, 2)
        var marks = [UInt8](repeating: unvisited, count: program.count)
        var order: [Int32] = []
        order.reserveCapacity(program.count)
        var stack: [(node: Int32, next: UInt8)] = []
        for root in program.assignments where marks[Int(root)] == unvisited {
            stack.append((root, 0))
            marks[Int(root)] = onPath
            while let top = stack.last {
                let operand = top.next == 0 ? program.lhs[Int(top.node)] : top.next == 1 ? program.rhs[Int(top.node)] : -1
                guard operand >= 0 else {
                    marks[Int(top.node)] = done
                    order.append(top.node)
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                switch marks[Int(operand)] {
                case done: continue
                case unvisited:
                    marks[Int(operand)] = onPath
                    stack.append((operand, 0))
                default:
                    let path = stack.map(\.node).drop { $0 != operand }.filter { program.assignedName[Int($0)] >= 0 }
                    let names = (path + [path[0]]).map { program.names.name(Int(program.assignedName[Int($0)])) }
                    throw GraphError(.cycle(names), at: SourceLocation(packed: program.assignedAt[Int(program.assignedName[Int(path[0])])]))
                }
            }
        }
        return order
    }

    /// Renumbers the parsed nodes in `order`, naming unnamed ones `%1`, `%2`, … in that order.
    /// The program's table of names becomes the graph's, generated names added.
    private static func flatten(_ program: inout ParsedProgram, order: [Int32], bytes: UnsafeBufferPointer<UInt8>) -> Graph {
        var newIndex = [Int32](repeating: -1, count: program.count)
        for (position, old) in order.enumerated() { newIndex[Int(old)] = Int32(position) }
        var nodes: [Node] = []
        nodes.reserveCapacity(order.count)
        var names = program.names.takeTable()
        let parsedNames = program.names.count
        var nodeOfName = program.nodeOfName.map { newIndex[Int($0)] }
        // Whether the name numbered `number`, parsed or generated, is `key`.
        func isName(_ number: Int32, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
            if number < parsedNames { return program.names.matches(number, key) }
            return NameTable.withKey(of: "%\(Int(number) - parsedNames + 1)") { $0.elementsEqual(key) }
        }
        var generated = 0
        for old in order.lazy.map(Int.init) {
            let operation = program.operations[old]
            let expression = program.expressionStart[old] < 0
                ? program.names.name(Int(program.assignedName[old]))
                : expressionText(bytes, from: Int(program.expressionStart[old]), to: Int(program.expressionEnd[old]))
            var name = program.assignedName[old] >= 0 ? program.names.name(Int(program.assignedName[old])) : expression
            if program.assignedName[old] < 0, operation != .constant {
                generated += 1
                name = "%\(generated)"
                names.enter(Int32(nodeOfName.count), at: NameTable.withKey(of: name) { key in names.place(of: key) { isName($0, key) } })
                nodeOfName.append(Int32(nodes.count))
            }
            let value = operation == .input || operation == .constant ? program.values[old] : .nan
            nodes.append(Node(name: name, operation: operation, expression: expression, location: SourceLocation(packed: program.locations[old]), value: value.isNaN ? nil : value))
        }
        func operand(_ operands: [Int32]) -> [Int32] { order.map { operands[Int($0)] < 0 ? -1 : newIndex[Int(operands[Int($0)])] } }
        return Graph(nodes: nodes, operations: order.map { program.operations[Int($0)] }, lhs: operand(program.lhs), rhs: operand(program.rhs), names: names, nodeOfName: nodeOfName)
    }

    /// The most graph text parsed: 64 MB, about 2.5 million nodes of the benchmark's text.
    public static let maximumTextBytes = 64 << 20

    /// The most nodes a graph may have, constants included: about 2 GB of memory for the
    /// command line's whole job.
    public static let maximumNodes = 5_000_000

    /// The longest expression text a node keeps: each node of a flat sum `a + a + … + a` covers
    /// the text before it, so keeping it whole would make parsing quadratic in the line length.
    static let maximumExpressionLength = 200

    /// The text of `bytes[start..<end]`, ending in `…` when it is longer than
    /// `maximumExpressionLength` characters. Only as many bytes as that many characters can
    /// take are decoded, so a long expression costs no more than a short one.
    private static func expressionText(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> String {
        let limit = maximumExpressionLength
        func text(_ end: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) }
        if end - start <= limit { return text(end) }
        // Characters of more than 8 bytes are rare enough that the whole text is read only for them.
        let head = text(min(end, start + 8 * limit))
        if head.count > limit { return String(head.prefix(limit - 1)) + "…" }
        if head.utf8.count == end - start { return head }
        let whole = text(end)
        return whole.count <= limit ? whole : String(whole.prefix(limit - 1)) + "…"
    }
}
