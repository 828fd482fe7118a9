// libFuzzer target for lesson files: any bytes, as a lesson's YAML, through the loader and the
// check that builds every step against the engine, in English or Chinese: a crash, a hang or
// a sanitizer report is a finding. Built and run by
// Tests/Fuzz/run-fuzzer lessons.
import Tutor
import Words

/// One input: a crash, a failed `precondition` or a sanitizer report is a finding. The input's
/// length, odd or even, chooses the language of the messages, so that the seeds (both editions
/// of the course) and their mutations go through both.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let language: Language = size % 2 == 1 ? .zh : .en
    Words.$language.withValue(language) {
        do throws(LessonError) {
            let lesson = try LessonLoader.load(text, file: "fuzz.yaml")
            _ = try LessonScript(lesson)
        } catch {
            // A problem names its line and says what is wrong. (What it quotes is escaped where
            // it is written out: by `printError` and the canvas.)
            precondition(error.line >= 0 && !error.message.isEmpty)
        }
    }
    return 0
}
