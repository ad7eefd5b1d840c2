"""The reference's dated events: loaded into a new database and added to existing ones.

Each reference event gets a uid made from its date and title (uuid5), the same in every
database, so adding them is idempotent, a data package merge matches them, and an event a
user deleted is known by its audit entries and never added back. Every addition is audited
with its reason, as the catalogue's are (services/catalogue.py).
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Tx
from pledge_tracker.domain.events import EventInput
from pledge_tracker.services import events
from pledge_tracker.services.catalogue import revision

_NAMESPACE = uuid.UUID("6f1c2d0e-6b1e-4c55-9a51-2019051500ca")


def reference_uid(item: dict[str, Any]) -> str:
    """The stable uid of a reference event: its date and title, hashed."""
    return str(uuid.uuid5(_NAMESPACE, f"{item['date']}|{item['title']}"))


def event_input(item: dict[str, Any]) -> EventInput:
    """A reference event as typed input (its month or year date kept at that precision)."""
    return EventInput(
        dated=_first_day(item["date"]),
        dated_precision=item.get("date_precision") or "day",
        end_date=_first_day(item["end_date"]) if item.get("end_date") else None,
        category=item["category"],
        title=item["title"],
        summary=item.get("summary", ""),
        sources=tuple(item.get("sources", ())),
        verified=bool(item.get("verified", False)),
        note=item.get("note"),
    )


def _first_day(text: str) -> str:
    parts = text.split("-")
    return "-".join(parts + ["01"] * (3 - len(parts)))


def missing(session: Session, reference: dict[str, Any]) -> list[dict[str, Any]]:
    """Reference events the database lacks and never held (a deleted one stays deleted).

    A database without the Call's framework (made without seeding) gets none.
    """
    if session.scalars(select(m.Framework.id).limit(1)).first() is None:
        return []
    present = set(session.scalars(select(m.Event.uid)))
    known = set(
        session.scalars(select(m.AuditEntry.record_uid).where(m.AuditEntry.entity == "event"))
    )
    return [
        item
        for item in reference.get("events", [])
        if (uid := reference_uid(item)) not in present and uid not in known
    ]


def add_missing(tx: Tx, reference: dict[str, Any], *, seeding: bool = False) -> int:
    """Add the reference events the database lacks; returns how many (0 when up to date)."""
    wanted = missing(tx.session, reference)
    where = revision(reference)
    reason = (
        f"reference revision {where}: the Call's timeline"
        if seeding
        else f"reference revision {where} adds the Call's timeline, which this database lacked"
    )
    for item in wanted:
        events.add(tx, event_input(item), uid=reference_uid(item), reason=reason)
    return len(wanted)
