"""Charts: draw_<name>(ax, data) on matplotlib's object API (never pyplot).

The same chart code serves the dashboard, `pledge-tracker chart` and the PDF reports:

- data comes from `pledge_tracker.services.chart_data` (`build(name, session, options)`,
  or one `build_<name>(session, options)` per chart), as plain frozen dataclasses;
- `registry.CHARTS[name]` gives each chart's title, builder, `draw(ax, data, lang=)`,
  `figsize(data)`, `locate(data, x, y)`, `heading(data, lang)` and `is_empty(data)`;
- `registry.figure(name, data, lang=, dpi=)` returns a Figure at print size (6.7 in wide,
  every word >= 9 pt) and `registry.render(name, data, path_or_file, format)` writes PNG
  (200 dpi), SVG or PDF.

Charts: levels_by_group, heatmap, score_over_time, coverage_over_time, evidence_by_quarter,
changes. See docs/charts.md.
"""
