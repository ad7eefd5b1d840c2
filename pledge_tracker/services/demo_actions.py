"""A demonstration database with two example actions (the screenshots show it)."""

from __future__ import annotations

import datetime as dt

from pledge_tracker.db.uow import Database
from pledge_tracker.services import actions, commitments, seed, stakeholders

NOTE = "Example made for the screenshots, not a step the supporter announced."


def load_demo_with_actions(database: Database, today: dt.date | None = None) -> None:
    """The public demonstration evidence, an overdue action and an upcoming one (one unit)."""
    today = today or dt.date.today()
    with database.write() as tx:
        seed.load_demo(tx)
        nz = stakeholders.find(tx.session, "New Zealand").id
        gov4 = commitments.find(tx.session, "GOV-4").id
        actions.add(
            tx,
            stakeholder_id=nz,
            commitment_id=gov4,
            title="Example: ask for an update on the media code",
            due=today - dt.timedelta(days=30),
            notes=NOTE,
        )
        actions.add(
            tx,
            stakeholder_id=nz,
            title="Example: review the next transparency report",
            due=today + dt.timedelta(days=60),
            notes=NOTE,
        )
