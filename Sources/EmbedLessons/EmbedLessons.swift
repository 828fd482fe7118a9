import Foundation
import PackagePlugin

/// Builds the course into the program: every `lessons/*.yaml` file becomes a string in
/// generated Swift source, so a `graphtutor` copied anywhere still has its lessons.
@main
struct EmbedLessons: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "lessons")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLessons.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) lessons", executable: try context.tool(named: "lesson-embedder").url,
                arguments: [output.path] + files.map(\.path), inputFiles: files + [folder], outputFiles: [output])
        ]
    }
}
