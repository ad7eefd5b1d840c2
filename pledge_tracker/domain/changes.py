"""What a unit of work changed: the typed notice every view refreshes from.

A save here, an import, an undo, or a colleague's commit seen on a team server all end in one
`Changes`: which kinds of record changed (the audit's entity names), which supporter ×
commitment cells of the matrix (when only assessments changed and each one is known), who
made it, and whether it was made elsewhere. A view asks `touches(...)` instead of looking at
strings, and the matrix repaints only the `cells` it is told of.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

Cell = tuple[int, int]  # (supporter id, commitment id)

# Changes to these kinds of record never move a matrix cell's level, score or count.
CELL_NEUTRAL = frozenset(
    {"action", "sighting", "incident", "protocol_activation", "event", "reply", "report_note"}
)
# Changes to these move only the cells of the assessments that changed (given in `cells`).
CELL_LOCAL = frozenset({"assessment"})


@dataclass(frozen=True)
class Changes:
    """Which records one unit of work changed, where, and by whom.

    An empty `entities` means "unknown: assume everything changed" (a restore, an
    import of a package, a colleague's change whose entries this window cannot read).
    """

    entities: frozenset[str] = frozenset()
    cells: frozenset[Cell] = field(default_factory=frozenset)
    actor: str = ""
    elsewhere: bool = False  # made by another window, program or colleague

    @classmethod
    def of(
        cls,
        entities: Iterable[str],
        cells: Iterable[Cell] = (),
        *,
        actor: str = "",
        elsewhere: bool = False,
    ) -> Changes:
        return cls(frozenset(entities), frozenset(cells), actor, elsewhere)

    @property
    def unknown(self) -> bool:
        """True when the notice cannot say what changed (refresh everything)."""
        return not self.entities

    def touches(self, kinds: Iterable[str]) -> bool:
        """Whether this change may concern a view showing these kinds of record."""
        return self.unknown or not self.entities.isdisjoint(kinds)

    def within(self, kinds: Iterable[str]) -> bool:
        """Whether every changed kind is one of these (never true for an unknown change)."""
        return not self.unknown and self.entities <= frozenset(kinds)

    def matrix_cells(self) -> frozenset[Cell] | None:
        """The matrix cells to repaint, or None when the whole matrix must be read again.

        Empty when no cell can have moved (only actions, sightings and the like changed).
        """
        if self.within(CELL_NEUTRAL):
            return frozenset()
        if self.within(CELL_NEUTRAL | CELL_LOCAL) and self.cells:
            return self.cells
        return None

    def merged(self, other: Changes) -> Changes:
        """One notice for two (several commits seen at once); unknown absorbs everything."""
        if self.unknown or other.unknown:
            actor = self.actor or other.actor
            return Changes(actor=actor, elsewhere=self.elsewhere or other.elsewhere)
        actor = self.actor if self.actor == other.actor else ""
        return Changes(
            self.entities | other.entities,
            self.cells | other.cells,
            actor,
            self.elsewhere or other.elsewhere,
        )


def cell_of(
    entity: str, before: dict[str, Any] | None, after: dict[str, Any] | None
) -> Cell | None:
    """The matrix cell an audited change of an assessment belongs to (None for others)."""
    state = after or before
    if entity != "assessment" or not state:
        return None
    try:
        return int(state["stakeholder_id"]), int(state["commitment_id"])
    except (KeyError, TypeError, ValueError, OverflowError):  # a hand-altered entry
        return None
