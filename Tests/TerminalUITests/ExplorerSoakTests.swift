import GraphEngine
import RandomGraphs
@testable import TerminalUI
import Testing
import TextCanvas

/// A random-key soak of the explorer through the program's own loop (`AppLoop.run`), headless:
/// thousands of seeded keys (every key the explorer knows, text, control keys, stray
/// characters) with resizes down to nothing and up to large, timer ticks, and graph files that
/// load or fail (array graphs among them, which open the array explorer, and `x` a scalar one).
/// The program must never crash, and every frame must be the size of the screen at the time.
@Suite struct ExplorerSoakTests {
    /// A console that makes up its events from a seed, checks each frame's size, and ends
    /// after `events` events.
    struct RandomConsole: Console {
        struct Done: Error {}

        var size: (width: Int, height: Int) = (80, 24)
        var random: SeededGenerator
        var remaining: Int
        var frames = 0
        var wrongSizes: [String] = []

        mutating func show(_ canvas: Canvas) {
            frames += 1
            if canvas.width != size.width || canvas.height != size.height {
                wrongSizes.append("\(canvas.width)×\(canvas.height) on \(size.width)×\(size.height)")
            }
        }

        mutating func nextEvent(timeout: Double?) throws -> Event? {
            guard remaining > 0 else { throw Done() }
            remaining -= 1
            switch Int.random(in: 0..<100, using: &random) {
            case 0..<3:
                size = Int.random(in: 0..<4, using: &random) == 0
                    ? (Int.random(in: 0...12, using: &random), Int.random(in: 0...6, using: &random))
                    : (Int.random(in: 40...160, using: &random), Int.random(in: 10...50, using: &random))
                return .resize(width: size.width, height: size.height)
            case 3..<8: return nil  // the time a timer waits for passes
            case 8..<60: return .character(Self.explorerKeys.randomElement(using: &random)!)
            case 60..<75: return .character(Self.text.randomElement(using: &random)!)
            default: return Self.otherKeys.randomElement(using: &random)!
            }
        }

        /// The explorer's keys but `q`, which would end the run.
        static let explorerKeys = Array("hjklfttrsnNgGappe:ddDuz?x 0123456789.-=")
        static let text = Array("abcxyz+*/^()=;,#@éü反向∂\u{301}\u{9B}\u{7F}\u{85} ") + ["\r\n", "e\u{301}"]
        static let otherKeys: [Event] = [
            .up, .down, .left, .right, .home, .end, .tab, .backTab, .enter, .backspace, .escape,
            .delete, .altBackspace, .control("a"), .control("e"), .control("w"), .control("u"),
            .control("k"), .control("b"), .control("f"), .control("s"), .control("q"), .control("z"),
        ]
    }

    /// A graph file's text for `: @FILE`: a random graph, an array graph, or text with a
    /// mistake, or a failure.
    static func answer(_ command: Command, random: inout SeededGenerator) -> Message? {
        guard case .readGraphFile(let path) = command else { return nil }
        switch Int.random(in: 0..<4, using: &random) {
        case 0: return .fileRead(path: path, .success(RandomGraph(seed: random.next(), options: .init(nodes: 2...40, extraOutputs: 0...2)).text))
        case 1: return .fileRead(path: path, .success("y = a + \u{9B}"))
        case 2: return .fileRead(path: path, .success(ArrayExplorerTests.layer))
        default: return .fileRead(path: path, .failure(IOFailure("cannot read the graph file '\(path)': no such file")))
        }
    }

    @Test(arguments: [1, 2])
    func randomKeysNeverCrashAndEveryFrameFitsTheScreen(seed: UInt64) throws {
        var console = RandomConsole(random: SeededGenerator(seed: seed), remaining: 2000)
        var files = SeededGenerator(seed: seed + 100)
        var quits = 0
        let graphs = ["c = a + b; d = b + 1; e = c * d", RandomGraph(seed: seed, options: .init(nodes: 10...30, dense: true)).text]
        while console.remaining > 0 {
            let example = quits % 2 == 0
            var app = App(.explorer(try ExplorerState(source: graphs[quits % 2], inputs: example ? ["a": 2, "b": 1] : [:])))
            do {
                try AppLoop.run(&app, on: &console) { Self.answer($0, random: &files) }
                quits += 1  // a key that quits (none is sent): start again
            } catch is RandomConsole.Done {}
        }
        #expect(console.frames >= 2000)
        #expect(console.wrongSizes.isEmpty, "\(console.wrongSizes.prefix(5))")
    }
}
