import Synchronization

/// The overviews a `GraphLayout` has been fitted into, by what decides them: the pane's size
/// and the pass whose numbers the nodes show. Fitting lays a large graph out more than once,
/// so a key that moves the selection or steps a pass finds the overview here instead; a new
/// graph or new values make a new `GraphLayout`, and with it an empty cache.
final class OverviewCache: Sendable {
    struct Key: Hashable {
        /// The input whose tangents, and the output whose adjoints, the nodes may show.
        let tangentsFrom: [Int]
        let adjointsOf: [Int]
        let width: Int
        let heights: [Int]
    }

    private let fitted = Mutex<[Key: (overview: OverviewLayout, height: Int)]>([:])

    /// The overview for `key`, fitted by `fit` the first time.
    func overview(_ key: Key, fit: () -> (overview: OverviewLayout, height: Int)) -> (overview: OverviewLayout, height: Int) {
        if let known = fitted.withLock({ $0[key] }) { return known }
        let new = fit()
        fitted.withLock { $0[key] = new }
        return new
    }
}
