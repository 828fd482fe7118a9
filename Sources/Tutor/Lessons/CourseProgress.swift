/// What a learner has done: for each lesson the step reached and whether it is done. Kept by
/// `ProgressStore` between runs.
public struct CourseProgress: Codable, Equatable, Sendable {
    /// One lesson's progress.
    public struct LessonProgress: Codable, Equatable, Sendable {
        /// The step reached, from 0.
        public var step: Int
        public var done: Bool

        public init(step: Int = 0, done: Bool = false) {
            self.step = step
            self.done = done
        }
    }

    /// The format's version; a file from a newer one is set aside, not misread.
    public static let currentVersion = 1

    public var version = CourseProgress.currentVersion
    /// By lesson id (`04-computational-graphs`).
    public var lessons: [String: LessonProgress] = [:]

    public init(lessons: [String: LessonProgress] = [:]) { self.lessons = lessons }

    /// The id of the lesson to continue: the one last left in progress, else the first lesson
    /// in `order` not done.
    public func lessonToContinue(in order: [String]) -> String? {
        order.first { lessons[$0].map { !$0.done && $0.step > 0 } ?? false } ?? order.first { !(lessons[$0]?.done ?? false) }
    }

    /// Both records together, so two processes never lose each other's work: for each lesson
    /// the further step, and done if either says so.
    public func merged(with other: CourseProgress) -> CourseProgress {
        var result = self
        for (id, theirs) in other.lessons {
            let ours = result.lessons[id] ?? LessonProgress()
            result.lessons[id] = LessonProgress(step: max(ours.step, theirs.step), done: ours.done || theirs.done)
        }
        return result
    }
}
