import GraphEngine
import TextCanvas
import Tutor
import Words

/// Quiz results as text, the same at the end of a quiz on the screen, in plain mode and in
/// `graphtutor progress`: each topic with its right answers, accuracy and points.
public enum QuizReport {
    /// One row per topic, under a header, by the topic's title; topics this version does not
    /// know keep their names.
    ///
    ///     topic       right   accuracy  points
    ///     value       2 of 3  67%       1.5
    public static func topicTable(_ tallies: [(topic: QuizTopic, tally: QuizRecord.Tally)]) -> [String] {
        topicTable(tallies.map { ($0.topic.rawValue, $0.tally) })
    }

    /// The table for tallies by topic name, in the order given.
    public static func topicTable(_ tallies: [(name: String, tally: QuizRecord.Tally)]) -> [String] {
        let words = QuizScreenWords.current
        var table = TextTable(header: words.tableHeader)
        for (name, tally) in tallies {
            let accuracy = tally.accuracy.map { "\(Int(($0 * 100).rounded()))%" } ?? "-"
            table.add([QuizTopic(rawValue: name)?.title ?? name, words.rightOf(tally.right, tally.asked), accuracy, NumberFormat.plain(tally.points)])
        }
        return table.rendered().split(separator: "\n").map(String.init)
    }

    /// `2.5 points`, `1 point`.
    public static func points(_ points: Double) -> String {
        let words = QuizScreenWords.current
        return points == 1 ? words.onePoint : words.points(NumberFormat.plain(points))
    }

    /// Every quiz's tallies added up by topic: the known topics in their order, then any others.
    public static func totals(_ records: [QuizRecord]) -> [(name: String, tally: QuizRecord.Tally)] {
        let totals = QuizRecord.totals(records)
        let known = QuizTopic.allCases.map(\.rawValue)
        return (known + totals.keys.filter { !known.contains($0) }.sorted()).compactMap { name in totals[name].map { (name, $0) } }
    }
}
