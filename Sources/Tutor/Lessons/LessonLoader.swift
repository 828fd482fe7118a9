import Words
import Yams

/// Reads a lesson file: YAML with a title, a summary, a graph and its steps (see
/// `lessons/README.md`). Every problem is a `LessonError` with the file's line.
public enum LessonLoader {
    /// The lesson in `text`, read from `file`; its id is the file's name without `.yaml`.
    public static func load(_ text: String, file: String) throws(LessonError) -> Lesson {
        let reader = Reader(file: file)
        let words = LessonCheckWords.current
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else { throw reader.error(words.emptyFile, line: 1) }
            root = node
        } catch let error as LessonError {
            throw error
        } catch let error as YamlError {
            throw reader.error(Self.describe(error), line: Self.line(of: error))
        } catch {
            throw reader.error(words.notYAML("\(error)"), line: 1)
        }
        let fields = try reader.mapping(root, words.theLesson, keys: ["title", "summary", "graph", "output", "steps"])
        let graph = LessonGraph(
            text: try reader.string(fields["graph"], "graph", in: root), outputs: try reader.names(fields["output"], "output"),
            line: reader.contentLine(fields["graph"]))
        guard let stepsNode = fields["steps"], case .sequence(let sequence) = stepsNode, !sequence.isEmpty else {
            throw reader.error(words.stepsList, line: fields["steps"]?.mark?.line ?? root.mark?.line ?? 1)
        }
        var steps: [LessonStep] = []
        for node in sequence { steps.append(try reader.step(node, graph: steps.last?.graph ?? graph)) }
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return Lesson(
            id: name.hasSuffix(".yaml") ? String(name.dropLast(5)) : name, file: file,
            title: try reader.string(fields["title"], "title", in: root), summary: try reader.optionalString(fields["summary"], "summary") ?? "",
            steps: steps)
    }

    /// The YAML library's own words for the problem stay as it wrote them.
    private static func describe(_ error: YamlError) -> String {
        let words = LessonCheckWords.current
        return switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): words.invalidYAML(problem)
        case .duplicatedKeysInMapping(let duplicates, _): words.duplicateKeys(duplicates.joined(separator: ", "))
        default: words.invalidYAML("\(error)")
        }
    }

    private static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        case .duplicatedKeysInMapping(_, let context): context.mark.line
        default: 1
        }
    }
}

/// Reads the parts of a lesson's YAML tree, with messages that say where.
private struct Reader {
    let file: String
    let words = LessonCheckWords.current

    func error(_ message: String, line: Int) -> LessonError { LessonError(message, file: file, line: line) }

    /// A mapping's values by key; a key not in `keys` is an error.
    func mapping(_ node: Node, _ what: String, keys: [String]) throws(LessonError) -> [String: Node] {
        guard case .mapping(let mapping) = node else { throw error(words.notAMapping(what), line: node.mark?.line ?? 1) }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.string, keys.contains(name) else {
                throw error(words.unknownKey(key.string ?? "?", what, keys.joined(separator: ", ")), line: key.mark?.line ?? 1)
            }
            fields[name] = value
        }
        return fields
    }

    func string(_ node: Node?, _ key: String, in parent: Node) throws(LessonError) -> String {
        guard let node else { throw error(words.missingKey(key), line: parent.mark?.line ?? 1) }
        guard case .scalar(let scalar) = node else { throw error(words.mustBeText(key), line: node.mark?.line ?? 1) }
        return scalar.string
    }

    func optionalString(_ node: Node?, _ key: String) throws(LessonError) -> String? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node else { throw error(words.mustBeText(key), line: node.mark?.line ?? 1) }
        return scalar.string
    }

    /// One name, or a list of names: `output: e` or `output: [y1, y2]`.
    func names(_ node: Node?, _ key: String) throws(LessonError) -> [String]? {
        guard let node else { return nil }
        if case .sequence(let sequence) = node {
            var names: [String] = []
            for item in sequence {
                guard let name = item.string else { throw error(words.mustBeNames(key), line: item.mark?.line ?? 1) }
                names.append(name)
            }
            return names
        }
        return [try string(node, key, in: node)]
    }

    func bool(_ node: Node?, _ key: String) throws(LessonError) -> Bool {
        guard let node else { return false }
        guard let value = node.bool else { throw error(words.mustBeBool(key), line: node.mark?.line ?? 1) }
        return value
    }

    /// The line a scalar's text starts on: the line after `|` or `>` for a block.
    func contentLine(_ node: Node?) -> Int {
        guard let node, case .scalar(let scalar) = node, let line = scalar.mark?.line else { return node?.mark?.line ?? 1 }
        return scalar.style == .literal || scalar.style == .folded ? line + 1 : line
    }

    func step(_ node: Node, graph inherited: LessonGraph) throws(LessonError) -> LessonStep {
        let line = node.mark?.line ?? 1
        let fields = try mapping(node, words.aStep, keys: ["text", "graph", "output", "show", "predict", "descend", "plot"])
        var graph = inherited
        if let text = try optionalString(fields["graph"], "graph") {
            graph = LessonGraph(text: text, outputs: try names(fields["output"], "output"), line: contentLine(fields["graph"]))
        } else if fields["output"] != nil {
            throw error(words.outputWithoutGraph, line: fields["output"]?.mark?.line ?? line)
        }
        return LessonStep(
            text: try string(fields["text"], "text", in: node), graph: graph, show: try show(fields["show"]),
            predict: try bool(fields["predict"], "predict"), descent: try descent(fields["descend"]),
            plot: try bool(fields["plot"], "plot"), line: line, textLine: contentLine(fields["text"]))
    }

    func show(_ node: Node?) throws(LessonError) -> LessonView {
        guard let node else { return LessonView() }
        let fields = try mapping(node, "'show'", keys: ["pass", "step", "select", "view"])
        var view = LessonView()
        if let text = try optionalString(fields["pass"], "pass") {
            view.pass = try pass(text, line: fields["pass"]?.mark?.line ?? 1)
        }
        if let step = fields["step"] {
            if step.string == "last" {
                view.stepsShown = .all
            } else if let count = step.int, count >= 0 {
                view.stepsShown = .steps(count)
            } else {
                throw error(words.stepValue, line: step.mark?.line ?? 1)
            }
            if view.pass == nil { throw error(words.stepNeedsPass, line: step.mark?.line ?? 1) }
        }
        view.select = try optionalString(fields["select"], "select")
        if let text = try optionalString(fields["view"], "view") {
            guard let graphView = LessonView.GraphView(rawValue: text) else {
                throw error(words.viewValue(text), line: fields["view"]?.mark?.line ?? 1)
            }
            view.view = graphView
        }
        return view
    }

    /// `forward`, `partials`, `tangent b`, `reverse`, `reverse e`, `paths b`, `paths b e`.
    func pass(_ text: String, line: Int) throws(LessonError) -> LessonView.PassSpec {
        let parts = text.split(separator: " ").map(String.init)
        switch (parts.first, parts.count) {
        case ("forward", 1): return .forward
        case ("partials", 1): return .partials
        case ("tangent", 2): return .tangent(input: parts[1])
        case ("reverse", 1), ("reverse", 2): return .reverse(output: parts.count == 2 ? parts[1] : nil)
        case ("paths", 2), ("paths", 3): return .paths(input: parts[1], output: parts.count == 3 ? parts[2] : nil)
        default:
            throw error(words.unknownPass(text), line: line)
        }
    }

    func descent(_ node: Node?) throws(LessonError) -> LessonDescent? {
        guard let node else { return nil }
        let fields = try mapping(node, "'descend'", keys: ["rate", "steps", "parameters"])
        let line = node.mark?.line ?? 1
        guard let rate = fields["rate"]?.float, rate.isFinite, rate != 0 else { throw error(words.descendRate, line: line) }
        let steps = fields["steps"]?.int ?? 1
        guard steps >= 1, steps <= 10_000 else { throw error(words.descendSteps, line: fields["steps"]?.mark?.line ?? line) }
        var parameters: [String] = []
        if let list = fields["parameters"] {
            guard case .sequence(let sequence) = list else { throw error(words.parametersList, line: list.mark?.line ?? line) }
            for item in sequence {
                guard let name = item.string else { throw error(words.parametersList, line: item.mark?.line ?? line) }
                parameters.append(name)
            }
        }
        return LessonDescent(learningRate: rate, steps: steps, parameters: parameters)
    }
}
