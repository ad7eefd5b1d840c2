"""Some rows of the as-of matrix read again, and the matrix with them put in place.

A saved assessment moves only its supporter's cells (`Changes.matrix_cells()`): the window
reads just those supporters' rows at the matrix's date, with the same rules as
`queries.matrix`, and swaps them into the matrix it shows instead of reading every
supporter again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import Cell, Matrix, StakeholderRow
from pledge_tracker.domain.scoring import summarise
from pledge_tracker.services import as_of as as_of_reading
from pledge_tracker.services.commitments import list_commitments
from pledge_tracker.services.queries import evidence_counts, joined_by, matrix_rows
from pledge_tracker.services.stakeholders import list_stakeholders


@dataclass(frozen=True)
class MatrixRows:
    """The matrix rows of some supporters as of a date (those that had joined by then)."""

    as_of: dt.date
    stakeholder_ids: frozenset[int]  # the supporters asked for
    rows: tuple[StakeholderRow, ...]
    cells: dict[tuple[int, int], Cell]


def read_rows(
    database: Database, as_of: dt.date, freshness_months: int, stakeholder_ids: Collection[int]
) -> MatrixRows:
    """These supporters' rows of the as-of matrix of every supporter (inactive ones too)."""
    wanted = frozenset(stakeholder_ids)
    with database.read() as session:
        commitments = list_commitments(session)
        people = [p for p in joined_by(list_stakeholders(session), as_of) if p.id in wanted]
        pledges_now = as_of_reading.pledged(session, as_of, wanted)
        counts = evidence_counts(session, wanted)
    rows, cells = matrix_rows(people, commitments, pledges_now, counts, as_of, freshness_months)
    return MatrixRows(as_of, wanted, tuple(rows), cells)


def patched(matrix: Matrix, part: MatrixRows) -> Matrix | None:
    """`matrix` with `part`'s rows in place of its own, its overall summary recomputed.

    None when the part does not fit the matrix (another date, a supporter added, removed or
    edited, other commitments): the caller reads the whole matrix again.
    """
    if part.as_of != matrix.as_of:
        return None
    old = {r.stakeholder.id: r for r in matrix.rows if r.stakeholder.id in part.stakeholder_ids}
    new = {r.stakeholder.id: r for r in part.rows}
    if old.keys() != new.keys() or any(old[i].stakeholder != new[i].stakeholder for i in old):
        return None
    if part.cells.keys() != {(i, c.id) for i in new for c in matrix.commitments}:
        return None
    rows = tuple(new.get(r.stakeholder.id, r) for r in matrix.rows)
    cells = {**matrix.cells, **part.cells}
    overall = summarise(
        cells[(r.stakeholder.id, c.id)].level for r in rows for c in matrix.commitments
    )
    return Matrix(matrix.as_of, matrix.commitments, rows, cells, overall)
