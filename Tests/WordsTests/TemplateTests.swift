import Testing
@testable import Words

@Suite struct TemplateTests {
    @Test func fillsHolesInAnyOrder() {
        let template: Template = "{1} before {0}, {1} again"
        #expect(template("a", 2) == "2 before a, 2 again")
        #expect(template.holes == [0, 1])
    }

    @Test func pluralPicksTheFirstFormForOneOnly() {
        let template: Template = "{0} {0|node|nodes} off screen"
        #expect(template(1) == "1 node off screen")
        #expect(template(0) == "0 nodes off screen")
        #expect(template(184) == "184 nodes off screen")
        #expect(template(UInt64(1)) == "1 node off screen")
    }

    @Test func replacingWritesTranslatesTextMadeElsewhere() {
        let english: Template = "Error: Missing value for '{0}'"
        let chinese: Template = "错误：'{0}' 缺少值"
        #expect(english.replacingWrites(in: "Error: Missing value for '--at <VALUES>'\nUsage: x", with: chinese) == "错误：'--at <VALUES>' 缺少值\nUsage: x")
        let usage: Template = "Usage: {0}"
        #expect(usage.replacingWrites(in: "a\nUsage: graphtutor eval\n", with: "用法：{0}") == "a\n用法：graphtutor eval\n")
    }

    @Test func doubledBracesAreLiteralAndStrayBracesStay() {
        let template: Template = "{{0}} is {0}; {x} and {"
        #expect(template(7) == "{0} is 7; {x} and {")
    }

    @Test func aMissingArgumentLeavesItsHoleVisible() {
        let template: Template = "{0} and {1}"
        #expect(template("a") == "a and {1}")
    }

    @Test func latinWordsSkipHolesAndSingleLetters() {
        #expect(CatalogueCheck.latinWords(in: "输入 a 的值 {0|node|nodes}，按 Esc 返回") == ["Esc"])
        #expect(CatalogueCheck.latinWords(in: "或使用 --at {0}=2") == ["at"])
    }

    @Test func tidyingTakesOutOnlySpacesBetweenChineseCharacters() {
        #expect(Words.tidied("x 是 长为 3 的向量，W 是 2×2") == "x 是长为 3 的向量，W 是 2×2")
        #expect(Words.tidied("x is a vector of 3") == "x is a vector of 3")
        #expect(Words.tidied("输入 a 的值") == "输入 a 的值")
    }
}
