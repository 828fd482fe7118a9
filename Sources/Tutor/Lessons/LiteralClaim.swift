import Foundation

/// A number written out in lesson prose beside what it is the number of: `c = 3`,
/// `∂e/∂c = 2`, `de/db = 5`, `b̄ = 5`. The lesson check compares each with the engine.
struct LiteralClaim: Equatable {
    enum Subject: Equatable {
        case name(String)
        case partial(target: String, source: String)
        case total(of: String, wrt: String)
        case adjoint(String)
    }

    let subject: Subject
    let value: Double
    /// As written, for the message.
    let text: String
    /// The line of the prose it is on, from 0.
    let line: Int

    private static let name = #"[A-Za-z_][A-Za-z0-9_]*"#
    private static let pattern = try! NSRegularExpression(pattern:
        #"(?<![\w∂/.])(∂(\#(name))/∂(\#(name))|d(\#(name))/d(\#(name))|(\#(name))(\u0304?)) = (-?[0-9]+(?:\.[0-9]+)?(?:e-?[0-9]+)?)(?![\w·*/^(]|\.[0-9]|\s*[·*/^×+−-]\s*[\w(])"#)

    /// Every claim in `text`, outside placeholders.
    static func all(in text: String) -> [LiteralClaim] {
        let lines = text.components(separatedBy: "\n")
        return lines.enumerated().flatMap { index, line -> [LiteralClaim] in
            let stripped = line.replacingOccurrences(of: #"\{\{[^}]*\}\}"#, with: "{}", options: .regularExpression)
            let range = NSRange(stripped.startIndex..., in: stripped)
            return pattern.matches(in: stripped, range: range).compactMap { match in
                func group(_ i: Int) -> String? {
                    Range(match.range(at: i), in: stripped).map { String(stripped[$0]) }
                }
                guard let number = group(8).flatMap(Double.init), let whole = group(0) else { return nil }
                let subject: Subject
                if let target = group(2), let source = group(3) {
                    subject = .partial(target: target, source: source)
                } else if let of = group(4), let wrt = group(5) {
                    subject = .total(of: of, wrt: wrt)
                } else if let name = group(6) {
                    subject = group(7).map { $0.isEmpty } ?? true ? .name(name) : .adjoint(name)
                } else {
                    return nil
                }
                return LiteralClaim(subject: subject, value: number, text: whole, line: index)
            }
        }
    }
}
