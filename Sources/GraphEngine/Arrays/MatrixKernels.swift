/// The loops of the matrix product and its two pullbacks, on row-after-row storage, each adding
/// into its result. The innermost loop runs along rows of both arrays it reads, so it reads
/// memory in order.
enum MatrixKernels {
    /// `c += a · b` for `a` of `rows×inner` and `b` of `inner×columns`.
    static func product(_ a: UnsafeBufferPointer<Double>, _ b: UnsafeBufferPointer<Double>, into c: UnsafeMutableBufferPointer<Double>,
                        rows: Int, inner: Int, columns: Int) {
        for i in 0..<rows {
            for k in 0..<inner {
                let x = a[i &* inner &+ k]
                let bRow = k &* columns, cRow = i &* columns
                for j in 0..<columns { c[cRow &+ j] += x * b[bRow &+ j] }
            }
        }
    }

    /// `c += a · bᵀ` for `a` of `rows×inner` and `b` of `columns×inner`: the pullback to the
    /// left operand, `∂L/∂x = ∂L/∂y · Wᵀ`.
    static func productTransposingRight(_ a: UnsafeBufferPointer<Double>, _ b: UnsafeBufferPointer<Double>, into c: UnsafeMutableBufferPointer<Double>,
                                        rows: Int, inner: Int, columns: Int) {
        for i in 0..<rows {
            let aRow = i &* inner
            for j in 0..<columns {
                let bRow = j &* inner
                var total = 0.0
                for k in 0..<inner { total += a[aRow &+ k] * b[bRow &+ k] }
                c[i &* columns &+ j] += total
            }
        }
    }

    /// `c += aᵀ · b` for `a` of `inner×rows` and `b` of `inner×columns`: the pullback to the
    /// right operand, `∂L/∂W = xᵀ · ∂L/∂y`.
    static func productTransposingLeft(_ a: UnsafeBufferPointer<Double>, _ b: UnsafeBufferPointer<Double>, into c: UnsafeMutableBufferPointer<Double>,
                                       rows: Int, inner: Int, columns: Int) {
        for k in 0..<inner {
            let bRow = k &* columns
            for i in 0..<rows {
                let x = a[k &* rows &+ i]
                let cRow = i &* columns
                for j in 0..<columns { c[cRow &+ j] += x * b[bRow &+ j] }
            }
        }
    }
}
