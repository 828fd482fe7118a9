import TextCanvas

/// A cell to draw at column `x`, row `y`.
struct CellChange: Equatable {
    let x: Int
    let y: Int
    let cell: Cell
}

extension Canvas {
    /// The cells that differ from `previous`, row by row; every cell when there is no previous
    /// canvas or its size differs.
    func changes(since previous: Canvas?) -> [CellChange] {
        let comparable = previous.flatMap { $0.width == width && $0.height == height ? $0 : nil }
        var result: [CellChange] = []
        for y in 0..<height {
            for x in 0..<width where comparable?[x, y] != self[x, y] {
                result.append(CellChange(x: x, y: y, cell: self[x, y]))
            }
        }
        return result
    }
}
