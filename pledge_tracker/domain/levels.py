"""The assessment scale: four completion levels plus markers (DESIGN.md)."""

from __future__ import annotations

from enum import StrEnum


class Level(StrEnum):
    """One judgement of how far a supporter has gone on one commitment."""

    COMPLETE = "complete"
    SUBSTANTIAL = "substantial"
    LIMITED = "limited"
    NOT_STARTED = "not_started"
    REGRESSED = "regressed"
    NO_EVIDENCE = "no_evidence"
    NOT_ASSESSED = "not_assessed"
    NOT_APPLICABLE = "not_applicable"

    @property
    def score(self) -> int | None:
        """Points towards the score; None where the level is left out of it."""
        return _SCORES[self]

    @property
    def glyph(self) -> str:
        return _GLYPHS[self]

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def counts_as_assessed(self) -> bool:
        """True where the level enters the score (and so the coverage)."""
        return self.score is not None


MAX_SCORE = 3

_SCORES: dict[Level, int | None] = {
    Level.COMPLETE: 3,
    Level.SUBSTANTIAL: 2,
    Level.LIMITED: 1,
    Level.NOT_STARTED: 0,
    Level.REGRESSED: 0,
    Level.NO_EVIDENCE: 0,
    Level.NOT_ASSESSED: None,
    Level.NOT_APPLICABLE: None,
}

_GLYPHS: dict[Level, str] = {
    Level.COMPLETE: "●",
    Level.SUBSTANTIAL: "◕",
    Level.LIMITED: "◔",
    Level.NOT_STARTED: "○",
    Level.REGRESSED: "▼",
    Level.NO_EVIDENCE: "?",
    Level.NOT_ASSESSED: "",
    Level.NOT_APPLICABLE: "–",
}

# English labels; the UI translates them with tr() and reports through their catalogue.
_LABELS: dict[Level, str] = {
    Level.COMPLETE: "Complete",
    Level.SUBSTANTIAL: "Substantial",
    Level.LIMITED: "Limited",
    Level.NOT_STARTED: "Not started",
    Level.REGRESSED: "Regressed",
    Level.NO_EVIDENCE: "No evidence found",
    Level.NOT_ASSESSED: "Not assessed",
    Level.NOT_APPLICABLE: "Not applicable",
}

# Okabe-Ito hues (colour-blind safe), each shade moved so that every level prints as its own
# grey: CIE lightness L* 32, 43, 52, 61, 70, 80, 89, 100 (at least 8 apart; a black-and-white
# office printer keeps them apart even without the glyphs; tests/unit/test_level_greys.py).
LEVEL_COLOURS: dict[Level, str] = {
    Level.COMPLETE: "#004F80",
    Level.SUBSTANTIAL: "#56B4E9",
    Level.LIMITED: "#F0E442",
    Level.NOT_STARTED: "#C98500",
    Level.REGRESSED: "#A84800",
    Level.NO_EVIDENCE: "#B45E96",
    Level.NOT_ASSESSED: "#FFFFFF",
    Level.NOT_APPLICABLE: "#C7C7C7",
}

# The order levels appear in legends and stacked bars: best first, markers last.
LEVEL_ORDER: tuple[Level, ...] = tuple(Level)

METHOD_VERSION = "1.0"
