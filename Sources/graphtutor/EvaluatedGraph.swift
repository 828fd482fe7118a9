import GraphEngine

/// A graph from the command line, evaluated: a scalar graph, or an array graph when its text
/// or its `--at` values hold arrays.
enum EvaluatedGraph {
    case scalar(Evaluation)
    case blocks(BlockEvaluation)
}

extension GraphOptions {
    /// The graph of `source`, parsed and evaluated. Text that the scalar language reads, with
    /// numbers for values, is a scalar graph exactly as before; text that stops the scalar
    /// parser at array syntax (`[`, `@`, `sum(…)`), or values with an array, make an array
    /// graph. Every problem is a `Failure` that says where and what.
    func evaluateAny(_ source: Source, expandingAffine: Bool) throws -> EvaluatedGraph {
        let (values, outputs) = (try values(), try outputs())
        if values.values.allSatisfy(\.shape.isScalar) {
            do {
                return .scalar(try Evaluation(Graph(parsing: source.text, outputs: outputs), inputs: values.mapValues { $0.entries[0] }))
            } catch where !error.callsForArrays {
                throw source.failure(error)
            } catch {}
        }
        do {
            return .blocks(BlockEvaluation(try BlockGraph(parsing: source.text, inputs: values, outputs: outputs, expandingAffine: expandingAffine)))
        } catch {
            throw source.failure(error)
        }
    }
}
