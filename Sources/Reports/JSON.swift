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
        var writer = JSONWriter(ReportOutput())
        writer.value(self)
        return writer.output.text
    }

    static func quoted(_ s: String) -> String {
        var writer = JSONWriter(ReportOutput())
        writer.string(s)
        return writer.output.text
    }
}

/// JSON written straight into a `ReportOutput` as it is produced, with `, ` between items and
/// `: ` after keys, so a report over a million nodes is never held as a tree of values.
struct JSONWriter {
    var output: ReportOutput
    /// Whether the next item is the first of its array or object, which takes no comma.
    private var first = true
    /// Whether a key was just written, so the next item is its value.
    private var afterKey = false

    init(_ output: ReportOutput) { self.output = output }

    private mutating func separate() {
        if afterKey {
            afterKey = false
        } else if !first {
            output.write(byte: UInt8(ascii: ","))
            output.write(byte: UInt8(ascii: " "))
        }
        first = false
    }

    mutating func beginObject() { separate(); output.write(byte: UInt8(ascii: "{")); first = true }
    mutating func endObject() { output.write(byte: UInt8(ascii: "}")); first = false }
    mutating func beginArray() { separate(); output.write(byte: UInt8(ascii: "[")); first = true }
    mutating func endArray() { output.write(byte: UInt8(ascii: "]")); first = false }

    /// An object's key; the next item written is its value.
    mutating func key(_ name: String) {
        string(name)
        output.write(byte: UInt8(ascii: ":"))
        output.write(byte: UInt8(ascii: " "))
        afterKey = true
    }

    /// The shortest decimal that reads back exactly, integers without `.0`; non-finite
    /// numbers as the strings "nan", "inf" and "-inf", which JSON has no numbers for.
    mutating func number(_ x: Double) {
        separate()
        if x.isNaN {
            output.write("\"nan\"")
        } else if x.isInfinite {
            output.write(x > 0 ? "\"inf\"" : "\"-inf\"")
        } else if x == x.rounded(.towardZero), abs(x) < 1e15 {
            output.write(integer: Int64(x))
        } else {
            x.write(to: &output)  // the digits of `x.description`, without the String
        }
    }

    mutating func integer(_ n: Int) {
        separate()
        output.write(integer: Int64(n))
    }

    /// `s` in quotes, with `"`, `\` and control characters escaped.
    mutating func string(_ s: String) {
        separate()
        output.write(byte: UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            // Names, the usual strings, need no escape: one pass to find that out.
            guard bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return output.append(bytes) }
            var plain = 0  // start of the bytes not yet written that need no escape
            for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                output.append(UnsafeBufferPointer(rebasing: bytes[plain..<index]))
                plain = index + 1
                switch byte {
                case UInt8(ascii: "\""): output.write("\\\"")
                case UInt8(ascii: "\\"): output.write("\\\\")
                case UInt8(ascii: "\n"): output.write("\\n")
                default: output.write("\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16))
                }
            }
            output.append(UnsafeBufferPointer(rebasing: bytes[plain...]))
        }
        output.write(byte: UInt8(ascii: "\""))
    }

    /// A whole value.
    mutating func value(_ json: JSON) {
        switch json {
        case .number(let x): number(x)
        case .integer(let n): integer(n)
        case .string(let s): string(s)
        case .array(let items):
            beginArray()
            for item in items { value(item) }
            endArray()
        case .object(let fields):
            beginObject()
            for (name, item) in fields { key(name); value(item) }
            endObject()
        }
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
