#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Command-line options: `--nodes N` (default 1 000 000), `--repeat K` (default 15),
/// `--small N` (the in-cache size, default 10 000).
struct Options {
    var nodes = 1_000_000
    var repeats = 15
    var smallNodes = 10_000

    static let usage = "usage: graphtutor-bench [--nodes N] [--repeat K] [--small N]"

    init(_ arguments: [String]) {
        var rest = arguments.dropFirst()
        func number(after flag: String) -> Int {
            guard let text = rest.popFirst(), let value = Int(text.filter { $0 != "_" }), value > 0 else {
                Self.fail("\(flag) needs a positive whole number")
            }
            return value
        }
        while let flag = rest.popFirst() {
            switch flag {
            case "--nodes": nodes = number(after: flag)
            case "--repeat": repeats = number(after: flag)
            case "--small": smallNodes = number(after: flag)
            case "-h", "--help": print(Self.usage); exit(0)
            default: Self.fail("unknown option '\(flag)'")
            }
        }
        if nodes < 100 || smallNodes < 100 { Self.fail("graphs need at least 100 nodes") }
    }

    static func fail(_ message: String) -> Never {
        let text = "graphtutor-bench: \(message)\n\(usage)\n"
        _ = text.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
        exit(2)
    }
}
