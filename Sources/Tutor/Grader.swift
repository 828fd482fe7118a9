/// Decides whether a learner's number counts as the engine's: the one tolerance that predict
/// mode, lessons and the quiz all grade by.
///
/// A guess is right when it is within a relative 10⁻³ of the answer — three significant
/// digits, as a person works them out by hand — or, for answers near zero where a relative
/// error means nothing, within an absolute 10⁻⁶. Non-finite answers match only themselves.
///
///     Grader.accepts(0.6667, answer: 2.0 / 3)   // true: off by 5·10⁻⁵ of the answer
///     Grader.accepts(0.66, answer: 2.0 / 3)     // false: off by 1 %
public enum Grader {
    /// The largest accepted error, relative to the answer.
    public static let relativeTolerance = 1e-3
    /// The largest accepted error for answers so near zero that a relative error says nothing.
    public static let absoluteTolerance = 1e-6

    /// Whether `guess` counts as `answer`.
    public static func accepts(_ guess: Double, answer: Double) -> Bool {
        if guess == answer { return true }
        guard guess.isFinite, answer.isFinite else { return guess.isNaN && answer.isNaN }
        let error = abs(guess - answer)
        return error <= absoluteTolerance || error <= relativeTolerance * abs(answer)
    }
}
