import Words

extension Course {
    /// Where `edition` (a translation of this course) differs from it in anything but its words:
    /// a lesson missing or extra, a different number of steps, or a step with another graph,
    /// output, view of the graph, prediction, gradient descent or plot. Each problem names the
    /// edition's file and line.
    public func differences(in edition: Course) -> [LessonError] {
        let ours = Dictionary(lessons.map { ($0.lesson.id, $0.lesson) }, uniquingKeysWith: { first, _ in first })
        let words = LessonCheckWords.current
        var problems: [LessonError] = []
        for theirs in edition.lessons.map(\.lesson) {
            guard let original = ours[theirs.id] else {
                problems.append(LessonError(words.notInCourse(theirs.id), file: theirs.file, line: 1))
                continue
            }
            guard original.steps.count == theirs.steps.count else {
                problems.append(LessonError(words.stepCountDiffers(theirs.steps.count, original.steps.count, original.file), file: theirs.file, line: 1))
                continue
            }
            for (step, (a, b)) in zip(original.steps, theirs.steps).enumerated() {
                let same = a.graph.text == b.graph.text && a.graph.outputs == b.graph.outputs && a.show == b.show
                    && a.predict == b.predict && a.descent == b.descent && a.plot == b.plot
                if !same {
                    problems.append(LessonError(words.stepDiffers(step + 1, original.file), file: theirs.file, line: b.line))
                }
            }
        }
        let translated = Set(edition.lessons.map(\.lesson.id))
        for lesson in lessons.map(\.lesson) where !translated.contains(lesson.id) && !edition.problems.contains(where: { $0.file.hasSuffix(lesson.id + ".yaml") }) {
            problems.append(LessonError(words.missingFromEdition(lesson.id), file: edition.folderName + lesson.id + ".yaml", line: 1))
        }
        return problems
    }
}
