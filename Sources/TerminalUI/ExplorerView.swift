import GraphEngine
import TextCanvas
import Tutor

extension ExplorerState {
    /// The smallest terminal the explorer draws in; smaller ones get a notice instead.
    public static let minimumSize = (width: 70, height: 20)

    /// Draws the whole screen: title bar, graph pane, the step caption, the node panel beside
    /// the derivative table, the key reminder, and any open dialog on top.
    public func render(width: Int, height: Int) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        guard width >= Self.minimumSize.width, height >= Self.minimumSize.height else {
            let notice = "terminal too small (need \(Self.minimumSize.width)×\(Self.minimumSize.height))"
            canvas.write(notice, x: max(0, (width - notice.count) / 2), y: height / 2, style: .bold)
            return finished(canvas)
        }
        let panelHeight = max(8, (height - 4) / 3)
        let captionTop = height - 1 - panelHeight - 2
        drawTitle(into: &canvas)
        drawGraph(into: &canvas, pane: (0, 1, width, captionTop - 2))
        drawCaption(into: &canvas, top: captionTop - 1)
        let split = width * 2 / 5
        drawLines(NodePanel.lines(self), into: &canvas, x: 1, y: captionTop + 2, width: split - 2, height: panelHeight, wrapping: true)
        for row in (captionTop + 2)..<(height - 1) { canvas[split, row] = Cell("│", .dim) }
        drawLines(DerivativeTable.lines(self, height: panelHeight), into: &canvas, x: split + 2, y: captionTop + 2, width: width - split - 3, height: panelHeight)
        canvas.write(KeyHelp.footer(width: width - 2), x: 1, y: height - 1, style: .dim)
        if let dialog { DialogView.draw(dialog, state: self, into: &canvas) }
        return finished(canvas)
    }

    private func finished(_ canvas: Canvas) -> Canvas {
        var canvas = canvas
        if options.ascii { canvas.makeASCII() }
        if !options.color { canvas.removeColor() }
        return canvas
    }

    private func drawTitle(into canvas: inout Canvas) {
        canvas.fill(x: 0, y: 0, width: canvas.width, height: 1, with: Cell(" ", .reverse))
        let outputs = graph.outputs.map { evaluation.equation(for: $0) }.joined(separator: "; ")
        let title = " GraphTutor │ " + (predicting ? "predict mode │ " : "") + outputs
        canvas.write(String(title.prefix(canvas.width)), x: 0, y: 0, style: .reverse)
    }

    private func drawGraph(into canvas: inout Canvas, pane: (x: Int, y: Int, width: Int, height: Int)) {
        let current = walkthrough?.current
        let pathEdges = currentPathEdges()
        GraphView.draw(
            layout, into: &canvas, pane: pane, origin: layout.origin(centering: selected, in: (pane.width, pane.height)),
            box: { node in
                var style = Style()
                if node == selected { style = Style(.bold, color: .cyan) }
                if node == current?.node { style = style.union(Style(.reverse, color: .yellow)) }
                if graph.outputs.contains(node) && node != selected { style = style.union(.bold) }
                return (BoxText.title(node, graph), BoxText.body(node, self), style)
            },
            label: { edge in
                let known = walkthrough?.pass != .forward || walkthrough?.number(for: edge.target) != nil
                let active = edge == current?.edge || pathEdges.contains(edge)
                return (EdgeLabel.text(edge, evaluation, known: known), active ? Style(.bold, color: .yellow) : known ? .plain : .dim)
            },
            edgeStyle: { edge in
                edge == current?.edge || pathEdges.contains(edge) ? Style(.bold, color: .yellow) : Style(color: .blue)
            },
            ascii: options.ascii)
    }

    /// The edges of the path the paths pass is showing.
    private func currentPathEdges() -> Set<Edge> {
        guard let walkthrough, walkthrough.revealed > 0, walkthrough.revealed <= walkthrough.paths.count else { return [] }
        return Set(walkthrough.paths[walkthrough.revealed - 1].edges)
    }

    /// The rule naming the pass and step, then the step's caption and the last message.
    private func drawCaption(into canvas: inout Canvas, top: Int) {
        let rule = String(repeating: "─", count: canvas.width)
        canvas.write(rule, x: 0, y: top, style: .dim)
        var lines: [(String, Style)] = []
        if let walkthrough {
            canvas.write(" \(walkthrough.title(graph)) · step \(walkthrough.revealed)/\(walkthrough.steps.count) ", x: 2, y: top, style: .bold)
            if let step = walkthrough.current {
                lines.append((step.caption, .bold))
            } else {
                lines.append(("n or space takes the first step", .plain))
            }
        } else if let warning = evaluation.warnings.first {
            lines.append((ProblemWording.describe(warning, in: evaluation), Style(.bold, color: .red)))
        } else {
            lines.append(("f forward values · t forward mode · r reverse mode · s paths · ? all keys", .plain))
        }
        if case .prediction(let field, let error) = dialog, let next = walkthrough?.next {
            lines = [("predict \(next.quantity) = \(field.text)▏", Style(.bold, color: .green)),
                     (error ?? "Enter checks your number · Esc cancels", error == nil ? .dim : Style(.bold, color: .red))]
        } else if let message {
            lines.append((message, message.hasPrefix("✗") ? Style(.bold, color: .red) : message.hasPrefix("✓") ? Style(.bold, color: .green) : .plain))
        }
        let wrapped = lines.count == 1 ? wrap(lines[0].0, width: canvas.width - 2).map { ($0, lines[0].1) } : lines
        for (row, line) in wrapped.prefix(2).enumerated() {
            canvas.write(String(line.0.prefix(canvas.width - 2)), x: 1, y: top + 1 + row, style: line.1)
        }
    }

    private func drawLines(_ lines: [String], into canvas: inout Canvas, x: Int, y: Int, width: Int, height: Int, wrapping: Bool = false) {
        let lines = wrapping ? lines.flatMap { line in
            wrap(line, width: width).enumerated().map { $0 == 0 ? $1 : "  " + $1 }
        } : lines
        for (row, line) in lines.prefix(height).enumerated() {
            canvas.write(line.count > width ? String(line.prefix(width - 1)) + "…" : line, x: x, y: y + row)
        }
    }
}
