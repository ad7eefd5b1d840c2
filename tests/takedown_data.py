"""Small fixed takedown data with hand-computed figures, shared by the SQLite and PostgreSQL tests.

T is 2024-03-15 12:00 UTC; the figures are taken as of 2024-03-20 00:00 UTC (AS_OF).

Alpha (7 copies)                          from first seen       from reported / the order
  a1 reported +10 min, removed +40 min     0.67 h  within 1 h    0.5 h   within 1 h
  a2 reported +2 h, removed +2 h 30        2.5 h   1-24 h        0.5 h   within 1 h
  a3 never reported, removed +30 h         30 h    after 24 h    unknown (no start)
  a4 reported +1 h, never removed          still online (108 h old)
  a5 reported +5 h, removed +3 h           3 h     1-24 h        unknown (removed before)
  a6 (next day) reported +30 min, removal  1.75 h  1-24 h        0.75 h  within 1 h
     order +1 h, removed +1 h 45                                 (the order's clock)
  a7 removed +5 days, after AS_OF          still online (108 h old)
Beta (3 copies; one restricted), given with time zones
  b1 found 13:00 Pacific/Auckland (00:00 UTC, 15 March), reported then, removed 1 h later:
     exactly 1 h, within the hour on both clocks
  b2 found 16 March 00:00, reported then, removed exactly 24 h later: 1-24 h; 1000 views
  b3 restricted, found 18 March, never removed: still online (48 h old); 50 views
  b4 found after AS_OF: not known yet, left out
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from pledge_tracker.db.uow import Database
from pledge_tracker.domain.kinds import FoundHow
from pledge_tracker.services import incidents, sightings

T = dt.datetime(2024, 3, 15, 12, 0)
AS_OF = dt.datetime(2024, 3, 20)
H, M = dt.timedelta(hours=1), dt.timedelta(minutes=1)
INCIDENT = "Test attack"


def load(database: Database) -> str:
    """Write the copies above (a1 and a2 follow INCIDENT); returns the incident's uid."""
    with database.write() as tx:
        attack = incidents.add(
            tx,
            name=INCIDENT,
            occurred_at=dt.datetime(2024, 3, 15, 11, 0),
            time_zone="Europe/Paris",
            place="Somewhere",
        )

        def copy(name: str, found: dt.datetime, **more: object) -> None:
            platform = "Alpha" if name.startswith("a") else "Beta"
            url = f"https://{platform.lower()}.example/{name}"
            sightings.add(tx, platform=platform, url=url, found_at=found, **more)  # type: ignore[arg-type]

        copy("a1", T, reported_at=T + 10 * M, removed_at=T + 40 * M, incident_id=attack.id)
        copy("a2", T, reported_at=T + 2 * H, removed_at=T + 150 * M, incident_id=attack.id)
        copy("a3", T, removed_at=T + 30 * H)
        copy("a4", T, reported_at=T + H)
        copy("a5", T, reported_at=T + 5 * H, removed_at=T + 3 * H)
        day = T + 24 * H
        copy(
            "a6",
            day,
            reported_at=day + 30 * M,
            order_at=day + H,
            removed_at=day + 105 * M,
            found_how=FoundHow.REMOVAL_ORDER,
            order_law="Regulation (EU) 2021/784, Article 3",
        )
        copy("a7", T, removed_at=T + 5 * 24 * H)
        auckland = dt.datetime(2024, 3, 15, 13, 0, tzinfo=ZoneInfo("Pacific/Auckland"))
        copy(
            "b1",
            auckland,
            reported_at=auckland,
            removed_at=dt.datetime(2024, 3, 15, 1, 0, tzinfo=dt.UTC),
        )
        copy(
            "b2",
            dt.datetime(2024, 3, 16),
            reported_at=dt.datetime(2024, 3, 16),
            removed_at=dt.datetime(2024, 3, 17),
            views=1000,
        )
        copy("b3", dt.datetime(2024, 3, 18), views=50, restricted=True)
        copy("b4", dt.datetime(2024, 3, 21))
    return attack.uid
