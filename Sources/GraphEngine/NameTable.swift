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
    private(set) var count = 0

    /// A table with room for `capacity` names before it grows.
    init(capacity: Int) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        slots = Array(repeating: 0, count: size)
    }

    /// The number of the name whose normal form is `key`, if the table has it. `matches(number)`
    /// says whether the name numbered `number` is `key`; it is asked only about names with
    /// `key`'s hash.
    func number(of key: UnsafeBufferPointer<UInt8>, matches: (Int32) -> Bool) -> Int32? {
        let (slot, found) = find(Self.hash(key), matches)
        return found ? Self.number(slots[slot]) : nil
    }

    /// The number of the name `key`, as `number(of:matches:)`; a name not in the table is
    /// entered with the number `new`. `isNew` says which.
    mutating func number(of key: UnsafeBufferPointer<UInt8>, matches: (Int32) -> Bool, new: Int32) -> (number: Int32, isNew: Bool) {
        let hash = Self.hash(key)
        let (slot, found) = find(hash, matches)
        if found { return (Self.number(slots[slot]), false) }
        slots[slot] = UInt64(hash) << 32 | UInt64(UInt32(new) + 1)
        count += 1
        if 2 * count > slots.count { grow() }
        return (new, true)
    }

    /// Gives the name `key`, entered already, the number `number` instead.
    mutating func renumber(_ key: UnsafeBufferPointer<UInt8>, to number: Int32, matches: (Int32) -> Bool) {
        let hash = Self.hash(key)
        let (slot, found) = find(hash, matches)
        precondition(found, "renumbering a name the table does not have")
        slots[slot] = UInt64(hash) << 32 | UInt64(UInt32(number) + 1)
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

    /// The slot holding the name with `hash` that `matches`, or the empty slot where it would go.
    private func find(_ hash: UInt32, _ matches: (Int32) -> Bool) -> (slot: Int, found: Bool) {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] != 0 {
            if UInt32(slots[slot] >> 32) == hash && matches(Self.number(slots[slot])) { return (slot, true) }
            slot = (slot + 1) & mask
        }
        return (slot, false)
    }

    private static func number(_ entry: UInt64) -> Int32 { Int32(truncatingIfNeeded: entry) - 1 }

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

    /// FNV-1a over the bytes, mixed by a multiplication.
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return UInt32(truncatingIfNeeded: ((hash ^ (hash >> 32)) &* 0x9e37_79b9_7f4a_7c15) >> 32)
    }
}
