import TextCanvas

/// One entry of a screen's keys: the events that trigger it and the action each one means,
/// with the words the help and the footer show for it.
public struct KeyBinding<Action: Sendable>: Sendable {
    /// The keys as the help lists them: `space or n`.
    public let keys: String
    /// The keys as the footer shows them: `n`.
    public let hint: String
    /// What the keys do, for the help.
    public let help: String
    let events: [(event: Event, action: Action)]

    /// Keys that all mean `action`.
    public init(_ keys: String, hint: String? = nil, _ help: String, _ events: [Event], _ action: Action) {
        self.init(keys, hint: hint, help, events.map { ($0, action) })
    }

    /// Keys that each mean an action of their own, listed as one entry.
    public init(_ keys: String, hint: String? = nil, _ help: String, _ events: [(Event, Action)]) {
        self.keys = keys
        self.hint = hint ?? keys
        self.help = help
        self.events = events.map { (event: $0.0, action: $0.1) }
    }
}

/// A screen's keys: the one list that its `update`, its `?` help and its footer all read, so
/// the three cannot disagree.
public struct KeyTable<Action: Sendable>: Sendable {
    /// A word of the footer and the bindings whose hints stand before it: `f t r s pass`.
    public struct FooterItem: Sendable {
        public let word: String
        public let bindings: [KeyBinding<Action>]
        /// Left out first when the footer is short of room.
        public let optional: Bool

        public init(_ word: String, _ bindings: [KeyBinding<Action>], optional: Bool = false) {
            self.word = word
            self.bindings = bindings
            self.optional = optional
        }

        var text: String { (bindings.map(\.hint) + [word]).joined(separator: " ") }
    }

    public let bindings: [KeyBinding<Action>]
    public let footerItems: [FooterItem]

    public init(_ bindings: [KeyBinding<Action>], footer: [FooterItem]) {
        self.bindings = bindings
        footerItems = footer
    }

    /// The action `event` means on this screen, if any.
    public func action(for event: Event) -> Action? {
        for binding in bindings {
            if let match = binding.events.first(where: { $0.event == event }) { return match.action }
        }
        return nil
    }

    /// The one-line reminder: every item if it fits in `width`, else the ones not optional.
    public func footer(width: Int) -> String {
        let full = footerItems.map(\.text).joined(separator: "  ")
        if full.displayWidth <= width { return full }
        return footerItems.filter { !$0.optional }.map(\.text).joined(separator: "  ")
    }
}
