#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Nanoseconds on the monotonic clock.
func monotonicNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

/// Seconds taken by `body`, once.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = monotonicNanoseconds()
    try body()
    return Double(monotonicNanoseconds() - start) / 1e9
}

/// Repeated timings of one piece of work, in ns per node.
struct Samples {
    var nsPerNode: [Double] = []

    var median: Double {
        let sorted = nsPerNode.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    var best: Double { nsPerNode.min() ?? .nan }
}

/// Times a Swift and a C implementation of the same pass against each other: `repeats`
/// samples each, interleaved (alternating which goes first) so that load from other work on
/// the machine falls on both alike; each sample runs the body `inner` times.
func measurePair(nodes: Int, repeats: Int, inner: Int, swift: () -> Void, c: () -> Void) -> (swift: Samples, c: Samples) {
    var swiftSamples = Samples()
    var cSamples = Samples()
    func sample(_ body: () -> Void) -> Double {
        let start = monotonicNanoseconds()
        for _ in 0..<inner { body() }
        return Double(monotonicNanoseconds() - start) / Double(inner * nodes)
    }
    swift(); c()  // warm up: page in buffers, settle the allocator
    for repetition in 0..<repeats {
        if repetition % 2 == 0 {
            swiftSamples.nsPerNode.append(sample(swift))
            cSamples.nsPerNode.append(sample(c))
        } else {
            cSamples.nsPerNode.append(sample(c))
            swiftSamples.nsPerNode.append(sample(swift))
        }
    }
    return (swiftSamples, cSamples)
}

/// A value the optimizer cannot prove unused.
nonisolated(unsafe) var blackHole = 0.0
