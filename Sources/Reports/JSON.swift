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
        var output = ReportOutput()
        JSONWriter.writing(into: &output) { $0.value(self) }
        return output.text
    }

    static func quoted(_ s: String) -> String {
        var output = ReportOutput()
        JSONWriter.writing(into: &output) { $0.string(s) }
        return output.text
    }
}

/// JSON written straight into a `ReportOutput` as it is produced, with `, ` between items and
/// `: ` after keys, so a report over a million nodes is never held as a tree of values.
///
/// Bytes are gathered in a buffer of the writer's own and go to the output 16 KB at a time: a
/// write into the output's array checks that the array is not shared, which for the dozens of
/// short pieces each node of a report takes would be most of the work.
struct JSONWriter: TextOutputStream {
    private var output: ReportOutput
    private let staging: UnsafeMutableBufferPointer<UInt8>
    private var staged = 0
    /// Whether the next item is the first of its array or object, which takes no comma.
    private var first = true
    /// Whether a key was just written, so the next item is its value.
    private var afterKey = false

    private init(_ output: ReportOutput, staging: UnsafeMutableBufferPointer<UInt8>) {
        self.output = output
        self.staging = staging
    }

    /// Runs `body` with a writer whose JSON goes to `output`.
    static func writing(into output: inout ReportOutput, _ body: (inout JSONWriter) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1 << 14) { staging in
            var writer = JSONWriter(output, staging: staging)
            body(&writer)
            writer.drain()
            output = writer.output
        }
    }

    /// What `Double.write(to:)` calls with its ASCII digits.
    mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) { put(buffer) }

    mutating func write(_ string: String) {
        var string = string
        string.withUTF8 { put($0) }
    }

    private mutating func put(_ byte: UInt8) {
        if staged == staging.count { drain() }
        staging[staged] = byte
        staged += 1
    }

    private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if bytes.count > staging.count - staged {
            drain()
            if bytes.count > staging.count { return output.append(bytes) }
        }
        (staging.baseAddress! + staged).update(from: source, count: bytes.count)
        staged += bytes.count
    }

    /// Sends what is gathered to the output.
    private mutating func drain() {
        output.append(UnsafeBufferPointer(rebasing: staging[..<staged]))
        staged = 0
    }

    private mutating func separate() {
        if afterKey {
            afterKey = false
        } else if !first {
            put(UInt8(ascii: ","))
            put(UInt8(ascii: " "))
        }
        first = false
    }

    mutating func beginObject() { separate(); put(UInt8(ascii: "{")); first = true }
    mutating func endObject() { put(UInt8(ascii: "}")); first = false }
    mutating func beginArray() { separate(); put(UInt8(ascii: "[")); first = true }
    mutating func endArray() { put(UInt8(ascii: "]")); first = false }

    /// An object's key; the next item written is its value.
    mutating func key(_ name: String) {
        string(name)
        put(UInt8(ascii: ":"))
        put(UInt8(ascii: " "))
        afterKey = true
    }

    /// The shortest decimal that reads back exactly, integers without `.0`; non-finite
    /// numbers as the strings "nan", "inf" and "-inf", which JSON has no numbers for.
    mutating func number(_ x: Double) {
        separate()
        if x.isNaN {
            write("\"nan\"")
        } else if x.isInfinite {
            write(x > 0 ? "\"inf\"" : "\"-inf\"")
        } else if x == x.rounded(.towardZero), abs(x) < 1e15 {
            ReportOutput.digits(of: Int64(x)) { put($0) }
        } else {
            x.write(to: &self)  // the digits of `x.description`, without the String
        }
    }

    mutating func integer(_ n: Int) {
        separate()
        ReportOutput.digits(of: Int64(n)) { put($0) }
    }

    /// `s` in quotes, with `"`, `\` and control characters escaped.
    mutating func string(_ s: String) {
        separate()
        put(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            // Names, the usual strings, need no escape: one pass to find that out.
            guard bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return put(bytes) }
            var plain = 0  // start of the bytes not yet written that need no escape
            for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                put(UnsafeBufferPointer(rebasing: bytes[plain..<index]))
                plain = index + 1
                switch byte {
                case UInt8(ascii: "\""): write("\\\"")
                case UInt8(ascii: "\\"): write("\\\\")
                case UInt8(ascii: "\n"): write("\\n")
                default: write("\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16))
                }
            }
            put(UnsafeBufferPointer(rebasing: bytes[plain...]))
        }
        put(UInt8(ascii: "\""))
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
