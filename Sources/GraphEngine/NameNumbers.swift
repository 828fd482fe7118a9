#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The names of a graph text, numbered in the order they first appear, looked up by their UTF-8
/// bytes in the text (see `NameTable`). A name is kept as where it was first written: its
/// `String` is made only when asked for, once the text has parsed.
struct NameNumbers {
    /// Where a name was first written: `start..<end` of the text's bytes.
    private struct Spelling {
        let start: Int32
        let end: Int32
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    /// The names' numbers, by their normal forms.
    private(set) var table: NameTable
    /// Every name's first spelling, by number.
    private var spellings: [Spelling] = []

    /// Names for a text of `bytes`, with room for about `expected` of them.
    init(_ bytes: UnsafeBufferPointer<UInt8>, expected: Int) {
        self.bytes = bytes
        table = NameTable(capacity: expected)
        spellings.reserveCapacity(expected)
    }

    var count: Int { spellings.count }

    /// The name numbered `number`, as first written.
    func name(_ number: Int) -> String { String(decoding: Self.spelling(spellings[number], in: bytes), as: UTF8.self) }

    /// The names' numbers, handed over: the table is left empty, so that the caller can add
    /// to it without copying it.
    mutating func takeTable() -> NameTable {
        defer { table = NameTable(capacity: 0) }
        return table
    }

    /// Whether the name numbered `number` is the one whose normal form is `key`.
    func matches(_ number: Int32, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        Self.matches(spellings[Int(number)], key, in: bytes)
    }

    /// The number of the name written at `range` of the text, numbering it if it is new.
    mutating func number(at range: Range<Int>) -> Int32 {
        let bytes = self.bytes, new = Int32(spellings.count)
        let found = spellings.withUnsafeBufferPointer { spellings in
            NameTable.withKey(of: UnsafeBufferPointer(rebasing: bytes[range])) { key in
                table.number(of: key, matches: { Self.matches(spellings[Int($0)], key, in: bytes) }, new: new)
            }
        }
        if found.isNew { spellings.append(Spelling(start: Int32(range.lowerBound), end: Int32(range.upperBound))) }
        return found.number
    }

    private static func spelling(_ spelling: Spelling, in bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[Int(spelling.start)..<Int(spelling.end)])
    }

    /// Whether the name first written at `spelling` has the normal form `key`.
    private static func matches(_ spelling: Spelling, _ key: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        NameTable.withKey(of: Self.spelling(spelling, in: bytes)) { $0.count == key.count && memcmp($0.baseAddress!, key.baseAddress!, key.count) == 0 }
    }
}
