import Foundation
import Testing

/// The real binary run without a terminal: `eval` and explore's plain-text fallback.
@Suite struct CommandLineEndToEndTests {
    struct Run {
        let status: Int32
        let output: String
        let errors: String
    }

    func run(_ arguments: [String], environment: [String: String] = [:], input: String? = nil) throws -> Run {
        let process = Process()
        let binary = try graphtutorCommand()
        process.executableURL = URL(fileURLWithPath: String(binary.dropFirst().dropLast()))
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe(), errors = Pipe(), standardInput = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = standardInput
        try process.run()
        if let input { standardInput.fileHandleForWriting.write(Data(input.utf8)) }
        try standardInput.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self), errors: String(decoding: err, as: UTF8.self))
    }

    static let example = "c = a + b; d = b + 1; e = c * d"

    @Test func evalShowsBothDerivativesThreeWays() throws {
        let result = try run(["eval", Self.example, "--at", "a=2,b=1"])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(lines.contains("de/da a→c→e 1·2 = 2 2 2 2 2.0000000000 ✓ agree"))
        #expect(lines.contains("de/db b→c→e 1·2 = 2 5 5 5 5.0000000000 ✓ agree"))
        #expect(lines.contains("b→d→e 1·3 = 3"))
    }

    @Test func evalJSONHasTheRequiredKeys() throws {
        let result = try run(["eval", Self.example, "--at", "a=2,b=1", "--json"])
        #expect(result.status == 0)
        let json = try #require(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(json["output"] as? String == "e")
        #expect((json["reverse"] as? [String: Double])?["b"] == 5)
        #expect((json["forward"] as? [String: [String: Double]])?["b"]?["e"] == 5)
        #expect(((json["paths"] as? [String: [String: Any]])?["b"]?["count"] as? Int) == 2)
        #expect(abs(((json["numeric"] as? [String: Double])?["a"] ?? 0) - 2) < 1e-6)
        #expect((json["edges"] as? [[String: Any]])?.count == 5)
    }

    @Test func evalReadsStandardInputAndFiles() throws {
        let fromInput = try run(["eval", "-", "--at", "a=2,b=1", "--json"], input: "c = a + b\nd = b + 1\ne = c * d\n")
        #expect(fromInput.output.contains("\"e\": 6"))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("graphtutor-e2e-\(UUID()).txt")
        try "x = 3 # an input\ny = x^2\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let fromFile = try run(["eval", "@\(file.path)", "--json"])
        #expect(fromFile.output.contains("\"reverse\": {\"x\": 6, \"y\": 1}"))
        let badFile = try run(["eval", "@\(file.path)", "--output", "z"])
        #expect(badFile.status == 2)
    }

    @Test func errorsGoToStandardErrorWithStatusTwo() throws {
        let syntax = try run(["eval", "c = a + ; d = b", "--json"])
        #expect(syntax.status == 2)
        #expect(syntax.output.isEmpty)
        #expect(syntax.errors == "error: 1:9: expected a number, a name, a function call or '(', found ';'\n  c = a + ; d = b\n          ^\n")
        let file = try run(["eval", "@/nonexistent/graph.txt"])
        #expect(file.status == 2)
        #expect(file.errors.contains("no such file"))
        let at = try run(["eval", Self.example, "--at", "a=2,b=x"])
        #expect(at.status == 2)
        #expect(at.errors.hasPrefix("error: --at:1:7: 'x' is not a finite number"))
        #expect(!(syntax.errors + file.errors + at.errors).contains("Fatal"))
    }

    @Test func exploreWithoutATerminalPrintsTheReport() throws {
        let result = try run(["explore"])
        #expect(result.status == 0)
        #expect(result.output.contains("derivatives of e"))
        let dumb = try run(["explore"], environment: ["TERM": "dumb"])
        #expect(dumb.output == result.output)
        // The home screen without a terminal lists the lessons.
        let home = try run([], environment: ["TERM": "dumb"])
        #expect(home.status == 0)
        #expect(home.output.contains("4. Computational graphs"))
    }

    @Test func exploreOnAnArrayGraphWithoutATerminalPrintsItsReport() throws {
        let result = try run(["explore", "h = relu(x @ W); L = sum(h)", "--at", "x=[1, -2],W=[1, 0; 0, 1]"])
        #expect(result.status == 0)
        #expect(result.output.contains("x → %1  dL/dx = dL/d%1 · Wᵀ"))
        #expect(result.output.contains("dL/dW  2×2    [ 1,  0;"))
    }

    @Test func traceAndDot() throws {
        let trace = try run(["eval", Self.example, "--at", "a=2,b=1", "--trace", "reverse"])
        #expect(trace.output.contains("b̄ = d̄ · ∂d/∂b = 3 · 1 = 3   (1st of 2 uses of b)\nb̄ = 3 + c̄ · ∂c/∂b = 3 + 2 · 1 = 5   (2nd of 2 uses of b)"))
        let dot = try run(["eval", Self.example, "--at", "a=2,b=1", "--dot"])
        #expect(dot.output.hasPrefix("digraph graphtutor {"))
        #expect(dot.output.contains("\"c\" -> \"e\" [label=\"∂e/∂c = d = 2\"];"))
    }

    @Test func gradientDescentStepOnTheTwoLayerNetwork() throws {
        let network = """
            x1 = 1; x2 = 0.5; t = 4
            w1 = 0.5; w2 = 1.5; w3 = 2.3; w4 = 3; w5 = 1; w6 = 1
            h1 = w1*x1 + w2*x2; h2 = w3*x1 + w4*x2
            y = w5*h1 + w6*h2; E = 0.5 * (t - y)^2
            """
        let result = try run(["eval", network, "--wrt", "w1,w2,w3,w4,w5,w6", "--learning-rate", "0.1"])
        #expect(result.status == 0)
        #expect(result.output.contains("after the step: h1 = 1.11875, h2 = 3.66875, y = 3.1768328125, E = 0.338802109288"))
    }

    @Test func learningRateTakesANegativeNumberAsItsValue() throws {
        let result = try run(["eval", Self.example, "--at", "a=2,b=1", "--learning-rate", "-1"])
        #expect(result.status == 0)
        #expect(result.output.contains("one gradient-descent step on e, learning rate -1\n"))
        #expect(result.output.contains("after the step: c = 10, d = 7, e = 70"))
    }

    @Test(arguments: ["nan", "inf", "-inf"])
    func learningRateMustBeFinite(_ rate: String) throws {
        let result = try run(["eval", Self.example, "--at", "a=2,b=1", "--learning-rate", rate])
        #expect(result.status == 64)
        #expect(result.output.isEmpty)
        #expect(result.errors.hasPrefix("Error: --learning-rate must be a finite number, such as 0.1 or -1 (got \(rate))\n"))
    }

    @Test(arguments: [
        (["--json", "--dot"], "--json and --dot"),
        (["--trace", "reverse", "--json"], "--json and --trace"),
        (["--dot", "--trace", "paths"], "--dot and --trace"),
        (["--json", "--dot", "--trace", "forward"], "--json, --dot and --trace"),
    ])
    func onlyOneReportAtATime(_ options: [String], given: String) throws {
        let result = try run(["eval", Self.example, "--at", "a=2,b=1"] + options)
        #expect(result.status == 64)
        #expect(result.output.isEmpty)
        #expect(result.errors.hasPrefix(
            "Error: give only one of --json, --dot and --trace: each prints a report of its own (got \(given))\n"))
    }

    @Test(arguments: [["--json"], ["--dot"], ["--trace", "reverse"]])
    func learningRateOnlyWithTheTables(_ report: [String]) throws {
        let result = try run(["eval", Self.example, "--at", "a=2,b=1", "--learning-rate", "0.1"] + report)
        #expect(result.status == 64)
        #expect(result.output.isEmpty)
        #expect(result.errors.hasPrefix(
            "Error: --learning-rate cannot go with \(report[0]): its step follows the tables, which \(report[0]) replaces; drop one of them\n"))
    }

    @Test func homeIsTheDefaultSubcommandAndExploreKeepsItsOptions() throws {
        let explicit = try run(["explore", "--at", "a=3,b=1"])
        #expect(explicit.status == 0)
        #expect(explicit.output.contains("  a     input     3\n"))
        let help = try run(["--help"])
        #expect(help.output.contains("home (default)"))
        #expect(try run(["--at", "a=3,b=1"]).status == 64)
    }

    @Test func everySubcommandHasHelp() throws {
        for arguments in [["--help"], ["eval", "--help"], ["explore", "--help"]] {
            let result = try run(arguments)
            #expect(result.status == 0)
            #expect(result.output.contains("USAGE"))
        }
    }
}
