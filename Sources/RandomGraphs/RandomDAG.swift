import GraphEngine

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

extension SeededGenerator {
    /// Uniform in [0, 1).
    fileprivate mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// Uniform in 0..<bound.
    fileprivate mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

/// A random scalar DAG of `add`, `multiply` and `tanh` nodes over `inputs` inputs, exactly
/// `count` nodes in topological order, with every node reaching the single output (the last).
///
/// Every new node consumes one node nobody has used yet (a random one from the "open" pool),
/// so nothing dangles; its second operand is mostly a recent node (geometric distance), at
/// times any earlier one (log-uniform distance), which gives depth and fan-out. While the
/// pool is wider than `width` the second operand is taken from the pool too, narrowing it.
/// The open nodes left at the end are summed by a tree of adds into the output.
///
/// Values stay bounded: inputs lie in [-1, 1], a multiply only takes operands within [-1, 1]
/// (tanh outputs, inputs, products), an add whose result could exceed 4 becomes a tanh.
///
/// The benchmark's graph: the same `count`, `inputs`, `width` and `seed` give the same graph
/// bit for bit, so figures measured on it stay comparable.
public struct RandomDAG: Sendable {
    public let graph: Graph
    /// Input values in place, every other entry 0: the `values` array linearize starts from.
    public let initialValues: [Double]
    public let inputCount: Int
    /// The longest path, in edges, from an input to the output.
    public let depth: Int

    public init(count: Int, inputs requestedInputs: Int, width: Int = 64, seed: UInt64 = 0x5EED) {
        precondition(count >= 2)
        var random = SeededGenerator(seed: seed)
        let inputCount = max(1, min(requestedInputs, count / 2))
        var operations: [Operation] = []
        var lhs: [Int32] = []
        var rhs: [Int32] = []
        var values: [Double] = []  // the generator's own estimate, only to keep values bounded
        var level: [Int32] = []
        operations.reserveCapacity(count); lhs.reserveCapacity(count); rhs.reserveCapacity(count)
        values.reserveCapacity(count); level.reserveCapacity(count)

        func append(_ operation: Operation, _ x: Int, _ y: Int, _ value: Double) {
            operations.append(operation)
            lhs.append(Int32(x))
            rhs.append(Int32(y))
            values.append(value)
            level.append(1 + max(x >= 0 ? level[x] : -1, y >= 0 ? level[y] : -1))
        }

        var open: [Int] = []  // nodes not yet used as an operand
        for _ in 0..<inputCount {
            open.append(operations.count)
            append(.input, -1, -1, 2 * random.unit() - 1)
        }

        func takeOpen() -> Int {
            let slot = random.below(open.count)
            let node = open[slot]
            open.swapAt(slot, open.count - 1)
            open.removeLast()
            return node
        }

        func earlier(than node: Int) -> Int {
            let distance: Int
            if random.unit() < 0.8 {  // geometric, mean about 32
                distance = 1 + Int(-Glibc.log(1 - random.unit()) * 32)
            } else {  // log-uniform over everything before
                distance = 1 + Int(Glibc.exp(random.unit() * Glibc.log(Double(node))))
            }
            return max(0, node - distance)
        }

        // Each step adds one node; the reduction at the end adds `open.count - 1` more.
        while operations.count + open.count - 1 < count {
            let node = operations.count
            let x = takeOpen()
            let pick = random.unit()
            if pick < 0.35 {
                append(.tanh, x, -1, Glibc.tanh(values[x]))
            } else {
                let yWasOpen = open.count > width
                let y = yWasOpen ? takeOpen() : earlier(than: node)
                let (a, b) = (values[x], values[y])
                if pick < 0.65, Swift.abs(a) <= 1, Swift.abs(b) <= 1 {
                    append(.multiply, x, y, a * b)
                } else if Swift.abs(a) + Swift.abs(b) <= 4 {
                    append(.add, x, y, a + b)
                } else {
                    // Too big to add safely: squash x, and give y back if it was open.
                    append(.tanh, x, -1, Glibc.tanh(a))
                    if yWasOpen { open.append(y) }
                }
            }
            open.append(node)
        }
        // Sum what is left, pairwise, into one output.
        while open.count > 1 {
            let x = open.removeFirst()
            let y = open.removeFirst()
            open.append(operations.count)
            append(.add, x, y, values[x] + values[y])
        }
        precondition(operations.count == count)

        var initial = [Double](repeating: 0, count: count)
        for node in 0..<inputCount { initial[node] = values[node] }
        let nodes = (0..<count).map { node in
            operations[node] == .input
                ? Graph.Node(name: "x\(node)", operation: .input, expression: "x\(node)", value: values[node])
                : Graph.Node(name: "%\(node)", operation: operations[node], expression: "%\(node)")
        }
        graph = Graph(nodes: nodes, operations: operations, lhs: lhs, rhs: rhs)
        initialValues = initial
        self.inputCount = inputCount
        depth = Int(level[count - 1])
    }
}
