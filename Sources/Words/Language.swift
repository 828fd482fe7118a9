/// A language the program speaks: its screens, messages, reports and course.
public enum Language: String, Sendable, CaseIterable {
    case en
    case zh

    /// The language a locale's environment asks for: the first of `LC_ALL`, `LC_MESSAGES` and
    /// `LANG` that is set and not empty decides (one starting with `zh` means Chinese), else
    /// English. The variables are read themselves, since a Chinese locale may not be installed.
    public static func preferred(by environment: [String: String]) -> Language {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return locale.hasPrefix("zh") ? .zh : .en
    }
}
