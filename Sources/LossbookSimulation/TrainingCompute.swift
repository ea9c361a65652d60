import Foundation

/// Training compute in FLOPs, C = 6 N D.
public func trainingCompute(parameters n: Double, tokens d: Double) -> Double { 6 * n * d }
