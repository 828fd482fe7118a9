import Foundation
import GraphEngine
@testable import TerminalUI
import Testing
import TextCanvas

/// A console that plays a script of events (nil: the time a timer waits for passes) and keeps
/// every canvas shown, so the whole program runs from keys to cells without a terminal.
struct ScriptedConsole: Console {
    struct EndOfScript: Error {}

    var size: (width: Int, height: Int)
    var script: [Event?]
    var shown: [Canvas] = []
    /// The timeouts the loop waited with, one per event read.
    var timeouts: [Double?] = []

    init(width: Int = 80, height: Int = 24, _ script: [Event?]) {
        size = (width, height)
        self.script = script
    }

    mutating func show(_ canvas: Canvas) { shown.append(canvas) }

    mutating func nextEvent(timeout: Double?) throws -> Event? {
        guard !script.isEmpty else { throw EndOfScript() }
        timeouts.append(timeout)
        let event = script.removeFirst()
        if case .resize(let width, let height) = event { size = (width, height) }
        return event
    }

    /// The last screen shown, as text.
    var screen: String { shown.last!.rows.joined(separator: "\n") }
}

@Suite struct HeadlessAppTests {
    static func keys(_ text: String) -> [Event?] { text.map { .character($0) } }

    func run(_ script: [Event?], width: Int = 80, height: Int = 24, perform: (Command) -> Message? = { _ in nil }) throws -> (App, ScriptedConsole) {
        var app = App(.explorer(try ExplorerState(source: "c = a + b; d = b + 1; e = c * d", inputs: ["a": 2, "b": 1])))
        var console = ScriptedConsole(width: width, height: height, script)
        do {
            try AppLoop.run(&app, on: &console, perform: perform)
        } catch is ScriptedConsole.EndOfScript {}
        return (app, console)
    }

    @Test func keysToScreenAsTheReadmeShowsIt() throws {
        let (_, console) = try run(Self.keys("rnnnnq"))
        #expect(console.shown.count == 6)  // the first frame, then one after each key but the last
        try Snapshot.check(console.shown.last!, named: "reverse-4-80x24")
    }

    @Test func anInterruptQuits() throws {
        let (_, console) = try run([.character("r"), .interrupt, .character("n")])
        #expect(console.script.count == 1)
    }

    @Test func aResizeRedrawsAtTheNewSize() throws {
        let (_, console) = try run([.resize(width: 120, height: 40), .character("q")])
        #expect(console.shown.last?.width == 120 && console.shown.last?.height == 40)
        let (_, small) = try run([.resize(width: 60, height: 15), .character("q")])
        #expect(small.screen.contains("terminal too small (need 70×20)"))
    }

    @Test func playingTakesAStepAtEveryTickUntilAKeyStopsIt() throws {
        let (app, console) = try run(Self.keys("ra") + [nil, nil, nil, .character("j"), nil, .character("q")])
        guard case .explorer(let explorer) = app.screen else { Issue.record("not the explorer"); return }
        #expect(explorer.walkthrough?.revealed == 3)
        #expect(explorer.playing == nil)
        #expect(console.timeouts.prefix(2) == [nil, nil])
        #expect(console.timeouts[2].map { (0.5...ExplorerState.playInterval).contains($0) } == true)
        #expect(console.timeouts.last! == nil)  // stopped: no timer is left waiting
        #expect(console.shown[4].rows.contains { $0.contains("reverse mode from e · step 2/6") })
    }

    @Test func playingEndsWithThePass() throws {
        let (app, _) = try run(Self.keys("ra") + Array(repeating: nil, count: 6))
        guard case .explorer(let explorer) = app.screen else { Issue.record("not the explorer"); return }
        #expect(explorer.walkthrough?.isFinished == true)
        #expect(explorer.playing == nil)
        #expect(explorer.message == "that was the last step; g goes back to the first")
    }

    @Test func aGraphFileTypedInTheDialogIsReadByTheLoop() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("graphtutor-headless-\(UUID()).txt")
        try "x = 3\ny = x * x\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        var asked: [Command] = []
        let script: [Event?] = [.character(":")] + Array(repeating: .backspace, count: 40) + Self.keys("@\(file.path)") + [.enter]
        let (app, console) = try run(script) { command in
            asked.append(command)
            guard case .readGraphFile(let path) = command else { return nil }
            return .fileRead(path: path, Result { try String(contentsOfFile: path, encoding: .utf8) }.mapError { _ in IOFailure("unreadable") })
        }
        #expect(asked == [.readGraphFile(path: file.path)])
        guard case .explorer(let explorer) = app.screen else { Issue.record("not the explorer"); return }
        #expect(explorer.graph.nodes.map(\.name) == ["x", "y"])
        #expect(explorer.message == "new graph from \(file.path): 2 nodes")
        #expect(console.screen.contains("y = x · x = 3 · 3 = 9"))
    }

    @Test func aGraphFileThatCannotBeReadKeepsTheDialogOpenAndSaysWhy() throws {
        let script: [Event?] = [.character(":")] + Array(repeating: .backspace, count: 40) + Self.keys("@missing.txt") + [.enter]
        let (app, console) = try run(script) { command in
            guard case .readGraphFile(let path) = command else { return nil }
            return .fileRead(path: path, .failure(IOFailure("cannot read the graph file '\(path)': no such file")))
        }
        guard case .explorer(let explorer) = app.screen, case .newGraph(_, let error?) = explorer.dialog else {
            Issue.record("the dialog closed")
            return
        }
        #expect(error.message == "cannot read the graph file 'missing.txt': no such file")
        #expect(console.screen.contains("no such file"))
        #expect(explorer.source == "c = a + b; d = b + 1; e = c * d")
    }

    @Test func aStaleTickIsIgnored() throws {
        var explorer = try ExplorerState(source: "x = 1; y = x * 2")
        _ = explorer.update(.input(.character("r")))
        #expect(explorer.update(.input(.character("a"))) == [.tick(after: ExplorerState.playInterval, id: 1)])
        #expect(explorer.update(.input(.character("a"))).isEmpty)  // stopped
        #expect(explorer.update(.tick(id: 1)).isEmpty)
        #expect(explorer.walkthrough?.revealed == 0)
    }
}
