import GraphEngine
import Reports
import Testing

@Suite("ErrorReport: the message, then the line with a caret under the spot")
struct ErrorReportTests {
    /// The error that parsing `source` gives.
    func error(parsing source: String) throws -> GraphError {
        try #require(throws: GraphError.self) { try Graph(parsing: source) }
    }

    @Test("With a file and without")
    func rendered() throws {
        let source = "c = a + ; d = 1"
        let error = try error(parsing: source)
        #expect(ErrorReport.render(error, source: source, file: "cde.graph") == """
            error: cde.graph:1:9: expected a number, a name, a function call or '(', found ';'
              c = a + ; d = 1
                      ^
            """)
        #expect(ErrorReport.render(error, source: source) == """
            error: 1:9: expected a number, a name, a function call or '(', found ';'
              c = a + ; d = 1
                      ^
            """)
    }

    @Test("The right line of several, tabs shown as spaces")
    func laterLine() throws {
        let source = "a = 1\n\tc = a $ b\nd = c"
        #expect(ErrorReport.render(try error(parsing: source), source: source, file: "g.txt") == """
            error: g.txt:2:8: unexpected character '$'
               c = a $ b
                     ^
            """)
    }

    @Test("Windows line ends (\\r\\n) count as one line break")
    func windowsLines() throws {
        let source = "a = 1\r\n# a comment\r\nc = a +\r\nd = 2"
        #expect(ErrorReport.render(try error(parsing: source), source: source) == """
            error: 3:8: expected a number, a name, a function call or '(', found a new line
              c = a +
                     ^
            """)
    }

    @Test("A cycle points at the first name on it")
    func cycle() throws {
        let source = "a = b + 1; b = a * 2"
        #expect(ErrorReport.render(try error(parsing: source), source: source, file: "g.txt") == """
            error: g.txt:1:1: cycle: a → b → a; a value cannot depend on itself
              a = b + 1; b = a * 2
              ^
            """)
    }

    @Test("Errors without a place have no caret")
    func withoutPlace() throws {
        let error = try error(parsing: "")
        #expect(ErrorReport.render(error, source: "", file: "g.txt") == "error: g.txt: the graph is empty: write at least one assignment, such as 'c = a + b'")
        #expect(ErrorReport.render(error, source: "") == "error: the graph is empty: write at least one assignment, such as 'c = a + b'")
    }

    @Test("A missing value is worded for the command line")
    func missingValue() throws {
        let source = "c = a + b"
        let error = try #require(throws: GraphError.self) { try Evaluation(Graph(parsing: source), inputs: ["a": 1]) }
        #expect(ErrorReport.render(error, source: source) == """
            error: 1:9: input 'b' has no value; assign one in the graph ('b = 2') or pass --at b=2
              c = a + b
                      ^
            """)
    }

    @Test("A caret far out on a long line stays within the shown 200 characters")
    func longLine() throws {
        let source = "c = " + String(repeating: "(", count: 50_000) + "a" + String(repeating: ")", count: 50_000)
        let lines = ErrorReport.render(try error(parsing: source), source: source).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1] == "  c = " + String(repeating: "(", count: 196))
        #expect(lines[2] == "  " + String(repeating: " ", count: 104) + "^")
    }

    @Test("Any message at a place, such as a bad --at value")
    func message() {
        #expect(ErrorReport.render("'x' is not a finite number (in b=x)", at: SourceLocation(line: 1, column: 7), source: "a=2,b=x", file: "--at") == """
            error: --at:1:7: 'x' is not a finite number (in b=x)
              a=2,b=x
                    ^
            """)
    }

    /// Before, the line was shown with DEL and C1 characters raw (378 fuzz cases echoed U+0085,
    /// U+009B or DEL), and the message and file name with everything raw.
    @Test("Control characters in the message, the file name and the line are escaped, the caret under them")
    func controlCharacters() throws {
        let source = "a = 1  # \u{7F} in a comment\nc = a \u{9B}31m b"
        #expect(ErrorReport.render(try error(parsing: source), source: source, file: "g\u{1B}[2J.txt") == #"""
            error: g\u{1B}[2J.txt:2:7: unexpected character '\u{9B}'
              c = a \u{9B}31m b
                    ^
            """#)
        #expect(ErrorReport.render("'\u{85}' is not a finite number", at: SourceLocation(line: 1, column: 7), source: "a=\u{85},b=\u{85}", file: "--at") == #"""
            error: --at:1:7: '\u{85}' is not a finite number
              a=\u{85},b=\u{85}
                         ^
            """#)
    }

    @Test("The caret is placed by display width: a wide character before it takes two columns")
    func wideCharacters() {
        #expect(ErrorReport.render("'x' is not a finite number", at: SourceLocation(line: 1, column: 5), source: "反=2,x", file: "--at") == """
            error: --at:1:5: 'x' is not a finite number
              反=2,x
                   ^
            """)
    }
}
