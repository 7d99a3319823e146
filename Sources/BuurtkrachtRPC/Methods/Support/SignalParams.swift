public import Buurtkracht

/// Params naming one signal: `{"signal": "…"}`. Shared by the methods that take only that.
public struct SignalParams: Codable, Sendable, Hashable {
    /// The signal.
    public var signal: Signal.ID

    /// Creates the params.
    public init(signal: Signal.ID) {
        self.signal = signal
    }
}
