"""Level glyphs as marker shapes: ● ◕ ◔ ○ ▼ ? – drawn as paths, many cells at once.

A grid of 74 supporters by two dozen commitments has ~1,800 glyphs; as text objects they take
seconds to lay out and render, as one marker collection per level they take milliseconds.
The shapes are those of the font glyphs the legends and the matrix use (domain.levels).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.path import Path

from pledge_tracker.domain.levels import Level

GLYPH_POINTS = 7.5  # diameter of a glyph, in points (a 9 pt font's glyph is about as wide)

_CIRCLE = Path.unit_circle()
# ◔ is a circle with its upper-right quarter black; ◕ has all but its upper-left quarter black.
_QUARTER = Path.wedge(0, 90)
_THREE_QUARTERS = Path.wedge(180, 450)

# Each level: the (marker, filled) layers drawn on top of each other.
_SHAPES: dict[Level, tuple[tuple[Path | str, bool], ...]] = {
    Level.COMPLETE: ((_CIRCLE, True),),
    Level.SUBSTANTIAL: ((_CIRCLE, False), (_THREE_QUARTERS, True)),
    Level.LIMITED: ((_CIRCLE, False), (_QUARTER, True)),
    Level.NOT_STARTED: ((_CIRCLE, False),),
    Level.REGRESSED: (("v", True),),
    Level.NO_EVIDENCE: (("$?$", True),),
    Level.NOT_APPLICABLE: (("_", False),),
    Level.NOT_ASSESSED: (),  # blank: nothing to draw
}


def draw_glyphs(
    ax: Axes,
    level: Level,
    xs: Sequence[float],
    ys: Sequence[float],
    colour: str,
    *,
    gid: str,
    points: float = GLYPH_POINTS,
) -> int:
    """Draw `level`'s glyph at every (x, y); returns how many cells got one."""
    if not xs or not _SHAPES[level]:
        return 0
    for layer, (marker, filled) in enumerate(_SHAPES[level]):
        scale = {"$?$": 1.25, "_": 0.6}.get(marker, 1.0) if isinstance(marker, str) else 1.0
        if marker == "_":  # a line marker: stroked in its face colour, never filled
            paint: dict[str, Any] = {"c": [colour], "linewidths": 1.2}
        else:
            paint = {
                "facecolors": colour if filled else "none",
                "edgecolors": colour,
                "linewidths": 0.0 if filled else 0.9,
            }
        ax.scatter(
            xs,
            ys,
            s=(points * scale) ** 2,
            marker=marker,
            **paint,
            gid=gid if layer == 0 else f"{gid}-layer",  # one counted layer per cell
            label=level.value,
            zorder=3,
        )
    return len(xs)


def glyph_count(ax: Axes, gid: str, level: Level | None = None) -> int:
    """How many cells carry a glyph drawn with `gid` (of `level`, or of any level)."""
    return sum(
        np.shape(collection.get_offsets())[0]
        for collection in ax.collections
        if collection.get_gid() == gid and level in (None, collection.get_label())
    )
