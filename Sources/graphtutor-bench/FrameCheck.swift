import GraphEngine
import RandomGraphs
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

    /// 200 nodes of +, · and tanh over 20 inputs, with fan-out.
    static let graph = RandomGraph.Options(nodes: 200...200, inputs: 20...20, operations: [.add, .multiply, .tanh], dense: true)

    init(repeats: Int) {
        let source = RandomGraph(seed: 200, options: Self.graph).text
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
        nodes = state.graph.varying.count
        layoutSize = (state.layout.width, state.layout.height)
    }
}
