import Foundation

/// How numbers are written for people: captions, tables, boxes and labels.
public enum NumberFormat {
    /// Up to 12 significant digits, no trailing zeros; `nan`, `inf`, `-inf`; never `-0`.
    public static func plain(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x > 0 ? "inf" : "-inf" }
        if x == 0 { return "0" }
        return printf("%.12g", x)
    }

    /// `x` written by the C format `spec`, such as `%.6g`: C's formatting, without Foundation's
    /// cost, which shows when every box and label of a large graph is written.
    static func printf(_ spec: String, _ x: Double) -> String {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer in
            _ = withVaList([x]) { vsnprintf(buffer.baseAddress, 64, spec, $0) }
            return String(cString: buffer.baseAddress!)
        }
    }

    /// `plain`, in parentheses when negative, for substituting into a formula: `3 · (-2)`.
    public static func operand(_ x: Double) -> String {
        let text = plain(x)
        return text.hasPrefix("-") ? "(\(text))" : text
    }
}

extension NumberFormat {
    /// A count with its noun: `1 path`, `3 paths`, `≈1.2e+21 paths`.
    public static func counted(_ count: PathCount, _ noun: String) -> String {
        "\(count) \(noun)\(count == .exact(1) ? "" : "s")"
    }

    /// A count with its noun: `1 sweep`, `2 sweeps`.
    public static func counted(_ count: Int, _ noun: String) -> String {
        counted(.exact(UInt64(count)), noun)
    }

    /// Up to 6 significant digits, for boxes and labels where room is short.
    public static func short(_ x: Double) -> String { significant(x, digits: 6) }

    /// The most columns `short` takes, as in `-1.23457e-308`.
    public static let widestShort = 13

    /// Up to `digits` significant digits, no trailing zeros.
    public static func significant(_ x: Double, digits: Int) -> String {
        x.isFinite && x != 0 ? printf("%.\(digits)g", x) : plain(x)
    }
}
