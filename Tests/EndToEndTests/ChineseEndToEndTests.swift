import Foundation
import Testing

/// The program in Chinese at 80×24, chosen by the locale `LANG=zh_CN.UTF-8`: the home screen, a
/// lesson, the explorer opened from it with its help, and a quiz, all in Chinese and drawn with
/// box-drawing characters, so the locale's character set was loaded and no text fell back to
/// `??`. Needs the locale installed (`.ci/run` generates it).
@Suite struct ChineseEndToEndTests {
    /// Whether `zh_CN.UTF-8` is installed (`locale -a` lists it as `zh_CN.utf8`).
    static let chineseLocaleInstalled: Bool = {
        let locales = try? CleanProcess.run(["locale", "-a"], environment: ProcessInfo.processInfo.environment)
        return locales?.output.split(separator: "\n").contains { $0.lowercased() == "zh_cn.utf8" } ?? false
    }()

    @Test(.enabled(if: chineseLocaleInstalled, "zh_CN.UTF-8 is not installed: localedef -i zh_CN -f UTF-8 zh_CN.UTF-8"))
    func theWholeProgramSpeaksChinese() async throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("graphtutor-e2e-\(UUID())")
        defer { try? FileManager.default.removeItem(at: data) }
        let session = try TmuxSession(command: "env LANG=zh_CN.UTF-8 XDG_DATA_HOME=\(shellQuoted(data.path)) \(try graphtutorCommand())")
        defer { session.close() }
        try await session.waitFor("已完成 0/14")
        #expect(try session.screen().contains("│ 一步步看着反向传播"))
        #expect(try session.screen().contains("↑↓ 选择  Enter 打开  ? 帮助  q 退出"))
        try session.sendKeys("4")
        try session.sendKeys("Enter")
        try await session.waitFor("第 4 课 · 计算图 · 第 1/6 步")
        try session.sendKeys("Space")
        try await session.waitFor("第 2/6 步")
        #expect(try session.screen().contains("┌ 输入 ─"))
        try session.sendKeys("x")
        try await session.waitFor("hjkl 移动")
        try session.sendKeys("r")
        try session.sendKeys("n")
        try await session.waitFor("第 1/6 步 ─")
        try session.sendKeys("?")
        try await session.waitFor("帮助 1/2 · ? 下一页 · Esc 关闭")
        #expect(try !session.screen().contains("??"))
        try session.sendKeys("Escape")
        try session.sendKeys("Escape")
        try await session.waitFor("空格 下一步")
        try session.sendKeys("q")
        try await session.waitFor("做一次测验")
        // From lesson 4, up past the first lesson to the quiz, the last entry.
        for _ in 0..<4 { try session.sendKeys("Up") }
        try session.sendKeys("Enter")
        try await session.waitFor("测验 · 第 1/10 题")
        try await session.waitFor("你的答案：")
        try session.sendKeys("Escape")
        try await session.waitFor("已完成 0/14")
        try session.sendKeys("q")
        #expect(try await session.waitForExit() == 0)
    }
}
