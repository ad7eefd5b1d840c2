"""Levels in HTML: a badge with glyph and label (never colour alone), and counts by level."""

from __future__ import annotations

from pledge_tracker.domain.levels import LEVEL_ORDER, Level
from pledge_tracker.reports.blocks import Ctx
from pledge_tracker.reports.html.markup import Safe, table, tag
from pledge_tracker.reports.html.style import css_name
from pledge_tracker.reports.text import Text


def badge(t: Text, level: Level) -> Safe:
    """'● Complete' on the level's colour, with a text colour that contrasts with it."""
    words = f"{level.glyph} {t.level(level)}".strip()
    return tag("span", words, class_=f"level level-{css_name(level)}")


def level_counts(ctx: Ctx, counts: dict[str, int], caption: str) -> Safe:
    """How many ratings stand at each level (the PDF's level bar, as a table)."""
    t = ctx.text
    rows = [
        [badge(t, level), t.count(counts.get(level.value, 0))]
        for level in LEVEL_ORDER
        if level is not Level.NOT_APPLICABLE and counts.get(level.value, 0)
    ]
    return table(caption, [t("col.level"), t("html.count")], rows, numeric=(1,))
