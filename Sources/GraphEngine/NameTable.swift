import Foundation

/// Numbers found by names, by the names' bytes in normal form (NFC), so that two spellings are
/// one name exactly when Swift's `String` says they are equal: `é` written as one scalar or as
/// `e` and a combining accent, `K` or the Kelvin sign. A name of ASCII bytes is its own normal
/// form, so the usual name is looked up by its bytes as written, without making a `String`.
///
/// Open addressing with linear probing over 8-byte slots, each a number and 32 bits of its
/// name's hash. The table keeps no names: whether a number's name is the one looked up is asked
/// of the caller, who knows where its bytes are (the parser in the text, a graph in its nodes).
/// Most names looked up are ones written shortly before, whose bytes are still in the cache.
struct NameTable: Sendable {
    /// A number (plus one, so that 0 is an empty slot) in the low 32 bits, its name's hash above.
    private var slots: [UInt64]
    private var count = 0

    /// A table with room for `capacity` names before it grows.
    init(capacity: Int) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        slots = Array(repeating: 0, count: size)
    }

    /// Where a name is in the table, or where it would go: its slot, its hash, and its number
    /// if it is there.
    struct Place {
        fileprivate let slot: Int
        fileprivate let hash: UInt32
        let number: Int32?
    }

    /// Where the name whose normal form is `key` is, or would go. `matches(number)` says whether
    /// the name numbered `number` is `key`; it is asked only about names with `key`'s hash.
    func place(of key: UnsafeBufferPointer<UInt8>, matches: (Int32) -> Bool) -> Place {
        place(of: key, hash: Self.hash(key), matches: matches)
    }

    /// The same, with `key`'s hash already taken (`hash(_:)`).
    func place(of key: UnsafeBufferPointer<UInt8>, hash: UInt32, matches: (Int32) -> Bool) -> Place {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] != 0 {
            let number = Int32(truncatingIfNeeded: slots[slot]) - 1
            if UInt32(slots[slot] >> 32) == hash && matches(number) { return Place(slot: slot, hash: hash, number: number) }
            slot = (slot + 1) & mask
        }
        return Place(slot: slot, hash: hash, number: nil)
    }

    /// The first slot where a name with `hash` would be: reading it ahead of looking the name up
    /// lets the processor wait on several slots at once.
    func firstSlot(_ hash: UInt32) -> UInt64 { slots[Int(hash) & (slots.count - 1)] }

    /// Gives the name at `place`, just looked up, the number `number`: enters it, or renumbers it.
    mutating func enter(_ number: Int32, at place: Place) {
        slots[place.slot] = UInt64(place.hash) << 32 | UInt64(UInt32(number) + 1)
        guard place.number == nil else { return }
        count += 1
        if 2 * count > slots.count { grow() }
    }

    /// Calls `body` with the normal form in UTF-8 of the name `spelling` spells: `spelling`
    /// itself when it is all ASCII.
    static func withKey<Result>(of spelling: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if spelling.allSatisfy({ $0 < 0x80 }) { return body(spelling) }
        var normal = String(decoding: spelling, as: UTF8.self).precomposedStringWithCanonicalMapping
        return normal.withUTF8(body)
    }

    /// Calls `body` with `name`'s normal form in UTF-8.
    static func withKey<Result>(of name: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var name = name
        return name.withUTF8 { withKey(of: $0, body) }
    }

    private mutating func grow() {
        var slots = [UInt64](repeating: 0, count: 2 * self.slots.count)
        let mask = slots.count - 1
        for entry in self.slots where entry != 0 {
            var slot = Int(entry >> 32) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
        self.slots = slots
    }

    /// The hash of a normal form: FNV-1a over the bytes, mixed by a multiplication.
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 { hashIfASCII(key).hash }

    /// The hash of `bytes` as `hash(_:)` takes it, and whether they are all ASCII, so that it
    /// is the hash of the name they spell; in one pass.
    static func hashIfASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> (hash: UInt32, isASCII: Bool) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var all: UInt8 = 0
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            all |= byte
        }
        return (UInt32(truncatingIfNeeded: ((hash ^ (hash >> 32)) &* 0x9e37_79b9_7f4a_7c15) >> 32), all < 0x80)
    }
}
