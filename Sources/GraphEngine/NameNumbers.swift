#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The names of a graph text, numbered in the order they first appear, looked up by their
/// UTF-8 bytes in the text.
///
/// Swift's `String` is the authority on which spellings are one name (`é` written as one
/// scalar or as `e` and a combining accent are equal), so every name is entered in a
/// `[String: Int32]` once; but hashing a `String` costs far more than hashing a few bytes, so
/// a name made only of ASCII bytes, whose only spelling is its bytes, is looked up again by its
/// bytes in a small open-addressing table of its own.
struct NameNumbers {
    /// Every name, by its number.
    private(set) var names: [String] = []
    /// Every name's number, by the name.
    private(set) var numbers: [String: Int32] = [:]
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Where each name was first written in `bytes`, by number.
    private var spellings: [Range<Int>] = []
    /// Open addressing, linear probing: a name's number in the low 32 bits and the high bits of
    /// its hash above them, so that most names not looked for are passed over without reading
    /// their spelling; -1 for an empty slot. Only names made of ASCII bytes are here.
    private var slots = [Int64](repeating: -1, count: 64)
    private var asciiCount = 0

    /// Names for a text of `bytes`, with room for about `expected` of them.
    init(_ bytes: UnsafeBufferPointer<UInt8>, expected: Int) {
        self.bytes = bytes
        numbers.reserveCapacity(expected)
        names.reserveCapacity(expected)
        spellings.reserveCapacity(expected)
        while slots.count < 2 * expected { slots = [Int64](repeating: -1, count: 2 * slots.count) }
    }

    var count: Int { names.count }

    /// The numbers by name, handed over: the table is left empty, so that the caller can add
    /// to them without copying them all.
    mutating func takeNumbers() -> [String: Int32] {
        defer { numbers = [:] }
        return numbers
    }

    /// The number of the name written at `range` of the text, numbering it if it is new.
    mutating func number(at range: Range<Int>) -> Int32 {
        let text = UnsafeBufferPointer(rebasing: bytes[range])
        guard text.allSatisfy({ $0 < 0x80 }) else { return number(of: String(decoding: text, as: UTF8.self), at: range) }
        let hash = Self.hash(text)
        let tag = Int64(UInt(bitPattern: hash) >> 33) << 32  // 31 bits: an occupied slot is never negative
        var slot = hash & (slots.count - 1)
        while slots[slot] >= 0 {
            if slots[slot] & ~0xFFFF_FFFF == tag {
                let number = Int32(truncatingIfNeeded: slots[slot])
                let spelling = spellings[Int(number)]
                if spelling.count == text.count, memcmp(bytes.baseAddress! + spelling.lowerBound, text.baseAddress!, text.count) == 0 { return number }
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        let number = number(of: String(decoding: text, as: UTF8.self), at: range)
        slots[slot] = tag | Int64(number)
        asciiCount += 1
        if 2 * asciiCount > slots.count { grow() }
        return number
    }

    /// The number of `name`, first written at `range`, numbering it if it is new.
    private mutating func number(of name: String, at range: Range<Int>) -> Int32 {
        if let number = numbers[name] { return number }
        let number = Int32(names.count)
        numbers[name] = number
        names.append(name)
        spellings.append(range)
        return number
    }

    private mutating func grow() {
        var slots = [Int64](repeating: -1, count: 2 * self.slots.count)
        for entry in self.slots where entry >= 0 {
            var slot = Self.hash(UnsafeBufferPointer(rebasing: bytes[spellings[Int(Int32(truncatingIfNeeded: entry))]])) & (slots.count - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = entry
        }
        self.slots = slots
    }

    /// FNV-1a over the bytes: names are short, and this mixes them well enough for a table.
    private static func hash(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(bitPattern: UInt(truncatingIfNeeded: hash ^ (hash >> 29)))
    }
}
