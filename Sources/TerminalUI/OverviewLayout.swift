import GraphEngine
import Tutor

/// The overview: every node on one line — its name and the number the current pass is about,
/// or its name alone — in the detailed layout's layers and order, drawn left to right or top to
/// bottom, with each edge routed through the channels between two layers and no room kept for
/// labels (`LabelPlacement` finds room for those it can show). Top to bottom, layers are rows
/// and the nodes of a layer sit side by side, two columns apart:
///
///     x 3  y -4
///     └─┬──┘
///       z -12
///
/// - Complexity: that of `LayeredGraph` placing rows and `EdgeRouting`; the layers and their
///   order are the detailed layout's.
struct OverviewLayout {
    /// Which way the layers run, and how tightly nodes and edges pack.
    enum Arrangement: CaseIterable {
        /// Layers left to right; a blank row between two nodes of a layer, and a blank column
        /// between a node's text and its edges.
        case leftToRight
        /// Layers top to bottom; two blank columns between two nodes of a layer.
        case topToBottom
        /// Layers left to right; the nodes of a layer on adjacent rows.
        case leftToRightDense
        /// Layers left to right; nodes on adjacent rows, edges starting right after their text.
        case leftToRightDensest
    }

    let arrangement: Arrangement
    /// Whether nodes show their numbers, or only their names.
    let showsNumbers: Bool
    /// One box per non-constant node, in node order: where its line starts and how wide it is.
    let boxes: [GraphLayout.Box]
    /// One route per `graph.edges` entry, in the same order, from the cell beside the source to
    /// the cell beside the target (an arrowhead left to right).
    let routes: [(edge: Edge, cells: [GraphLayout.Point])]
    let width: Int
    let height: Int
    private let boxIndexByNode: [Int: Int]

    /// Lays out `layered` with each node's line `textWidth[node]` columns wide.
    init(_ layered: LayeredGraph, textWidth: [Int], _ arrangement: Arrangement, showsNumbers: Bool) {
        self.arrangement = arrangement
        self.showsNumbers = showsNumbers
        let leftToRight = arrangement != .topToBottom
        // Top to bottom a line is one row deep, and its edges leave below its middle.
        let gap = [.leftToRight: 1, .topToBottom: 2][arrangement] ?? 0
        let lead = arrangement == .leftToRightDensest || !leftToRight ? 0 : 1
        let reshaped = layered.reshaped(boxHeight: { leftToRight ? 1 : textWidth[$0] }, boxGap: gap)
        let routing = EdgeRouting(reshaped, boxWidth: { leftToRight ? textWidth[$0] + lead : 1 }, gaps: .compact(arrowheads: leftToRight))
        let flip = { (point: GraphLayout.Point) in leftToRight ? point : GraphLayout.Point(x: point.y, y: point.x) }
        boxes = reshaped.boxes(at: routing.layerX, width: { leftToRight ? textWidth[$0] : 1 }).map { box in
            leftToRight ? box : GraphLayout.Box(node: box.node, x: box.y, y: box.x, width: box.height, height: box.width)
        }
        routes = zip(layered.edges, routing.routes).map { ($0, $1.map(flip)) }
        let cells = routes.flatMap(\.cells)
        width = max(boxes.map { $0.x + $0.width }.max() ?? 0, (cells.map(\.x).max() ?? -1) + 1)
        height = max(boxes.map { $0.y + 1 }.max() ?? 0, (cells.map(\.y).max() ?? -1) + 1)
        boxIndexByNode = Dictionary(uniqueKeysWithValues: boxes.enumerated().map { ($1.node, $0) })
    }

    /// The line of `node`, or `nil` for a constant.
    func box(of node: Int) -> GraphLayout.Box? {
        boxIndexByNode[node].map { boxes[$0] }
    }

    /// A node's line, as wide as its box: its name and the number the detailed box would show,
    /// `h1 2.5`, with `?` for a number not shown yet and `+…` after a sum still waiting for
    /// contributions, or its name alone. Left to right the number
    /// is pushed to the end of the line, where the node's edges leave; top to bottom the text is
    /// centred, over the middle where its edges meet it.
    func line(_ node: Int, _ disclosure: Disclosure) -> String {
        let name = disclosure.analysis.graph.nodes[node].name
        let width = box(of: node)?.width ?? 0
        guard showsNumbers else { return name }
        let quantity = BoxText.quantity(node, during: disclosure.walkthrough?.kind)
        let number = (disclosure.number(quantity).map(NumberFormat.short) ?? "?") + (disclosure.isPartial(quantity) ? Self.partialMark : "")
        let room = max(1, width - name.displayWidth - number.displayWidth)
        if arrangement == .topToBottom {
            let indent = String(repeating: " ", count: (room - 1) / 2)
            return indent + name + " " + number + indent
        }
        return name + String(repeating: " ", count: room) + number
    }

    /// What follows a partial sum's number.
    static let partialMark = "+…"

    /// The overview of `layout`'s graph that fits a pane `width` columns wide and the first it
    /// can of `heights` rows high, with the height it takes of them. Numbers come before the
    /// height: every arrangement with numbers is tried at each height, in the order of
    /// `Arrangement`, then the same with names alone. If nothing fits, the arrangement that
    /// overflows the last height least is chosen.
    ///
    /// An arrangement is laid out only if its least size fits, so a graph far too large for the
    /// pane costs one layout, not eight.
    ///
    /// The overview is kept with `layout`, so it is fitted once per size and pass.
    static func fitting(_ layout: GraphLayout, _ disclosure: Disclosure, width: Int, heights: [Int]) -> (overview: OverviewLayout, height: Int) {
        var inputs: [Int] = [], outputs: [Int] = []
        switch disclosure.walkthrough?.kind {
        case .tangent(let input): inputs = [input]
        case .reverse(let output): outputs = [output]
        default: break
        }
        let key = OverviewCache.Key(tangentsFrom: inputs, adjointsOf: outputs, width: width, heights: heights)
        return layout.overviews.overview(key) { fitting(layout, disclosure.analysis, tangentsFrom: inputs, adjointsOf: outputs, width: width, heights: heights) }
    }

    private static func fitting(
        _ layout: GraphLayout, _ analysis: Analysis, tangentsFrom inputs: [Int], adjointsOf outputs: [Int], width: Int, heights: [Int]
    ) -> (overview: OverviewLayout, height: Int) {
        let graph = analysis.graph
        var tried: [(textWidth: [Int], showsNumbers: Bool, arrangement: Arrangement, size: (width: Int, height: Int))] = []
        for showsNumbers in [true, false] {
            var textWidth = graph.nodes.map(\.name.displayWidth)
            if showsNumbers {
                let numbers = BoxText.widest(analysis, tangentsFrom: inputs, adjointsOf: outputs) { _, number, partial in NumberFormat.short(number).displayWidth + (partial ? Self.partialMark.displayWidth : 0) }
                textWidth = zip(textWidth, numbers).map { $0 + 1 + $1 }
            }
            let least = Arrangement.allCases.map { leastSize(layout.layered, textWidth: textWidth, $0) }
            var laidOut: [Arrangement: OverviewLayout] = [:]
            for height in heights {
                for (arrangement, size) in zip(Arrangement.allCases, least) where size.width <= width && size.height <= height {
                    let overview = laidOut[arrangement] ?? OverviewLayout(layout.layered, textWidth: textWidth, arrangement, showsNumbers: showsNumbers)
                    laidOut[arrangement] = overview
                    if overview.width <= width && overview.height <= height { return (overview, height) }
                }
            }
            tried += zip(Arrangement.allCases, least).map { (textWidth, showsNumbers, $0, laidOut[$0].map { ($0.width, $0.height) } ?? $1) }
        }
        let height = heights.last ?? 0
        let overflow = { (size: (width: Int, height: Int)) in max(Double(size.width) / Double(max(1, width)), Double(size.height) / Double(max(1, height))) }
        let best = tried.min { overflow($0.size) < overflow($1.size) }!
        return (OverviewLayout(layout.layered, textWidth: best.textWidth, best.arrangement, showsNumbers: best.showsNumbers), height)
    }

    /// A size no smaller than `arrangement` lays `layered` out in, from the layers alone: at
    /// least one channel (and an arrowhead) between layers, and the least separations in them.
    private static func leastSize(_ layered: LayeredGraph, textWidth: [Int], _ arrangement: Arrangement) -> (width: Int, height: Int) {
        let layers = layered.layers.map { $0.map { layered.slots[$0].node.map { textWidth[$0] } } }
        let gaps = max(0, layers.count - 1)
        switch arrangement {
        case .topToBottom:
            let across = layers.map { slots in slots.map { $0 ?? 1 }.reduce(0, +) + max(0, slots.count - 1) }
            return (across.max() ?? 0, layers.count + gaps)
        case .leftToRight, .leftToRightDense, .leftToRightDensest:
            let lead = arrangement == .leftToRightDensest ? 0 : 1
            let along = layers.map { slots in slots.map { ($0 ?? 0) + lead }.max() ?? 0 }.reduce(0, +) + 2 * gaps - lead
            let spacing = arrangement == .leftToRight ? 2 : 1
            return (along, layers.map { spacing * $0.count - spacing + 1 }.max() ?? 0)
        }
    }
}
