import Testing
import TextCanvas

@Suite struct TextTableTests {
    @Test("Text tables align columns and drop trailing spaces")
    func alignsColumns() {
        var table = TextTable(header: ["a", "bb"])
        table.add(["ccc", ""])
        table.add(["", ""])
        #expect(table.rendered(indent: 1) == " a    bb\n ccc\n")
    }

    @Test("Columns are aligned by display width: wide characters take two columns, marks none")
    func alignsByDisplayWidth() {
        var table = TextTable(header: ["节点", "值"])
        table.add(["b̄", "5"])
        table.add(["x", "12"])
        #expect(table.rendered(indent: 0) == "节点  值\nb̄     5\nx     12")
    }
}
