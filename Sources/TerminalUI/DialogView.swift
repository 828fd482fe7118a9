import GraphEngine
import TextCanvas
import Tutor
import Words

/// Draws the dialogs that sit on top of the screen: help, editing a value, typing a graph.
/// (A prediction is typed in the caption area, beside the step it is about.)
enum DialogView {
    static func draw(_ dialog: ExplorerState.Dialog, state: ExplorerState, into canvas: inout Canvas) {
        let words = ExplorerWords.current
        switch dialog {
        case .help(let page):
            help(ExplorerState.keys, page: page, notation: state.notation, into: &canvas)
        case .editValue(let node, let field, let error):
            let label = "\(state.graph.nodes[node].name) = "
            let spans = field.spans(width: canvas.width - 6 - label.displayWidth, style: .bold).spans
            let hint = error.map { Line.text($0, Style(.bold, color: .red)) } ?? .text(words.valueHint, .dim)
            frame(title: words.valueTitle(state.graph.nodes[node].name), lines: [.spans([(label, .bold)] + spans), hint], into: &canvas, minimumWidth: 40)
        case .newGraph(let field, let error):
            newGraph(field, error: error, into: &canvas)
        case .descent(let form):
            descent(form, loss: state.graph.nodes[state.graph.outputs[0]].name, into: &canvas)
        case .descentResult(let run):
            let title = run.steps == 1 ? words.oneStepTitle : words.stepsTitle(run.steps)
            frame(title: title, lines: run.lines.map { .text($0, .plain) }, into: &canvas)
        case .prediction:
            break
        }
    }

    /// Gradient descent on `loss`: the learning rate and the parameters, the one being edited
    /// with its caret, then why the last try was refused or the keys.
    static func descent(_ form: DescentForm, loss: String, into canvas: inout Canvas) {
        let words = ExplorerWords.current
        let names = [words.learningRateLabel, words.parametersLabel]
        let labels = names.map { $0.padded(toWidth: names.map(\.displayWidth).max()! + 2) }
        let room = canvas.width - 8 - labels[0].displayWidth
        func row(_ label: String, _ field: TextField, _ editing: Bool) -> Line {
            .spans([(label, Style.bold)] + (editing ? field.spans(width: room, style: .bold).spans : [(field.text.clipped(toWidth: room, ellipsis: true), .plain)]))
        }
        let hint = form.error.map { Line.text($0, Style(.bold, color: .red)) } ?? .text(words.descentHint, .dim)
        let rows = [row(labels[0], form.rate, form.editingRate), row(labels[1], form.parameters, !form.editingRate), hint]
        frame(title: words.descentTitle(loss), lines: rows, into: &canvas, minimumWidth: canvas.width - 4)
    }

    /// The new-graph dialog: the field, then where and why the last try failed, or an example.
    static func newGraph(_ field: TextField, error: ExplorerState.FieldError?, into canvas: inout Canvas) {
        let words = ExplorerWords.current
        self.field(field, error: error, title: words.newGraphTitle, hint: words.newGraphExample, keys: words.newGraphKeys, into: &canvas)
    }

    /// A dialog of one field of text as wide as the screen allows, titled `title`: the field,
    /// then where (a caret under the column) and why the last try failed, or else `hint`; then `keys`.
    static func field(_ field: TextField, error: ExplorerState.FieldError?, title: String, hint: String, keys: String, into canvas: inout Canvas) {
        let words = ExplorerWords.current
        let (spans, scrolled) = field.spans(width: canvas.width - 8, style: .bold)
        var lines = [Line.spans(spans)]
        if let error {
            if let column = error.column, column - 1 >= scrolled {
                // The caret stands under the column's character, as wide as what is before it.
                let before = String(field.text.dropFirst(scrolled).prefix(column - 1 - scrolled))
                lines.append(.text(String(repeating: " ", count: before.displayWidth) + "^", Style(.bold, color: .red)))
            } else if error.column != nil {
                lines.append(.text("", .plain))
            }
            lines.append(.text((error.column.map { words.columnOfError($0) } ?? "") + error.message, Style(.bold, color: .red)))
        } else {
            lines.append(.text(hint, .dim))
        }
        lines.append(.text(keys, .dim))
        frame(title: title, lines: lines, into: &canvas, minimumWidth: canvas.width - 4)
    }

    /// The help for a screen's `keys`, then the legend, at `page` (around as it goes on).
    static func help<Action>(_ keys: KeyTable<Action>, page: Int, notation: Notation, into canvas: inout Canvas) {
        let pages = HelpPages.pages(keys, rows: canvas.height - 4, notation: notation)
        let shown = page % pages.count
        frame(title: HelpPages.title(page: shown, of: pages.count), lines: pages[shown].map { .text($0, .plain) }, into: &canvas)
    }

    /// A line of a dialog: text in one style, wrapped to the box, or a field's row of spans,
    /// which is already as narrow as the box needs.
    private enum Line {
        case text(String, Style)
        case spans([TextField.Span])
    }

    /// A bordered box centred on the canvas, cleared inside, with `lines` in it.
    private static func frame(title: String, lines: [Line], into canvas: inout Canvas, minimumWidth: Int = 0) {
        let widest = lines.map { line in
            switch line {
            case .text(let text, _): text.displayWidth
            case .spans(let spans): spans.map(\.text.displayWidth).reduce(0, +)
            }
        }.max() ?? 0
        let width = min(canvas.width - 2, max(minimumWidth, title.displayWidth + 6, widest + 4))
        let rows = lines.flatMap { line -> [[TextField.Span]] in
            switch line {
            case .text(let text, let style): wrap(text, width: width - 4).map { [($0.clipped(toWidth: width - 4), style)] }
            case .spans(let spans): [spans]
            }
        }
        let height = min(canvas.height, rows.count + 2)
        let x = (canvas.width - width) / 2, y = (canvas.height - height) / 2
        canvas.fill(x: x, y: y, width: width, height: height)
        canvas.write("┌" + String(repeating: "─", count: width - 2) + "┐", x: x, y: y, style: .bold)
        canvas.write(" \(title) ", x: x + 2, y: y, style: .bold)
        for row in 1..<(height - 1) {
            canvas[x, y + row] = Cell("│", .bold)
            canvas[x + width - 1, y + row] = Cell("│", .bold)
            canvas.write(rows[row - 1], x: x + 2, y: y + row)
        }
        canvas.write("└" + String(repeating: "─", count: width - 2) + "┘", x: x, y: y + height - 1, style: .bold)
    }
}

