import Foundation
import Testing

/// The real `graphtutor explore` in a detached tmux window of fixed size: keys in, screen out.
@Suite struct ExplorerEndToEndTests {
    func explorer(_ arguments: String = "", width: Int = 80, height: Int = 24) async throws -> TmuxSession {
        let session = try TmuxSession(command: "\(try graphtutorCommand()) explore \(arguments)", width: width, height: height)
        try await session.waitFor("∂e/∂c = d = 2")
        return session
    }

    @Test func opensOnTheSourceExample() async throws {
        let session = try await explorer()
        defer { session.close() }
        let screen = try session.screen()
        for text in ["e = c · d = 3 · 2 = 6", "a = 2", "b = 1", "c = 3", "d = 2", "∂c/∂a = 1", "∂c/∂b = 1", "∂d/∂b = 1", "∂e/∂d = c = 3", "b→d→e  1·3 = 3"] {
            #expect(screen.contains(text), "missing \(text) in\n\(screen)")
        }
        #expect(try session.alternateScreenOn())
    }

    @Test func arrowsAndTabMoveTheSelection() async throws {
        let session = try await explorer()
        defer { session.close() }
        try session.sendKeys("Right")
        try await session.waitFor("c = a + b   [+]")
        try session.sendKeys("Tab")
        try await session.waitFor("d = b + 1   [+]")
        try session.sendKeys("l")
        try await session.waitFor("e = c · d   [·]")
        try session.sendKeys("BTab")
        try await session.waitFor("d = b + 1   [+]")
    }

    @Test func reverseModeToTheLastStepShowsFiveForB() async throws {
        let session = try await explorer()
        defer { session.close() }
        try session.sendKeys("r")
        try await session.waitFor("reverse mode from e · step 0/6")
        try session.sendKeys("n", "n", "n", "n")
        try await session.waitFor("b̄ = d̄ · ∂d/∂b = 3 · 1 = 3   (1st of 2 uses of b)")
        #expect(try session.screen().contains("b̄ = 3 + …"))
        try session.sendKeys("G")
        try await session.waitFor("step 6/6")
        let screen = try session.screen()
        #expect(screen.contains("b̄ = 5"))
        #expect(screen.contains("ā = 2"))
        #expect(screen.contains("done: de/da = 2, de/db = 5 from one reverse sweep (5 edge visits)"))
    }

    @Test func playingTheReversePassReachesItsEndByItself() async throws {
        let session = try await explorer()
        defer { session.close() }
        try session.sendKeys("r", "a")
        // Only r and a were pressed: reaching the last step proves the pass played itself. (On
        // a loaded machine a poll may miss a passing screen, so wait for the end, which stays.)
        try await session.waitFor("that was the last step", timeout: .seconds(30))
        #expect(try session.screen().contains("step 6/6"))
    }

    @Test func aGraphFileTypedInTheDialogIsLoaded() async throws {
        let file = "/tmp/graphtutor-e2e-\(UInt32.random(in: 0...UInt32.max)).txt"
        try "x = 3\ny = x * x\n".write(toFile: file, atomically: true, encoding: .utf8)
        let session = try await explorer()
        defer { session.close() }
        try session.sendKeys(":")
        for _ in 0..<40 { try session.sendKeys("BSpace") }
        try session.sendLiteral("@\(file)")
        try session.sendKeys("Enter")
        try await session.waitFor("y = x · x = 3 · 3 = 9")
        try? FileManager.default.removeItem(atPath: file)
    }

    /// Wide characters and combining marks reach the real screen whole: Chinese typed into the
    /// graph dialog takes two columns a character, and reverse mode's marks sit on their letters.
    @Test func chineseTextAndCombiningMarksAreDrawnWhole() async throws {
        let session = try await explorer()
        defer { session.close() }
        try session.sendKeys(":", "End")
        try session.sendLiteral(" # 反向传播")
        try await session.waitFor("e = c * d # 反向传播▏")
        let row = try #require(try session.screen().split(separator: "\n").first { $0.contains("反向传播") })
        // Two columns each: the box's right border stays where it is on the other rows.
        let border = try #require(try session.screen().split(separator: "\n").first { $0.contains("Enter loads it") })
        #expect(Self.borderColumn(row) == Self.borderColumn(border))
        try session.sendKeys("Escape", "r", "G")
        try await session.waitFor("ā = c̄ · ∂c/∂a = 2 · 1 = 2")
    }

    /// The screen column of the last `│` on a line, counting CJK ideographs as two columns.
    static func borderColumn(_ line: Substring) -> Int? {
        guard let border = line.lastIndex(of: "│") else { return nil }
        let before = line[..<border]
        return before.count + before.filter { (0x4E00...0x9FFF).contains($0.unicodeScalars.first!.value) }.count
    }

    @Test func forwardModeFromB() async throws {
        let session = try await explorer()
        defer { session.close() }
        try session.sendKeys("Tab", "t", "G")
        try await session.waitFor("forward mode from b · step 5/5")
        #expect(try session.screen().contains("de/db = 5"))
    }

    @Test func settingAToThreeMakesEEight() async throws {
        let session = try await explorer()
        defer { session.close() }
        try session.sendKeys("e")
        try await session.waitFor("value of input a")
        try session.sendKeys("BSpace")
        try session.sendLiteral("3")
        try session.sendKeys("Enter")
        try await session.waitFor("e = 8")
        #expect(try session.screen().contains("e = c · d = 4 · 2 = 8"))
    }

    /// The value a = 2 opens selected: typing 35 replaces it; after Home, typing 1 goes before it.
    @Test(arguments: [([String](), "35", "e = c · d = 36 · 2 = 72"), (["Home"], "1", "e = c · d = 13 · 2 = 26")])
    func typingAValue(keys: [String], typed: String, title: String) async throws {
        let session = try await explorer()
        defer { session.close() }
        try session.sendKeys("e")
        try await session.waitFor("value of input a")
        try session.sendKeys(contentsOf: keys)
        try session.sendLiteral(typed)
        try session.sendKeys("Enter")
        try await session.waitFor(title)
    }

    @Test func altBackspaceDeletesAWordAndKeepsTheDialogOpen() async throws {
        let session = try await explorer()
        defer { session.close() }
        try session.sendKeys(":")
        try await session.waitFor("new graph")
        try session.sendKeys("M-BSpace")
        try await session.waitFor("d = b + 1; e = c * ▏")
        #expect(try session.screen().contains("new graph"))
        try session.sendLiteral("b")
        try session.sendKeys("Enter")
        try await session.waitFor("e = c · b = 3 · 1 = 3")
    }

    @Test func controlKeysEditTheGraphAndUpRecallsTheLastOne() async throws {
        let session = try await explorer()
        defer { session.close() }
        try session.sendKeys(":")
        try await session.waitFor("new graph")
        try session.sendKeys("C-a")
        try session.sendLiteral("z = 5; ")
        try session.sendKeys("End", "Left", "DC")
        try session.sendLiteral("z")
        try session.sendKeys("Enter")
        try await session.waitFor("e = c · z = 3 · 5 = 15")
        try session.sendKeys(":")
        try await session.waitFor("z = 5; c = a + b; d = b + 1; e = c * z▏")
        try session.sendKeys("Up")
        try await session.waitFor("c = a + b; d = b + 1; e = c * d▏")
        try session.sendKeys("Enter")
        try await session.waitFor("e = c · d = 3 · 2 = 6")
    }

    /// Esc and a key sent together (as a fast typist or a paste may) are two keys: the Esc
    /// closes the help, the q quits.
    @Test func escapeFollowedAtOnceByAKeyIsTwoKeys() async throws {
        let session = try await explorer()
        defer { session.close() }
        try session.sendKeys("?")
        try await session.waitFor("? next page · Esc closes")
        try session.sendKeys("Escape", "q")
        #expect(try await session.waitForExit() == 0)
    }

    @Test func followsResizes() async throws {
        let session = try await explorer()
        defer { session.close() }
        try session.resize(width: 40, height: 10)
        try await session.waitFor("terminal too small (need 70×20)")
        try session.resize(width: 120, height: 40)
        try await session.waitFor("∂e/∂c = d = 2")
        #expect(try !session.screen().contains("too small"))
    }

    @Test func helpOverlayOpensAndCloses() async throws {
        let session = try await explorer()
        defer { session.close() }
        try session.sendKeys("?")
        try await session.waitFor("? next page · Esc closes")
        try session.sendKeys("?")
        try await session.waitFor("notation")
        try session.sendKeys("Escape")
        try await session.waitUntil("the help to close") { try !$0.screen().contains("Esc closes") }
    }

    @Test func aBadGraphShowsTheErrorAndKeepsTheOldOne() async throws {
        let session = try await explorer()
        defer { session.close() }
        try session.sendKeys(":")
        try await session.waitFor("new graph")
        try session.sendKeys(contentsOf: Array(repeating: "BSpace", count: 40))
        try session.sendLiteral("y = x +")
        try session.sendKeys("Enter")
        try await session.waitFor("column 8: expected a number")
        try session.sendKeys("Escape")
        try await session.waitUntil("the dialog to close") { try !$0.screen().contains("new graph") }
        #expect(try session.screen().contains("e = c · d = 3 · 2 = 6"))
    }

    @Test func quitRestoresTheTerminal() async throws {
        let session = try await explorer()
        defer { session.close() }
        try session.sendKeys("q")
        #expect(try await session.waitForExit() == 0)
        #expect(try !session.alternateScreenOn())
    }

    /// In cbreak mode the terminal turns Ctrl-C into SIGINT, so the key never reaches the loop
    /// as `.interrupt`: the signal handler restores the terminal and exits with 128 + 2.
    @Test func controlCRestoresTheTerminal() async throws {
        let session = try await explorer()
        defer { session.close() }
        try session.sendKeys("C-c")
        #expect(try await session.waitForExit() == 130)
        #expect(try !session.alternateScreenOn())
    }

    @Test func sigtermRestoresTheTerminal() async throws {
        let session = try await explorer()
        defer { session.close() }
        try session.kill("TERM")
        #expect(try await session.waitForExit() == 143)
        #expect(try !session.alternateScreenOn())
    }

    @Test(arguments: [("SEGV", 139), ("ABRT", 134), ("ILL", 132)])
    func aCrashRestoresTheTerminal(signal: String, status: Int) async throws {
        let session = try await explorer()
        defer { session.close() }
        try session.kill(signal)
        #expect(try await session.waitForExit() == status)
        #expect(try !session.alternateScreenOn())
    }

    @Test func asciiModeDrawsOnlyASCII() async throws {
        let session = try TmuxSession(command: "\(try graphtutorCommand()) explore --ascii")
        defer { session.close() }
        try await session.waitFor("de/dc = d = 2")
        #expect(try session.screen().unicodeScalars.allSatisfy(\.isASCII))
    }

    @Test func aNonUTF8LocaleDrawsOnlyASCII() async throws {
        let session = try TmuxSession(command: "env LC_ALL=C \(try graphtutorCommand()) explore")
        defer { session.close() }
        try await session.waitFor("de/dc = d = 2")
        #expect(try session.screen().unicodeScalars.allSatisfy(\.isASCII))
    }

    @Test func colorsUnlessNoColor() async throws {
        let colored = try await explorer()
        defer { colored.close() }
        let coloredCodes = try colored.styledScreen().graphicRenditions
        #expect(!coloredCodes.isDisjoint(with: Self.colorCodes), "codes \(coloredCodes.sorted())")
        #expect(coloredCodes.isSuperset(of: Self.boldAndReverse), "codes \(coloredCodes.sorted())")
        let plain = try TmuxSession(command: "env NO_COLOR=1 \(try graphtutorCommand()) explore")
        defer { plain.close() }
        try await plain.waitFor("∂e/∂c = d = 2")
        let plainCodes = try plain.styledScreen().graphicRenditions
        #expect(plainCodes.isDisjoint(with: Self.colorCodes), "codes \(plainCodes.sorted())")
        #expect(plainCodes.isSuperset(of: Self.boldAndReverse), "codes \(plainCodes.sorted())")
    }

    /// SGR codes that set a foreground or background colour (39 and 49, the defaults, do not).
    static let colorCodes = Set(30...38).union(40...48).union(90...97).union(100...107)
    static let boldAndReverse: Set = [1, 7]

    @Test func aGraphFromStandardInputStillTakesKeys() async throws {
        let session = try TmuxSession(command: "printf 'y = x * x' | \(try graphtutorCommand()) explore - --at x=3")
        defer { session.close() }
        try await session.waitFor("y = x · x = 3 · 3 = 9")
        try session.sendKeys("r", "G")
        try await session.waitFor("x̄ = 6")
        try session.sendKeys("q")
        #expect(try await session.waitForExit() == 0)
        #expect(try !session.alternateScreenOn())
    }

    @Test func aGivenGraphOpensWithItsValues() async throws {
        let session = try TmuxSession(command: "\(try graphtutorCommand()) explore 'y = sigmoid(w * x)' --at w=0.5,x=2")
        defer { session.close() }
        try await session.waitFor("y = sigmoid(%1) = sigmoid(1) = 0.7310585786")
    }
}

extension String {
    /// The SGR codes (`ESC [ … m`) in text from `styledScreen()`: 1 bold, 7 reverse, 36 cyan, …;
    /// an extended colour (38 or 48) counts once, without its arguments.
    var graphicRenditions: Set<Int> {
        var codes = Set<Int>()
        for match in matches(of: /\x{1B}\[([0-9;]*)m/) {
            var parameters = match.1.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }[...]
            while let code = parameters.popFirst() {
                codes.insert(code)
                if code == 38 || code == 48 { parameters = parameters.dropFirst(parameters.first == 2 ? 4 : 2) }
            }
        }
        return codes
    }
}

extension TmuxSession {
    /// Presses each of `keys` in turn.
    func sendKeys(contentsOf keys: [String]) throws {
        for key in keys { try sendKeys(key) }
    }
}
