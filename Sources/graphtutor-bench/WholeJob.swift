import GraphEngine
import RandomGraphs
import Reports

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The whole command-line job, `graphtutor eval @FILE --json --wrt x0`, on the benchmark's
/// random DAG written as graph text: as a process of its own, against the same job written
/// with micrograd; then in this process, split into parsing, the passes and the report.
///
/// A child's peak memory as the kernel reports it is at least its parent's peak when it was
/// started (the child begins as a copy), so this process stays small while it starts them:
/// the graph text is written by a child, and the in-process split comes after every run.
enum WholeJob {
    /// The benchmark's DAG of `nodes` nodes, the same as `graphtutor-bench --nodes`, or with
    /// `inputs` inputs.
    static func dag(_ nodes: Int, inputs: Int? = nil) -> RandomDAG {
        RandomDAG(count: nodes, inputs: inputs ?? min(1000, max(64, nodes / 1000)))
    }

    /// Writes the DAG's text to `path` (what `graphtutor-bench [--inputs K] --write-dag N PATH` does).
    static func writeText(nodes: Int, inputs: Int? = nil, to path: String) {
        guard let file = fopen(path, "w") else { Options.fail("cannot write \(path)") }
        var text = dag(nodes, inputs: inputs).text
        text.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, file) }
        fclose(file)
    }

    /// In this process: parsing, the passes and the JSON report, each the median of `runs`, in
    /// ns per node; and whether the parsed text computes the DAG's output bit for bit.
    struct Split {
        let parse: Double
        let passes: Double
        let report: Double
        /// ns per number the report writes (values, partials, adjoints, tangents).
        let perNumber: Double
        let agrees: Bool

        init(nodes: Int, file: String, runs: Int) {
            let text = readText(file)
            var graph: Graph! = nil
            var analysis: Analysis! = nil
            var parseTimes: [Double] = [], passTimes: [Double] = [], reportTimes: [Double] = []
            for _ in 0..<runs {
                parseTimes.append(seconds { graph = try! Graph(parsing: text) })
                passTimes.append(seconds {
                    // The analysis computes on demand: ask for everything the report prints.
                    let evaluation = try! Evaluation(graph)
                    analysis = Analysis(evaluation, inputs: [graph.index(of: "x0")!])
                    blackHole += analysis.reverse(0).adjoints[0] + analysis.forward(0).tangents[0] + analysis.paths(0, 0).sum
                        + analysis.numeric(0, 0) + analysis.cost.paths.magnitude
                })
                reportTimes.append(seconds { blackHole += Double(JSONReport.render(analysis).utf8.count) })
            }
            let dag = WholeJob.dag(nodes)
            var values = dag.initialValues
            var partials = [Double](repeating: 0, count: 2 * nodes)
            Evaluation.linearize(dag.graph, values: &values, partials: &partials)
            agrees = graph.count == nodes && analysis.evaluation.values[graph.outputs[0]].bitPattern == values[nodes - 1].bitPattern
            func perNode(_ times: [Double]) -> Double { times.sorted()[times.count / 2] * 1e9 / Double(nodes) }
            parse = perNode(parseTimes)
            passes = perNode(passTimes)
            report = perNode(reportTimes)
            perNumber = report * Double(nodes) / Double(3 * graph.varying.count + graph.edges.count)
        }
    }

    /// The fastest of `runs` runs of `arguments`, or nil if it cannot be started.
    static func fastest(_ arguments: [String], output: String, runs: Int) -> ChildRun? {
        (0..<runs).compactMap { _ in ChildRun(arguments, outputPath: output) }.min { $0.seconds < $1.seconds }
    }

    /// The file this program runs from, and `graphtutor` beside it.
    static var myPath: String {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let length = buffer.withUnsafeMutableBufferPointer { readlink("/proc/self/exe", $0.baseAddress!, $0.count - 1) }
        return length > 0 ? String(decoding: buffer[..<length], as: UTF8.self) : CommandLine.arguments[0]
    }

    static var graphtutorPath: String { String(myPath[..<(myPath.lastIndex(of: "/") ?? myPath.startIndex)]) + "/graphtutor" }
}

/// The text of the file at `path`.
func readText(_ path: String) -> String {
    guard let file = fopen(path, "r") else { Options.fail("cannot read \(path)") }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let count = fread(&chunk, 1, chunk.count, file)
        if count == 0 { break }
        bytes += chunk[..<count]
    }
    return String(decoding: bytes, as: UTF8.self)
}

/// Runs the whole job at each of `sizes` and prints the table.
func runWholeJob(sizes: [Int], runs: Int) {
    let graphtutor = WholeJob.graphtutorPath
    guard access(graphtutor, X_OK) == 0 else {
        Options.fail("no graphtutor beside this benchmark at \(graphtutor): build it with `swift build -c release --product graphtutor`")
    }
    var python = onPath("python3")
    if let found = python, !MicrogradJob.available(python: found) { python = nil }
    if python == nil { print("micrograd: not found (python3 with `pip install micrograd`): its columns are skipped") }
    var template = Array("/tmp/graphtutor-bench-XXXXXX".utf8CString)
    guard let directory = mkdtemp(&template).map({ String(cString: $0) }) else { Options.fail("cannot make a temporary directory") }
    var files: [String] = []
    defer {
        for file in files { unlink(file) }
        rmdir(directory)
    }

    var processes: [(graphtutor: ChildRun?, micrograd: ChildRun?)] = []
    for size in sizes {
        let text = "\(directory)/graph-\(size).txt", json = "\(directory)/graphtutor-\(size).json", reference = "\(directory)/micrograd-\(size).json"
        files += [text, json, reference]
        guard ChildRun([WholeJob.myPath, "--write-dag", "\(size)", text], outputPath: "/dev/null")?.status == 0 else {
            Options.fail("could not write the graph text of \(size) nodes")
        }
        let mine = WholeJob.fastest([graphtutor, "eval", "@\(text)", "--json", "--wrt", "x0"], output: json, runs: runs)
        let theirs = python.flatMap { WholeJob.fastest([$0, "-c", MicrogradJob.script, text, reference], output: "/dev/null", runs: runs) }
        processes.append((mine, theirs))
    }

    print("whole job: graphtutor eval @FILE --json --wrt x0 > FILE, on the benchmark's DAG as text; processes: best of \(runs), in process: median")
    print("           in process, ns/node      JSON    | graphtutor eval, a process   | micrograd, a process         | micrograd")
    print("  nodes   parse  passes  report  ns/number |  seconds  µs/node  peak MB   |  seconds  µs/node  peak MB   | / graphtutor")
    var failed = false
    for (size, (mine, theirs)) in zip(sizes, processes) {
        let split = WholeJob.Split(nodes: size, file: "\(directory)/graph-\(size).txt", runs: runs)
        failed = failed || !split.agrees || mine?.status != 0
        let times = [split.parse, split.passes, split.report].map { pad(format($0, 0), 6) }.joined(separator: "  ")
        func process(_ run: ChildRun?) -> String {
            guard let run else { return "       -        -         -  " }
            let status = run.status == 0 ? "" : " exit \(run.status)"
            return "\(pad(format(run.seconds, 3), 8))  \(pad(format(run.seconds * 1e6 / Double(size), 2), 7))  \(pad(format(Double(run.peakBytes) / 1e6, 0), 7))\(status)  "
        }
        let ratio = mine.flatMap { mine in theirs.map { format($0.seconds / mine.seconds, 1) + "×" } } ?? "-"
        let mismatch = split.agrees ? "" : "  MISMATCH: the parsed text does not compute the DAG's output"
        print("\(pad("\(size)", 7))  \(times)  \(pad(format(split.perNumber, 0), 9)) | \(process(mine)) | \(process(theirs)) | \(ratio)\(mismatch)")
        if let mine { print("         graphtutor peak: \(mine.peakBytes / size) bytes per node") }
    }
    if failed {
        print("FAIL: the whole job failed or disagreed")
        exit(1)
    }
}
