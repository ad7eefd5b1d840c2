"""The evidence library's folded search text, kept in step with the fields it folds.

`evidence.search_text` is derived (domain/search.py folds the searchable fields): the ORM
events below refresh it whenever an item is written through a session (add, edit, import,
demonstration data), and `refresh` recomputes it for rows written with plain SQL (a
restored or merged data package, an upgraded database). Being derived it is left out of
the audited record state (db/rowstate.py): a tampered copy can hide an item from a search
but never changes what is on record, and `refresh` puts it right. On SQLite a trigram index
over this column (db/search_index.py) follows every change through triggers.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, bindparam, event, select, update
from sqlalchemy.orm import Mapper, Session

from pledge_tracker.db.models import Evidence
from pledge_tracker.domain.search import EVIDENCE_SEARCH_FIELDS, searchable_text

BATCH = 2000


def folded(row: Any) -> str:
    """The search text for an evidence row (an ORM object or a result row)."""
    return searchable_text(getattr(row, name) for name in EVIDENCE_SEARCH_FIELDS)


@event.listens_for(Evidence, "before_insert")
@event.listens_for(Evidence, "before_update")
def _keep(_mapper: Mapper[Any], _connection: Connection, target: Evidence) -> None:
    target.search_text = folded(target)


def refresh(session: Session | Connection) -> int:
    """Recompute every item's search text; writes only those that differ, returns how many."""
    columns = [getattr(Evidence, name) for name in EVIDENCE_SEARCH_FIELDS]
    query = select(Evidence.id, Evidence.search_text, *columns).order_by(Evidence.id)
    stale = [
        {"row_id": row.id, "text": text}
        for row in session.execute(query)
        if (text := folded(row)) != row.search_text
    ]
    table = Evidence.__table__
    statement = (
        update(table)  # type: ignore[arg-type]  # a Table
        .where(table.c.id == bindparam("row_id"))
        .values(search_text=bindparam("text"))
    )
    for start in range(0, len(stale), BATCH):
        session.execute(statement, stale[start : start + BATCH])
    return len(stale)
