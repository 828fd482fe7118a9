import TextCanvas
import Tutor

/// What `update` asks the world to do: the only way the app does I/O or anything timed. The
/// loop performs each one and answers, if at all, with a `Message`.
public enum Command: Equatable, Sendable {
    case quit
    /// Send `Message.tick(id)` after `seconds`.
    case tick(after: Double, id: Int)
    /// Read the graph file at `path`; the answer is `Message.fileRead`.
    case readGraphFile(path: String)
    /// Keep what the learner has done (see `ProgressStore`).
    case saveProgress(CourseProgress)
}

/// What reaches `update`: a key or a resize, a tick a command asked for, or what I/O gave.
public enum Message: Equatable, Sendable {
    case input(Event)
    case tick(id: Int)
    /// A graph file's text, or why it could not be read.
    case fileRead(path: String, Result<String, IOFailure>)
}

/// I/O that failed, in words for the learner.
public struct IOFailure: Error, Equatable, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}
