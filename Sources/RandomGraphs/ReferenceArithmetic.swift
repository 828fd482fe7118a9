import Foundation
import GraphEngine

/// Each operation's value computed with Foundation's functions, written out here rather than
/// taken from `Operation.linearize`, so random graphs carry values the engine can be checked
/// against; and the safe domain in which the generator keeps every operation.
enum ReferenceArithmetic {
    /// `operation` applied to `x` and `y` (`y` unused by unary operations).
    static func value(_ operation: GraphEngine.Operation, _ x: Double, _ y: Double) -> Double {
        switch operation {
        case .add: x + y
        case .subtract: x - y
        case .multiply: x * y
        case .divide: x / y
        case .power: Foundation.pow(x, y)
        case .negate: -x
        case .exp: Foundation.exp(x)
        case .log: Foundation.log(x)
        case .sqrt: Foundation.sqrt(x)
        case .sin: Foundation.sin(x)
        case .cos: Foundation.cos(x)
        case .tanh: Foundation.tanh(x)
        case .sigmoid: 1 / (1 + Foundation.exp(-x))
        case .relu: max(x, 0)
        case .input, .constant, .identity: preconditionFailure("random graphs do not draw \(operation)")
        }
    }

    /// Whether `x` and `y` keep `operation` well away from trouble, and its `value` is finite and
    /// within ±20: denominators at least 0.5 from zero; logarithms, square roots and power bases
    /// at least 0.2; exponents of a power and of exp at most 2.5; relu at least 0.05 from its kink.
    static func isSafe(_ operation: GraphEngine.Operation, _ x: Double, _ y: Double, _ value: Double) -> Bool {
        let domain =
            switch operation {
            case .divide: abs(y) >= 0.5
            case .power: x >= 0.2 && abs(y) <= 2.5
            case .exp: x <= 2.5
            case .log, .sqrt: x >= 0.2
            case .relu: abs(x) >= 0.05
            default: true
            }
        return domain && value.isFinite && abs(value) <= 20
    }
}
