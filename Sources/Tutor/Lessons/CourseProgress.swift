/// What a learner has done: for each lesson the step reached and whether it is done, and the
/// quizzes taken. Kept by `ProgressStore` between runs.
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

    /// The format's version; a file from a newer one is set aside, not misread. Version 2 added
    /// `quizzes`; a version 1 file reads as having none.
    public static let currentVersion = 2

    public var version = CourseProgress.currentVersion
    /// By lesson id (`04-computational-graphs`).
    public var lessons: [String: LessonProgress] = [:]
    /// The quizzes taken, in the order they were first recorded.
    public var quizzes: [QuizRecord] = []

    public init(lessons: [String: LessonProgress] = [:], quizzes: [QuizRecord] = []) {
        self.lessons = lessons
        self.quizzes = quizzes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(Int.self, forKey: .version)
        lessons = try container.decode([String: LessonProgress].self, forKey: .lessons)
        quizzes = try container.decodeIfPresent([QuizRecord].self, forKey: .quizzes) ?? []
    }

    /// Records `quiz`, replacing an earlier record of the same quiz.
    public mutating func record(_ quiz: QuizRecord) {
        if let index = quizzes.firstIndex(where: { $0.id == quiz.id }) { quizzes[index] = quiz } else { quizzes.append(quiz) }
    }

    /// The id of the lesson to continue: the one last left in progress, else the first lesson
    /// in `order` not done.
    public func lessonToContinue(in order: [String]) -> String? {
        order.first { lessons[$0].map { !$0.done && $0.step > 0 } ?? false } ?? order.first { !(lessons[$0]?.done ?? false) }
    }

    /// The step to open lesson `id` at: where it was left, or its start once it is done.
    public func resumeStep(of id: String) -> Int {
        lessons[id].map { $0.done ? 0 : $0.step } ?? 0
    }

    /// Both records together, so two processes never lose each other's work: for each lesson
    /// the further step, and done if either says so; every quiz of either, and of a quiz both
    /// recorded, the record with more answers (a quiz's record only grows).
    public func merged(with other: CourseProgress) -> CourseProgress {
        var result = self
        for (id, theirs) in other.lessons {
            let ours = result.lessons[id] ?? LessonProgress()
            result.lessons[id] = LessonProgress(step: max(ours.step, theirs.step), done: ours.done || theirs.done)
        }
        for theirs in other.quizzes {
            if let ours = result.quizzes.first(where: { $0.id == theirs.id }), ours.answered >= theirs.answered { continue }
            result.record(theirs)
        }
        return result
    }
}
