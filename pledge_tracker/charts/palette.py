"""The one palette of the app: a colour, a hatch and a glyph for every level and category.

Colours are Okabe-Ito (colour-blind safe) from domain.levels.LEVEL_COLOURS; every level also
has its glyph and a hatch of its own, so a chart printed in greyscale still tells them apart.
"Not assessed" is white and plain (neutral, never a colour of failure); "not applicable" is a
light grey. Sizes are in points at the figure's final size: nothing is smaller than 9 pt.
"""

from __future__ import annotations

from dataclasses import dataclass

from pledge_tracker.domain.kinds import EvidenceKind, StakeholderKind
from pledge_tracker.domain.levels import LEVEL_COLOURS, Level

FONT_SIZE = 9.0  # every label, tick, legend entry and note
TITLE_SIZE = 11.0
GLYPH_SIZE = 9.0
PRINT_WIDTH = 6.7  # inches: a 170 mm text column, on A4 and on US letter
PRINT_DPI = 200  # raster output for print (PNG); vector formats ignore it
SCREEN_DPI = 100
NO_DATA_HEIGHT = 2.0  # inches: a chart with nothing to draw is only its title and message

INK = "#222222"  # text and outlines
MUTED = "#666666"  # notes, grid lines
GRID = "#D9D9D9"
NEUTRAL = "#FFFFFF"  # "not assessed": no colour at all


@dataclass(frozen=True)
class Style:
    """How one level or category is drawn: fill, hatch, glyph, and the ink that reads on it."""

    colour: str
    hatch: str
    glyph: str
    ink: str  # text drawn on the fill (glyphs, counts)
    edge: str = INK


def _ink(colour: str) -> str:
    """Black or white, whichever reads better on `colour` (by relative luminance)."""
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    return "#000000" if luminance > 0.4 else "#FFFFFF"


_LEVEL_HATCHES: dict[Level, str] = {
    Level.COMPLETE: "",  # solid dark blue: the only unhatched filled level
    Level.SUBSTANTIAL: "///",
    Level.LIMITED: "...",
    Level.NOT_STARTED: "\\\\\\",
    Level.REGRESSED: "xxx",
    Level.NO_EVIDENCE: "ooo",
    Level.NOT_ASSESSED: "",
    Level.NOT_APPLICABLE: "",
}

LEVEL_STYLES: dict[Level, Style] = {
    level: Style(
        colour=LEVEL_COLOURS[level],
        hatch=_LEVEL_HATCHES[level],
        glyph=level.glyph,
        ink=_ink(LEVEL_COLOURS[level]),
        edge="#9A9A9A" if level in (Level.NOT_ASSESSED, Level.NOT_APPLICABLE) else INK,
    )
    for level in Level
}

PROGRESS_LEVELS: tuple[Level, ...] = (
    Level.COMPLETE,
    Level.SUBSTANTIAL,
    Level.LIMITED,
    Level.NOT_STARTED,
    Level.REGRESSED,
    Level.NO_EVIDENCE,
)
"""The assessed levels, best first: what the progress bars stack."""

CHANGE_STYLES: dict[str, Style] = {
    "upgrade": Style("#009E73", "///", "▲", _ink("#009E73")),
    "downgrade": Style("#D55E00", "xxx", "▼", _ink("#D55E00")),
    "new": Style("#56B4E9", "...", "✚", _ink("#56B4E9")),
}

_KIND_COLOURS = (
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#F0E442",
    "#0072B2",
    "#D55E00",
    "#CC79A7",
    "#999999",
)
_KIND_HATCHES = ("", "///", "...", "\\\\\\", "xxx", "ooo", "---", "+++")

EVIDENCE_STYLES: dict[str, Style] = {
    kind.value: Style(
        colour=_KIND_COLOURS[index],
        hatch=_KIND_HATCHES[index],
        glyph="",
        ink=_ink(_KIND_COLOURS[index]),
    )
    for index, kind in enumerate(EvidenceKind)
}


@dataclass(frozen=True)
class LineStyle:
    """A line told apart by colour, marker and dash pattern (greyscale-safe)."""

    colour: str
    marker: str
    dashes: str


_LINE_STYLES = (
    LineStyle("#000000", "o", "-"),
    LineStyle("#0072B2", "s", "--"),
    LineStyle("#E69F00", "^", "-."),
    LineStyle("#009E73", "D", ":"),
    LineStyle("#CC79A7", "v", "-"),
    LineStyle("#D55E00", "P", "--"),
    LineStyle("#56B4E9", "X", "-."),
    LineStyle("#999999", "*", ":"),
)

KIND_LINE_STYLES: dict[str, LineStyle] = {
    "all": _LINE_STYLES[0],
    **{kind.value: _LINE_STYLES[index + 1] for index, kind in enumerate(StakeholderKind)},
}


def line_style(index: int) -> LineStyle:
    """The style of the `index`-th line of a chart that names supporters."""
    return _LINE_STYLES[index % len(_LINE_STYLES)]


def evidence_style(kind: str) -> Style:
    return EVIDENCE_STYLES.get(kind, EVIDENCE_STYLES[EvidenceKind.OTHER.value])
