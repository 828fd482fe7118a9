import GraphEngine

/// A chain of `length` diamonds, `l_k = tanh(x_{k-1}); r_k = sin(x_{k-1}); x_k = l_k + r_k`:
/// 2^length paths from `x0` to the last node over only 4·length edges.
func diamondChain(_ length: Int) -> Graph {
    var lines = ["x0 = 0.5"]
    for k in 1...length {
        lines.append("l\(k) = tanh(x\(k - 1)); r\(k) = sin(x\(k - 1)); x\(k) = l\(k) + r\(k)")
    }
    return try! Graph(parsing: lines.joined(separator: "\n"))
}

struct PathCheck {
    /// Paths through 70 diamonds, as `MethodCost` counts them: must be `.approximate(2^70)`.
    let seventy: PathCount
    /// The same through `PathSums`, which lists at most its limit and must say it truncated.
    let seventyListed: PathSums
    /// Paths through 20 diamonds: must be `.exact(2^20)`.
    let twenty: PathCount
    /// Median seconds to count the 2^20 paths (`MethodCost`, dynamic programming over edges).
    let twentyCountSeconds: Double
    /// Median seconds for `PathSums` on the 20-diamond chain (counts, lists the first 10 000).
    let twentyPathSumsSeconds: Double

    init(repeats: Int) {
        let long = diamondChain(70)
        let longInput = long.index(of: "x0")!
        seventy = MethodCost(long, inputs: [longInput], outputs: long.outputs).paths
        seventyListed = PathSums(try! Evaluation(long), from: longInput, to: long.outputs[0])

        let short = diamondChain(20)
        let shortInput = short.index(of: "x0")!
        let shortEvaluation = try! Evaluation(short)
        var count = PathCount.exact(0)
        var countTimes: [Double] = []
        var sumsTimes: [Double] = []
        for _ in 0..<max(3, repeats) {
            countTimes.append(seconds { count = MethodCost(short, inputs: [shortInput], outputs: short.outputs).paths })
            sumsTimes.append(seconds { blackHole += PathSums(shortEvaluation, from: shortInput, to: short.outputs[0]).sum })
        }
        twenty = count
        twentyCountSeconds = countTimes.sorted()[countTimes.count / 2]
        twentyPathSumsSeconds = sumsTimes.sorted()[sumsTimes.count / 2]
    }

    var seventyOK: Bool {
        guard case .approximate(let paths) = seventy else { return false }
        return paths == 0x1p70 && seventyListed.count == seventy && seventyListed.isTruncated
    }

    var twentyOK: Bool { twenty == .exact(1 << 20) }
}
