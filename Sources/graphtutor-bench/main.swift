// Benchmark: the Swift GraphEngine against the flat C tape on a random DAG of about 10^6
// scalar nodes, and again at a cache-resident size. Exits non-zero only if the two engines
// disagree (or a value is not finite); missed speed goals are reported, not fatal.
//
//   swift run -c release graphtutor-bench [--nodes N] [--repeat K] [--small N]

import GraphEngine
import RandomGraphs

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

let options = Options(CommandLine.arguments)
if options.wholeJob {
    runWholeJob(sizes: options.sizes, runs: options.runs)
    exit(0)
}
print("graphtutor-bench: cores (nproc) = \(sysconf(Int32(_SC_NPROCESSORS_ONLN))), nodes = \(options.nodes), in-cache = \(options.smallNodes), repeats = \(options.repeats)")

/// The three passes at one size, each as (Swift, C) samples in ns per node.
struct SizeResult {
    let nodes: Int
    let forward: (swift: Samples, c: Samples)
    let reverse: (swift: Samples, c: Samples)
    let tangent: (swift: Samples, c: Samples)
}

func benchmark(nodes: Int, repeats: Int, inner: Int) -> SizeResult {
    var dag: RandomDAG!
    let building = seconds { dag = RandomDAG(count: nodes, inputs: min(1000, max(64, nodes / 1000))) }
    let bench = Workbench(dag)
    print("\n\(nodes) nodes: \(dag.inputCount) inputs, \(dag.graph.edges.count) edges, depth \(dag.depth), built in \(format(building, 2)) s")

    fflush(nil)
    var failed = false
    for agreement in bench.verify() {
        print("  check \(agreement.name): \(agreement.identical)/\(agreement.count) bit-identical, max |Swift - C| = \(agreement.maxDifference), non-finite \(agreement.nonFinite) → \(agreement.ok ? "OK" : "MISMATCH")")
        failed = failed || !agreement.ok
    }
    let output = bench.values[bench.output]
    print("  output value \(output) (\(output.isFinite ? "finite" : "NOT FINITE"))")
    // Forward and reverse mode must give the same derivative d(output)/d(input).
    let (viaTangent, viaAdjoint) = (bench.tangents[bench.output], bench.adjoints[bench.input])
    print("  d(output)/d(x\(bench.input)): tangent sweep \(viaTangent), adjoint sweep \(viaAdjoint)")
    if failed || !output.isFinite {
        print("FAIL: the Swift engine and the C tape disagree, or the output is not finite")
        exit(1)
    }

    let forward = measurePair(nodes: nodes, repeats: repeats, inner: inner, swift: bench.swiftForward, c: bench.cForward)
    let reverse = measurePair(nodes: nodes, repeats: repeats, inner: inner, swift: bench.swiftReverse, c: bench.cReverse)
    let tangent = measurePair(nodes: nodes, repeats: repeats, inner: inner, swift: bench.swiftTangent, c: bench.cTangent)
    return SizeResult(nodes: nodes, forward: forward, reverse: reverse, tangent: tangent)
}

func format(_ value: Double, _ digits: Int) -> String {
    guard value.isFinite else { return "\(value)" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    var text = "\(rounded)"
    if let dot = text.firstIndex(of: ".") {
        let decimals = text.distance(from: dot, to: text.endIndex) - 1
        if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
    }
    return text
}

func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
}

let large = benchmark(nodes: options.nodes, repeats: options.repeats, inner: 1)
let small = benchmark(nodes: options.smallNodes, repeats: 3 * options.repeats,
                      inner: max(1, options.nodes / options.smallNodes))
let paths = PathCheck(repeats: options.repeats)

print("\nns per node: median (best) of \(options.repeats) runs at \(large.nodes) nodes, \(3 * options.repeats) runs of \(max(1, options.nodes / options.smallNodes)) at \(small.nodes)")
print("pass     nodes       Swift             C                 Swift/C median (best)")
for result in [large, small] {
    for (name, pair) in [("forward", result.forward), ("reverse", result.reverse), ("tangent", result.tangent)] {
        let swift = "\(format(pair.swift.median, 2)) (\(format(pair.swift.best, 2)))"
        let c = "\(format(pair.c.median, 2)) (\(format(pair.c.best, 2)))"
        let ratio = "\(format(pair.swift.median / pair.c.median, 3)) (\(format(pair.swift.best / pair.c.best, 3)))"
        print("\(name.padding(8)) \(pad("\(result.nodes)", 8))  \(pad(swift, 16))  \(pad(c, 16))  \(pad(ratio, 16))")
    }
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}

print("\npaths: 70 diamonds → \(paths.seventy) (PathSums: \(paths.seventyListed.count), \(paths.seventyListed.paths.count) listed, truncated: \(paths.seventyListed.isTruncated)) → \(paths.seventyOK ? "approximate, not wrapped: OK" : "WRONG")")
print("paths: 20 diamonds → \(paths.twenty) → \(paths.twentyOK ? "OK" : "WRONG"); counting took \(format(paths.twentyCountSeconds * 1e6, 1)) µs (MethodCost), PathSums with listing \(format(paths.twentyPathSumsSeconds * 1e3, 2)) ms")
if !paths.seventyOK || !paths.twentyOK {
    print("FAIL: path counts are wrong")
    exit(1)
}

let frames = FrameCheck(repeats: options.repeats)
print("\nexplorer frames (median of \(options.repeats)), against a 16 ms frame:")
print("  \(frames.nodes)-node graph, first frame (parse, every pass, layout \(frames.layoutSize.width)×\(frames.layoutSize.height), render 120×40): \(format(frames.firstFrame, 2)) ms")
print("  \(frames.nodes)-node graph, a key and the redraw: \(format(frames.keyFrame, 2)) ms")
print("  source example, first frame at 80×24: \(format(frames.exampleFirstFrame, 3)) ms")

print("\ngoals (judged on medians):")
func goal(_ text: String, _ value: Double, _ limit: Double) {
    print("  \(value <= limit ? "PASS" : "MISS")  \(text.padding(52)) \(pad(format(value, 3), 6))× (goal ≤ \(format(limit, 2))×)")
}
goal("Swift/C forward (linearize)", large.forward.swift.median / large.forward.c.median, 1.15)
goal("Swift/C reverse sweep", large.reverse.swift.median / large.reverse.c.median, 1.15)
goal("Swift/C tangent sweep", large.tangent.swift.median / large.tangent.c.median, 1.15)
goal("Swift gradient: (forward + reverse) / forward", (large.forward.swift.median + large.reverse.swift.median) / large.forward.swift.median, 2)
goal("Swift \(large.nodes) / \(small.nodes) per node, forward", large.forward.swift.median / small.forward.swift.median, 2)
goal("Swift \(large.nodes) / \(small.nodes) per node, reverse", large.reverse.swift.median / small.reverse.swift.median, 2)
goal("Swift \(large.nodes) / \(small.nodes) per node, tangent", large.tangent.swift.median / small.tangent.swift.median, 2)
print("  (for reference, C: (forward + reverse) / forward = \(format((large.forward.c.median + large.reverse.c.median) / large.forward.c.median, 3))×; \(large.nodes) / \(small.nodes) per node: forward \(format(large.forward.c.median / small.forward.c.median, 3))×, reverse \(format(large.reverse.c.median / small.reverse.c.median, 3))×, tangent \(format(large.tangent.c.median / small.tangent.c.median, 3))×)")
print("  Swift/C in cache: forward \(format(small.forward.swift.median / small.forward.c.median, 3))×, reverse \(format(small.reverse.swift.median / small.reverse.c.median, 3))×, tangent \(format(small.tangent.swift.median / small.tangent.c.median, 3))×")
goal("explorer first frame, \(frames.nodes) nodes, in ms / 16 ms", frames.firstFrame / 16, 1)
goal("explorer key and redraw, \(frames.nodes) nodes, in ms / 16 ms", frames.keyFrame / 16, 1)
print("  blackhole \(blackHole == 42 ? "!" : ".")")
