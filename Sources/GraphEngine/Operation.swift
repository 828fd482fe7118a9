#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// What a node computes. Each operation's value and its local partial derivatives sit side by
/// side on one line of `linearize` (the switch every forward sweep runs); the same partials as
/// formulas are one line of `formulas`, and its caption text is one line each of `describe` and
/// `symbol`. What the tutor says its backward step keeps is Tutor's `BackwardMemory`.
public enum Operation: UInt8, CaseIterable, Sendable {
    case input, constant
    case add, subtract, multiply, divide, power
    case negate, identity
    case exp, log, sqrt, sin, cos, tanh, sigmoid, relu

    /// The functions the expression language knows, by name.
    public static let functions: [String: Operation] = Dictionary(
        uniqueKeysWithValues: [Operation.exp, .log, .sqrt, .sin, .cos, .tanh, .sigmoid, .relu]
            .map { ("\($0)", $0) })

    /// How many operands the operation takes.
    public var arity: Int {
        switch self {
        case .input, .constant: 0
        case .add, .subtract, .multiply, .divide, .power: 2
        default: 1
        }
    }

    /// The node's value and the local partials ∂value/∂x and ∂value/∂y, computed together.
    /// `x` and `y` are the operands' values (`y` is ignored by unary operations).
    @inline(__always)
    public func linearize(_ x: Double, _ y: Double) -> (value: Double, dx: Double, dy: Double) {
        switch self {
        case .input, .constant: return (x, 0, 0)
        case .add: return (x + y, 1, 1)
        case .subtract: return (x - y, 1, -1)
        case .multiply: return (x * y, y, x)
        case .divide: return (x / y, 1 / y, -x / (y * y))
        case .power:
            let v = Glibc.pow(x, y)
            return (v, y == 0 ? 0 : y * Glibc.pow(x, y - 1), v == 0 ? 0 : v * Glibc.log(x))
        case .negate: return (-x, -1, 0)
        case .identity: return (x, 1, 0)
        case .exp: let v = Glibc.exp(x); return (v, v, 0)
        case .log: return (Glibc.log(x), 1 / x, 0)
        case .sqrt: let v = Glibc.sqrt(x); return (v, 0.5 / v, 0)
        case .sin: return (Glibc.sin(x), Glibc.cos(x), 0)
        case .cos: return (Glibc.cos(x), -Glibc.sin(x), 0)
        case .tanh: let v = Glibc.tanh(x); return (v, 1 - v * v, 0)
        case .sigmoid: let v = 1 / (1 + Glibc.exp(-x)); return (v, v * (1 - v), 0)
        case .relu: return (x > 0 ? x : 0, x > 0 ? 1 : 0, 0)
        }
    }

    /// The local partials as formulas over the operands' names `x`, `y` and the node's own name
    /// `v`: for `e = c · d`, `formulas("c", "d", "e")` is `("d", "c")`.
    public func formulas(_ x: String, _ y: String, _ v: String) -> (dx: String, dy: String) {
        switch self {
        case .input, .constant: ("", "")
        case .add: ("1", "1")
        case .subtract: ("1", "-1")
        case .multiply: (y, x)
        case .divide: ("1/\(y)", "-\(x)/\(y)^2")
        case .power: (Self.powerRule(x, y), "\(v)·log(\(x))")
        case .negate: ("-1", "")
        case .identity: ("1", "")
        case .exp: ("exp(\(x))", "")
        case .log: ("1/\(x)", "")
        case .sqrt: ("1/(2·\(v))", "")
        case .sin: ("cos(\(x))", "")
        case .cos: ("-sin(\(x))", "")
        case .tanh: ("1 - \(v)^2", "")
        case .sigmoid: ("\(v)·(1 - \(v))", "")
        case .relu: ("(\(x) > 0 ? 1 : 0)", "")
        }
    }

    /// The operation applied to operand texts, as the captions show it: `c · d`, `exp(b)`.
    public func describe(_ x: String, _ y: String) -> String {
        switch self {
        case .input, .constant: x
        case .add: "\(x) + \(y)"
        case .subtract: "\(x) - \(y)"
        case .multiply: "\(x) · \(y)"
        case .divide: "\(x) / \(y)"
        case .power: "\(x)^\(y)"
        case .negate: "-\(x)"
        case .identity: x
        default: "\(self)(\(x))"
        }
    }

    /// A short name for the node panel: `+`, `·`, `exp`, `input`.
    public var symbol: String {
        switch self {
        case .input: "input"
        case .constant: "constant"
        case .add: "+"
        case .subtract: "-"
        case .multiply: "·"
        case .divide: "/"
        case .power: "^"
        case .negate: "neg"
        case .identity: "="
        default: "\(self)"
        }
    }

    /// `x^n` differentiates to `n·x^(n-1)`; with a literal exponent the arithmetic is done.
    private static func powerRule(_ x: String, _ y: String) -> String {
        guard let n = Double(y) else { return "\(y)·\(x)^(\(y) - 1)" }
        switch n {
        case 0: return "0"
        case 1: return "1"
        case 2: return "2·\(x)"
        default: return "\(y)·\(x)^\(NumberFormat.operand(n - 1))"
        }
    }
}
