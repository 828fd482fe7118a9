import Foundation
import GraphEngine
import Reports
import Testing

/// The reports of array graphs, and the errors of array text as the command line shows them.
@Suite("Array reports") struct ArrayReportTests {
    /// An affine layer on a batch of two, ReLU, and the sum.
    static func layer() throws -> BlockAnalysis {
        let graph = try BlockGraph(parsing: "x = [1, 2, 3; 4, 5, 6]; W = [1, 0; 0, 1; 1, 1]; b = [0.5, -0.5]; h = affine(x, W, b); y = relu(h); L = sum(y)")
        return BlockAnalysis(BlockEvaluation(graph))
    }

    func error(_ text: String, inputs: [String: ArrayValue] = [:]) -> String {
        do {
            _ = try BlockGraph(parsing: text, inputs: inputs)
            return "no error"
        } catch {
            return ErrorReport.render(error, source: text)
        }
    }

    @Test("shape errors say what does not fit and where, with each operand's shape")
    func shapeErrors() {
        let x23 = ArrayValue(shape: .matrix(2, 3), entries: [1, 2, 3, 4, 5, 6])
        let w24 = ArrayValue(shape: .matrix(2, 4), entries: Array(repeating: 1, count: 8))
        #expect(error("y = 1\nh = x @ W", inputs: ["x": x23, "W": w24]) == """
            error: 2:7: x @ W needs inner sizes to match: x is 2×3, W is 2×4
              h = x @ W
                    ^
            """)
        #expect(error("y = x + [1, 2]", inputs: ["x": x23]).hasPrefix("error: 1:7: x + [1, 2] needs shapes that repeat to one shape: x is 2×3, [1, 2] is a vector of 2"))
        #expect(error("y = transpose(v)", inputs: ["v": ArrayValue(shape: .vector(3), entries: [1, 2, 3])]).hasPrefix("error: 1:5: transpose needs a matrix: v is a vector of 3"))
        #expect(error("y = sum(v, 1)", inputs: ["v": ArrayValue(shape: .vector(3), entries: [1, 2, 3])]).hasPrefix("error: 1:5: sum(v, 1): v is a vector of 3, which has only axis 0"))
        #expect(error("y = mean(x, 2)").hasPrefix("error: 1:13: the axis of mean is written 0 (down the rows) or 1 (along the columns)"))
        #expect(error("y = affine(x, W, [1, 2])", inputs: ["x": x23, "W": ArrayValue(shape: .matrix(3, 4), entries: Array(repeating: 1, count: 12))])
            .hasPrefix("error: 1:5: affine(x, W, b) needs b to be a vector of 4, one number per column of W: [1, 2] is a vector of 2"))
        #expect(error("y = softmax_cross_entropy(x, [1, 0])", inputs: ["x": x23])
            .hasPrefix("error: 1:5: softmax_cross_entropy needs two arrays of one shape: x is 2×3, [1, 0] is a vector of 2"))
        #expect(error("W = [1, 2; 3]").hasPrefix("error: 1:13: row 2 of the matrix has 1 number, the first row 2"))
        #expect(error("W = [1, a]").hasPrefix("error: 1:9: expected a number in the matrix, found 'a'"))
        #expect(error("W = [1 2]").hasPrefix("error: 1:8: expected ',', ';' or ']' after a number in the matrix, found '2'"))
        #expect(error("y = sum(x, 0, 1)").hasPrefix("error: 1:5: sum takes 2 arguments, got 3"))
        #expect(error("y = x @ ").hasPrefix("error: 1:9: expected a number, a name, a function call or '(', found the end of the input"))
    }

    @Test("a graph the scalar parser stops at array syntax is read as an array graph")
    func arraySyntax() throws {
        for text in ["y = [1, 2]", "y = a @ b", "y = sum(a)"] {
            #expect(throws: GraphError.self) { try Graph(parsing: text) }
            do { _ = try Graph(parsing: text) } catch { #expect(error.callsForArrays, "\(text)") }
        }
        do { _ = try Graph(parsing: "y = nope(a)") } catch { #expect(!error.callsForArrays) }
    }

    @Test("the text report shows shapes, each edge's rule with its shapes, and gradients that agree")
    func textReport() throws {
        let text = ArrayTextReport.render(try Self.layer())
        #expect(text.contains("  h     2×2    affine(x, W, b)  [ 4.5,  4.5;\n                                 10.5, 10.5]"))
        #expect(text.contains("x → h  dL/dx = dL/dh · Wᵀ"))
        #expect(text.contains("2×2 · 2×3 → 2×3"))
        #expect(text.contains("b → h  dL/db = sum(dL/dh, 0)"))
        #expect(text.contains("  dL/dW  3×2    [5, 5;     [5, 5;     [5, 5;     ✓ agree"))
        #expect(!text.contains("✗"))
    }

    @Test("the JSON lists shapes and writes arrays as nested lists, a matrix a list of rows")
    func json() throws {
        let analysis = try Self.layer()
        let report = try #require(JSONSerialization.jsonObject(with: Data(ArrayJSONReport.render(analysis).utf8)) as? [String: Any])
        #expect(report["output"] as? String == "L")
        #expect(report["inputs"] as? [String] == ["x", "W", "b"])
        #expect(report["shapes"] as? [String: [Int]] == ["x": [2, 3], "W": [3, 2], "b": [2], "h": [2, 2], "y": [2, 2], "L": []])
        let values = try #require(report["values"] as? [String: Any])
        #expect(values["x"] as? [[Double]] == [[1, 2, 3], [4, 5, 6]])
        #expect(values["b"] as? [Double] == [0.5, -0.5])
        #expect(values["L"] as? Double == 30)
        let reverse = try #require(report["reverse"] as? [String: Any])
        #expect(reverse["W"] as? [[Double]] == [[5, 5], [7, 7], [9, 9]])
        #expect((report["forward"] as? [String: Any])?["b"] as? [Double] == [2, 2])
        let numeric = try #require((report["numeric"] as? [String: Any])?["x"] as? [[Double]])
        #expect(numeric.count == 2 && numeric.allSatisfy { $0.count == 3 })
        let edges = try #require(report["edges"] as? [[String: Any]])
        let first = try #require(edges.first)
        #expect(first["from"] as? String == "x" && first["to"] as? String == "h")
        #expect(first["reverse"] as? [String: String] == ["rule": "dL/dx = dL/dh · Wᵀ", "shapes": "2×2 · 2×3 → 2×3"])
        #expect(first["forward"] as? [String: String] == ["rule": "ḣ += ẋ · W", "shapes": "2×3 · 3×2 → 2×2"])
        #expect((report["cost"] as? [String: [String: Int]])?["forward"]?["sweeps"] == 14)
    }
}
