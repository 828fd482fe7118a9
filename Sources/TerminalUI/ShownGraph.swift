import GraphEngine
import TextCanvas
import Tutor

/// The graph a lesson step or a quiz question shows, with the pass it plays: a scalar graph as
/// the explorer draws it, or an array graph as blocks, as the array explorer draws it. `x`
/// opens the one explorer or the other on it.
public enum ShownGraph: Sendable {
    case scalar(ExplorerState)
    case blocks(ArrayExplorerState)

    /// The graph as lesson step `frame` shows it.
    init(showing frame: LessonScript.Frame, notation: Notation) {
        self = frame.blocks == nil
            ? .scalar(ExplorerState(showing: frame, notation: notation))
            : .blocks(ArrayExplorerState(showing: frame, notation: notation))
    }

    public var notation: Notation {
        switch self {
        case .scalar(let explorer): explorer.notation
        case .blocks(let explorer): explorer.notation
        }
    }

    /// The name of the first output, the loss.
    var lossName: String {
        switch self {
        case .scalar(let explorer): explorer.graph.nodes[explorer.graph.outputs[0]].name
        case .blocks(let explorer): explorer.graph.nodes[explorer.graph.outputs[0]].name
        }
    }

    func drawGraphPane(into canvas: inout Canvas, _ rect: Rect) {
        switch self {
        case .scalar(let explorer): explorer.drawGraphPane(into: &canvas, rect)
        case .blocks(let explorer): explorer.pane.draw(into: &canvas, rect)
        }
    }

    /// The rule naming the pass and its step, then the step's caption.
    func drawCaption(into canvas: inout Canvas, _ rect: Rect) {
        switch self {
        case .scalar(let explorer): explorer.drawCaption(into: &canvas, rect)
        case .blocks(let explorer): explorer.drawCaption(into: &canvas, rect)
        }
    }

    /// The graph pane as plain text (see `ExplorerState.asciiDrawing` and
    /// `ArrayExplorerState.asciiDrawing`).
    func asciiDrawing(width: Int, overview: Bool = false) -> [String] {
        switch self {
        case .scalar(let explorer): explorer.asciiDrawing(width: width, overview: overview)
        case .blocks(let explorer): explorer.asciiDrawing(width: width)
        }
    }
}
