/// A node as the parser sees it, before names are resolved and nodes are put in order.
struct ParsedNode {
    enum Operand: Equatable {
        case node(Int)
        case name(String, SourceLocation)
    }

    var operation: Operation
    var operands: [Operand]
    var name: String?
    /// The source text the node computes (`a + b`), or a literal's text.
    var expression: String
    var location: SourceLocation
    var value: Double = 0
}

/// The parsed text: its nodes, and which node each assigned name denotes, in assignment order.
struct ParsedProgram {
    var nodes: [ParsedNode] = []
    var assignments: [(name: String, node: Int, location: SourceLocation)] = []
}

/// Recursive descent over the grammar below. Nesting is capped at `maximumDepth` so that
/// deeply nested input gets an error instead of overflowing the stack.
///
///     program    := statement? ((newline | ';') statement?)*
///     statement  := name '=' expression
///     expression := term (('+' | '-') term)*
///     term       := unary (('*' | '/') unary)*
///     unary      := '-' unary | power
///     power      := primary ('^' unary)?          (right-associative, tighter than unary minus)
///     primary    := number | name | function '(' expression ')' | '(' expression ')'
struct Parser {
    static let maximumDepth = 100

    private let tokens: [Token]
    private let characters: [[Character]]
    private var position = 0
    private var depth = 0
    private var program = ParsedProgram()

    /// Parses `source` into nodes and assignments; names stay unresolved.
    static func parse(_ source: String) throws(GraphError) -> ParsedProgram {
        var parser = Parser(tokens: try Lexer.tokens(source), source: source)
        return try parser.parseProgram()
    }

    private init(tokens: [Token], source: String) {
        self.tokens = tokens
        characters = SourceLocation.lines(of: source).map(Array.init)
    }

    private var current: Token { tokens[position] }

    private mutating func parseProgram() throws(GraphError) -> ParsedProgram {
        while current.kind != .end {
            if current.kind == .separator { position += 1; continue }
            try parseStatement()
            guard current.kind == .separator || current.kind == .end else {
                throw unexpected(GraphError.Problem.expectedOperator)
            }
        }
        return program
    }

    private mutating func parseStatement() throws(GraphError) {
        guard case .name(let name) = current.kind else {
            throw unexpected(GraphError.Problem.expectedAssignment)
        }
        let location = current.location
        position += 1
        guard current.kind == .symbol("=") else { throw unexpected { .expectedEquals(after: name, found: $0) } }
        position += 1
        let start = current.location
        let node = try parseExpression()
        program.assignments.append((name, try nameNode(node, name: name, from: start), location))
    }

    /// Gives the assigned name to the expression's node. A bare number becomes an input with
    /// that default value; a bare name becomes an identity node, so the assignment is visible.
    private mutating func nameNode(_ node: ParsedNode.Operand, name: String, from start: SourceLocation) throws(GraphError) -> Int {
        let text = sourceText(from: start, to: tokens[position - 1])
        switch node {
        case .node(let index) where program.nodes[index].name == nil:
            if program.nodes[index].operation == .constant { program.nodes[index].operation = .input }
            program.nodes[index].name = name
            program.nodes[index].expression = text
            return index
        default:
            return append(ParsedNode(operation: .identity, operands: [node], name: name, expression: text, location: start))
        }
    }

    private mutating func parseExpression() throws(GraphError) -> ParsedNode.Operand {
        try nested { (parser: inout Parser) throws(GraphError) in
            let start = parser.current.location
            var left = try parser.parseTerm()
            while case .symbol(let symbol) = parser.current.kind, symbol == "+" || symbol == "-" {
                parser.position += 1
                let right = try parser.parseTerm()
                left = parser.operation(symbol == "+" ? .add : .subtract, [left, right], from: start)
            }
            return left
        }
    }

    private mutating func parseTerm() throws(GraphError) -> ParsedNode.Operand {
        let start = current.location
        var left = try parseUnary()
        while case .symbol(let symbol) = current.kind, symbol == "*" || symbol == "/" {
            position += 1
            let right = try parseUnary()
            left = operation(symbol == "*" ? .multiply : .divide, [left, right], from: start)
        }
        return left
    }

    private mutating func parseUnary() throws(GraphError) -> ParsedNode.Operand {
        guard current.kind == .symbol("-") else { return try parsePower() }
        let start = current.location
        position += 1
        let operand = try nested { (parser: inout Parser) throws(GraphError) in try parser.parseUnary() }
        if case .node(let index) = operand, program.nodes[index].operation == .constant, program.nodes[index].name == nil {
            program.nodes[index].value.negate()
            program.nodes[index].expression = sourceText(from: start, to: tokens[position - 1])
            return operand
        }
        return operation(.negate, [operand], from: start)
    }

    private mutating func parsePower() throws(GraphError) -> ParsedNode.Operand {
        let start = current.location
        let base = try parsePrimary()
        guard current.kind == .symbol("^") else { return base }
        position += 1
        let exponent = try nested { (parser: inout Parser) throws(GraphError) in try parser.parseUnary() }
        return operation(.power, [base, exponent], from: start)
    }

    private mutating func parsePrimary() throws(GraphError) -> ParsedNode.Operand {
        let token = current
        switch token.kind {
        case .number(let value):
            position += 1
            return .node(append(ParsedNode(operation: .constant, operands: [], expression: token.text, location: token.location, value: value)))
        case .name(let name) where tokens[position + 1].kind == .symbol("("):
            guard let function = Operation.functions[name] else {
                throw GraphError(.unknownFunction(name, functions: Operation.functions.keys.sorted()), at: token.location)
            }
            position += 2
            if current.kind == .symbol(")") {
                throw GraphError(.wrongArgumentCount(function: name, takes: 1, given: 0), at: token.location)
            }
            let argument = try parseExpression()
            if current.kind == .symbol(",") {
                var count = 2
                position += 1
                _ = try parseExpression()
                while current.kind == .symbol(",") { position += 1; _ = try parseExpression(); count += 1 }
                throw GraphError(.wrongArgumentCount(function: name, takes: 1, given: count), at: token.location)
            }
            try expectClosing { .unclosedCall(function: name, found: $0) }
            return operation(function, [argument], from: token.location)
        case .name(let name):
            position += 1
            return .name(name, token.location)
        case .symbol("("):
            position += 1
            let inner = try parseExpression()
            try expectClosing { .unclosedParenthesis(openedAt: token.location, found: $0) }
            return inner
        default:
            throw unexpected(GraphError.Problem.expectedOperand)
        }
    }

    /// Steps over a `)`; anything else is `problem`.
    private mutating func expectClosing(_ problem: (GraphError.Found) -> GraphError.Problem) throws(GraphError) {
        guard current.kind == .symbol(")") else { throw unexpected(problem) }
        position += 1
    }

    /// Runs `body` one level deeper, refusing to go past `maximumDepth`.
    private mutating func nested(_ body: (inout Parser) throws(GraphError) -> ParsedNode.Operand) throws(GraphError) -> ParsedNode.Operand {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else {
            throw unexpected { .nestingTooDeep(limit: Self.maximumDepth, found: $0) }
        }
        return try body(&self)
    }

    private mutating func operation(_ operation: Operation, _ operands: [ParsedNode.Operand], from start: SourceLocation) -> ParsedNode.Operand {
        let text = sourceText(from: start, to: tokens[position - 1])
        return .node(append(ParsedNode(operation: operation, operands: operands, expression: text, location: start)))
    }

    private mutating func append(_ node: ParsedNode) -> Int {
        program.nodes.append(node)
        return program.nodes.count - 1
    }

    /// The longest expression text a node keeps: each node of a flat sum `a + a + … + a` covers
    /// the text before it, so keeping it whole would make parsing quadratic in the line length.
    static let maximumExpressionLength = 200

    /// The source text from `start` to the end of `last`, on one line (or to that line's end),
    /// ending in `…` when it is longer than `maximumExpressionLength`.
    private func sourceText(from start: SourceLocation, to last: Token) -> String {
        let line = characters[start.line - 1]
        let end = min(last.location.line == start.line ? last.location.column - 1 + last.text.count : line.count, line.count)
        let begin = start.column - 1
        guard end - begin > Self.maximumExpressionLength else { return String(line[begin..<end]) }
        return String(line[begin..<(begin + Self.maximumExpressionLength - 1)]) + "…"
    }

    /// `problem` with the current token as what was found instead, at its place.
    private func unexpected(_ problem: (GraphError.Found) -> GraphError.Problem) -> GraphError {
        let found: GraphError.Found = switch current.kind {
        case .separator where current.text == "\n": .newLine
        case .end: .endOfInput
        default: .token(current.text)
        }
        return GraphError(problem(found), at: current.location)
    }
}
