"""What every chart shares: titles, the "no data" message, styled patches, click targets."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.patches import Patch, Rectangle
from matplotlib.transforms import ScaledTranslation, blended_transform_factory

from pledge_tracker.charts import strings
from pledge_tracker.charts.palette import FONT_SIZE, GRID, INK, MUTED, TITLE_SIZE, Style

NO_DATA_GID = "no-data"


@dataclass(frozen=True)
class ChartTarget:
    """What a click on a bar, point or cell stands for: the matrix narrowed to these.

    Empty sets mean "no narrowing" on that axis; `kinds` (supporter kinds' values) narrows
    by kind where a line stands for a whole kind.
    """

    stakeholder_ids: frozenset[int]
    commitment_ids: frozenset[int]
    label: str
    kinds: frozenset[str] = frozenset()


def set_title(ax: Axes, title: str, *, from_edge: bool = False) -> None:
    """The chart's title, left-aligned: it says what and as of when.

    `from_edge` starts it at the figure's left edge rather than the axes' (where long row
    labels would push it off the page); matplotlib still lifts it above top tick labels.
    """
    text = ax.set_title(title, loc="left", fontsize=TITLE_SIZE, fontweight="bold", color=INK, pad=8)
    if from_edge:
        figure = ax.get_figure()
        assert figure is not None
        text.set_transform(
            blended_transform_factory(figure.transFigure, ax.transAxes) + ax.titleOffsetTrans  # type: ignore[attr-defined]  # set by Axes, not in stubs
        )
        text.set_x(0.01)


def as_of(day: dt.date, lang: str = "en") -> str:
    """ "as of <day>", in the chart's language."""
    return strings.text("as_of", lang, date=strings.day(day, lang))


def dated_title(key: str, day: dt.date, lang: str = "en") -> str:
    """A chart's title: its name (a strings key) and the date it is as of."""
    return f"{strings.text(key, lang)}, {as_of(day, lang)}"


def note(ax: Axes, words: str) -> None:
    """A small note under the axes (sources of a figure, what it leaves out)."""
    ax.annotate(
        words,
        xy=(0, 0),
        xycoords="axes fraction",
        xytext=(0, -FONT_SIZE * 3.2),
        textcoords="offset points",
        fontsize=FONT_SIZE,
        color=MUTED,
        ha="left",
        va="top",
        annotation_clip=False,
    )


def no_data(ax: Axes, title: str, message: str, detail: str = "") -> None:
    """Say clearly that there is nothing to draw, instead of leaving empty axes."""
    set_title(ax, title)
    ax.set_axis_off()
    words = message + (f"\n{detail}" if detail else "")
    label = ax.text(
        0.5,
        0.5,
        words,
        transform=ax.transAxes,
        ha="center",
        va="center",
        fontsize=TITLE_SIZE,
        color=MUTED,
        wrap=True,
    )
    label.set_gid(NO_DATA_GID)


def no_data_for(ax: Axes, heading: str, key: str, when: str, reason: str, lang: str) -> None:
    """ "No data for <chart> <when>", with why (a strings key) on the line below."""
    what = strings.text(key, lang).lower()
    message = strings.text("no_data", lang, what=what, when=when)
    no_data(ax, heading, message, strings.text(reason, lang))


def is_no_data(ax: Axes) -> bool:
    """True where the axes show the "no data" message."""
    return any(t.get_gid() == NO_DATA_GID for t in ax.texts)


def style_axes(ax: Axes, *, grid_axis: Literal["x", "y", "both", ""] = "x") -> None:
    """Print-size ticks, a light grid behind the data and no top or right frame."""
    ax.tick_params(labelsize=FONT_SIZE, colors=INK, length=3)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.set_axisbelow(True)
    if grid_axis:
        ax.grid(axis=grid_axis, color=GRID, linewidth=0.6)


def paint(patch: Rectangle, style: Style) -> None:
    """Fill, edge and hatch of one bar segment, so greyscale print tells it apart."""
    patch.set_facecolor(style.colour)
    patch.set_edgecolor(style.edge)
    patch.set_linewidth(0.6)
    if style.hatch:
        patch.set_hatch(style.hatch)
        patch.set_hatchcolor(style.ink + "99")  # the hatch reads on the fill, half-strong


def legend_patch(style: Style, label: str) -> Patch:
    """A legend key drawn like the bars it names: fill, hatch and glyph."""
    patch = Patch(facecolor=style.colour, edgecolor=style.edge, linewidth=0.6, label=label)
    if style.hatch:
        patch.set_hatch(style.hatch)
        patch.set_hatchcolor(style.ink + "99")
    return patch


def legend_below(
    ax: Axes, handles: Sequence[Artist], columns: int, *, drop: float = 34, from_edge: bool = False
) -> None:
    """The legend under the chart (`drop` points below the axes), where it hides no data.

    It starts at the axes' left edge, or at the figure's (`from_edge`) where long row labels
    would otherwise push it off the page. It takes up to `columns` columns, fewer where long
    labels (French ones, long names) would run past the figure's right edge and be cut off.
    """
    figure = ax.get_figure()
    assert figure is not None
    shift = ScaledTranslation(0, -drop / 72, figure.dpi_scale_trans)
    x_from = figure.transFigure if from_edge else ax.transAxes
    left = 0.01 if from_edge else ax.get_position().x0  # of the figure's width
    room = figure.bbox.width * (1 - left) - 2  # pixels: a little air at the right edge
    renderer = RendererAgg(int(figure.bbox.width) + 1, int(figure.bbox.height) + 1, figure.dpi)
    for count in range(max(1, columns), 0, -1):
        legend = ax.legend(
            handles=handles,
            loc="upper left",
            bbox_to_anchor=(0.01 if from_edge else 0, 0),
            bbox_transform=blended_transform_factory(x_from, ax.transAxes) + shift,
            borderaxespad=0,
            borderpad=0,
            ncols=count,
            fontsize=FONT_SIZE,
            frameon=False,
            handlelength=2.2,
            handleheight=1.4,
            columnspacing=1.2,
        )
        if legend.get_window_extent(renderer).width <= room:
            return


def quarter_ticks(ax: Axes, quarters: Sequence[dt.date], lang: str) -> None:
    """Each quarter named for short series; else a line between years, the year in between."""
    if len(quarters) <= 8:
        ax.set_xticks(range(len(quarters)), [strings.quarter(q, lang) for q in quarters])
        return
    years: dict[int, list[int]] = {}
    for index, quarter in enumerate(quarters):
        years.setdefault(quarter.year, []).append(index)
    bounds = [indexes[0] - 0.5 for indexes in list(years.values())[1:]]
    ax.set_xticks(bounds, [""] * len(bounds))
    ax.tick_params(axis="x", which="major", length=6)
    ax.grid(axis="x", which="major", color=GRID, linewidth=0.6)
    middles = [(idx[0] + idx[-1]) / 2 for idx in years.values()]
    ax.set_xticks(middles, [str(year) for year in years], minor=True)
    ax.tick_params(axis="x", which="minor", length=0, labelsize=FONT_SIZE)


def short_name(name: str, length: int) -> str:
    """A supporter's name cut to fit a label: its acronym, if it gives one, else cut."""
    if len(name) <= length:
        return name
    acronym = re.fullmatch(r".*\(([A-Z][A-Za-z0-9&.-]{1,11})\)\s*", name)
    if acronym:
        return acronym.group(1)
    return name[: length - 1].rstrip() + "…"
