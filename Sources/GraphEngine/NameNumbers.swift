#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The names of a graph text, numbered in the order they are used, looked up by their UTF-8
/// bytes in the text (see `NameTable`). A name is kept as where it was first written: its
/// `String` is made only when asked for, once the text has parsed.
///
/// Names are numbered after the whole text is read, in one loop (`numberUses()`), rather than
/// each as the parser meets it: with a million names, most lookups of a name not seen lately
/// wait on memory, and a short loop lets the processor wait on several at once.
struct NameNumbers {
    /// Where a name is written: `start..<end` of the text's bytes.
    private struct Spelling {
        let start: Int32
        let end: Int32
    }

    /// A name written in the text, to be numbered: where, and its normal form's hash when its
    /// bytes are ASCII (they are then its normal form).
    private struct Use {
        let spelling: Spelling
        let hash: UInt32
        let isASCII: Bool
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    /// The names' numbers, by their normal forms.
    private var table: NameTable
    /// Every name's first spelling, by number.
    private var spellings: [Spelling] = []
    /// The names written, in order, until they are numbered.
    private var uses: [Use] = []
    /// The slots read ahead, combined: kept so that reading them is not optimized away.
    private var readAhead: UInt64 = 0

    /// Names for a text of `bytes`, with room for about `expected` of them, used about three
    /// times each.
    init(_ bytes: UnsafeBufferPointer<UInt8>, expected: Int) {
        self.bytes = bytes
        table = NameTable(capacity: expected)
        spellings.reserveCapacity(expected)
        uses.reserveCapacity(3 * expected)
    }

    /// How many names have been numbered.
    var count: Int { spellings.count }

    /// The name numbered `number`, as first written.
    func name(_ number: Int) -> String { text(spellings[number]) }

    /// The name noted by `use(at:)` as the `use`-th, as written there.
    func text(ofUse use: Int32) -> String { text(uses[Int(use)].spelling) }

    /// Notes that a name is written at `range`, to be numbered by `numberUses()`; returns the
    /// use's index among those noted.
    mutating func use(at range: Range<Int>) -> Int32 {
        let spelling = Spelling(start: Int32(range.lowerBound), end: Int32(range.upperBound))
        let (hash, isASCII) = NameTable.hashIfASCII(UnsafeBufferPointer(rebasing: bytes[range]))
        uses.append(Use(spelling: spelling, hash: hash, isASCII: isASCII))
        return Int32(uses.count - 1)
    }

    /// The numbers of the names noted by `use(at:)`, in order; a name gets the next number
    /// where it is first used. The uses are kept until `forgetUses()`.
    mutating func numberUses() -> [Int32] {
        var numbers: [Int32] = []
        numbers.reserveCapacity(uses.count)
        for (index, use) in uses.enumerated() {
            // The slots of the next 16 names are read in a loop of their own, short enough that
            // the processor waits on them together rather than on each in turn.
            if index % 16 == 0 {
                for ahead in uses[index..<min(index + 16, uses.count)] { readAhead ^= table.firstSlot(ahead.hash) }
            }
            if use.isASCII {
                numbers.append(number(of: span(use.spelling), hash: use.hash, spelledAt: use.spelling))
            } else {
                numbers.append(NameTable.withKey(of: span(use.spelling)) { number(of: $0, hash: NameTable.hash($0), spelledAt: use.spelling) })
            }
        }
        return numbers
    }

    /// Lets go of the uses noted, once `numberUses()` has numbered them.
    mutating func forgetUses() { uses = [] }

    /// The names' numbers, handed over: the table is left empty, so that the caller can add
    /// to it without copying it.
    mutating func takeTable() -> NameTable {
        defer { table = NameTable(capacity: 0) }
        return table
    }

    /// Whether the name numbered `number` has the normal form `key`.
    func matches(_ number: Int32, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let spelled = span(spellings[Int(number)])
        if spelled.count == key.count && memcmp(spelled.baseAddress!, key.baseAddress!, key.count) == 0 { return true }
        // Spellings beyond ASCII may differ from their normal form.
        return !spelled.allSatisfy { $0 < 0x80 } && NameTable.withKey(of: spelled) { $0.elementsEqual(key) }
    }

    /// The number of the name with the normal form `key` and its `hash`, written at `spelling`;
    /// the next number if it is new.
    private mutating func number(of key: UnsafeBufferPointer<UInt8>, hash: UInt32, spelledAt spelling: Spelling) -> Int32 {
        let place = table.place(of: key, hash: hash) { matches($0, key) }
        if let number = place.number { return number }
        let number = Int32(spellings.count)
        table.enter(number, at: place)
        spellings.append(spelling)
        return number
    }

    private func span(_ spelling: Spelling) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[Int(spelling.start)..<Int(spelling.end)])
    }

    private func text(_ spelling: Spelling) -> String { String(decoding: span(spelling), as: UTF8.self) }
}
