"""Everything the Takedown view shows for one filter, read in one transaction.

The figures are the metrics service's (services/takedown.py): per-platform rows on both
clocks, the cumulative removal curve on each clock, weekly counts, and the copies still
online (oldest first, addresses defanged). The view's worker calls `load_screen`; its
exports write `takedown_sheets(screen)`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from pledge_tracker.db.uow import Database
from pledge_tracker.domain.takedown import (
    Clock,
    CurvePoint,
    IncidentDTO,
    OnlineItem,
    TakedownFigures,
    TakedownFilter,
    WeekCount,
)
from pledge_tracker.services import incidents, takedown

ONLINE_LIMIT = 200  # rows of the still-online list the view shows (its count is exact)


@dataclass(frozen=True)
class TakedownScreen:
    """The figures of one filter, and the choices the filters offer."""

    filter: TakedownFilter
    figures: TakedownFigures
    found_curve: tuple[CurvePoint, ...]
    reported_curve: tuple[CurvePoint, ...]
    weeks: tuple[WeekCount, ...]
    online: tuple[OnlineItem, ...]  # at most ONLINE_LIMIT, oldest first
    incidents: tuple[IncidentDTO, ...]
    platforms: tuple[str, ...]

    @property
    def online_total(self) -> int:
        return self.figures.total.online


def load_screen(
    database: Database, filt: TakedownFilter, online_limit: int | None = None
) -> TakedownScreen:
    """The view's figures for `filt` (one read session; runs in a worker)."""
    with database.read() as session:
        return build_screen(session, filt, online_limit or ONLINE_LIMIT)


def build_screen(session: Session, filt: TakedownFilter, online_limit: int) -> TakedownScreen:
    curves = takedown.removal_curves(session, filt)  # both clocks in one statement
    return TakedownScreen(
        filter=filt,
        figures=takedown.figures(session, filt),
        found_curve=curves[Clock.FOUND],
        reported_curve=curves[Clock.REPORTED],
        weeks=takedown.weekly_counts(session, filt),
        online=takedown.still_online(session, filt, limit=online_limit),
        incidents=tuple(incidents.list_incidents(session)),
        platforms=takedown.platforms(session),
    )


def with_every_online(database: Database, screen: TakedownScreen) -> TakedownScreen:
    """The screen with its whole still-online list (an export holds every copy, not a page)."""
    if len(screen.online) == screen.online_total:
        return screen
    with database.read() as session:
        moment = replace(screen.filter, as_of=screen.figures.as_of)  # as the figures were
        return replace(screen, online=takedown.still_online(session, moment))


def live_address(database: Database, sighting_uid: str) -> str:
    """The stored address of one copy, for the explicit and warned "copy live address"."""
    with database.read() as session:
        return takedown.live_address(session, sighting_uid)
