import GraphEngine
import Testing
@testable import Tutor

/// Placeholders on array graphs are filled by the block engine: whole arrays, entries,
/// gradients and shapes.
@Suite struct ArrayPlaceholderTests {
    static let text = "X = [1, 2; 3, -1]; W = [1, 0, -1; 2, 1, 0.5]; b = [0.5, -0.5, 1]; G = [1, -1, 2; 0, 2, 1]; Y = affine(X, W, b); L = sum(Y * G)"

    static func context() throws -> PlaceholderContext {
        let blocks = BlockEvaluation(try BlockGraph(parsing: text))
        return PlaceholderContext(BlockLowering(blocks).evaluation, blocks: blocks)
    }

    static func fill(_ inside: String) throws -> Result<String, PlaceholderProblem> {
        try #require(Placeholder(inside), "{{\(inside)}} is not read").text(context())
    }

    @Test func arraysEntriesGradientsAndShapes() throws {
        let expected: [(String, String)] = [
            ("value W", "[1, 0, -1; 2, 1, 0.5]"), ("value W[2,3]", "0.5"), ("value b[2]", "-0.5"), ("shape Y", "2×3"), ("shape b", "3"),
            ("gradient L W", "[1, 5, 5; 2, -4, 3]"), ("total L W", "[1, 5, 5; 2, -4, 3]"), ("gradient L W[1,2]", "5"),
            ("gradient L b", "[1, 1, 3]"), ("gradient L X", "[-1, 2; -1, 2.5]"), ("2 * gradient L b", "[2, 2, 6]"), ("value Y :2", "[5.5, 1.5, 1; 1.5, -1.5, -2.5]"),
            ("loss", "0.5"), ("inputs", "4"), ("sweeps forward", "19"), ("sweeps reverse", "1"),
        ]
        for (inside, text) in expected {
            #expect(try Self.fill(inside).get() == text, "{{\(inside)}}")
        }
    }

    /// The numbers are the block engine's: each entry of dL/dW as its reverse sweep has it.
    @Test func entriesAreTheBlockEnginesNumbers() throws {
        let context = try Self.context()
        let blocks = try #require(context.blocks)
        let (W, L) = (blocks.graph.index(of: "W")!, blocks.graph.index(of: "L")!)
        let adjoints = BlockAdjointSweep(blocks, output: L).adjoints[W]
        for row in 1...2 {
            for column in 1...3 {
                let number = try Placeholder("gradient L W[\(row),\(column)]")!.number(context).get()
                #expect(number == adjoints[(row - 1) * 3 + column - 1])
            }
        }
    }

    @Test func problemsSayWhatIsWrong() throws {
        #expect(try Self.fill("value W[3,1]") == .failure(.noEntry("W[3,1]", "2×3")))
        #expect(try Self.fill("value W[1]") == .failure(.noEntry("W[1]", "2×3")))
        #expect(try Self.fill("value Q") == .failure(.unknownNode("Q")))
        #expect(try Placeholder("gradient L W")!.number(Self.context()) == .failure(.notOneNumber("2×3")))
        #expect(Placeholder("value W[1,x]").map { try? $0.text(Self.context()) } == .some(.failure(.unknownNode("W[1,x]"))))
    }
}

/// Lesson 14 trains the two-layer network on XOR from the seeded weights, and the error falls
/// below a millionth, as the lesson says.
@Suite struct XORTrainingTests {
    static func script() throws -> LessonScript {
        let course = try Course(directory: CourseTests.folder)
        return try #require(course.lesson(numbered: 14))
    }

    @Test func theLessonsWeightsAreTheSeededOnes() throws {
        #expect(try Self.script().lesson.steps[0].graph.text == XORNetwork.graph())
    }

    @Test func theErrorFallsBelowAMillionth() throws {
        let frames = try Self.script().frames
        let trained = try #require(frames.last { $0.step.descent != nil })
        #expect(trained.losses.count == 1001)
        #expect(trained.losses[0] > 0.39)
        #expect(trained.losses.last! < 1e-6)
        // Rounded, the outputs are XOR's truth table.
        let blocks = try #require(trained.blocks)
        #expect(blocks.values[blocks.graph.index(of: "Y")!].map { $0.rounded() } == [0, 1, 1, 0])
    }
}
