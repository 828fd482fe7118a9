import GraphEngine
import TextCanvas

/// The skeleton of a `GraphLayout`: layers, the order of slots within them, and their rows.
///
/// Every drawn node is a *box* slot; every layer an edge skips over holds a one-row *dummy* slot
/// that the edge passes through, so no edge ever runs through a box. Slots are ordered within
/// their layers by barycenter sweeps to reduce crossings, then given rows that straighten as many
/// edges as possible while keeping boxes, their label rows and dummies apart.
///
/// Rows here are the top row of a slot's *core*: a box's rows or a dummy's one row. In the
/// detailed shape a box is three rows high; one with two incoming edges takes them at its top
/// and bottom rows, and reserves the row above and the row below for their labels; a box with
/// one incoming edge takes it at its middle row, with the label on the row above (beside the
/// box's top border). Edges leave a box at its middle row. `reshaped` keeps the layers and their
/// order and places boxes of other extents, whose edges all meet them at their middle, with no
/// label rows: the overview's one-line nodes.
///
/// A graph whose long edges would need more than `mostDummies` dummies is laid out without
/// them: its long edges are not drawn (`drawsLongEdges` is false), and only its boxes and the
/// edges between adjacent layers are ordered, placed and routed. Dummies grow with the edges
/// times the layers they skip (about 490,000 for a random graph of 10^4 nodes and 1,095 layers),
/// and each one is a stretch of route, as wide as its layer, in every view: gigabytes of cells
/// that no screen could show as lines anyway.
///
/// "Rows" and "columns" name the left-to-right drawing; a top-to-bottom one transposes them.
struct LayeredGraph {
    /// A box or a dummy in a layer.
    struct Slot {
        /// The node a box shows; `nil` for a dummy.
        let node: Int?
        let layer: Int
        /// How many rows the core takes.
        var coreHeight: Int
        /// Drawn edges into this slot, as (slot they come from, edge index).
        var incoming: [(slot: Int, edge: Int)] = []
        /// Drawn edges out of this slot, as (slot they go to, edge index).
        var outgoing: [(slot: Int, edge: Int)] = []

        var isBox: Bool { node != nil }
        /// Where edges leave, as an offset from the top of the core: its middle row.
        var outPort: Int { (coreHeight - 1) / 2 }
    }

    let edges: [Edge]
    /// Whether boxes take two incoming edges at distinct rows with label rows beside them (the
    /// detailed shape), or every edge at their middle row.
    private(set) var splitPorts = true
    /// Blank rows kept between two boxes of a layer.
    private(set) var boxGap = 1
    private(set) var slots: [Slot] = []
    /// Slot ids per layer, top to bottom.
    private(set) var layers: [[Int]] = []
    /// Per edge, the slots it passes: its source box, its dummies, its target box; empty for a
    /// long edge that is not drawn.
    private(set) var chains: [[Int]] = []
    /// Whether edges that skip layers are drawn, through dummies; if not, they have no slots.
    private(set) var drawsLongEdges = true
    /// Per slot, the top row of its core.
    private(set) var rows: [Int] = []
    private(set) var slotOfNode: [Int: Int] = [:]

    /// Layers, orders and places the non-constant nodes of `graph`.
    init(_ graph: Graph) { self.init(LayoutGraph(graph)) }

    /// Layers, orders and places the non-constant nodes of `graph`.
    init(_ graph: LayoutGraph) {
        edges = graph.edges
        let layerOfNode = Self.layers(of: graph)
        for node in 0..<graph.count where !graph.isConstant[node] {
            slotOfNode[node] = addSlot(Slot(node: node, layer: layerOfNode[node], coreHeight: 3))
        }
        let dummies = edges.reduce(0) { $0 + layerOfNode[$1.target] - layerOfNode[$1.source] - 1 }
        drawsLongEdges = dummies <= Self.mostDummies
        for (index, edge) in edges.enumerated() {
            guard drawsLongEdges || layerOfNode[edge.target] == layerOfNode[edge.source] + 1 else {
                chains.append([])
                continue
            }
            var chain = [slotOfNode[edge.source]!]
            for layer in (layerOfNode[edge.source] + 1)..<layerOfNode[edge.target] {
                chain.append(addSlot(Slot(node: nil, layer: layer, coreHeight: 1)))
            }
            chain.append(slotOfNode[edge.target]!)
            for (from, to) in zip(chain, chain.dropFirst()) {
                slots[from].outgoing.append((to, index))
                slots[to].incoming.append((from, index))
            }
            chains.append(chain)
        }
        reduceCrossings()
        assignRows()
    }

    /// The most dummies a layout makes: a random graph of 2,000 nodes has about 29,000, and is
    /// laid out, fitted into an overview and drawn in half a second.
    static let mostDummies = 50_000

    /// The same layers in the same order, with each box `boxHeight(node)` rows high and taking
    /// every edge at its middle row, boxes `boxGap` rows apart, and rows placed anew.
    func reshaped(boxHeight: (Int) -> Int, boxGap: Int) -> LayeredGraph {
        var reshaped = self
        reshaped.splitPorts = false
        reshaped.boxGap = boxGap
        for slot in slots.indices {
            if let node = slots[slot].node { reshaped.slots[slot].coreHeight = max(1, boxHeight(node)) }
        }
        reshaped.assignRows()
        return reshaped
    }

    /// Where `edge` enters `slot`, as an offset from the top of the core: in the detailed shape a
    /// box with two incoming edges takes its left operand at the top row and its right operand at
    /// the bottom row, and one with three (`affine(x, W, b)`) one at each row; otherwise edges
    /// enter at the middle row.
    func inPort(of slot: Int, edge: Int) -> Int {
        if splitPorts && slots[slot].isBox && slots[slot].incoming.count == 2 { return edges[edge].position == 0 ? 0 : 2 }
        if splitPorts && slots[slot].isBox && slots[slot].incoming.count == 3 { return edges[edge].position }
        return slots[slot].outPort
    }

    /// Label rows reserved above and below a slot's core.
    func labelRows(of slot: Int) -> Int {
        splitPorts && slots[slot].isBox && slots[slot].incoming.count == 2 ? 1 : 0
    }

    /// Every box, in node order, with its layer starting at column `layerX[layer]`.
    func boxes(at layerX: [Int], width: (Int) -> Int) -> [GraphLayout.Box] {
        slotOfNode.keys.sorted().map { node in
            let slot = slotOfNode[node]!
            return GraphLayout.Box(node: node, x: layerX[slots[slot].layer], y: rows[slot], width: width(node), height: slots[slot].coreHeight)
        }
    }

    /// The row where `edge` leaves `slot`, and the row where it enters `slot`.
    func outRow(of slot: Int) -> Int { rows[slot] + slots[slot].outPort }
    func inRow(of slot: Int, edge: Int) -> Int { rows[slot] + inPort(of: slot, edge: edge) }

    private mutating func addSlot(_ slot: Slot) -> Int {
        while layers.count <= slot.layer { layers.append([]) }
        slots.append(slot)
        layers[slot.layer].append(slots.count - 1)
        return slots.count - 1
    }

    // MARK: Layers

    /// Each drawn node's layer: the longest path from a source, with sources that are not inputs
    /// (nodes over constants only) moved right next to their first use, and outputs that feed
    /// nothing moved to the last layer. Inputs stay in layer 0.
    private static func layers(of graph: LayoutGraph) -> [Int] {
        var layer = Array(repeating: 0, count: graph.count)
        var successors = Array(repeating: [Int](), count: graph.count)
        var hasOperand = Array(repeating: false, count: graph.count)
        for edge in graph.edges {  // sorted by target, so every source's layer is final when used
            layer[edge.target] = max(layer[edge.target], layer[edge.source] + 1)
            successors[edge.source].append(edge.target)
            hasOperand[edge.target] = true
        }
        let last = layer.max() ?? 0
        for node in (0..<graph.count).reversed()
        where !hasOperand[node] && !graph.isInput[node] && !successors[node].isEmpty {
            layer[node] = successors[node].map { layer[$0] }.min()! - 1
        }
        for node in graph.outputs where !graph.isInput[node] && successors[node].isEmpty {
            layer[node] = last
        }
        return layer
    }

    // MARK: Order within layers

    /// Barycenter sweeps, down then up, keeping the orders with the fewest crossings.
    private mutating func reduceCrossings(iterations: Int = 6) {
        var best = layers
        var fewest = totalCrossings()
        // Sorting a layer moves only its own slots, so positions are found once and kept up to date.
        var position = positions()
        for _ in 0..<iterations where fewest > 0 {
            for layer in layers.indices.dropFirst() { sortByBarycenter(layer, towardPredecessors: true, position: &position) }
            for layer in layers.indices.dropLast().reversed() { sortByBarycenter(layer, towardPredecessors: false, position: &position) }
            let crossings = totalCrossings()
            if crossings < fewest { (best, fewest) = (layers, crossings) }
        }
        layers = best
    }

    /// Sorts a layer by the mean position of each slot's neighbours in the adjacent layer; slots
    /// without neighbours there keep their place.
    private mutating func sortByBarycenter(_ layer: Int, towardPredecessors: Bool, position: inout [Int]) {
        let keyed = layers[layer].map { slot -> (slot: Int, key: Double) in
            let neighbours = towardPredecessors
                ? slots[slot].incoming.map { Double(position[$0.slot]) }
                : slots[slot].outgoing.map { Double(position[$0.slot]) + Double(inPort(of: $0.slot, edge: $0.edge)) / 4 }
            let key = neighbours.isEmpty ? Double(position[slot]) : neighbours.reduce(0, +) / Double(neighbours.count)
            return (slot, key)
        }
        layers[layer] = keyed.enumerated()
            .sorted { ($0.element.key, $0.offset) < ($1.element.key, $1.offset) }
            .map(\.element.slot)
        for (index, slot) in layers[layer].enumerated() { position[slot] = index }
    }

    /// Each slot's index within its layer.
    private func positions() -> [Int] {
        var position = Array(repeating: 0, count: slots.count)
        for layer in layers {
            for (index, slot) in layer.enumerated() { position[slot] = index }
        }
        return position
    }

    /// Crossings between all adjacent layers, counting the two ports of a box as distinct places.
    private func totalCrossings() -> Int {
        let position = positions()
        var total = 0
        for layer in layers.dropLast() {
            var ends: [(upper: Int, lower: Int)] = []
            for slot in layer {
                for (target, edge) in slots[slot].outgoing {
                    ends.append((position[slot], 4 * position[target] + inPort(of: target, edge: edge)))
                }
            }
            ends.sort { ($0.upper, $0.lower) < ($1.upper, $1.lower) }
            // Sorted so, two edges cross exactly where their lower ends are out of order: ends
            // that share an upper one are in order already.
            total += Self.inversions(ends.map(\.lower))
        }
        return total
    }

    /// How many pairs of `values` are out of order (an earlier one greater), by merge sort:
    /// O(*k* log *k*) rather than comparing every pair.
    static func inversions(_ values: [Int]) -> Int {
        var values = values
        var scratch = values
        var count = 0
        var width = 1
        while width < values.count {
            for start in stride(from: 0, to: values.count, by: 2 * width) {
                let middle = min(start + width, values.count), end = min(start + 2 * width, values.count)
                var (left, right, out) = (start, middle, start)
                while left < middle || right < end {
                    if right == end || left < middle && values[left] <= values[right] {
                        scratch[out] = values[left]
                        left += 1
                    } else {
                        count += middle - left  // every left value still waiting is greater
                        scratch[out] = values[right]
                        right += 1
                    }
                    out += 1
                }
            }
            swap(&values, &scratch)
            width *= 2
        }
        return count
    }

    // MARK: Rows

    /// Stacks each layer, then alternately pulls layers toward their predecessors' and their
    /// successors' ports, keeping the placement with the fewest and shortest bends.
    private mutating func assignRows(sweeps: Int = 8) {
        rows = Array(repeating: 0, count: slots.count)
        for layer in layers {
            var row = 0
            for (index, slot) in layer.enumerated() {
                row = index == 0 ? labelRows(of: slot) : row + separation(layer[index - 1], slot)
                rows[slot] = row
            }
        }
        var best = rows
        var lowest = bendCost()
        for sweep in 0..<sweeps {
            let down = sweep.isMultiple(of: 2)
            for layer in down ? Array(layers.indices.dropFirst()) : layers.indices.dropLast().reversed() {
                align(layer, towardPredecessors: down)
            }
            let cost = bendCost()
            if cost < lowest { (best, lowest) = (rows, cost) }
        }
        rows = best
        for layer in layers.indices.dropFirst() { moveInPortsOffForeignOutRows(layer) }
        let top = slots.indices.map { rows[$0] - labelRows(of: $0) }.min() ?? 0
        rows = rows.map { $0 - top }
    }

    /// Moves slots down until none takes an edge on a row where a slot of the previous layer
    /// sends its edges, unless that slot's own edge enters there too: the two horizontal runs
    /// would meet in the gap and read as one edge. With that settled, unrelated routes can only
    /// ever cross (edges into one port of one box join on their way in, as they should).
    private mutating func moveInPortsOffForeignOutRows(_ layer: Int) {
        let sourceAtRow = Dictionary(uniqueKeysWithValues: layers[layer - 1].map { (outRow(of: $0), $0) })
        let order = layers[layer]
        var index = 0
        while index < order.count {
            let slot = order[index]
            let clashes = slots[slot].incoming.contains { _, edge in
                let row = inRow(of: slot, edge: edge)
                guard let source = sourceAtRow[row] else { return false }
                return !slots[slot].incoming.contains { $0.slot == source && inRow(of: slot, edge: $0.edge) == row }
            }
            guard clashes else {
                index += 1
                continue
            }
            rows[slot] += 1
            for next in order.indices.dropFirst(index + 1) {
                rows[order[next]] = max(rows[order[next]], rows[order[next - 1]] + separation(order[next - 1], order[next]))
            }
        }
    }

    /// The least distance from the top of `upper`'s core to the top of `lower`'s, one layer apart:
    /// cores and label rows never share a row; boxes keep `boxGap` blank rows between them, and
    /// a dummy keeps one from anything (none if boxes keep none).
    private func separation(_ upper: Int, _ lower: Int) -> Int {
        let gap = slots[upper].isBox && slots[lower].isBox ? boxGap : min(1, boxGap)
        return max(slots[upper].coreHeight + labelRows(of: upper) + labelRows(of: lower), slots[upper].coreHeight + gap)
    }

    /// Moves a layer's slots as close as their order and separations allow to the rows that would
    /// make their edges straight: the median wanted row of each slot, fitted by isotonic
    /// regression (pool adjacent violators) over rows shifted by the cumulative separations.
    private mutating func align(_ layer: Int, towardPredecessors: Bool) {
        let order = layers[layer]
        var offset = 0
        var points: [(value: Double, weight: Double)] = []
        var offsets: [Int] = []
        for (index, slot) in order.enumerated() {
            if index > 0 { offset += separation(order[index - 1], slot) }
            let wanted = towardPredecessors
                ? slots[slot].incoming.map { outRow(of: $0.slot) - inPort(of: slot, edge: $0.edge) }.sorted()
                : slots[slot].outgoing.map { inRow(of: $0.slot, edge: $0.edge) - slots[slot].outPort }.sorted()
            let target = wanted.isEmpty ? rows[slot] : wanted[(wanted.count - 1) / 2]
            points.append((Double(target - offset), wanted.isEmpty ? 0.001 : Double(wanted.count)))
            offsets.append(offset)
        }
        for (index, value) in Self.nondecreasingFit(points).enumerated() {
            rows[order[index]] = Int(value.rounded()) + offsets[index]
        }
    }

    /// The non-decreasing sequence nearest to `points` in weighted least squares.
    private static func nondecreasingFit(_ points: [(value: Double, weight: Double)]) -> [Double] {
        var blocks: [(sum: Double, weight: Double, count: Int)] = []
        for point in points {
            blocks.append((point.value * point.weight, point.weight, 1))
            while blocks.count > 1,
                  blocks[blocks.count - 2].sum / blocks[blocks.count - 2].weight > blocks[blocks.count - 1].sum / blocks[blocks.count - 1].weight {
                let last = blocks.removeLast()
                blocks[blocks.count - 1].sum += last.sum
                blocks[blocks.count - 1].weight += last.weight
                blocks[blocks.count - 1].count += last.count
            }
        }
        return blocks.flatMap { Array(repeating: $0.sum / $0.weight, count: $0.count) }
    }

    /// Bent edge segments weigh most, then how far they bend, then the height of the drawing.
    private func bendCost() -> Int {
        var cost = 0
        for (from, slot) in slots.enumerated() {
            for (to, edge) in slot.outgoing where outRow(of: from) != inRow(of: to, edge: edge) {
                cost += 8 + abs(outRow(of: from) - inRow(of: to, edge: edge))
            }
        }
        let extents = slots.indices.map { (rows[$0] - labelRows(of: $0), rows[$0] + slots[$0].coreHeight + labelRows(of: $0)) }
        return cost + (extents.map(\.1).max() ?? 0) - (extents.map(\.0).min() ?? 0)
    }
}
