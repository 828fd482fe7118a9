import Foundation
import GraphEngine
@testable import TerminalUI
import Testing
import TextCanvas
import Tutor

@Suite struct QuizScreenTests {
    static let course = try! Course(directory: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lessons").path)
}
