import TextCanvas

/// The whole program as a value: a router over its screens. `update` takes a message and gives
/// back the commands it wants done; `render` draws the current screen into a canvas. Neither
/// touches the terminal, so tests drive the app from keys to cells.
public struct App: Sendable {
    /// The screens there are, each with its own state.
    public enum Screen: Sendable {
        case explorer(ExplorerState)
    }

    public var screen: Screen
    public let options: DisplayOptions

    public init(_ screen: Screen, options: DisplayOptions = DisplayOptions()) {
        self.screen = screen
        self.options = options
    }

    /// Applies `message` to the current screen; returns what must be done because of it.
    public mutating func update(_ message: Message) -> [Command] {
        switch screen {
        case .explorer(var explorer):
            let commands = explorer.update(message)
            screen = .explorer(explorer)
            return commands
        }
    }

    /// The current screen drawn at `width × height`, or a notice when that is smaller than the
    /// screen needs; ASCII only and without colour when the options say so.
    public func render(width: Int, height: Int) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        let minimum = minimumSize
        if width >= minimum.width && height >= minimum.height {
            switch screen {
            case .explorer(let explorer): explorer.render(into: &canvas)
            }
        } else {
            let notice = "terminal too small (need \(minimum.width)×\(minimum.height))"
            canvas.write(notice, x: max(0, (width - notice.displayWidth) / 2), y: height / 2, style: .bold)
        }
        if options.ascii { canvas.makeASCII() }
        if !options.color { canvas.removeColor() }
        return canvas
    }

    /// The smallest terminal the current screen draws in.
    public var minimumSize: (width: Int, height: Int) {
        switch screen {
        case .explorer: ExplorerState.minimumSize
        }
    }
}
