/// A screen an explorer asks the app to open, which `App.update` does after the explorer's own
/// update: in its place (a graph of the other kind typed with `:`, array text in the scalar
/// explorer or scalar text in the array one), or over it (a block expanded with `x`, which
/// `Esc` leaves).
public indirect enum ScreenRequest: Sendable {
    case replace(App.Screen)
    case push(App.Screen)
}
