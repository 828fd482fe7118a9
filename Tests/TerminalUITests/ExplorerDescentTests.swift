import GraphEngine
@testable import TerminalUI
import Testing
import TextCanvas

/// Gradient descent in the explorer, on the source's two-layer network.
@Suite struct ExplorerDescentTests {
    static let network = """
        x1 = 1; x2 = 0.5; t = 4; w1 = 0.5; w2 = 1.5; w3 = 2.3; w4 = 3; w5 = 1; w6 = 1
        h1 = w1*x1 + w2*x2; h2 = w3*x1 + w4*x2; y = w5*h1 + w6*h2; E = 0.5 * (t - y)^2
        """

    func value(_ state: ExplorerState, _ name: String) -> Double { state.evaluation.values[state.graph.index(of: name)!] }

    func type(_ state: inout ExplorerState, _ text: String) {
        for character in text { state.press(.character(character)) }
    }

    @Test func oneStepOnTheWeightsGivesTheSourcesFigures() throws {
        var state = try ExplorerState(source: Self.network)
        state.press(.character("d"))
        guard case .descent(let form) = state.dialog, form.editingRate, form.error == nil else { Issue.record("no dialog"); return }
        #expect(form.rate.text == "0.1" && form.rate.isSelected)
        #expect(form.parameters.text == "x1 x2 t w1 w2 w3 w4 w5 w6")
        type(&state, "0.1")
        state.press(.tab)
        state.press(.control("u"))
        type(&state, "w1 w2 w3 w4 w5 w6")
        state.press(.enter)
        guard case .descentResult(let run) = state.dialog else { Issue.record("no result: \(String(describing: state.dialog))"); return }
        #expect(value(state, "w5") == 0.86875)
        #expect(abs(value(state, "y") - 3.1768328125) < 1e-12)
        #expect(abs(value(state, "E") - 0.338802109288) < 1e-12)
        #expect(value(state, "x1") == 1)
        #expect(abs(run.lossBefore - 0.55125) < 1e-12 && run.parameters.count == 6)
        let screen = state.render(width: 80, height: 24).rows.joined(separator: "\n")
        #expect(screen.contains("E: 0.55125 → 0.338802109288"))
        #expect(screen.contains("w5  1"))
        state.press(.character("u"))
        #expect(state.dialog == nil)
        #expect(value(state, "w5") == 1)
        #expect(abs(value(state, "E") - 0.55125) < 1e-12)
    }

    @Test func tenMoreStepsKeepTheSettingsAndLowerTheLoss() throws {
        var state = try ExplorerState(source: Self.network)
        state.descent = DescentSettings(learningRate: 0.1, parameters: ["w1", "w2", "w3", "w4", "w5", "w6"])
        state.press(.character("D"))
        guard case .descentResult(let run) = state.dialog else { Issue.record("no result"); return }
        #expect(run.steps == 10)
        #expect(run.lossAfter < run.lossBefore)
        #expect(value(state, "t") == 4)
        state.press(.enter)
        state.press(.character("u"))
        #expect(abs(value(state, "E") - 0.55125) < 1e-12)
        state.press(.character("u"))
        #expect(state.message == "nothing to undo: d takes a gradient-descent step")
    }

    @Test func badSettingsAreRefusedAndKeptForCorrection() throws {
        var state = try ExplorerState(source: Self.network)
        state.press(.character("d"))
        type(&state, "fast")
        state.press(.enter)
        guard case .descent(let form) = state.dialog, form.editingRate, let error = form.error else { Issue.record("no error"); return }
        #expect(error.contains("learning rate"))
        state.press(.control("u"))
        type(&state, "0.1")
        state.press(.tab)
        type(&state, " y")
        state.press(.enter)
        guard case .descent(let named) = state.dialog, !named.editingRate, let nameError = named.error else { Issue.record("no error"); return }
        #expect(nameError.hasPrefix("'y' is not an input"))
        #expect(value(state, "w5") == 1)
    }
}
