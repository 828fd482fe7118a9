/// An expression of an array graph as written: what it is, its text and where it is (the
/// operator or function of an operation).
struct ArrayExpression {
    enum Kind {
        case literal(ArrayValue)
        case name(String)
        case operation(BlockOperation, [ArrayExpression])
    }

    let kind: Kind
    let text: String
    let location: SourceLocation
}

/// `name = expression`, as written.
struct ArrayStatement {
    let name: String
    let location: SourceLocation
    let expression: ArrayExpression
}

/// Recursive descent over the scalar language's grammar with arrays added: matrix literals,
/// `@` beside `*` and `/`, and the array functions (`sum`, `mean`, `transpose`, `affine`,
/// `softmax_cross_entropy`). It reads the same tokens as the scalar parser and reports the same
/// problems the same way; it builds expression trees, as array graphs are small and their
/// shapes are checked only once every name is known.
///
///     term     := unary (('*' | '/' | '@') unary)*
///     primary  := number | literal | name | function '(' arguments ')' | '(' expression ')'
///     literal  := '[' row (';' row)* ']'          (new lines inside are ignored)
///     row      := '-'? number (',' '-'? number)*
struct ArrayParser {
    private var lexer: Lexer
    private var current: Token
    private var previous: Token
    private var depth = 0

    /// Parses the UTF-8 text `bytes` into statements.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(GraphError) -> [ArrayStatement] {
        var lexer = Lexer(bytes, readsArrays: true)
        let first = try lexer.next()
        var parser = ArrayParser(lexer: lexer, current: first, previous: first)
        var statements: [ArrayStatement] = []
        while parser.current.kind != .end {
            if parser.current.kind == .separator { try parser.advance(); continue }
            statements.append(try parser.statement())
            guard parser.current.kind == .separator || parser.current.kind == .end else { throw parser.unexpected(GraphError.Problem.expectedOperator) }
        }
        return statements
    }

    /// A value written alone, as `--at` takes it: a number, `-2`, `[1, 2, 3]` or `[1, 2; 3, 4]`.
    static func value(_ bytes: UnsafeBufferPointer<UInt8>) throws(GraphError) -> ArrayValue {
        var lexer = Lexer(bytes, readsArrays: true)
        let first = try lexer.next()
        var parser = ArrayParser(lexer: lexer, current: first, previous: first)
        let expression = try parser.unary()
        guard case .literal(let value) = expression.kind else { throw GraphError(.array(.literalNumber(found: .token(expression.text))), at: expression.location) }
        guard parser.current.kind == .end else { throw parser.unexpected(GraphError.Problem.expectedOperator) }
        return value
    }

    private init(lexer: Lexer, current: Token, previous: Token) {
        self.lexer = lexer
        self.current = current
        self.previous = previous
    }

    private mutating func advance() throws(GraphError) {
        previous = current
        current = try lexer.next()
    }

    private func isSymbol(_ symbol: Character) -> Bool { current.kind == .symbol(symbol.asciiValue!) }

    private mutating func statement() throws(GraphError) -> ArrayStatement {
        guard current.kind == .name else { throw unexpected(GraphError.Problem.expectedAssignment) }
        let assigned = current
        let name = lexer.text(assigned)
        try advance()
        guard isSymbol("=") else { throw unexpected { .expectedEquals(after: name, found: $0) } }
        try advance()
        return ArrayStatement(name: name, location: assigned.location, expression: try expression())
    }

    /// The binary operations of one level of precedence, left to right.
    private mutating func binary(_ operators: [Character: BlockOperation], _ operand: (inout ArrayParser) throws(GraphError) -> ArrayExpression) throws(GraphError) -> ArrayExpression {
        let start = current
        var left = try operand(&self)
        while case .symbol(let byte) = current.kind, let operation = operators[Character(Unicode.Scalar(byte))] {
            let location = current.location
            try advance()
            let right = try operand(&self)
            left = ArrayExpression(kind: .operation(operation, [left, right]), text: text(from: start), location: location)
        }
        return left
    }

    private mutating func expression() throws(GraphError) -> ArrayExpression {
        try nested { (parser: inout ArrayParser) throws(GraphError) in
            try parser.binary(["+": .elementwise(.add), "-": .elementwise(.subtract)]) { (parser: inout ArrayParser) throws(GraphError) in
                try parser.binary(["*": .elementwise(.multiply), "/": .elementwise(.divide), "@": .matrixProduct]) { (parser: inout ArrayParser) throws(GraphError) in try parser.unary() }
            }
        }
    }

    private mutating func unary() throws(GraphError) -> ArrayExpression {
        guard isSymbol("-") else { return try power() }
        let start = current
        try advance()
        let operand = try nested { (parser: inout ArrayParser) throws(GraphError) in try parser.unary() }
        if case .literal(let value) = operand.kind {
            return ArrayExpression(kind: .literal(ArrayValue(shape: value.shape, entries: value.entries.map { -$0 })), text: text(from: start), location: start.location)
        }
        return ArrayExpression(kind: .operation(.elementwise(.negate), [operand]), text: text(from: start), location: start.location)
    }

    private mutating func power() throws(GraphError) -> ArrayExpression {
        let start = current
        let base = try primary()
        guard isSymbol("^") else { return base }
        let location = current.location
        try advance()
        let exponent = try nested { (parser: inout ArrayParser) throws(GraphError) in try parser.unary() }
        return ArrayExpression(kind: .operation(.elementwise(.power), [base, exponent]), text: text(from: start), location: location)
    }

    private mutating func primary() throws(GraphError) -> ArrayExpression {
        let token = current
        switch token.kind {
        case .number:
            try advance()
            return ArrayExpression(kind: .literal(ArrayValue(token.value)), text: lexer.text(token), location: token.location)
        case .symbol(UInt8(ascii: "[")):
            return try literal()
        case .name:
            try advance()
            guard isSymbol("(") else { return ArrayExpression(kind: .name(lexer.text(token)), text: lexer.text(token), location: token.location) }
            return try call(token)
        case .symbol(UInt8(ascii: "(")):
            try advance()
            let inner = try expression()
            try expectClosing { .unclosedParenthesis(openedAt: token.location, found: $0) }
            return inner
        default:
            throw unexpected(GraphError.Problem.expectedOperand)
        }
    }

    /// Every function name, scalar and array, for the message about an unknown one.
    static let functionNames = (Array(Operation.functions.keys) + Array(BlockOperation.functions.keys)).sorted()

    /// `function(arguments)`, the name read and `(` current.
    private mutating func call(_ token: Token) throws(GraphError) -> ArrayExpression {
        let name = lexer.text(token)
        let takes = Operation.functions[name] != nil ? 1...1 : BlockOperation.functions[name]
        guard let takes else { throw failing(GraphError(.unknownFunction(name, functions: Self.functionNames), at: token.location)) }
        try advance()
        var arguments: [ArrayExpression] = []
        if !isSymbol(")") {
            arguments.append(try expression())
            while isSymbol(",") {
                try advance()
                arguments.append(try expression())
            }
        }
        guard takes.contains(arguments.count) else {
            let given = arguments.count < takes.lowerBound ? takes.lowerBound : takes.upperBound
            throw failing(GraphError(.wrongArgumentCount(function: name, takes: given, given: arguments.count), at: token.location))
        }
        try expectClosing { .unclosedCall(function: name, found: $0) }
        let operation: BlockOperation
        switch name {
        case "sum", "mean":
            let axis = try arguments.count > 1 ? Self.axis(arguments[1], function: name) : nil
            arguments = [arguments[0]]
            operation = name == "sum" ? .sum(axis: axis) : .mean(axis: axis)
        case "transpose": operation = .transpose
        case "affine": operation = .affine
        case "softmax_cross_entropy": operation = .softmaxCrossEntropy
        default: operation = .elementwise(Operation.functions[name]!)
        }
        return ArrayExpression(kind: .operation(operation, arguments), text: text(from: token), location: token.location)
    }

    /// The axis argument of `sum` or `mean`: the number 0 or 1, as written.
    private static func axis(_ argument: ArrayExpression, function: String) throws(GraphError) -> Int {
        guard case .literal(let value) = argument.kind, value.shape.isScalar, value.entries[0] == 0 || value.entries[0] == 1 else {
            throw GraphError(.array(.axisNotLiteral(function: function)), at: argument.location)
        }
        return Int(value.entries[0])
    }

    /// `[1, 2; 3, 4]`, `[` current: a vector when it has one row, else a matrix.
    private mutating func literal() throws(GraphError) -> ArrayExpression {
        let start = current
        var rows: [[Double]] = [[]]
        try advance()
        while true {
            try skipNewLines()
            let negative = isSymbol("-")
            if negative { try advance() }
            guard current.kind == .number else { throw unexpected { .array(.literalNumber(found: $0)) } }
            rows[rows.count - 1].append(negative ? -current.value : current.value)
            try advance()
            try skipNewLines()
            if isSymbol(",") {
                try advance()
            } else if current.kind == .separator {
                if rows[rows.count - 1].count != rows[0].count {
                    throw failing(GraphError(.array(.raggedRows(row: rows.count, count: rows[rows.count - 1].count, expected: rows[0].count)), at: current.location))
                }
                rows.append([])
                try advance()
            } else if isSymbol("]") {
                break
            } else {
                throw unexpected { .array(.literalSeparator(found: $0)) }
            }
        }
        if rows.count > 1, rows[rows.count - 1].count != rows[0].count {
            throw failing(GraphError(.array(.raggedRows(row: rows.count, count: rows[rows.count - 1].count, expected: rows[0].count)), at: current.location))
        }
        try advance()
        let shape: Shape = rows.count == 1 ? .vector(rows[0].count) : .matrix(rows.count, rows[0].count)
        return ArrayExpression(kind: .literal(ArrayValue(shape: shape, entries: rows.flatMap { $0 })), text: text(from: start), location: start.location)
    }

    /// Steps over new lines, which a matrix literal may hold anywhere (`;` ends a row).
    private mutating func skipNewLines() throws(GraphError) {
        while current.kind == .separator, lexer.text(current) == "\n" { try advance() }
    }

    /// The source text from `start` to the token just read.
    private func text(from start: Token) -> String { lexer.text(start.start..<previous.end) }

    private mutating func expectClosing(_ problem: (GraphError.Found) -> GraphError.Problem) throws(GraphError) {
        guard isSymbol(")") else { throw unexpected(problem) }
        try advance()
    }

    private mutating func nested(_ body: (inout ArrayParser) throws(GraphError) -> ArrayExpression) throws(GraphError) -> ArrayExpression {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Parser.maximumDepth else { throw unexpected { .nestingTooDeep(limit: Parser.maximumDepth, found: $0) } }
        return try body(&self)
    }

    private mutating func unexpected(_ problem: (GraphError.Found) -> GraphError.Problem) -> GraphError {
        failing(GraphError(problem(lexer.found(current)), at: current.location))
    }

    private mutating func failing(_ error: GraphError) -> GraphError { lexer.failing(error) }
}
