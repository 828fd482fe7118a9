import GraphEngine
import TextCanvas

/// Columns and edge routes for a `LayeredGraph`.
///
/// In the detailed view the gap between two layers has three parts, left to right: one lead
/// column, the *channels* (one column per group of vertical runs), and the *label strip*, as wide
/// as the widest label of an edge that ends in the next layer, plus the arrowhead column. An edge
/// segment leaves its source at the source's out row, runs right to its channel, up or down to
/// its target's in row, and right to the target; a segment whose rows agree runs straight
/// through. Labels sit in the label strip on the rows each box reserves for them, so they never
/// meet boxes, other labels or routes, which cross the strip only on port rows and dummy rows.
/// The overview's gaps hold only the channels (at least one), and an arrowhead column if asked.
struct EdgeRouting {
    /// What a gap between two layers holds besides its channels.
    enum Gaps {
        /// A lead column, a label strip for the labels, as wide as each edge's entry in
        /// `labelWidths` (in `LayeredGraph.edges` order), and an arrowhead column.
        case labelled(labelWidths: [Int])
        /// Nothing but the channels, then an arrowhead column if `arrowheads`.
        case compact(arrowheads: Bool)
    }

    let layerX: [Int]
    /// Per edge, its cells from just right of its source to just left of its target; none for an
    /// edge that is not drawn.
    let routes: [[GraphLayout.Point]]
    /// Per edge, the leftmost cell of its label and its width; empty unless the gaps are labelled.
    let labels: [(cell: GraphLayout.Point, width: Int)]
    let width: Int

    /// Routes `layered`, each box `boxWidth(node)` columns wide (at least 1).
    init(_ layered: LayeredGraph, boxWidth: (Int) -> Int, gaps: Gaps) {
        let widthOfSlot = layered.slots.map { slot in slot.node.map { max(1, boxWidth($0)) } ?? 1 }
        let layerWidth = layered.layers.map { layer in layer.map { widthOfSlot[$0] }.max() ?? 1 }
        var labelWidths: [Int] = []
        var widestLabelBefore = Array(repeating: 0, count: layered.layers.count)
        if case .labelled(let widths) = gaps {
            labelWidths = widths.map { max(0, $0) }
            for (edge, chain) in layered.chains.enumerated() {
                guard let target = chain.last else { continue }
                let layer = layered.slots[target].layer
                widestLabelBefore[layer] = max(widestLabelBefore[layer], labelWidths[edge])
            }
        }

        var channel = Array(repeating: 0, count: layered.slots.count)
        var layerX = [0]
        for (layer, slots) in layered.layers.enumerated().dropLast() {
            let groups = slots.map { slot in
                (source: layered.outRow(of: slot), targets: layered.slots[slot].outgoing.map { layered.inRow(of: $0.slot, edge: $0.edge) })
            }
            let (columns, count) = Self.channelColumns(groups)
            let gapStart = layerX[layer] + layerWidth[layer]
            switch gaps {
            case .labelled:
                for (slot, column) in zip(slots, columns) { channel[slot] = gapStart + 1 + column }
                let labelStrip = count > 0 ? gapStart + count + 2 : gapStart + 1
                layerX.append(labelStrip + widestLabelBefore[layer + 1] + 1)
            case .compact(let arrowheads):
                for (slot, column) in zip(slots, columns) { channel[slot] = gapStart + column }
                layerX.append(gapStart + max(1, count) + (arrowheads ? 1 : 0))
            }
        }

        var routes: [[GraphLayout.Point]] = []
        var labels: [(cell: GraphLayout.Point, width: Int)] = []
        for (index, chain) in layered.chains.enumerated() {
            guard let source = chain.first, let target = chain.last else {
                // A long edge left undrawn (see `LayeredGraph.drawsLongEdges`): no cells, no label.
                routes.append([])
                if !labelWidths.isEmpty { labels.append((GraphLayout.Point(x: 0, y: 0), 0)) }
                continue
            }
            var cells = [GraphLayout.Point(x: layerX[layered.slots[source].layer] + widthOfSlot[source], y: layered.outRow(of: source))]
            func run(to x: Int, _ y: Int) {
                while let last = cells.last, last.x != x || last.y != y {
                    let step = last.x != x ? (x: (x - last.x).signum(), y: 0) : (x: 0, y: (y - last.y).signum())
                    cells.append(GraphLayout.Point(x: last.x + step.x, y: last.y + step.y))
                }
            }
            for (from, to) in zip(chain, chain.dropFirst()) {
                let (fromRow, toRow) = (layered.outRow(of: from), layered.inRow(of: to, edge: index))
                if fromRow != toRow {
                    run(to: channel[from], fromRow)
                    run(to: channel[from], toRow)
                }
                let nextX = layerX[layered.slots[to].layer]
                run(to: nextX - 1, toRow)
                if !layered.slots[to].isBox { run(to: nextX + layerWidth[layered.slots[to].layer] - 1, toRow) }
            }
            routes.append(cells)
            if !labelWidths.isEmpty {
                let labelRow = [-1, 0, 3][layered.inPort(of: target, edge: index)] + layered.rows[target]
                labels.append((GraphLayout.Point(x: layerX[layered.slots[target].layer] - 1 - labelWidths[index], y: labelRow), labelWidths[index]))
            }
        }
        self.layerX = layerX
        self.routes = routes
        self.labels = labels
        width = (layerX.last ?? 0) + (layerWidth.last ?? 0)
    }

    /// The channel of each group of segments leaving one slot, numbered from the left, and how
    /// many channels the gap needs. Groups whose vertical spans overlap get distinct channels,
    /// ordered pairwise so their horizontal runs cross as few vertical runs as possible; groups
    /// that bend nowhere, or whose spans are apart, may share a channel.
    static func channelColumns(_ groups: [(source: Int, targets: [Int])]) -> (columns: [Int], count: Int) {
        let spans = groups.map { group in
            group.targets.contains { $0 != group.source }
                ? (group.targets + [group.source]).min()!...(group.targets + [group.source]).max()! : nil
        }
        /// How many crossings putting `left` in a channel left of `right`'s makes: `right`'s source
        /// run passes `left`'s channel, and `left`'s target runs pass `right`'s. (Rows never
        /// coincide with another group's ends: `LayeredGraph` keeps in-ports off foreign out-rows.)
        func crossings(_ left: Int, leftOf right: Int) -> Int {
            ([groups[right].source].filter(spans[left]!.contains) + groups[left].targets.filter(spans[right]!.contains)).count
        }
        var leftOf = Array(repeating: [Int](), count: groups.count)  // edges: key is left of value
        let bending = groups.indices.filter { spans[$0] != nil }
        for (i, a) in bending.enumerated() {
            for b in bending[(i + 1)...] where spans[a]!.overlaps(spans[b]!) {
                if crossings(a, leftOf: b) <= crossings(b, leftOf: a) { leftOf[a].append(b) } else { leftOf[b].append(a) }
            }
        }
        // Depth-first post-order; edges against it close cycles and are dropped.
        var postorder = Array(repeating: -1, count: groups.count)
        var finished: [Int] = []
        var onStack = Array(repeating: false, count: groups.count)
        for root in bending where postorder[root] < 0 && !onStack[root] {
            var stack = [(node: root, next: 0)]
            onStack[root] = true
            while let top = stack.last {
                let (node, next) = top
                if next == leftOf[node].count {
                    stack.removeLast()
                    onStack[node] = false
                    postorder[node] = finished.count
                    finished.append(node)
                } else {
                    stack[stack.count - 1].next += 1
                    let child = leftOf[node][next]
                    if postorder[child] < 0 && !onStack[child] {
                        onStack[child] = true
                        stack.append((child, 0))
                    }
                }
            }
        }
        var columns = Array(repeating: 0, count: groups.count)
        for node in finished.reversed() {
            for child in leftOf[node] where postorder[child] < postorder[node] {
                columns[child] = max(columns[child], columns[node] + 1)
            }
        }
        return (columns, bending.isEmpty ? 0 : bending.map { columns[$0] }.max()! + 1)
    }
}
