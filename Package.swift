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
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // Pure Swift: expression language, flat graph tape, passes and their traces, structured
        // errors and warnings (no front-end wording).
        .target(name: "GraphEngine"),
        // Every user-visible string, in one catalogue per language (en/, zh/).
        .target(name: "Words"),
        // What a learner is shown and asked: passes step by step, what is revealed, grading,
        // the English for the engine's problems.
        .target(name: "Tutor", dependencies: ["GraphEngine", "Words", .product(name: "Yams", package: "Yams")]),
        // The command line's reports: text tables, JSON, DOT, errors with a caret.
        .target(name: "Reports", dependencies: ["GraphEngine", "Tutor", "TextCanvas", "Words"]),
        // The course built into the program: lessons/*.yaml as generated source.
        .executableTarget(name: "lesson-embedder"),
        .plugin(name: "EmbedLessons", capability: .buildTool(), dependencies: ["lesson-embedder"], path: "Sources/EmbedLessons"),
        .target(name: "CourseFiles", plugins: ["EmbedLessons"]),
        // A terminal-independent screen: a grid of cells drawn by display width, styles, key events.
        .target(name: "TextCanvas"),
        // Pure UI: app state, update(state, event), render(state, size) into a Canvas.
        .target(name: "TerminalUI", dependencies: ["GraphEngine", "Tutor", "TextCanvas", "Words"]),
        // ncursesw for Swift: the wide-character API and the macros Swift can't import.
        .systemLibrary(
            name: "CNcursesw",
            path: "Sources/CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // The only code that calls curses: Canvas -> screen, key codes -> events, signals (and its
        // own few words: why a full screen cannot start).
        .target(name: "Terminal", dependencies: ["CNcursesw", "TextCanvas", "Words"]),
        // Seeded random graphs for tests and the benchmark: as flat arrays and as graph text.
        .target(name: "RandomGraphs", dependencies: ["GraphEngine"]),
        // A flat C tape, the speed reference for the benchmark.
        .target(name: "CTape", cSettings: [.unsafeFlags(["-O3"])]),
        .executableTarget(
            name: "graphtutor",
            dependencies: [
                "GraphEngine",
                "Tutor",
                "Reports",
                "TerminalUI",
                "TextCanvas",
                "Terminal",
                "CourseFiles",
                "Words",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "graphtutor-bench",
            dependencies: ["GraphEngine", "RandomGraphs", "Reports", "TerminalUI", "TextCanvas", "CTape"]
        ),
        .testTarget(name: "GraphEngineTests", dependencies: ["GraphEngine", "RandomGraphs"]),
        .testTarget(name: "RandomGraphsTests", dependencies: ["RandomGraphs", "GraphEngine"]),
        .testTarget(name: "CTapeTests", dependencies: ["CTape", "GraphEngine"]),
        .testTarget(name: "TutorTests", dependencies: ["Tutor", "GraphEngine", "RandomGraphs", "Words"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Tutor", "GraphEngine", "Words"]),
        .testTarget(name: "TextCanvasTests", dependencies: ["TextCanvas"]),
        .testTarget(name: "WordsTests", dependencies: ["Words"]),
        // Golden screens live in Snapshots/ and are read from the source tree, so they are excluded.
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "TextCanvas", "GraphEngine", "RandomGraphs", "Words"], exclude: ["Snapshots"]),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal", "CNcursesw", "TextCanvas"]),
        // Runs the built graphtutor inside tmux; needs tmux installed.
        .testTarget(name: "EndToEndTests"),
    ]
)
