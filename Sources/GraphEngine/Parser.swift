/// The parsed text, as flat arrays with one entry per node in the order the parser made them,
/// before names are resolved and nodes are put in topological order.
struct ParsedProgram {
    /// No operand, in `lhs` and `rhs`; an operand below it is the name numbered `-2 - operand`.
    static let none: Int32 = -1

    var operations: [Operation] = []
    /// Each node's operands: a node's index, `none`, or a name (see `none`).
    var lhs: [Int32] = []
    var rhs: [Int32] = []
    /// The number of the name assigned to each node, or -1.
    var assignedName: [Int32] = []
    /// The source bytes each node computes: `expressionStart[i]..<expressionEnd[i]`.
    var expressionStart: [Int32] = []
    var expressionEnd: [Int32] = []
    /// Where each node is written (see `SourceLocation.packed`).
    var locations: [Int64] = []
    var values: [Double] = []

    /// The names written in the text, numbered in the order they first appear.
    var names: NameNumbers
    /// For each name: the node assigned to it (-1 if none), where, and its first use as an
    /// operand in node order (where an input without a value is reported).
    var nodeOfName: [Int32] = []
    var assignedAt: [Int64] = []
    var firstUse: [Int64] = []
    /// The assigned nodes, in the order of their statements.
    var assignments: [Int32] = []
    /// The first assignment to a name already assigned, reported once the text has parsed.
    var assignedTwice: GraphError?

    /// Where each name noted by `use(_:)` is written, until `numberNames()`: meanwhile `lhs`,
    /// `rhs` and `assignedName` hold indices of these uses instead of names' numbers.
    private var useLocations: [Int64] = []

    /// An empty program for the text `bytes`, with room for as many nodes and names as it has
    /// statements, or about.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var statements = 1
        // Without a branch, so that the loop is vectorized: it reads the whole text.
        for byte in bytes { statements &+= (byte == UInt8(ascii: "\n") ? 1 : 0) &+ (byte == UInt8(ascii: ";") ? 1 : 0) }
        names = NameNumbers(bytes, expected: statements)
        for array in [\ParsedProgram.lhs, \.rhs, \.assignedName, \.expressionStart, \.expressionEnd] { self[keyPath: array].reserveCapacity(statements) }
        operations.reserveCapacity(statements)
        locations.reserveCapacity(statements)
        values.reserveCapacity(statements)
        assignments.reserveCapacity(statements)
        useLocations.reserveCapacity(3 * statements)
    }

    var count: Int { operations.count }

    /// Notes the name `token` is, to be numbered by `numberNames()`; returns what stands for it
    /// until then.
    mutating func use(_ token: Token) -> Int32 {
        useLocations.append(token.location.packed)
        return names.use(at: token.start..<token.end)
    }

    /// Numbers the names noted by `use(_:)` and puts the numbers where the uses stood; then
    /// notes, in the statements' order, where each name is assigned and the first assignment to
    /// a name already assigned, and in node order each name's first use as an operand.
    mutating func numberNames() {
        let numbers = names.numberUses()
        nodeOfName = Array(repeating: -1, count: names.count)
        assignedAt = Array(repeating: SourceLocation.nowhere, count: names.count)
        firstUse = assignedAt
        for node in assignments.lazy.map(Int.init) {
            let use = Int(assignedName[node]), number = numbers[use]
            assignedName[node] = number
            if let firstAt = SourceLocation(packed: assignedAt[Int(number)]) {
                if assignedTwice == nil {
                    let at = SourceLocation(packed: useLocations[use])
                    assignedTwice = GraphError(.assignedTwice(names.text(ofUse: Int32(use)), firstAt: firstAt), at: at)
                }
            } else {
                nodeOfName[Int(number)] = Int32(node)
                assignedAt[Int(number)] = useLocations[use]
            }
        }
        func number(_ operand: inout Int32) {
            guard operand < ParsedProgram.none else { return }
            let use = Int(-2 - operand), number = numbers[use]
            if firstUse[Int(number)] == SourceLocation.nowhere { firstUse[Int(number)] = useLocations[use] }
            operand = -2 - number
        }
        for node in 0..<count {
            number(&lhs[node])
            number(&rhs[node])
        }
        useLocations = []
        names.forgetUses()
    }
}

/// Recursive descent over the grammar below, reading tokens from the `Lexer` as it goes.
/// Nesting is capped at `maximumDepth` so that deeply nested input gets an error instead of
/// overflowing the stack.
///
///     program    := statement? ((newline | ';') statement?)*
///     statement  := name '=' expression
///     expression := term (('+' | '-') term)*
///     term       := unary (('*' | '/') unary)*
///     unary      := '-' unary | power
///     power      := primary ('^' unary)?          (right-associative, tighter than unary minus)
///     primary    := number | name | function '(' expression ')' | '(' expression ')'
///
/// A text with a character the lexer cannot read gets that error even where the grammar fails
/// earlier, as when the whole text was split into tokens before parsing.
struct Parser {
    static let maximumDepth = 100

    /// `Operation.functions` by the bytes of their names, so that a call is told without making
    /// a `String` of its name.
    private static let functions = Operation.functions.map { (name: Array($0.key.utf8), operation: $0.value) }

    /// What an expression gives its parent: a node, or a name not yet resolved (see
    /// `ParsedProgram.use(_:)`).
    private enum Operand {
        case node(Int32)
        case name(Int32)
    }

    private var lexer: Lexer
    private var current: Token
    private var peeked: Token?
    /// The token before `current`: where the expression just parsed ends.
    private var previous: Token
    private var depth = 0
    private var program: ParsedProgram

    /// The most nodes the text may make.
    private let maximumNodes: Int

    /// Parses the UTF-8 text `bytes` into nodes and assignments; names stay unresolved.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, maximumNodes: Int) throws(GraphError) -> ParsedProgram {
        var lexer = Lexer(bytes)
        let first = try lexer.next()
        var parser = Parser(lexer: lexer, current: first, previous: first, program: ParsedProgram(bytes), maximumNodes: maximumNodes)
        var program = try parser.parseProgram()
        program.numberNames()
        return program
    }

    private init(lexer: Lexer, current: Token, previous: Token, program: ParsedProgram, maximumNodes: Int) {
        self.maximumNodes = maximumNodes
        self.program = program
        self.lexer = lexer
        self.current = current
        self.previous = previous
    }

    private mutating func advance() throws(GraphError) {
        previous = current
        if let peeked {
            current = peeked
            self.peeked = nil
        } else {
            current = try lexer.next()
        }
    }

    private mutating func peek() throws(GraphError) -> Token {
        if let peeked { return peeked }
        let next = try lexer.next()
        peeked = next
        return next
    }

    private mutating func parseProgram() throws(GraphError) -> ParsedProgram {
        while current.kind != .end {
            if current.kind == .separator { try advance(); continue }
            try parseStatement()
            guard current.kind == .separator || current.kind == .end else {
                throw unexpected(GraphError.Problem.expectedOperator)
            }
        }
        return program
    }

    private mutating func parseStatement() throws(GraphError) {
        guard current.kind == .name else { throw unexpected(GraphError.Problem.expectedAssignment) }
        let assigned = current
        try advance()
        guard current.kind == .symbol(UInt8(ascii: "=")) else {
            let name = lexer.text(assigned)
            throw unexpected { .expectedEquals(after: name, found: $0) }
        }
        try advance()
        let start = current
        let node = try nameNode(try parseExpression(), from: start)
        program.assignedName[Int(node)] = program.use(assigned)
        program.assignments.append(node)
    }

    /// The node an assignment names: the expression's own; an input with that default for a bare
    /// number; an identity node for a bare name or a node already named, so the assignment is
    /// visible.
    private mutating func nameNode(_ operand: Operand, from start: Token) throws(GraphError) -> Int32 {
        if case .node(let index) = operand, program.assignedName[Int(index)] < 0 {
            if program.operations[Int(index)] == .constant { program.operations[Int(index)] = .input }
            program.expressionStart[Int(index)] = Int32(start.start)
            program.expressionEnd[Int(index)] = Int32(previous.end)
            return index
        }
        return try append(.identity, operand, nil, from: start)
    }

    private mutating func parseExpression() throws(GraphError) -> Operand {
        try nested { (parser: inout Parser) throws(GraphError) in
            let start = parser.current
            var left = try parser.parseTerm()
            while case .symbol(let symbol) = parser.current.kind, symbol == UInt8(ascii: "+") || symbol == UInt8(ascii: "-") {
                try parser.advance()
                let right = try parser.parseTerm()
                left = .node(try parser.append(symbol == UInt8(ascii: "+") ? .add : .subtract, left, right, from: start))
            }
            return left
        }
    }

    private mutating func parseTerm() throws(GraphError) -> Operand {
        let start = current
        var left = try parseUnary()
        while case .symbol(let symbol) = current.kind, symbol == UInt8(ascii: "*") || symbol == UInt8(ascii: "/") {
            try advance()
            let right = try parseUnary()
            left = .node(try append(symbol == UInt8(ascii: "*") ? .multiply : .divide, left, right, from: start))
        }
        return left
    }

    private mutating func parseUnary() throws(GraphError) -> Operand {
        guard current.kind == .symbol(UInt8(ascii: "-")) else { return try parsePower() }
        let start = current
        try advance()
        let operand = try nested { (parser: inout Parser) throws(GraphError) in try parser.parseUnary() }
        if case .node(let index) = operand, program.operations[Int(index)] == .constant, program.assignedName[Int(index)] < 0 {
            program.values[Int(index)].negate()
            program.expressionStart[Int(index)] = Int32(start.start)
            program.expressionEnd[Int(index)] = Int32(previous.end)
            return operand
        }
        return .node(try append(.negate, operand, nil, from: start))
    }

    private mutating func parsePower() throws(GraphError) -> Operand {
        let start = current
        let base = try parsePrimary()
        guard current.kind == .symbol(UInt8(ascii: "^")) else { return base }
        try advance()
        let exponent = try nested { (parser: inout Parser) throws(GraphError) in try parser.parseUnary() }
        return .node(try append(.power, base, exponent, from: start))
    }

    private mutating func parsePrimary() throws(GraphError) -> Operand {
        let token = current
        switch token.kind {
        case .number:
            try advance()
            return .node(try append(.constant, nil, nil, from: token, value: token.value))
        case .name:
            guard try peek().kind == .symbol(UInt8(ascii: "(")) else {
                try advance()
                return .name(program.use(token))
            }
            let spelled = lexer.bytes(token)
            guard let function = Self.functions.first(where: { $0.name.elementsEqual(spelled) })?.operation else {
                let name = lexer.text(token)
                throw failing(GraphError(.unknownFunction(name, functions: Operation.functions.keys.sorted()), at: token.location))
            }
            let name = { "\(function)" }  // for errors only
            try advance()
            try advance()
            if current.kind == .symbol(UInt8(ascii: ")")) {
                throw failing(GraphError(.wrongArgumentCount(function: name(), takes: 1, given: 0), at: token.location))
            }
            let argument = try parseExpression()
            if current.kind == .symbol(UInt8(ascii: ",")) {
                var count = 1
                while current.kind == .symbol(UInt8(ascii: ",")) { try advance(); _ = try parseExpression(); count += 1 }
                throw failing(GraphError(.wrongArgumentCount(function: name(), takes: 1, given: count), at: token.location))
            }
            try expectClosing { .unclosedCall(function: name(), found: $0) }
            return .node(try append(function, argument, nil, from: token))
        case .symbol(UInt8(ascii: "(")):
            try advance()
            let inner = try parseExpression()
            try expectClosing { .unclosedParenthesis(openedAt: token.location, found: $0) }
            return inner
        default:
            throw unexpected(GraphError.Problem.expectedOperand)
        }
    }

    /// Steps over a `)`; anything else is `problem`.
    private mutating func expectClosing(_ problem: (GraphError.Found) -> GraphError.Problem) throws(GraphError) {
        guard current.kind == .symbol(UInt8(ascii: ")")) else { throw unexpected(problem) }
        try advance()
    }

    /// Runs `body` one level deeper, refusing to go past `maximumDepth`.
    private mutating func nested(_ body: (inout Parser) throws(GraphError) -> Operand) throws(GraphError) -> Operand {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else {
            throw unexpected { .nestingTooDeep(limit: Self.maximumDepth, found: $0) }
        }
        return try body(&self)
    }

    /// A new node computing `operation` of `x` and `y`, written from `start` to the token just
    /// read; returns its index.
    private mutating func append(_ operation: Operation, _ x: Operand?, _ y: Operand?, from start: Token, value: Double = 0) throws(GraphError) -> Int32 {
        // Names used but never assigned become nodes too; they are counted when they are made.
        guard program.count < maximumNodes else { throw failing(GraphError(.tooManyNodes(limit: maximumNodes), at: start.location)) }
        let node = Int32(program.count)
        func code(_ operand: Operand?) -> Int32 {
            switch operand {
            case nil: return ParsedProgram.none
            case .node(let index): return index
            case .name(let use): return -2 - use
            }
        }
        program.operations.append(operation)
        program.lhs.append(code(x))
        program.rhs.append(code(y))
        program.assignedName.append(-1)
        program.expressionStart.append(Int32(start.start))
        program.expressionEnd.append(Int32(previous.end))
        program.locations.append(start.location.packed)
        program.values.append(value)
        return node
    }

    /// `problem` with the current token as what was found instead, at its place.
    private mutating func unexpected(_ problem: (GraphError.Found) -> GraphError.Problem) -> GraphError {
        failing(GraphError(problem(lexer.found(current)), at: current.location))
    }

    /// `error`, unless the rest of the text has a character the lexer cannot read: that error
    /// comes first, as it always has.
    private mutating func failing(_ error: GraphError) -> GraphError { lexer.failing(error) }
}

extension SourceLocation {
    /// A location in 8 bytes, line and column side by side, for the parser's arrays of a million
    /// nodes: 8 bytes rather than 17 (or 24, where `nil` is possible).
    var packed: Int64 { Int64(line) << 32 | Int64(column) }

    /// No location, packed: lines start at 1.
    static let nowhere: Int64 = 0

    init?(packed: Int64) {
        guard packed != Self.nowhere else { return nil }
        self.init(line: Int(packed >> 32), column: Int(packed & 0xFFFF_FFFF))
    }
}
