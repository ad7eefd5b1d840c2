"""The takedown figures are the same on PostgreSQL as on SQLite (tests/takedown_data.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.kinds import FoundHow
from pledge_tracker.domain.takedown import Clock, TakedownFilter
from pledge_tracker.services import takedown
from tests import takedown_data as data
from tests.db.postgres_server import POSTGRES_ONLY

pytestmark = POSTGRES_ONLY


def _everything(database: Database) -> tuple:
    """Every figure the service gives over the fixed data, with several filters."""
    incident = data.load(database)
    filters = [
        TakedownFilter(as_of=data.AS_OF),
        TakedownFilter(as_of=data.AS_OF, public=True),
        TakedownFilter(as_of=data.AS_OF, incident_uid=incident),
        TakedownFilter(as_of=data.AS_OF, found_how=FoundHow.REMOVAL_ORDER),
        TakedownFilter(as_of=data.AS_OF, since=dt.date(2024, 3, 16), until=dt.date(2024, 3, 16)),
    ]
    found = []
    with database.read() as session:
        for filt in filters:
            online = takedown.still_online(session, filt)
            found.append(
                (
                    takedown.figures(session, filt),
                    takedown.weekly_counts(session, filt),
                    takedown.removal_curve(session, filt, Clock.FOUND),
                    takedown.removal_curve(session, filt, Clock.REPORTED),
                    [(i.address, i.age_hours, i.restricted, i.incident) for i in online],
                )
            )
    return tuple(found)


def test_the_same_figures_on_postgresql_and_sqlite(pg_url: str, db_path: Path) -> None:
    postgres = open_app_database(pg_url, actor="Test Officer")
    sqlite = open_app_database(db_path, actor="Test Officer")
    try:
        on_postgres, on_sqlite = _everything(postgres), _everything(sqlite)
    finally:
        postgres.dispose()
        sqlite.dispose()
    assert on_postgres == on_sqlite
    everything = on_postgres[0][0]
    alpha = everything.rows[0]
    assert (alpha.found.median_hours, alpha.found.p90_hours) == (2.5, 19.2)  # by hand
    assert everything.total.reported.counts == (4, 1, 0, 3, 2)
