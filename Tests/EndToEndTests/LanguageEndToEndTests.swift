import Foundation
import Testing

/// The command line in Chinese, chosen with `--lang zh` (`--lang=zh`) on any subcommand or by
/// a locale starting with `zh`: help, usage errors, reports and messages.
@Suite struct LanguageEndToEndTests {
    func run(_ arguments: [String], _ environment: [String: String] = [:]) throws -> CommandLineEndToEndTests.Run {
        try CommandLineEndToEndTests().run(arguments, environment: environment.merging(["LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8"]) { a, _ in a })
    }

    @Test func evalReportsInChinese() throws {
        let result = try run(["eval", CommandLineEndToEndTests.example, "--at", "a=2,b=1", "--lang", "zh"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("值\n  节点  计算   值\n"))
        #expect(result.output.contains("e 的导数：路径求和、前向模式、反向模式、中心差分"))
        let byLocale = try run(["eval", CommandLineEndToEndTests.example, "--at", "a=2,b=1"], ["LANG": "zh_CN.UTF-8"])
        #expect(byLocale.output == result.output)
    }

    @Test func errorsSayWhereInChinese() throws {
        let result = try run(["eval", "c = a + ; e = c", "--lang=zh"])
        #expect(result.status == 2)
        #expect(result.errors == "错误：1:9：这里应是数、名字、函数调用或 '('，却遇到了 ';'\n  c = a + ; e = c\n          ^\n")
        let usage = try run(["eval", "x", "--foo", "--lang", "zh"])
        #expect(usage.status == 64)
        #expect(usage.errors.hasPrefix("错误：未知选项 '--foo'。你是想用 '--dot' 吗？\n用法：graphtutor eval <EXPR>"))
        #expect(usage.errors.hasSuffix("  更多信息请看 'graphtutor eval --help'。\n"))
    }

    @Test func helpInChinese() throws {
        let help = try run(["eval", "--help", "--lang", "zh"])
        #expect(help.status == 0)
        #expect(help.output.hasPrefix("概述：对计算图求值，并用路径求和、前向模式、反向模式和数值方法给出它的导数。\n"))
        for heading in ["\n用法：graphtutor eval <EXPR>", "\n参数：\n", "\n选项：\n", "显示帮助信息。"] {
            #expect(help.output.contains(heading))
        }
        let top = try run(["help", "--lang", "zh"], ["LANG": "zh_CN.UTF-8"])
        #expect(top.output.contains("子命令：\n"))
        #expect(top.output.contains("详细帮助请看 'graphtutor help <subcommand>'。"))
        // Chinese help is wrapped by display width: no line but a usage line is wider than 80.
        for command in ["eval", "explore", "lesson", "quiz", "progress", "lessons", "home"] {
            let help = try run([command, "--help", "--lang", "zh"]).output
            let wide = help.split(separator: "\n").filter { !$0.hasPrefix("用法：") && Self.columns($0) > 80 }
            #expect(wide == [], "\(command)")
        }
        // The program's own --help, with --lang before or after it, is the program's help.
        for arguments in [["--help", "--lang", "zh"], ["--lang=zh", "-h"]] {
            #expect(try run(arguments).output == top.output, "\(arguments)")
        }
        // Every subcommand takes --lang.
        for command in [["eval", "a = 1"], ["explore", "a = 1"], ["home"], ["lesson", "4", "--plain"], ["lessons", "check"], ["quiz", "--list-topics"], ["progress"]] {
            #expect(try run(command + ["--lang", "zh"], ["XDG_DATA_HOME": FileManager.default.temporaryDirectory.path]).status == 0, "\(command)")
        }
    }

    @Test func englishStaysAsItWas() throws {
        let help = try run(["eval", "--help", "--lang", "en"], ["LANG": "zh_CN.UTF-8"])
        #expect(help.output.hasPrefix("OVERVIEW: Evaluate a graph"))
        let check = try run(["lessons", "check", "--lang", "zh"])
        #expect(check.output == "28 课，全部通过\n")
    }

    /// The columns `line` takes in a terminal: two for each CJK character and full-width sign.
    static func columns(_ line: Substring) -> Int {
        line.unicodeScalars.reduce(0) { sum, scalar in
            let wide = (0x2E80...0x9FFF).contains(scalar.value) || (0xFF00...0xFF60).contains(scalar.value)
                || (0xFFE0...0xFFE6).contains(scalar.value)
            return sum + (wide ? 2 : 1)
        }
    }
}
