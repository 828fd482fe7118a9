import GraphEngine
import TextCanvas
import Tutor

/// Draws the dialogs that sit on top of the screen: help, editing a value, typing a graph.
/// (A prediction is typed in the caption area, beside the step it is about.)
enum DialogView {
    static func draw(_ dialog: ExplorerState.Dialog, state: ExplorerState, into canvas: inout Canvas) {
        switch dialog {
        case .help:
            let bindings = ExplorerState.keys.bindings
            let width = bindings.map(\.keys.count).max()! + 2
            let lines = bindings.map { $0.keys.padding(to: width) + $0.help }
            frame(title: "keys · Esc or ? closes this help", lines: lines.map { ($0, Style.plain) }, into: &canvas)
        case .editValue(let node, let field, let error):
            let name = state.graph.nodes[node].name
            var lines = [("\(name) = \(field.text)▏", Style.bold), ("Enter sets it · Esc cancels", Style.dim)]
            if let error { lines[1] = (error, Style(.bold, color: .red)) }
            frame(title: "value of input \(name)", lines: lines, into: &canvas, minimumWidth: 40)
        case .newGraph(let field, let error):
            let room = canvas.width - 8
            let shift = max(0, field.text.count + 1 - room)
            var lines = [(String(field.text.dropFirst(shift)) + "▏", Style.bold)]
            if let error {
                if let column = error.column.map({ $0 - 1 - shift }) {
                    lines.append((column >= 0 ? String(repeating: " ", count: column) + "^" : "", Style(.bold, color: .red)))
                }
                lines.append(((error.column.map { "column \($0): " } ?? "") + error.message, Style(.bold, color: .red)))
            } else {
                lines.append(("as in  c = a + b; d = b + 1; e = c * d   (a = 2 gives an input a value; @FILE reads one)", Style.dim))
            }
            lines.append(("Enter loads it · Esc keeps the current graph", Style.dim))
            frame(title: "new graph", lines: lines, into: &canvas, minimumWidth: canvas.width - 4)
        case .prediction:
            break
        }
    }

    /// A bordered box centred on the canvas, cleared inside, with `lines` in it.
    private static func frame(title: String, lines: [(String, Style)], into canvas: inout Canvas, minimumWidth: Int = 0) {
        let width = min(canvas.width - 2, max(minimumWidth, title.count + 6, (lines.map(\.0.count).max() ?? 0) + 4))
        let lines = lines.flatMap { line in wrap(line.0, width: width - 4).map { ($0, line.1) } }
        let height = min(canvas.height, lines.count + 2)
        let x = (canvas.width - width) / 2, y = (canvas.height - height) / 2
        canvas.fill(x: x, y: y, width: width, height: height)
        canvas.write("┌" + String(repeating: "─", count: width - 2) + "┐", x: x, y: y, style: .bold)
        canvas.write(" \(title) ", x: x + 2, y: y, style: .bold)
        for row in 1..<(height - 1) {
            canvas[x, y + row] = Cell("│", .bold)
            canvas[x + width - 1, y + row] = Cell("│", .bold)
            let (text, style) = lines[row - 1]
            canvas.write(String(text.prefix(width - 4)), x: x + 2, y: y + row, style: style)
        }
        canvas.write("└" + String(repeating: "─", count: width - 2) + "┘", x: x, y: y + height - 1, style: .bold)
    }
}

extension String {
    fileprivate func padding(to width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
