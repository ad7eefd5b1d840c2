"""Every supporter on every commitment: a grid with the level's glyph in each cell.

`draw_heatmap(ax, data: Heatmap, *, lang="en")` draws one row per supporter (grouped under a
heading per kind) and one column per commitment (grouped by commitment group). Each cell has
its level's colour *and* glyph, so it reads in greyscale; "not assessed" is left blank and
white (neutral, not failure), "not applicable" is a pale grey dash. A small black corner mark
flags a judgement that needs review. The score and coverage of each row is written at its end.

`figsize(data)` grows with the rows (0.19 in each) so 74+ supporters stay legible; for print,
`Heatmap.pages(rows_per_page)` cuts the data into page-sized pieces drawn one per figure.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from matplotlib.axes import Axes
from matplotlib.colors import to_rgb
from matplotlib.lines import Line2D
from matplotlib.transforms import ScaledTranslation, Transform, blended_transform_factory

from pledge_tracker.charts import strings
from pledge_tracker.charts.common import (
    ChartTarget,
    as_of,
    dated_title,
    legend_below,
    legend_patch,
    no_data_for,
    set_title,
    short_name,
)
from pledge_tracker.charts.glyphs import draw_glyphs
from pledge_tracker.charts.palette import (
    FONT_SIZE,
    INK,
    LEVEL_STYLES,
    MUTED,
    NO_DATA_HEIGHT,
    PRINT_WIDTH,
)
from pledge_tracker.domain.levels import LEVEL_ORDER, Level
from pledge_tracker.services.chart_data import Heatmap, HeatmapRow

ROW_INCHES = 0.19
NAME_LENGTH = 26
CELL_GID = "cell"
ROW_GID = "row-name"
_GRID = "#C8C8C8"
_NA_GLYPH_COLOUR = "#8A8A8A"


@dataclass(frozen=True)
class Slot:
    """One line of the grid: a kind heading (row is None) or a supporter's row."""

    heading: str
    row: HeatmapRow | None


def slots(data: Heatmap, lang: str = "en") -> list[Slot]:
    """The grid's lines top to bottom: a heading before each kind, then its supporters."""
    lines: list[Slot] = []
    kind = None
    for row in data.rows:
        if row.kind is not kind:
            kind = row.kind
            lines.append(Slot(strings.kind_label(kind.value, lang), None))
        lines.append(Slot("", row))
    return lines


def title(data: Heatmap, lang: str = "en") -> str:
    return dated_title("heatmap", data.as_of, lang)


def is_empty(data: Heatmap) -> bool:
    return not data.rows or not data.commitments or not data.assessed


def figsize(data: Heatmap) -> tuple[float, float]:
    if is_empty(data):
        return (PRINT_WIDTH, NO_DATA_HEIGHT)
    return (PRINT_WIDTH, 2.6 + ROW_INCHES * len(slots(data)))


def draw_heatmap(ax: Axes, data: Heatmap, *, lang: str = "en") -> None:
    """The supporter x commitment grid as of `data.as_of`, a glyph in every judged cell."""
    heading = title(data, lang)
    if is_empty(data):
        reason = "no_supporter" if not data.rows else "no_assessment"
        no_data_for(ax, heading, "heatmap", as_of(data.as_of, lang), reason, lang)
        return
    set_title(ax, heading, from_edge=True)
    lines = slots(data, lang)
    ax.imshow(_colours(data, lines), aspect="auto", interpolation="nearest")
    _draw_glyphs(ax, lines)
    _draw_frame(ax, data, lines, lang)
    _draw_legend(ax, lang)


def _colours(data: Heatmap, lines: list[Slot]) -> np.ndarray:
    grid = np.ones((len(lines), len(data.commitments), 3))
    for y, line in enumerate(lines):
        if line.row is not None:
            for x, level in enumerate(line.row.levels):
                grid[y, x] = to_rgb(LEVEL_STYLES[level].colour)
    return grid


def _draw_glyphs(ax: Axes, lines: list[Slot]) -> None:
    cells: dict[Level, tuple[list[int], list[int]]] = {level: ([], []) for level in Level}
    review: tuple[list[float], list[float]] = ([], [])
    for y, line in enumerate(lines):
        if line.row is None:
            continue
        for x, level in enumerate(line.row.levels):
            cells[level][0].append(x)
            cells[level][1].append(y)
            if line.row.needs_review[x]:
                review[0].append(x + 0.4)  # the top-right corner, clear of the glyph
                review[1].append(y - 0.4)
    for level, (xs, ys) in cells.items():
        colour = _NA_GLYPH_COLOUR if level is Level.NOT_APPLICABLE else LEVEL_STYLES[level].ink
        draw_glyphs(ax, level, xs, ys, colour, gid=CELL_GID)
    if review[0]:
        ax.plot(
            *review, linestyle="none", marker="v", markersize=2.8, color=INK, gid="needs-review"
        )


def _draw_frame(ax: Axes, data: Heatmap, lines: list[Slot], lang: str) -> None:
    columns = len(data.commitments)
    ax.set_xticks(
        range(columns), [c.code for c in data.commitments], rotation=90, fontsize=FONT_SIZE
    )
    ax.xaxis.tick_top()
    ax.set_yticks([])  # row names are plain texts: 78 tick objects would cost a second
    ax.tick_params(length=0, pad=3)
    rows = [y for y, line in enumerate(lines) if line.row is not None]
    ax.hlines(
        [y - 0.5 for y in rows] + [rows[-1] + 0.5], -0.5, columns - 0.5, color=_GRID, linewidth=0.4
    )
    ax.vlines(np.arange(-0.5, columns, 1), -0.5, len(lines) - 0.5, color=_GRID, linewidth=0.4)
    for side in ax.spines.values():
        side.set_visible(False)
    for x in _group_edges(data):
        ax.axvline(x, color=INK, linewidth=1.0)
    for y, line in enumerate(lines):
        _draw_row_texts(ax, y, line, columns, lang)
    ax.set_xlim(-0.5, columns - 0.5)
    ax.set_ylim(len(lines) - 0.5, -0.5)


def _draw_row_texts(ax: Axes, y: int, line: Slot, columns: int, lang: str) -> None:
    """The row's name left of the grid, its score and coverage right of it."""
    heading = line.row is None
    if heading:
        # From the figure's left edge, over its own blank row, and left out of the layout:
        # a kind's heading is often wider than any name, and would narrow every column.
        name = ax.text(0, y, _name(line), transform=_heading_place(ax), ha="left", va="center")
        name.set_in_layout(False)
        name.set(fontweight="bold", backgroundcolor="white")
    else:
        name = ax.text(-0.6, y, _name(line), ha="right", va="center")
    name.set(fontsize=FONT_SIZE, color=INK, clip_on=False, gid=ROW_GID)
    if heading and y > 0:
        return
    figures = strings.text("score_col", lang) if heading else _row_figures(line.row, lang)
    ax.text(
        columns - 0.3,
        y,
        "  " + figures,
        ha="left",
        va="center",
        fontsize=FONT_SIZE,
        color=MUTED if heading else INK,
        clip_on=False,
    )


def _heading_place(ax: Axes) -> Transform:
    """x: a few points in from the figure's left edge; y: the grid's rows."""
    fig = ax.figure
    edge = blended_transform_factory(fig.transFigure, ax.transData)
    return edge + ScaledTranslation(3 / 72, 0, fig.dpi_scale_trans)


def _group_edges(data: Heatmap) -> list[float]:
    edges = []
    for x in range(1, len(data.commitments)):
        if data.commitments[x].group is not data.commitments[x - 1].group:
            edges.append(x - 0.5)
    return edges


def _name(line: Slot) -> str:
    if line.row is None:
        return line.heading
    return short_name(line.row.name, NAME_LENGTH)


def _row_figures(row: HeatmapRow | None, lang: str) -> str:
    assert row is not None
    score = "–" if row.summary.score is None else f"{row.summary.score:.0f}"
    coverage = strings.percent(row.summary.coverage or 0.0, lang)
    return f"  {score} · {coverage}"


def _draw_legend(ax: Axes, lang: str) -> None:
    handles: list = [
        legend_patch(
            LEVEL_STYLES[level], f"{level.glyph} {strings.level_label(level, lang)}".strip()
        )
        for level in LEVEL_ORDER
    ]
    handles.append(
        Line2D(
            [],
            [],
            linestyle="none",
            marker="v",
            markersize=4,
            color=INK,
            label=strings.text("needs_review", lang),
        )
    )
    legend_below(ax, handles, columns=3, drop=6, from_edge=True)


def locate_heatmap(data: Heatmap, x: float, y: float) -> ChartTarget | None:
    """The supporter and commitment of the cell at data coordinates (x, y)."""
    lines = slots(data)
    column, line = round(x), round(y)
    if not (0 <= column < len(data.commitments) and 0 <= line < len(lines)):
        return None
    row = lines[line].row
    if row is None:
        return None
    commitment = data.commitments[column]
    return ChartTarget(
        frozenset({row.stakeholder_id}),
        frozenset({commitment.id}),
        f"{row.name} · {commitment.code}",
    )
