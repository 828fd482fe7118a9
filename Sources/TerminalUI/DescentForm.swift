import Foundation
import GraphEngine
import TextCanvas
import Tutor
import Words

/// The gradient-descent dialog's fields — the learning rate and the parameters — with the one
/// being edited and why the last Enter was refused. The scalar explorer and the array explorer
/// both ask with it.
public struct DescentForm: Equatable, Sendable {
    public var rate: TextField
    public var parameters: TextField
    public var editingRate = true
    public var error: String?

    /// The form for `settings`, the parameters every one of `inputNames` unless chosen before;
    /// the rate selected, so typing replaces it.
    init(_ settings: DescentSettings, inputNames: [String]) {
        rate = TextField(NumberFormat.plain(settings.learningRate), selectingAll: true)
        parameters = TextField((settings.parameters.isEmpty ? inputNames : settings.parameters).joined(separator: " "))
    }

    /// Applies a key: Tab (or ↑ ↓) moves between the fields, Enter gives the settings typed if
    /// they are good — a rate other than 0, and inputs among `inputNames` (empty for every
    /// one) — or keeps the form with the error; other keys edit the field.
    mutating func update(_ event: Event, inputNames: [String]) -> DescentSettings? {
        let words = ExplorerWords.current
        switch event {
        case .tab, .backTab, .up, .down:
            editingRate.toggle()
            error = nil
        case .enter:
            let text = rate.text.trimmingCharacters(in: .whitespaces)
            guard let learningRate = Double(text), learningRate.isFinite, learningRate != 0 else {
                (editingRate, error) = (true, words.learningRateInvalid)
                return nil
            }
            let names = parameters.text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            if let wrong = names.first(where: { !inputNames.contains($0) }) {
                (editingRate, error) = (false, words.notAnInput(wrong, ProblemWording.inputsPhrase(inputNames)))
                return nil
            }
            guard !names.isEmpty else {
                (editingRate, error) = (false, words.noParameters)
                return nil
            }
            return DescentSettings(learningRate: learningRate, parameters: names == inputNames ? [] : names)
        default:
            if editingRate ? rate.edit(event) : parameters.edit(event) { error = nil }
        }
        return nil
    }
}
