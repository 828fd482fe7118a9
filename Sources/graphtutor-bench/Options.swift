#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Command-line options: `--nodes N` (default 1 000 000), `--repeat K` (default 15),
/// `--small N` (the in-cache size, default 10 000); or `--job` for the whole command-line job
/// alone, at `--sizes N,N,…` (default 10^3 to 10^6), best of `--runs K` (default 1); or
/// `--mlp` for the array benchmark, a two-layer perceptron against flat C loops (`--repeat`
/// before it sets its samples).
struct Options {
    var nodes = 1_000_000
    var repeats = 15
    var smallNodes = 10_000
    var wholeJob = false
    var sizes = [1_000, 10_000, 100_000, 1_000_000]
    var runs = 1
    /// For `--write-dag`: how many inputs, if not the benchmark's number for the size.
    var dagInputs: Int?

    static let usage = "usage: graphtutor-bench [--nodes N] [--repeat K] [--small N] | --job [--sizes N,N,...] [--runs K] | [--inputs K] --write-dag N FILE | --explorer N | [--repeat K] --mlp"

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
            case "--job": wholeJob = true
            case "--inputs": dagInputs = number(after: flag)
            case "--mlp":
                MLPBench().run(repeats: repeats)
                exit(0)
            case "--explorer":
                ExplorerAtScale(nodes: number(after: flag)).print()
                exit(0)
            case "--write-dag":
                let count = number(after: flag)
                guard let path = rest.popFirst() else { Self.fail("--write-dag needs a node count and a path") }
                WholeJob.writeText(nodes: count, inputs: dagInputs, to: path)
                exit(0)
            case "--runs": runs = number(after: flag)
            case "--sizes":
                let list = rest.popFirst()?.split(separator: ",").map { Int($0.filter { $0 != "_" }) ?? 0 } ?? []
                guard !list.isEmpty, list.allSatisfy({ $0 >= 2 }) else { Self.fail("--sizes needs whole numbers of at least 2, such as 1000,10000") }
                sizes = list
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
