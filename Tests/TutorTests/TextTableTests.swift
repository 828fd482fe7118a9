import Testing
import Tutor

@Suite struct TextTableTests {
    @Test("Text tables align columns and drop trailing spaces")
    func alignsColumns() {
        var table = TextTable(header: ["a", "bb"])
        table.add(["ccc", ""])
        #expect(table.rendered(indent: 1) == " a    bb\n ccc")
    }
}
