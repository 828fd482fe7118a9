import GraphEngine

/// A JSON value that keeps its keys in the order given.
public indirect enum JSON: Sendable {
    case number(Double)
    case integer(Int)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    /// Compact JSON text.
    public var text: String {
        switch self {
        case .number(let x): Self.numberText(x)
        case .integer(let n): "\(n)"
        case .string(let s): Self.quoted(s)
        case .array(let items): "[" + items.map(\.text).joined(separator: ", ") + "]"
        case .object(let fields): "{" + fields.map { "\(Self.quoted($0.0)): \($0.1.text)" }.joined(separator: ", ") + "}"
        }
    }

    /// The shortest exact decimal, integers without `.0`; non-finite numbers as the strings
    /// "nan", "inf" and "-inf", which JSON has no numbers for.
    static func numberText(_ x: Double) -> String {
        if x.isNaN { return "\"nan\"" }
        if x.isInfinite { return x > 0 ? "\"inf\"" : "\"-inf\"" }
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case _ where scalar.value < 0x20: out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

extension PathCount {
    /// An exact count as a JSON integer; an approximate one as a number with `approximate`.
    var json: JSON {
        switch self {
        case .exact(let count): count <= UInt64(Int.max) ? .integer(Int(count)) : .number(Double(count))
        case .approximate(let count): .object([("approximate", .number(count))])
        }
    }
}
