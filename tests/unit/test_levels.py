"""The assessment scale is the one DESIGN.md states: scores, glyphs, labels, colours."""

from __future__ import annotations

import pytest

from pledge_tracker.domain.levels import LEVEL_COLOURS, LEVEL_ORDER, MAX_SCORE, Level

SCALE = [
    (Level.COMPLETE, 3, "●", "Complete"),
    (Level.SUBSTANTIAL, 2, "◕", "Substantial"),
    (Level.LIMITED, 1, "◔", "Limited"),
    (Level.NOT_STARTED, 0, "○", "Not started"),
    (Level.REGRESSED, 0, "▼", "Regressed"),
    (Level.NO_EVIDENCE, 0, "?", "No evidence found"),
    (Level.NOT_ASSESSED, None, "", "Not assessed"),
    (Level.NOT_APPLICABLE, None, "–", "Not applicable"),
]


@pytest.mark.parametrize(("level", "score", "glyph", "label"), SCALE)
def test_each_level_has_its_score_glyph_and_label(
    level: Level, score: int | None, glyph: str, label: str
) -> None:
    assert level.score == score
    assert level.glyph == glyph
    assert level.label == label
    assert level.counts_as_assessed is (score is not None)


def test_the_scale_is_complete_and_ordered_best_first() -> None:
    assert [row[0] for row in SCALE] == list(LEVEL_ORDER) == list(Level)
    assert MAX_SCORE == max(level.score or 0 for level in Level)


def test_every_level_has_a_distinct_colour_and_a_distinct_glyph() -> None:
    assert set(LEVEL_COLOURS) == set(Level)
    assert len(set(LEVEL_COLOURS.values())) == len(Level)
    assert len({level.glyph for level in Level}) == len(Level)


def test_not_assessed_looks_neutral_not_like_failure() -> None:
    # An empty cell must never read as failure: no glyph, white, and no score.
    assert Level.NOT_ASSESSED.glyph == ""
    assert LEVEL_COLOURS[Level.NOT_ASSESSED] == "#FFFFFF"
    assert Level.NOT_ASSESSED.score is None
