extension GraphError {
    /// Whether the scalar parser stopped at something only array graphs have: `[`, `]` or `@`,
    /// or an array function such as `sum`. Such text is read again as an array graph.
    public var callsForArrays: Bool {
        switch problem {
        case .unexpectedCharacter(let character): "[]@".contains(character)
        case .unknownFunction(let name, _): BlockOperation.functions[name] != nil
        default: false
        }
    }
}
