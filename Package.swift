// swift-tools-version:6.0
// lossbook: Markdown notebooks in, annotated HTML reports about emergent abilities out.
// The module map and the import rules are explained in CONTRIBUTING.md; Scripts/check-modules
// fails when a target imports a module it does not declare here, or declares one it never imports.

import PackageDescription

let package = Package(
  name: "lossbook",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "lossbook", targets: ["lossbook"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    // The HTTP server of `lossbook preview` (pure Swift, no SwiftNIO).
    .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
  ],
  targets: [
    // C libraries, seen through one module each.
    .systemLibrary(
      name: "CGSL", pkgConfig: "gsl", providers: [.apt(["libgsl-dev"])]),
    .systemLibrary(
      name: "CCmark", pkgConfig: "libcmark-gfm",
      providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),

    // openat2 for the data-file opener (syscall() is variadic, so Swift cannot call it).
    .target(name: "CPlatform", path: "Sources/CPlatform"),

    // GSL's CBLAS norm without a division per element (dnrm2.c says why); linked into every
    // binary that uses LossbookStats, where it takes precedence over libgslcblas's.
    .target(name: "CBLASNorm", path: "Sources/CBLASNorm"),

    // Numerics and simulation: nothing here knows about notebooks.
    .target(name: "LossbookStats", dependencies: ["CGSL", "CBLASNorm"], exclude: ["README.md"]),
    .target(name: "LossbookSimulation", dependencies: ["LossbookStats"], exclude: ["README.md"]),

    // The values every layer shares: the report language, number formatting, the table, the JSON value.
    .target(name: "LossbookCore", exclude: ["README.md"]),
    // Every user-visible sentence and label: typed keys, one catalogue per language.
    .target(name: "LossbookWords", dependencies: ["LossbookCore", "LossbookStats"], exclude: ["README.md"]),
    // Text in, located syntax and diagnostics out.
    .target(name: "LossbookSyntax", dependencies: ["LossbookWords"], exclude: ["README.md"]),
    // Values in, escaped HTML and SVG out.
    .target(name: "LossbookRender", dependencies: ["CCmark", "LossbookCore", "LossbookWords"], exclude: ["README.md"]),
    // The generic machinery: block-kind protocol, decoding, graph, executor, results, pipeline.
    .target(
      name: "LossbookEngine",
      dependencies: [
        "LossbookCore", "LossbookWords", "LossbookSyntax", "LossbookRender", "CPlatform",
        .product(name: "Yams", package: "Yams"),
      ],
      exclude: ["README.md"]),
    // One folder per block kind.
    .target(
      name: "LossbookBlocks",
      dependencies: [
        "LossbookCore", "LossbookEngine", "LossbookStats", "LossbookSimulation", "LossbookRender", "LossbookSyntax",
        "LossbookWords",
      ],
      exclude: ["README.md"]),
    // `lossbook preview`: renders into memory, watches the files read, serves on 127.0.0.1.
    .target(
      name: "LossbookPreview",
      dependencies: [
        "LossbookCore", "LossbookEngine", "LossbookRender", "LossbookSyntax", "LossbookWords",
        .product(name: "FlyingFox", package: "FlyingFox"),
        .product(name: "FlyingSocks", package: "FlyingFox"),
      ],
      exclude: ["README.md"]),
    // The thin command line.
    .executableTarget(
      name: "lossbook",
      dependencies: [
        "LossbookBlocks", "LossbookEngine", "LossbookPreview", "LossbookSyntax", "LossbookWords",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),

    // Speed figures of the threshold methods (issue 4); run with `swift run -c release ThresholdBench`.
    .executableTarget(
      name: "ThresholdBench", dependencies: ["LossbookStats"], path: "Benchmarks/ThresholdBench"),

    .target(name: "LossbookTestSupport", path: "Tests/LossbookTestSupport"),
    .testTarget(name: "LossbookStatsTests", dependencies: ["LossbookStats", "CBLASNorm", "LossbookTestSupport"]),
    .testTarget(
      name: "LossbookSimulationTests", dependencies: ["LossbookSimulation", "LossbookStats", "LossbookTestSupport"]),
    .testTarget(name: "LossbookSyntaxTests", dependencies: ["LossbookSyntax", "LossbookTestSupport"]),
    .testTarget(
      name: "LossbookRenderTests",
      dependencies: ["LossbookCore", "LossbookRender", "LossbookTestSupport", "LossbookWords"]),
    .testTarget(
      name: "LossbookEngineTests",
      dependencies: ["LossbookCore", "LossbookEngine", "LossbookBlocks", "LossbookSyntax", "LossbookTestSupport"]),
    .testTarget(
      name: "LossbookEndToEndTests",
      dependencies: [
        "LossbookBlocks", "LossbookCore", "LossbookEngine", "LossbookRender", "LossbookSimulation", "LossbookStats",
        "LossbookSyntax", "LossbookTestSupport", "LossbookWords",
      ],
      exclude: ["Broken", "Hostile", "ExplainGolden", "Fixtures"]),
    .testTarget(
      name: "LossbookPreviewTests",
      dependencies: ["LossbookPreview", "LossbookBlocks", "LossbookEngine", "LossbookTestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)

// The fuzzing harness, built only by Scripts/fuzz (LOSSBOOK_FUZZ=1) with libFuzzer and ASan.
if Context.environment["LOSSBOOK_FUZZ"] != nil {
  package.targets.append(
    .executableTarget(
      name: "FuzzTarget",
      dependencies: ["LossbookBlocks", "LossbookCore", "LossbookEngine", "LossbookSyntax", "LossbookWords"],
      path: "Fuzz/FuzzTarget"))
}

// The speed benchmarks of Scripts/bench, built only when LOSSBOOK_BENCH is set (release).
if Context.environment["LOSSBOOK_BENCH"] != nil {
  package.targets.append(
    .executableTarget(name: "LossbookBench", dependencies: ["LossbookStats"], path: "Benchmarks/LossbookBench"))
}
