import GraphEngine
import TerminalUI
import TextCanvas

/// The explorer's responsiveness: building a 200-node graph's whole screen (parse, every pass,
/// layout, render into the cell grid) and redrawing it after a key, against a 16 ms frame.
struct FrameCheck {
    /// Milliseconds: median of the repeats.
    let firstFrame: Double
    let keyFrame: Double
    let exampleFirstFrame: Double
    let nodes: Int
    let layoutSize: (width: Int, height: Int)

    init(repeats: Int) {
        let source = Self.randomGraphText(operations: 180, inputs: 20)
        var firstFrames: [Double] = [], keyFrames: [Double] = [], exampleFrames: [Double] = []
        var state: ExplorerState! = nil
        var app: App! = nil
        for _ in 0..<repeats {
            firstFrames.append(seconds {
                state = try! ExplorerState(source: source)
                app = App(.explorer(state))
                blackHole += Double(app.render(width: 120, height: 40).cells.count)
            } * 1e3)
            keyFrames.append(seconds {
                _ = app.update(.input(.tab))
                blackHole += Double(app.render(width: 120, height: 40).cells.count)
            } * 1e3)
            exampleFrames.append(seconds {
                let example = try! ExplorerState(source: "c = a + b; d = b + 1; e = c * d", inputs: ["a": 2, "b": 1])
                blackHole += Double(App(.explorer(example)).render(width: 80, height: 24).cells.count)
            } * 1e3)
        }
        func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
        firstFrame = median(firstFrames)
        keyFrame = median(keyFrames)
        exampleFirstFrame = median(exampleFrames)
        nodes = state.graph.nodes.indices.filter { state.graph.operations[$0] != .constant }.count
        layoutSize = (state.layout.width, state.layout.height)
    }

    /// `inputs` inputs, then `operations` assignments of +, * and tanh over random earlier
    /// names (a fixed seed), so there is fan-out; the last one is the output.
    static func randomGraphText(operations: Int, inputs: Int) -> String {
        var generator = SeededGenerator(seed: 200)
        var names = (0..<inputs).map { "x\($0)" }
        var lines = names.map { "\($0) = \(Double(generator.next() % 100) / 100)" }
        for index in 0..<operations {
            let name = "n\(index)"
            let pick = { (g: inout SeededGenerator) in names[names.count - 1 - Int(g.next() % UInt64(min(names.count, 12)))] }
            switch generator.next() % 3 {
            case 0: lines.append("\(name) = \(pick(&generator)) + \(pick(&generator))")
            case 1: lines.append("\(name) = \(pick(&generator)) * \(pick(&generator))")
            default: lines.append("\(name) = tanh(\(pick(&generator)))")
            }
            names.append(name)
        }
        return lines.joined(separator: "\n")
    }
}
