import GraphEngine
import TextCanvas
import Tutor
import Words

extension ArrayExplorerState {
    /// Draws the whole screen as the scalar explorer lays it out: title bar, the block graph
    /// pane, the step's caption, the node panel, the key reminder, and any open dialog on top.
    public func render(into canvas: inout Canvas) {
        let screen = Rect(canvas)
        let (title, body, footer) = screen.screenParts
        let (upper, panels) = body.splitRows(at: body.height - max(8, (screen.height - 4) / 3))
        let (graphArea, captionArea) = upper.splitRows(at: upper.height - 3)
        canvas.titleBar(titleText, in: title)
        pane.draw(into: &canvas, graphArea)
        drawCaption(into: &canvas, captionArea)
        drawPanels(into: &canvas, panels)
        canvas.write(Self.keys.footer(width: footer.width - 2), x: footer.x + 1, y: footer.y, style: .dim)
        switch dialog {
        case .help(let page)?: DialogView.help(Self.keys, page: page, notation: notation, into: &canvas)
        case .newGraph(let field, let error)?: DialogView.newGraph(field, error: error, into: &canvas)
        case .editArray(let node, let field, let error)?:
            let (words, block) = (ArrayExplorerWords.current, graph.nodes[node])
            DialogView.field(field, error: error, title: words.editTitle(block.name, block.shape), hint: words.editHint, keys: ExplorerWords.current.valueHint, into: &canvas)
        case .descent(let form)?: DialogView.descent(form, loss: graph.nodes[graph.outputs[0]].name, into: &canvas)
        case nil: break
        }
    }

    /// The graph pane, as the state shows it.
    var pane: BlockGraphPane { BlockGraphPane(layout: layout, evaluation: evaluation, walkthrough: walkthrough, selected: selected, notation: notation) }

    /// The node panel; once gradient descent has taken a step, the loss curve beside it.
    func drawPanels(into canvas: inout Canvas, _ rect: Rect) {
        let panel = BlockNodePanel(evaluation: evaluation, walkthrough: walkthrough, selected: selected, notation: notation)
        guard losses.count > 1 else { return panel.draw(into: &canvas, rect) }
        let (left, right) = rect.splitColumns(at: rect.width - max(34, rect.width * 2 / 5))
        panel.draw(into: &canvas, left)
        for row in right.y..<right.bottom { canvas[right.x, row] = Cell("│", .dim) }
        PlotView.draw(losses, name: graph.nodes[graph.outputs[0]].name, into: &canvas, Rect(x: right.x + 2, y: right.y, width: right.width - 3, height: right.height))
    }

    /// Each output with what it computes, and its value once shown if it is a scalar; else its shape.
    private var titleText: String {
        graph.outputs.map { output in
            let equation = "\(graph.nodes[output].name) = \(graph.formula(of: output))"
            guard graph.nodes[output].shape.isScalar else { return "\(equation)   \(graph.nodes[output].shape)" }
            return "\(equation) = \(BlockWalkthrough.value(output, evaluation, walkthrough).map { NumberFormat.short($0.entries[0]) } ?? "?")"
        }.joined(separator: "; ")
    }

    /// The rule naming the pass and step, then the step's caption (and the summary at the end)
    /// and the last message.
    func drawCaption(into canvas: inout Canvas, _ rect: Rect) {
        canvas.write(String(repeating: "─", count: rect.width), x: rect.x, y: rect.y, style: .dim)
        let words = ExplorerWords.current
        var lines: [(text: String, style: Style)] = []
        if let walkthrough {
            let rule = words.passRule(BlockCaption.title(walkthrough.kind, graph), walkthrough.revealed, walkthrough.steps.count)
            canvas.write(rule, x: rect.x + 2, y: rect.y, maxWidth: rect.width - 2, style: .bold)
            if let step = walkthrough.current {
                lines.append((BlockCaption.text(step, evaluation, walkthrough.kind, notation), .bold))
                if walkthrough.isFinished && message == nil { lines.append((BlockCaption.summary(walkthrough.pass, graph, notation), .plain)) }
            } else {
                lines.append((words.firstStepHint, .plain))
            }
        } else {
            lines.append((ArrayExplorerWords.current.idleHint, .plain))
        }
        if let message { lines.append((message, .plain)) }
        TextPane.drawCaption(lines, into: &canvas, rect.splitRows(at: 1).bottom.inset(columns: 1))
    }
}
