import Foundation
import Testing

/// The real `graphtutor explore` on an array graph in an 80×24 tmux window: blocks with their
/// shapes, reverse mode to the layer's rule, expanding a block and coming back, and array text
/// typed into the scalar explorer's new-graph dialog.
@Suite struct ArrayExplorerEndToEndTests {
    static let layer = "x = [1, 2, 3; 4, 5, 6]; W = [1, 0; 0, 1; 1, -1]; b = [0.5, -0.5]; h = affine(x, W, b); y = relu(h); L = sum(y * y)"

    @Test func reverseModeThroughAnAffineLayerAndExpandingIt() async throws {
        let session = try TmuxSession(command: "\(try graphtutorCommand()) explore '\(Self.layer)'", width: 80, height: 24)
        defer { session.close() }
        try await session.waitFor("┌ affine(x, W, b) ┐")
        for text in ["L = sum(%1) = 130.5", "│ x 2×3 ├", "│ h 2×2 ", "x: input, 2×3"] {
            #expect(try session.screen().contains(text), "missing \(text)")
        }
        try session.sendKeys("r", "n", "n", "n", "n", "n", "l")
        try await session.waitFor("dL/dh = dL/dy ⊙ (h > 0 ? 1 : 0) = [9, 0; 21, 0]   (2×2 ⊙ 2×2 → 2×2)")
        try await session.waitFor("backward keeps its input x and W")
        try session.sendKeys("G")
        try await session.waitFor("dL/dx = dL/dh · Wᵀ = [9, 0, 9; 21, 0, 21]   (2×2 · 2×3 → 2×3)")
        try session.sendKeys("Escape", "l", "x")
        try await session.waitFor("y by entries; the rest is L = sum(y ⊙ dL/dy)")
        try session.sendKeys("Escape")
        try await session.waitFor("y = relu(h)   2×2")
        try session.sendKeys("q")
        #expect(try await session.waitForExit() == 0)
    }

    @Test func arrayTextTypedInTheScalarExplorerOpensTheArrayExplorer() async throws {
        let session = try TmuxSession(command: "\(try graphtutorCommand()) explore", width: 80, height: 24)
        defer { session.close() }
        try await session.waitFor("∂e/∂c = d = 2")
        try session.sendKeys(":", "C-u")
        try session.sendLiteral("u = [1, 2]; w = [3, 4]; L = u @ w")
        try session.sendKeys("Enter")
        try await session.waitFor("L = u @ w = 11")
        try await session.waitFor("new graph: 3 nodes")
    }
}
