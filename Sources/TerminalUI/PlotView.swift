import GraphEngine
import TextCanvas
import Words

/// A line plot in the cell grid: `values` against their index, with the axes labelled by the
/// first, least and greatest values and the number of steps. Each column shows the value of
/// the step it stands for as a `•`, joined to the next by `│` where it jumps.
enum PlotView {
    static func draw(_ values: [Double], name: String, into canvas: inout Canvas, _ rect: Rect) {
        guard rect.width >= 16, rect.height >= 4, let first = values.first else { return }
        let finite = values.filter(\.isFinite)
        let top = finite.max() ?? first, bottom = finite.min() ?? first
        let labels = [NumberFormat.short(top), NumberFormat.short(bottom)]
        let axis = (labels.map(\.displayWidth).max() ?? 1) + 1
        let plot = Rect(x: rect.x + axis + 1, y: rect.y + 1, width: rect.width - axis - 1, height: rect.height - 3)
        canvas.write(LessonScreenWords.current.plotTitle(name, values.count - 1), x: rect.x, y: rect.y, maxWidth: rect.width, style: .bold)
        canvas.write(labels[0], x: rect.x + axis - labels[0].displayWidth, y: plot.y, style: .dim)
        canvas.write(labels[1], x: rect.x + axis - labels[1].displayWidth, y: plot.bottom - 1, style: .dim)
        for row in plot.y..<plot.bottom { canvas[plot.x - 1, row] = Cell("│", .dim) }
        canvas.write("└" + String(repeating: "─", count: plot.width), x: plot.x - 1, y: plot.bottom, style: .dim)
        canvas.write("0", x: plot.x, y: plot.bottom + 1, style: .dim)
        let last = "\(values.count - 1)"
        canvas.write(last, x: plot.right - last.displayWidth, y: plot.bottom + 1, style: .dim)
        func row(_ value: Double) -> Int {
            guard value.isFinite, top > bottom else { return plot.bottom - 1 }
            return plot.y + Int(((top - value) / (top - bottom) * Double(plot.height - 1)).rounded())
        }
        var previous: Int?
        for column in 0..<plot.width {
            let index = values.count == 1 ? 0 : Int((Double(column) / Double(max(1, plot.width - 1)) * Double(values.count - 1)).rounded())
            let y = row(values[index])
            if let previous, abs(previous - y) > 1 {
                for between in (min(previous, y) + 1)..<max(previous, y) { canvas[plot.x + column, between] = Cell("│", Style(color: .yellow)) }
            }
            canvas[plot.x + column, y] = Cell("•", Style(.bold, color: .yellow))
            previous = y
        }
    }
}
