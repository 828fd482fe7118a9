import Foundation
import GraphEngine
import RandomGraphs
@testable import TerminalUI
import Testing
import TextCanvas
import Tutor

/// Properties of every screen of every step of every pass on random graphs: one label never
/// stands for two numbers, and a number the learner is asked to predict is nowhere on screen.
@Suite struct HonestScreenTests {
    static let seeds: ClosedRange<UInt64> = 1...30

    static func explorer(_ seed: UInt64) throws -> ExplorerState {
        let graph = RandomGraph(seed: seed, options: .init(nodes: 3...9, dense: true, extraOutputs: 0...1))
        return try ExplorerState(source: graph.text)
    }

    /// The explorer at every step of every pass it offers: forward values, then forward mode
    /// and paths from each input, and reverse mode from each output.
    static func everyStep(_ explorer: ExplorerState, _ visit: (ExplorerState) throws -> Void) rethrows {
        let graph = explorer.graph
        var starts: [(select: Int, key: Character)] = [(explorer.selected, "f")]
        for input in graph.inputs { starts += [(input, "t"), (input, "s")] }
        for output in graph.outputs { starts.append((output, "r")) }
        for (node, key) in starts {
            var state = explorer
            state.selected = node
            state.press(.character(key))
            guard let count = state.walkthrough?.steps.count else { continue }
            for revealed in 0...count {
                state.walkthrough?.revealed = revealed
                try visit(state)
            }
        }
    }

    /// `label = number` pairs on a screen, where the number stands alone (not `3 · 2` or `3 + …`).
    static func labelledNumbers(_ rows: [String]) -> [(label: String, value: Double)] {
        let pattern = try! NSRegularExpression(pattern: #"(\S+) = (-?[0-9][0-9.e+-]*|nan|-?inf)(?=$|\s{2}|\s[│|(]|[,;)]|\s*$)"#)
        return rows.flatMap { row in
            pattern.matches(in: row, range: NSRange(row.startIndex..., in: row)).compactMap { match -> (String, Double)? in
                let label = String(row[Range(match.range(at: 1), in: row)!])
                let number = Double(String(row[Range(match.range(at: 2), in: row)!]))
                // `3 · 2 = 6` ends in a number too: a label names something.
                guard label.contains(where: \.isLetter) else { return nil }
                return number.map { (label, $0) }
            }
        }
    }

    @Test func oneLabelNeverShowsTwoNumbers() throws {
        for seed in Self.seeds {
            try Self.everyStep(try Self.explorer(seed)) { state in
                let rows = state.render(width: 160, height: 50).rows
                var seen: [String: Double] = [:]
                for (label, value) in Self.labelledNumbers(rows) {
                    if let other = seen[label] {
                        // Boxes round to 6 significant digits, captions to 12.
                        let same = other == value || abs(other - value) <= 1e-5 * max(abs(other), abs(value)) || other.isNaN && value.isNaN
                        #expect(same, "seed \(seed), \(state.walkthrough.map { Caption.title($0.kind, state.graph) } ?? "") step \(state.walkthrough?.revealed ?? 0): \(label) is both \(other) and \(value)\n\(rows.joined(separator: "\n"))")
                    }
                    seen[label] = value
                }
            }
        }
    }

    @Test func aPredictedNumberIsNotOnScreenBeforeItIsAnswered() throws {
        var asked = 0
        for seed in Self.seeds {
            var explorer = try Self.explorer(seed)
            explorer.predicting = true
            try Self.everyStep(explorer) { state in
                guard let walkthrough = state.walkthrough, let next = walkthrough.next else { return }
                var state = state
                state.press(.character("n"))
                guard case .prediction = state.dialog else { Issue.record("no prompt"); return }
                let rows = state.render(width: 160, height: 50).rows
                let shown = rows.joined(separator: "\n")
                // Numbers the screen may show for other reasons: small whole numbers (counts,
                // steps) and any number already revealed that happens to be equal.
                let value = next.value
                let revealed = Self.revealedNumbers(state.disclosure)
                guard value.isFinite, value.rounded() != value || abs(value) > 100,
                      !revealed.contains(where: { abs($0 - value) <= 1e-9 * max(1, abs(value)) }) else { return }
                asked += 1
                for text in [NumberFormat.short(value), NumberFormat.plain(value)] {
                    #expect(!Self.containsNumber(shown, text), "seed \(seed): \(next.quantity.symbol(in: state.graph)) = \(text) is on screen before it is answered\n\(shown)")
                }
            }
        }
        #expect(asked > 100)
    }

    /// Every number the disclosure shows: values, partials, and the pass's own quantities.
    static func revealedNumbers(_ disclosure: Disclosure) -> [Double] {
        let graph = disclosure.analysis.graph
        var numbers = graph.nodes.indices.compactMap(disclosure.value) + graph.edges.compactMap(disclosure.partial)
        if let walkthrough = disclosure.walkthrough {
            numbers += walkthrough.steps.prefix(walkthrough.revealed).map(\.value)
            numbers += walkthrough.pass.paths.prefix(walkthrough.revealedPaths).flatMap { path in
                // A path's running products, as the listing spells them out.
                path.edges.indices.map { end in path.edges.prefix(end + 1).reduce(1.0) { $0 * disclosure.analysis.evaluation.partial($1) } }
            }
        }
        return numbers
    }

    /// Whether `text` stands in `screen` as a whole number, not as part of a longer one.
    static func containsNumber(_ screen: String, _ text: String) -> Bool {
        let escaped = NSRegularExpression.escapedPattern(for: text)
        return screen.range(of: #"(?<![0-9.\-])"# + escaped + #"(?![0-9])"#, options: .regularExpression) != nil
    }
}
