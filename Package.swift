// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "GraphTutor",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "graphtutor", targets: ["graphtutor"]),
        .library(name: "GraphEngine", targets: ["GraphEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Pure Swift: expression language, flat graph tape, passes and their traces.
        .target(name: "GraphEngine"),
        // What a learner is shown and asked: passes step by step, what is revealed, grading.
        .target(name: "Tutor", dependencies: ["GraphEngine"]),
        // A terminal-independent screen: a grid of cells drawn by display width, styles, key events.
        .target(name: "TextCanvas"),
        // Pure UI: app state, update(state, event), render(state, size) into a Canvas.
        .target(name: "TerminalUI", dependencies: ["GraphEngine", "Tutor", "TextCanvas"]),
        // ncursesw for Swift: the wide-character API and the macros Swift can't import.
        .systemLibrary(
            name: "CNcursesw",
            path: "Sources/CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // The only code that calls curses: Canvas -> screen, key codes -> events, signals.
        .target(name: "Terminal", dependencies: ["CNcursesw", "TextCanvas"]),
        // A flat C tape, the speed reference for the benchmark.
        .target(name: "CTape", cSettings: [.unsafeFlags(["-O3"])]),
        .executableTarget(
            name: "graphtutor",
            dependencies: [
                "GraphEngine",
                "Tutor",
                "TerminalUI",
                "TextCanvas",
                "Terminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "graphtutor-bench",
            dependencies: ["GraphEngine", "TerminalUI", "TextCanvas", "CTape"]
        ),
        .testTarget(name: "GraphEngineTests", dependencies: ["GraphEngine"]),
        .testTarget(name: "TutorTests", dependencies: ["Tutor", "GraphEngine"]),
        .testTarget(name: "TextCanvasTests", dependencies: ["TextCanvas"]),
        // Golden screens live in Snapshots/ and are read from the source tree, so they are excluded.
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "TextCanvas", "GraphEngine"], exclude: ["Snapshots"]),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal", "CNcursesw", "TextCanvas"]),
        // Runs the built graphtutor inside tmux; needs tmux installed.
        .testTarget(name: "EndToEndTests"),
    ]
)
