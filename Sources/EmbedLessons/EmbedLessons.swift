import Foundation
import PackagePlugin

/// Builds the course into the program: every `lessons/*.yaml` file, and those of its editions
/// in other languages (`lessons/zh/*.yaml`), becomes a string in generated Swift source, so a
/// `graphtutor` copied anywhere still has its lessons.
@main
struct EmbedLessons: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "lessons")
        let editions = [folder] + (try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: [.isDirectoryKey]))
            .filter { (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true }
        let files = try editions.flatMap { edition in
            try FileManager.default.contentsOfDirectory(at: edition, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "yaml" }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLessons.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) lessons", executable: try context.tool(named: "lesson-embedder").url,
                arguments: [output.path, folder.path] + files.map(\.path), inputFiles: files + editions, outputFiles: [output])
        ]
    }
}
