import Foundation
import GraphEngine
import Testing
@testable import Tutor

/// Every kind of question, for many seeds: well posed, its answer agreeing with a computation
/// that does not use the engine — central differences, paths enumerated one by one, or the
/// arithmetic written out — and the same seed giving the same question.
@Suite struct QuizGeneratorTests {
    static let seeds: [UInt64] = Array(1...150)
    static let course = try! Course(directory: CourseTests.folder)
    static let generator = QuizGenerator(lessons: course.lessons)

    static func question(_ topic: QuizTopic, seed: UInt64) -> QuizQuestion {
        var random = SeededGenerator(seed: seed)
        return generator.question(topic, using: &random)
    }

    static func number(_ question: QuizQuestion) -> Double {
        guard case .number(let value) = question.answer else { Issue.record("not a number answer"); return .nan }
        return value
    }

    static func close(_ exact: Double, _ estimate: Double) -> Bool { abs(exact - estimate) <= 1e-5 * max(1, abs(exact)) }

    static func name(_ question: QuizQuestion, _ node: Int) -> String { question.graph.evaluation.graph.nodes[node].name }

    @Test(arguments: QuizTopic.allCases)
    func everyQuestionIsWellPosedAndTheSameForTheSameSeed(_ topic: QuizTopic) {
        for seed in Self.seeds {
            let question = Self.question(topic, seed: seed)
            #expect(question.isWellPosed)
            #expect(question.topic == topic)
            #expect(question.hints.count == 2)
            #expect(!question.prompt.isEmpty && !question.answerText.isEmpty)
            #expect(question.solution.captions.count == question.solution.steps.count)
            #expect(question.view.revealed <= question.view.pass.map { Pass($0, question.graph.evaluation).steps.count } ?? 0)
            let again = Self.question(topic, seed: seed)
            #expect(again.prompt == question.prompt && again.graph.source == question.graph.source && again.answer == question.answer)
        }
    }

    @Test func valuesAreTheArithmeticOfTheGraphText() {
        for seed in Self.seeds {
            let question = Self.question(.value, seed: seed)
            let node = question.view.selected
            #expect(ReferenceGraph(question.graph.source).values()[Self.name(question, node)] == Self.number(question))
        }
    }

    @Test func partialsAreCentralDifferencesOfOneOperation() {
        for seed in Self.seeds {
            let question = Self.question(.partial, seed: seed)
            let step = question.solution.pass.steps[question.solution.steps[0]]
            let edge = step.edge!
            let reference = ReferenceGraph(question.graph.source)
            let target = Self.name(question, edge.target), source = Self.name(question, edge.source)
            // Nudge the operand for the target's own operation only: everything else held still.
            guard case .binary(let x, let op, let y) = reference.formulas[target]! else { Issue.record("not an operation"); continue }
            let values = reference.values()
            let h = 1e-5
            func apply(_ nudge: Double) -> Double {
                let a = values[x] ?? Double(x)!, b = values[y] ?? Double(y)!
                let (u, v) = edge.position == 0 ? (a + nudge, b) : (a, b + nudge)
                return op == "+" ? u + v : op == "-" ? u - v : u * v
            }
            #expect(reference.formulas[source] != nil)
            #expect(Self.close(Self.number(question), (apply(h) - apply(-h)) / (2 * h)), "seed \(seed): \(question.answerText)")
        }
    }

    @Test func derivativesAreCentralDifferencesAndSumsOverEnumeratedPaths() {
        for seed in Self.seeds {
            let question = Self.question(.derivative, seed: seed)
            guard case .paths(let input, let output) = question.solution.pass.kind else { Issue.record("no paths pass"); continue }
            let reference = ReferenceGraph(question.graph.source)
            let (from, to) = (Self.name(question, input), Self.name(question, output))
            #expect(Self.close(Self.number(question), reference.centralDifference(to, from)), "seed \(seed)")
            // The paths, one by one: the product of each step's own central difference, added up.
            let values = reference.values()
            let sum = reference.paths(from: from, to: to).map { path in
                zip(path, path.dropFirst()).map { source, target in
                    reference.centralDifference(target, source, at: Dictionary(uniqueKeysWithValues: reference.operands(target).filter { $0 != source }.map { ($0, values[$0]!) }))
                }.reduce(1, *)
            }.reduce(0, +)
            #expect(Self.close(Self.number(question), sum), "seed \(seed)")
        }
    }

    @Test(arguments: [QuizTopic.adjoint, .tangent])
    func sweepNumbersAreCentralDifferences(_ topic: QuizTopic) {
        for seed in Self.seeds {
            let question = Self.question(topic, seed: seed)
            let reference = ReferenceGraph(question.graph.source)
            let node = Self.name(question, question.view.selected)
            let estimate = switch question.view.pass {
            case .reverse(let output): reference.centralDifference(Self.name(question, output), node)
            case .tangent(let input): reference.centralDifference(node, Self.name(question, input))
            default: Double.nan
            }
            #expect(Self.close(Self.number(question), estimate), "seed \(seed): \(question.prompt)")
        }
    }

    @Test func pathCountsAreEnumeratedOneByOne() {
        for seed in Self.seeds {
            let question = Self.question(.paths, seed: seed)
            guard case .paths(let input, let output) = question.solution.pass.kind else { Issue.record("no paths pass"); continue }
            let paths = ReferenceGraph(question.graph.source).paths(from: Self.name(question, input), to: Self.name(question, output))
            #expect(Double(paths.count) == Self.number(question))
            #expect(question.solution.steps.count == paths.count)
        }
    }

    @Test func theCheaperModeFollowsTheCountsOfInputsAndOutputs() {
        for seed in Self.seeds {
            let question = Self.question(.cost, seed: seed)
            let graph = question.graph.evaluation.graph
            guard case .choice(let index) = question.answer else { Issue.record("not multiple choice"); continue }
            let (inputs, outputs) = (graph.inputs.count, graph.outputs.count)
            #expect(inputs != outputs)
            let winner = inputs > outputs ? "reverse mode: \(outputs)" : "forward mode: \(inputs)"
            #expect(question.choices[index].hasPrefix(winner), "\(question.choices[index])")
            #expect(question.choices.filter { $0.hasPrefix(winner) && $0.hasSuffix("\(max(inputs, outputs))") }.count == 1)
            #expect(Set(question.choices).count == 4)
        }
    }

    @Test func theNewWeightIsTheOldLessTheRateTimesACentralDifference() throws {
        for seed in Self.seeds {
            let question = Self.question(.descent, seed: seed)
            let reference = ReferenceGraph(question.graph.source)
            let parameter = Self.name(question, question.view.selected)
            let rate = try #require(Double(question.prompt.split(separator: "η = ")[1].prefix { $0 != ":" }))
            let loss = Self.name(question, question.graph.evaluation.graph.outputs[0])
            let expected = reference.values()[parameter]! - rate * reference.centralDifference(loss, parameter)
            #expect(Self.close(Self.number(question), expected), "seed \(seed): \(question.prompt)")
        }
    }

    @Test func layersFollowTheirBackwardRulesWrittenOut() throws {
        var kinds = Set<String>()
        for seed in Self.seeds {
            let question = Self.question(.layer, seed: seed)
            let values = ReferenceGraph(question.graph.source).values()
            let dout = try #require(Double(question.prompt.components(separatedBy: "dout = ")[1].components(separatedBy: ". What")[0]))
            let asked = Self.name(question, question.view.selected)
            let kind = String(question.prompt.split(separator: " ")[1])
            kinds.insert(kind)
            let (x, out) = (values["x"]!, values["out"]!)
            let expected = switch kind {
            case "add": dout
            case "multiply": dout * values[asked == "x" ? "y" : "x"]!
            case "ReLU": x > 0 ? dout : 0
            default: dout * out * (1 - out)
            }
            #expect(Self.close(Self.number(question), expected), "seed \(seed): \(question.prompt)")
            if kind == "ReLU" { #expect(x != 0) }
        }
        #expect(kinds == ["add", "multiply", "ReLU", "sigmoid"])
    }

    @Test func lessonQuestionsAskTheNextStepOfAPredictStep() {
        var asked = Set<String>()
        for seed in Self.seeds {
            let question = Self.question(.lesson, seed: seed)
            let pass = Pass(question.view.pass!, question.graph.evaluation)
            #expect(Self.number(question) == pass.steps[question.view.revealed].value)
            asked.insert(question.prompt)
        }
        #expect(asked.count > 5)
    }

    /// Each array question's answer is its rule written out over the entries in its text: a
    /// column of X times a column of G for dL/dW, a row of G times a row of W for dL/dX, a
    /// column of G summed for dL/db, G or 0 by the mask for ReLU.
    @Test func arrayEntriesFollowTheirRulesWrittenOut() throws {
        var kinds = Set<String>()
        for seed in Self.seeds {
            let question = Self.question(.arrays, seed: seed)
            var arrays: [String: [[Double]]] = [:]
            for match in question.graph.source.matches(of: /([A-Za-z]+) = (\[[^\]]*\])/) {
                let value = try ArrayValue(parsing: String(match.2))
                let columns = value.shape.grid.columns
                arrays[String(match.1)] = stride(from: 0, to: value.entries.count, by: columns).map { Array(value.entries[$0..<$0 + columns]) }
            }
            // `dL/dW[1,2] = 5`: the array and the entry asked, counted from 0.
            let name = question.answerText.components(separatedBy: " = ")[0].dropFirst(4)
            let asked = String(name.prefix { $0 != "[" })
            let indices = name.drop { $0 != "[" }.dropFirst().dropLast().split(separator: ",").map { Int($0)! - 1 }
            let g = try #require(arrays["G"])
            let expected: Double
            switch asked {
            case "W": expected = (0..<2).map { n in arrays["X"]![n][indices[0]] * g[n][indices[1]] }.reduce(0, +)
            case "X": expected = (0..<2).map { k in g[indices[0]][k] * arrays["W"]![indices[1]][k] }.reduce(0, +)
            case "b": expected = g[0][indices[0]] + g[1][indices[0]]
            default: expected = arrays["Z"]![indices[0]][indices[1]] > 0 ? g[indices[0]][indices[1]] : 0
            }
            kinds.insert(asked)
            #expect(Self.number(question) == expected, "seed \(seed): \(question.prompt)")
            #expect(question.graph.blocks != nil && !question.solution.steps.isEmpty)
        }
        #expect(kinds == ["W", "X", "b", "Z"])
    }
}
