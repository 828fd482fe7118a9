import GraphEngine
import TextCanvas
import Tutor
import Words

/// The panel about one block of an array graph: on the left what it computes and its shape,
/// what its backward step keeps and its rules; on the right its arrays side by side — its
/// value, in reverse mode its gradient so far, and what the layer kept (its input and weights,
/// ReLU's mask, sigmoid's output) — each in full up to `fullSize` rows and columns, else as its
/// shape, least and greatest entry. Arrays that do not fit are left out, the kept ones first;
/// so are the least needed lines.
public struct BlockNodePanel: Sendable {
    public let evaluation: BlockEvaluation
    public let walkthrough: BlockWalkthrough?
    public let selected: Int
    public let notation: Notation

    /// The most rows and columns a matrix has to be shown in full.
    public static let fullSize = 6

    public init(evaluation: BlockEvaluation, walkthrough: BlockWalkthrough?, selected: Int, notation: Notation = .marks) {
        self.evaluation = evaluation
        self.walkthrough = walkthrough
        self.selected = selected
        self.notation = notation
    }

    /// The narrowest `rect` that has the text and the arrays side by side; a narrower one
    /// (a lesson's side pane) has the arrays under the text.
    public static let sideBySideWidth = 50

    /// Draws the text into the left part of `rect` and the arrays into the rest, a dim rule
    /// between; or, in a narrow `rect`, the arrays at its foot and the text above them.
    public func draw(into canvas: inout Canvas, _ rect: Rect) {
        guard rect.width >= Self.sideBySideWidth else {
            let rect = rect.inset(columns: 1)
            let arrayRows = min(rect.height / 2, 1 + tiles.prefix(2).map(\.lines.count).max()!)
            let (top, bottom) = rect.splitRows(at: rect.height - arrayRows)
            TextPane.fitting(lines, width: top.width, height: top.height).draw(into: &canvas, top)
            return drawTiles(into: &canvas, bottom)
        }
        let (left, right) = rect.splitColumns(at: rect.width * 9 / 20)
        let text = left.inset(columns: 1)
        TextPane.fitting(lines, width: text.width, height: text.height).draw(into: &canvas, text)
        for row in right.y..<right.bottom { canvas[right.x, row] = Cell("│", .dim) }
        drawTiles(into: &canvas, Rect(x: right.x + 2, y: right.y, width: right.width - 2, height: right.height))
    }

    /// The arrays side by side from the left of `rect`, as many as fit.
    private func drawTiles(into canvas: inout Canvas, _ rect: Rect) {
        var x = rect.x
        for tile in tiles {
            let width = ([tile.heading] + tile.lines).map(\.displayWidth).max() ?? 0
            guard x + width <= rect.right else { break }
            canvas.write(tile.heading, x: x, y: rect.y, maxWidth: width, style: .bold)
            for (row, line) in tile.lines.prefix(rect.height - 1).enumerated() { canvas.write(line, x: x, y: rect.y + 1 + row) }
            x += width + 3
        }
    }

    /// The output derivatives are taken of: reverse mode's, else the first.
    private var loss: Int {
        if case .reverse(let output) = walkthrough?.kind { return output }
        return evaluation.graph.outputs[0]
    }

    /// The lines on the left, each with its rank: 0 is always shown, higher ranks give way first.
    var lines: [(text: String, rank: Int)] {
        let graph = evaluation.graph
        let block = graph.nodes[selected]
        guard block.operation != .input else {
            return [(ArrayExplorerWords.current.inputLine(block.name, block.shape), 0), (ExplorerWords.current.backwardKeeps(CaptionWords.current.keepsNothingLeaf), 1)]
        }
        var lines = [("\(block.name) = \(graph.formula(of: selected))   \(block.shape)", 0)]
        lines.append((ExplorerWords.current.backwardKeeps(BlockMemory(selected, evaluation, notation).text), 1))
        let name = graph.nodes[loss].name
        let rules = graph.edges.filter { $0.target == selected }.map { graph.reverseRule($0) { notation.total(name, $0) }.formula }
        let label = ArrayExplorerWords.current.backwardLabel + "  "
        // The later rules give way first, so the first keeps the label.
        lines += rules.enumerated().map { ((($0 == 0 ? label : String(repeating: " ", count: label.displayWidth)) + $1), 2 + $0) }
        return lines
    }

    /// The arrays on the right, in the order they give way: value, gradient, what was kept.
    var tiles: [(heading: String, lines: [String])] {
        let graph = evaluation.graph
        let name = graph.nodes[selected].name
        let value = BlockWalkthrough.value(selected, evaluation, walkthrough)
        var tiles = [(name, Self.lines(value))]
        if case .reverse = walkthrough?.kind {
            let partial = walkthrough?.isPartial(selected) == true ? " + …" : ""
            tiles.append((notation.total(graph.nodes[loss].name, name) + partial, Self.lines(BlockWalkthrough.gradient(selected, evaluation, walkthrough))))
        }
        // What the forward step kept is known once it has run.
        tiles += BlockMemory(selected, evaluation, notation).arrays.map { (ArrayExplorerWords.current.keptHeading($0.name), Self.lines(value == nil ? nil : $0.value)) }
        return tiles
    }

    /// `value` in full, or its shape and range when it has more than `fullSize` rows or
    /// columns; `?` when it is not shown yet.
    static func lines(_ value: ArrayValue?) -> [String] {
        guard let value else { return ["?"] }
        let (rows, columns) = value.shape.grid
        guard rows > fullSize || columns > fullSize else { return MatrixText.lines(value) }
        let words = ArrayExplorerWords.current
        let finite = value.entries.filter(\.isFinite)
        return ["\(value.shape)", words.least(finite.min().map(NumberFormat.short) ?? "-"), words.greatest(finite.max().map(NumberFormat.short) ?? "-")]
    }
}
