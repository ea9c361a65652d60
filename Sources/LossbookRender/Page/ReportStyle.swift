/// The report's style sheet: system fonts only, a readable measure, Japanese typography
/// (line height 1.8, no synthetic italics, automatic spacing between scripts), print-friendly
/// (no controls; the details for statisticians printed open, through `::details-content`).
/// Every table (a block's and a prose, Markdown, one) sits in a `.lb-table-wrap`: on a wide screen the
/// box may grow past the prose measure up to the window (less the page's margins), centred on the
/// text column, as Quarto's `column-page` does, so that a wide table shows all its columns at 1280 px
/// (as far as its columns need, or for a `.lb-table-wide` table of numbers to its natural width);
/// its text is a little smaller than the prose and its headers wrap at spaces (and after
/// underscores). Where the window is too narrow (a phone) the table scrolls sideways inside its box,
/// its first column sticky, its words and numbers never broken (a line breaks only at a space, a
/// hyphen or an underscore); a word longer than the line (a URL) in prose breaks, and on the
/// narrowest screens an inline value may wrap (TEACHING A4, reflow at 320 px).
enum ReportStyle {
  static let css = """
    :root { --fg: #1a1a1a; --muted: #595959; --rule: #d0d0d0; --bg-soft: #f6f6f4; --accent: \(ChartPalette.series[0].colour); --warn: #a34400; }
    html { -webkit-text-size-adjust: 100%; }
    body { margin: 0 auto; max-width: 46em; padding: 2rem 1.25rem 4rem; color: var(--fg); background: #fff; overflow-wrap: break-word;
      font: 17px/1.6 system-ui, -apple-system, "Segoe UI", "Noto Sans", Roboto, "Helvetica Neue", Arial, sans-serif; }
    :lang(ja) body, body:lang(ja) { font-family: "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans JP", "Noto Sans CJK JP",
      "Yu Gothic UI", "Yu Gothic", Meiryo, sans-serif; line-height: 1.8; max-width: 42em; text-autospace: normal; }
    :lang(ja) em { font-style: normal; font-weight: bold; }
    :lang(ja) i, :lang(ja) cite, :lang(ja) var, :lang(ja) dfn, :lang(ja) address, :lang(ja) .lb-omitted { font-style: normal; }
    h1, h2, h3, h4 { line-height: 1.25; margin: 2em 0 0.6em; }
    h1 { font-size: 1.9em; } h2 { font-size: 1.45em; } h3 { font-size: 1.2em; }
    .lb-header { border-bottom: 1px solid var(--rule); margin-bottom: 1.5rem; }
    .lb-header .lb-title { margin-top: 0.5rem; }
    .lb-subtitle { font-size: 1.2em; color: var(--muted); margin: -0.3em 0 0.6em; }
    .lb-meta { color: var(--muted); }
    a { color: #005a8c; }
    :focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
    code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono", monospace; font-size: 0.88em; }
    code { background: var(--bg-soft); padding: 0.08em 0.3em; border-radius: 3px; }
    pre { background: var(--bg-soft); padding: 0.8em 1em; white-space: pre-wrap; overflow-wrap: anywhere; border-radius: 4px; line-height: 1.45; }
    pre code { background: none; padding: 0; }
    .lb-value { font-variant-numeric: tabular-nums; white-space: nowrap; }
    @media screen and (max-width: 22em) { .lb-value { white-space: normal; } }
    blockquote { margin: 1em 0; padding: 0.2em 1em; border-left: 4px solid var(--rule); color: #333; }
    table { border-collapse: collapse; margin: 1em 0; font-variant-numeric: tabular-nums; font-size: 0.92em; }
    th, td { padding: 0.3em 0.7em; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
    thead th { border-bottom: 2px solid #888; }
    td.lb-num, th.lb-num { text-align: right; }
    caption { caption-side: top; text-align: left; font-weight: 600; padding-bottom: 0.4em; }
    .lb-table-wrap { overflow-x: auto; width: fit-content; min-width: 100%; max-width: min(100vw - 2.5rem, 96rem);
      position: relative; left: 50%; transform: translateX(-50%); }
    .lb-table-wrap.lb-table-wide { width: max-content; }
    .lb-table-wrap > table { font-size: 0.86em; }
    .lb-table-wrap caption { position: sticky; left: 0; max-width: calc(100vw - 2.5rem); }
    .lb-output[open] .lb-table-wrap caption { max-width: calc(100vw - 3.5rem - 3px); }
    .lb-table-wrap th, .lb-table-wrap td { padding: 0.3em 0.55em; }
    .lb-table-wrap th, .lb-table-wrap td { overflow-wrap: normal; word-break: keep-all; }
    .lb-table-wrap .lb-num, .lb-table-wrap .lb-nowrap, .lb-table-wrap th[scope="row"] { white-space: nowrap; }
    .lb-table-wrap thead th.lb-num { white-space: normal; }
    :lang(ja) .lb-table-wrap th, :lang(ja) .lb-table-wrap td { word-break: keep-all; line-break: strict; }
    .lb-table-wrap tr > :first-child { position: sticky; left: 0; background: #fff; box-shadow: inset -1px 0 var(--rule); }
    .lb-table-wrap:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
    .lb-toc { background: var(--bg-soft); padding: 0.6em 1.2em; border-radius: 4px; margin: 1.5em 0 2em; }
    .lb-toc h2 { font-size: 1em; margin: 0.4em 0; }
    .lb-toc ol { margin: 0.2em 0; padding-left: 1.4em; }
    .lb-block { margin: 1.6em 0; }
    .lb-source { margin: 0.4em 0; }
    .lb-source summary { cursor: pointer; color: var(--muted); font-size: 0.9em; }
    .lb-source summary code { background: none; }
    .lb-source pre { margin-top: 0.4em; }
    .lb-output { margin: 0.6em 0; }
    .lb-output summary { cursor: pointer; color: var(--muted); font-size: 0.9em; }
    .lb-output summary code { background: none; }
    .lb-output[open] { border-left: 3px solid var(--rule); padding-left: 0.8em; }
    figure { margin: 1.4em 0; }
    figure svg { display: block; width: 100%; height: auto; }
    figcaption { color: #333; font-size: 0.92em; margin-top: 0.4em; }
    .lb-chart-narrow { display: none; }
    @media screen and (max-width: 44em) { .lb-chart-wide { display: none; } .lb-chart-narrow { display: block; } }
    .lb-note { color: var(--muted); font-size: 0.9em; }
    .lb-links { font-size: 0.88em; color: var(--muted); }
    .lb-error { border: 2px solid var(--warn); background: #fff4ec; padding: 0.6em 1em; border-radius: 4px; }
    .lb-error strong { color: var(--warn); }
    .lb-best { font-weight: 600; }
    .lb-explore { background: var(--bg-soft); padding: 0.4em 1em 0.6em; border-radius: 4px; margin-top: -0.6em; }
    .lb-control { display: flex; flex-wrap: wrap; align-items: center; gap: 0.3em 0.8em; margin: 0.5em 0; }
    .lb-control label { min-width: 14em; font-weight: 600; }
    .lb-control input[type=range] { flex: 1 1 12em; accent-color: var(--accent); }
    .lb-control output { min-width: 11em; font-variant-numeric: tabular-nums; }
    .lb-explore button { font: inherit; padding: 0.2em 0.8em; }
    @media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; } }
    .lb-omitted { color: var(--muted); font-style: italic; }
    .lb-footer { margin-top: 4em; border-top: 1px solid var(--rule); color: var(--muted); font-size: 0.85em; }
    @media print { body { max-width: none; } .lb-source { display: none; } a { color: inherit; }
      .lb-control input, .lb-explore button, .lb-explore-presets { display: none; }
      .lb-explain-details::details-content { content-visibility: visible; }
      .lb-links { display: none; } .lb-table-wrap { overflow: visible; width: auto; max-width: none; left: 0; transform: none; }
      figure, table, pre, tr, .lb-error, .lb-explore { break-inside: avoid; }
      h1, h2, h3, h4, caption { break-after: avoid; } }
    @page { margin: 16mm 14mm; }

    """
}
