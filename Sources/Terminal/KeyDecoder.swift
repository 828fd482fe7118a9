import CNcursesw
import TextCanvas

/// Turns what `wget_wch` reads into explorer events.
enum KeyDecoder {
    /// One read from `wget_wch`: a typed character, or a function-key code (`KEY_CODE_YES`).
    enum Key: Equatable {
        case character(UInt32)
        case function(Int32)
    }

    /// The event for `key`, or nil for keys the explorer ignores.
    ///
    /// `size` is the screen size, reported with `KEY_RESIZE` (curses has resized its windows by
    /// the time that key arrives).
    static func event(for key: Key, size: (width: Int, height: Int)) -> Event? {
        switch key {
        case .character(let code): character(code)
        case .function(let code): function(code, size: size)
        }
    }

    /// The event for `key` read just after an Esc (with no wait): Alt-Backspace, which
    /// terminals send as Esc then Backspace, or nil when the Esc stands on its own and `key`
    /// is a key of its own.
    static func event(afterEscape key: Key) -> Event? {
        switch key {
        case .character(8), .character(127), .function(KEY_BACKSPACE): .altBackspace
        default: nil
        }
    }

    private static func character(_ code: UInt32) -> Event? {
        switch code {
        case 3: .interrupt  // Ctrl-C, seen only when the terminal does not turn it into SIGINT.
        case 8, 127: .backspace
        case 9: .tab
        case 10, 13: .enter
        case 27: .escape
        case 1...26: .control(Character(Unicode.Scalar(code + 0x60)!))
        case 0..<32, 0x80..<0xA0: nil
        default: Unicode.Scalar(code).map { .character(Character($0)) }
        }
    }

    private static func function(_ code: Int32, size: (width: Int, height: Int)) -> Event? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_DC: .delete
        case KEY_BTAB: .backTab
        case KEY_ENTER: .enter
        case KEY_BACKSPACE: .backspace
        case KEY_RESIZE: .resize(width: size.width, height: size.height)
        default: nil
        }
    }
}
