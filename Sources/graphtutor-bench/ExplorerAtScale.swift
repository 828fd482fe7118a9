import RandomGraphs
import TerminalUI
import TextCanvas

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The explorer on a large random graph (`graphtutor-bench --explorer N`): the first frame, the
/// memory it took, and the slowest of a round of keys that move, start passes and step them.
/// Run in a process of its own, so the memory is the explorer's.
struct ExplorerAtScale {
    let nodes: Int
    let inputs: Int
    let firstFrame: Double
    let peakBytes: Int
    /// Each key, with its milliseconds for the update and the redraw.
    let keys: [(key: String, milliseconds: Double)]

    /// The keys pressed, in order, with how they are shown.
    static let round: [(String, Event)] = [
        ("Tab", .tab), ("→", .right), ("t", .character("t")), ("n", .character("n")), ("n", .character("n")),
        ("G", .character("G")), ("Esc", .escape), ("r", .character("r")), ("n", .character("n")), ("Esc", .escape),
        ("s", .character("s")), ("n", .character("n")), ("Esc", .escape), ("f", .character("f")), ("n", .character("n")),
        ("z", .character("z")), ("Esc", .escape), ("↓", .down),
    ]

    init(nodes: Int) {
        let options = RandomGraph.Options(nodes: nodes...nodes, inputs: (nodes / 10)...(nodes / 10), operations: [.add, .multiply, .tanh], dense: true)
        let source = RandomGraph(seed: UInt64(nodes), options: options).text
        var app: App! = nil
        var graphInputs = 0
        firstFrame = seconds {
            let state = try! ExplorerState(source: source)
            graphInputs = state.graph.inputs.count
            app = App(.explorer(state))
            blackHole += Double(app.render(width: 120, height: 40).cells.count)
        } * 1e3
        keys = Self.round.map { name, event in
            (name, seconds {
                _ = app.update(.input(event))
                blackHole += Double(app.render(width: 120, height: 40).cells.count)
            } * 1e3)
        }
        peakBytes = Self.peakResidentBytes()
        self.nodes = nodes
        inputs = graphInputs
    }

    /// This process's peak resident set size, from /proc/self/status (VmHWM).
    static func peakResidentBytes() -> Int {
        let status = readText("/proc/self/status")
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kilobytes * 1024
    }

    func print() {
        Swift.print("explorer, \(nodes)-node random graph (+, ·, tanh, \(inputs) inputs) at 120×40:")
        Swift.print("  first frame (parse, analysis, layout, render): \(format(firstFrame, 1)) ms, peak memory \(peakBytes >> 20) MB")
        Swift.print("  keys, ms each: " + keys.map { "\($0.key) \(format($0.milliseconds, 1))" }.joined(separator: ", "))
        Swift.print("  slowest key: \(format(keys.map(\.milliseconds).max() ?? 0, 1)) ms (goals: first frame ≤ 1000 ms and ≤ 500 MB, keys ≤ 50 ms)")
    }
}
