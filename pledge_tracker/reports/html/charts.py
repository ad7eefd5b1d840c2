"""Charts in the HTML edition: the dashboard's own chart as a data: PNG, its figures in
words (the image's text alternative) and as a table right after it."""

from __future__ import annotations

import base64
import io
from typing import Any

from pledge_tracker.charts import registry, strings
from pledge_tracker.domain.levels import LEVEL_ORDER, Level
from pledge_tracker.reports.html.markup import Safe, esc, join, table, tag
from pledge_tracker.reports.text import Text
from pledge_tracker.services.chart_data.changes import CHANGE_KINDS, Changes
from pledge_tracker.services.chart_data.series import ProgressOverTime
from pledge_tracker.services.chart_data.snapshot import LevelsByGroup

SCREEN_DPI = 110  # sharp on screen, small enough to keep the file light

Figures = tuple[list[str], list[list[str]]]  # a table's header and rows


def chart_figure(t: Text, name: str, data: Any) -> Safe:
    """One chart: heading, image with its figures as alt text, and the figures table."""
    chart = registry.spec(name)
    title = chart.heading(data, lang=t.lang)
    header, rows = figures_of(t, name, data)
    alt = describe(title, header, rows, t)
    parts = [tag("h3", title), image(name, data, t.lang, alt)]
    if rows:
        parts.append(
            tag("div", table(t("html.chart_table", chart=title), header, rows), class_="table-wrap")
        )
    return tag("figure", join(parts), role="group", aria_label=title)


def image(name: str, data: Any, lang: str, alt: str) -> Safe:
    """The chart drawn by the charts registry, embedded as a PNG data address."""
    buffer = io.BytesIO()
    registry.render(name, data, buffer, "png", lang=lang, dpi=SCREEN_DPI)
    encoded = base64.b64encode(buffer.getvalue()).decode("ascii")
    return Safe(f'<img src="data:image/png;base64,{encoded}" alt="{esc(alt)}">')


def describe(title: str, header: list[str], rows: list[list[str]], t: Text) -> str:
    """The text alternative: the title, then every row's figures in words."""
    if not rows:
        return f"{title}. {t('html.chart_empty')}"
    lines = [
        f"{row[0]}: "
        + ", ".join(
            f"{head} {value}" for head, value in zip(header[1:], row[1:], strict=True) if value
        )
        for row in rows
    ]
    return f"{title}. " + "; ".join(lines) + "."


def figures_of(t: Text, name: str, data: Any) -> Figures:
    """The chart's figures as a table (an empty one when the chart has no data)."""
    if isinstance(data, LevelsByGroup):
        return _levels(t, data)
    if isinstance(data, Changes):
        return _changes(t, data)
    if isinstance(data, ProgressOverTime):
        return _series(t, data, percent=name == "coverage_over_time")
    return [t("html.chart_value")], []


def _levels(t: Text, data: LevelsByGroup) -> Figures:
    shown = [level for level in LEVEL_ORDER if level is not Level.NOT_APPLICABLE]
    header = [t("col.group"), *(t.level(level) for level in shown)]
    rows = [
        [
            strings.group_label(group.group, t.lang),
            *(t.count(group.counts.get(level, 0)) for level in shown),
        ]
        for group in data.groups
    ]
    return header, rows


def _changes(t: Text, data: Changes) -> Figures:
    header = [t("col.group"), *(strings.text(kind, t.lang) for kind in CHANGE_KINDS)]
    rows = [
        [
            strings.group_label(group.group, t.lang),
            *(t.count(group.counts.get(kind, 0)) for kind in CHANGE_KINDS),
        ]
        for group in data.groups
    ]
    return header, rows


def _series(t: Text, data: ProgressOverTime, *, percent: bool) -> Figures:
    header = [t("col.series"), *(strings.quarter(day, t.lang) for day in data.quarters)]
    rows = []
    for series in data.series:
        values = series.coverages if percent else series.scores
        cells = [
            (t.percent(v) if percent else t.number(v)) if v is not None else "" for v in values
        ]
        rows.append([_series_name(series.kind, series.label, t.lang), *cells])
    return header, rows


def _series_name(kind: str, label: str, lang: str) -> str:
    if kind == "all":
        return strings.text("all", lang)
    if kind == "kind":
        return strings.kind_label(label, lang)
    return label
