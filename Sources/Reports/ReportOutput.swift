/// A report's text as UTF-8 bytes, written into one buffer. With a sink, the buffer goes to it
/// whenever it holds 64 KB, so a report of any size needs that much memory and no more;
/// without one, the buffer keeps the whole text.
public struct ReportOutput: TextOutputStream {
    private var bytes: [UInt8] = []
    private let sink: ((UnsafeBufferPointer<UInt8>) -> Void)?

    /// How much is gathered before it goes to the sink.
    static let chunk = 1 << 16

    /// An output that sends its bytes to `sink` (call `flush()` at the end), or keeps them all.
    public init(sink: ((UnsafeBufferPointer<UInt8>) -> Void)? = nil) {
        self.sink = sink
        bytes.reserveCapacity(sink == nil ? 1024 : Self.chunk + 1024)
    }

    /// The text written so far, when there is no sink.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func write(_ string: String) {
        var string = string
        string.withUTF8 { append($0) }
    }

    /// What `Double.write(to:)` and the like call with their ASCII digits: taking them here
    /// saves making a `String` of each number.
    public mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
        append(buffer)
    }

    mutating func write(byte: UInt8) {
        bytes.append(byte)
    }

    mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: buffer)
        if sink != nil && bytes.count >= Self.chunk { flush() }
    }

    /// Calls `body` with `value` in decimal digits, without building a string.
    static func digits(of value: Int64, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var magnitude = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = 20
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 {
                start -= 1
                digits[start] = UInt8(ascii: "-")
            }
            body(UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// Sends what is gathered to the sink.
    public mutating func flush() {
        guard let sink, !bytes.isEmpty else { return }
        bytes.withUnsafeBufferPointer(sink)
        bytes.removeAll(keepingCapacity: true)
    }
}
