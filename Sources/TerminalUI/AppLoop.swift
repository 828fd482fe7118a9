import Foundation
import TextCanvas

/// The program's loop, the same for the real terminal and for tests: draw, wait for a key or a
/// timer, update, perform the commands, draw again.
public enum AppLoop {
    /// Runs `app` on `console` until a command quits. `perform` does the I/O that commands ask
    /// for (reading a file) and answers with the message for `update`; the loop itself keeps
    /// the timers. Errors from the console (its input closed) end the loop and are rethrown.
    public static func run(_ app: inout App, on console: inout some Console, perform: (Command) -> Message?) throws {
        var timers: [(deadline: Double, id: Int)] = []
        var pending: [Message] = []
        while true {
            let size = console.size
            console.show(app.render(width: size.width, height: size.height))
            if pending.isEmpty {
                let now = Date.timeIntervalSinceReferenceDate
                let timeout = timers.map(\.deadline).min().map { max(0, $0 - now) }
                if let event = try console.nextEvent(timeout: timeout) {
                    pending.append(.input(event))
                } else if let earliest = timers.indices.min(by: { timers[$0].deadline < timers[$1].deadline }) {
                    pending.append(.tick(id: timers.remove(at: earliest).id))
                }
            }
            guard !pending.isEmpty else { continue }
            for command in app.update(pending.removeFirst()) {
                switch command {
                case .quit: return
                case .tick(let seconds, let id): timers.append((Date.timeIntervalSinceReferenceDate + seconds, id))
                default: if let answer = perform(command) { pending.append(answer) }
                }
            }
        }
    }
}
