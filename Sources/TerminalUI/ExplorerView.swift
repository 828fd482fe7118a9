import GraphEngine
import TextCanvas
import Tutor
import Words

extension ExplorerState {
    /// The smallest terminal the explorer draws in; smaller ones get a notice instead.
    public static let minimumSize = (width: 70, height: 20)

    /// Draws the whole screen: title bar, graph pane, the step caption, the node panel beside
    /// the derivative table, the key reminder, and any open dialog on top. An overview that
    /// needs more rows than the pane has beside the panels takes theirs: the panels are hidden.
    public func render(into canvas: inout Canvas) {
        let screen = Rect(canvas)
        let (title, body, footer) = screen.screenParts
        var (upper, panels) = body.splitRows(at: body.height - max(8, (screen.height - 4) / 3))
        let pane = GraphPane(layout: layout, disclosure: disclosure, selected: selected, notation: notation)
        let switched = fixedView.map { pane.switched(toShow: $0, width: screen.width, detailHeight: upper.height - 3) } ?? graphViewSwitched
        let overview = pane.overview(width: screen.width, detailHeight: upper.height - 3, fullHeight: body.height - 3, switched: switched)
        if let overview, overview.height > upper.height - 3 { (upper, panels) = body.splitRows(at: body.height) }
        let (graphArea, captionArea) = upper.splitRows(at: upper.height - 3)
        drawTitle(into: &canvas, title)
        pane.draw(into: &canvas, graphArea, overview: overview?.overview)
        drawCaption(into: &canvas, captionArea)
        guard panels.height > 0 else { return drawFooterAndDialog(into: &canvas, footer) }
        let (left, right) = panels.splitColumns(at: screen.width * 2 / 5)
        let panel = left.inset(columns: 1)
        NodePanel.pane(selected, disclosure, notation, width: panel.width, height: panel.height).draw(into: &canvas, panel)
        for row in right.y..<right.bottom { canvas[right.x, row] = Cell("│", .dim) }
        let output = DerivativeTable.output(during: walkthrough?.kind, graph)
        let tableArea = Rect(x: right.x + 2, y: right.y, width: right.width - 3, height: right.height)
        let table = DerivativeTable.lines(disclosure, output: output, selected: selected, width: tableArea.width, height: tableArea.height, notation: notation)
        TextPane(table, wrapping: false).draw(into: &canvas, tableArea)
        drawFooterAndDialog(into: &canvas, footer)
    }

    private func drawFooterAndDialog(into canvas: inout Canvas, _ footer: Rect) {
        canvas.write(Self.keys.footer(width: footer.width - 2), x: footer.x + 1, y: footer.y, style: .dim)
        if let dialog { DialogView.draw(dialog, state: self, into: &canvas) }
    }

    private func drawTitle(into canvas: inout Canvas, _ rect: Rect) {
        // An output's equation gives its value away: only once it has been shown.
        let outputs = graph.outputs.map { output in
            disclosure.value(output) == nil ? "\(graph.nodes[output].name) = \(graph.formula(of: output)) = ?" : Caption.equation(output, evaluation)
        }.joined(separator: "; ")
        canvas.titleBar((predicting ? ExplorerWords.current.predictModeTitle : "") + outputs, in: rect)
    }

    /// The rule naming the pass and step, then the step's caption and the last message.
    func drawCaption(into canvas: inout Canvas, _ rect: Rect) {
        canvas.write(String(repeating: "─", count: rect.width), x: rect.x, y: rect.y, style: .dim)
        let words = ExplorerWords.current
        var lines: [(text: String, style: Style)] = []
        if let walkthrough {
            let rule = words.passRule(Caption.title(walkthrough.kind, graph), walkthrough.revealed, walkthrough.steps.count)
            canvas.write(rule, x: rect.x + 2, y: rect.y, maxWidth: rect.width - 2, style: .bold)
            if let step = walkthrough.current {
                lines.append((Caption.text(step, evaluation, notation), .bold))
                if walkthrough.isFinished && message == nil { lines.append((Caption.summary(walkthrough.pass, evaluation, notation), .plain)) }
            } else {
                lines.append((words.firstStepHint, .plain))
            }
        } else if let warning = evaluation.warnings.first {
            lines.append((ProblemWording.describe(warning, in: evaluation), Style(.bold, color: .red)))
        } else {
            lines.append((words.idleHint, .plain))
        }
        let textArea = rect.splitRows(at: 1).bottom.inset(columns: 1)
        if case .prediction(let field, let error) = dialog, let next = walkthrough?.next {
            let prompt = words.predictPrompt(next.quantity.symbol(in: graph, notation))
            let style = Style(.bold, color: .green)
            lines = [(prompt, style), (error ?? words.predictHint, error == nil ? .dim : Style(.bold, color: .red))]
            canvas.write(field.spans(width: textArea.width - prompt.displayWidth, style: style).spans, x: textArea.x + prompt.displayWidth, y: textArea.y)
        } else if let message {
            lines.append((message, message.hasPrefix("✗") ? Style(.bold, color: .red) : message.hasPrefix("✓") ? Style(.bold, color: .green) : .plain))
        }
        TextPane.drawCaption(lines, into: &canvas, textArea)
    }
}
