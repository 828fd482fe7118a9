import Testing
import Tutor

@Suite struct GraderTests {
    @Test func acceptsThreeSignificantDigits() {
        #expect(Grader.accepts(0.6667, answer: 2.0 / 3))
        #expect(Grader.accepts(3.177, answer: 3.1768328125))
        #expect(!Grader.accepts(0.66, answer: 2.0 / 3))
        #expect(!Grader.accepts(3.181, answer: 3.1768328125))
    }

    @Test func theToleranceIsRelativeForLargeAnswers() {
        #expect(Grader.accepts(1000.9, answer: 1000))
        #expect(!Grader.accepts(1001.1, answer: 1000))
        #expect(!Grader.accepts(-1000, answer: 1000))
    }

    @Test func nearZeroTheToleranceIsAbsolute() {
        #expect(Grader.accepts(0, answer: 4e-7))
        #expect(Grader.accepts(-5e-7, answer: 4e-7))
        #expect(!Grader.accepts(0, answer: 2e-6))
        #expect(!Grader.accepts(0.001, answer: 0))
    }

    @Test func nonFiniteAnswersMatchOnlyThemselves() {
        #expect(Grader.accepts(.infinity, answer: .infinity))
        #expect(Grader.accepts(.nan, answer: .nan))
        #expect(!Grader.accepts(1e308, answer: .infinity))
        #expect(!Grader.accepts(-.infinity, answer: .infinity))
        #expect(!Grader.accepts(0, answer: .nan))
    }
}
