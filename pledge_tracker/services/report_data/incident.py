"""The incident report's data: one incident, its protocol activations and responses, and the
takedown figures of its sightings, read in one transaction from the metrics service.

The public edition leaves restricted sightings out of every figure and list (and says how
many) and withholds the title of restricted evidence a response cites; the internal edition
shows everything and says it holds restricted material.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.takedown import (
    Clock,
    CurvePoint,
    IncidentDTO,
    IncidentTimes,
    OnlineItem,
    ResponseDTO,
    TakedownFigures,
    TakedownFilter,
    WeekCount,
)
from pledge_tracker.services import incidents, protocols, takedown


@dataclass(frozen=True)
class IncidentReportOptions:
    """What the user chose: which incident, as of when, for which readers, in which language."""

    incident: str  # its name (case-blind)
    as_of: dt.date
    public: bool = False
    lang: str = "en"
    generated: dt.date | None = None  # default: today (tests pin it)


@dataclass(frozen=True)
class IncidentReportData:
    """Everything the incident report prints, as of one date."""

    incident: IncidentDTO
    times: IncidentTimes
    figures: TakedownFigures
    found_curve: tuple[CurvePoint, ...]
    reported_curve: tuple[CurvePoint, ...]
    weeks: tuple[WeekCount, ...]
    online: tuple[OnlineItem, ...]
    as_of: dt.date
    generated: dt.date
    lang: str
    public: bool
    withheld: int  # restricted sightings left out (public edition)
    restricted_shown: int  # restricted sightings included (internal edition)
    evidence_withheld: int  # restricted evidence titles a response cites, withheld (public)
    framework: str = "Christchurch Call"

    @property
    def demo(self) -> bool:
        return self.incident.demo

    @property
    def sources(self) -> tuple[str, ...]:
        """Every source cited by the incident and its activations, once, in order."""
        found = list(self.incident.sources)
        for activation in self.times.activations:
            found += activation.sources
        return tuple(dict.fromkeys(found))


def report_filter(options: IncidentReportOptions, uid: str) -> TakedownFilter:
    """The figures' filter: this incident's sightings, as of the end of the report's date."""
    return TakedownFilter.for_report(options.as_of, public=options.public, incident_uid=uid)


def load_incident_report(database: Database, options: IncidentReportOptions) -> IncidentReportData:
    """Read everything the incident report needs in one read transaction."""
    with database.read() as session:
        return build_incident_report(session, options)


def build_incident_report(session: Session, options: IncidentReportOptions) -> IncidentReportData:
    incident = incidents.by_name(session, options.incident)
    times = protocols.incident_times(session, incident.uid)
    wanted = report_filter(options, incident.uid)
    figures = takedown.figures(session, wanted)
    other = takedown.figures(session, replace(wanted, public=not options.public))
    restricted = abs(other.total.sightings - figures.total.sightings)  # in one edition only
    responses, hidden = _responses(session, times.responses, options.public)
    curves = takedown.removal_curves(session, wanted)
    return IncidentReportData(
        incident=incident,
        times=replace(times, responses=responses),
        figures=figures,
        found_curve=curves[Clock.FOUND],
        reported_curve=curves[Clock.REPORTED],
        weeks=takedown.weekly_counts(session, wanted),
        online=takedown.still_online(session, wanted),
        as_of=options.as_of,
        generated=options.generated or dt.date.today(),
        lang=options.lang,
        public=options.public,
        withheld=restricted if options.public else 0,
        restricted_shown=0 if options.public else restricted,
        evidence_withheld=hidden,
        framework=_framework(session, options.lang),
    )


def _responses(
    session: Session, responses: tuple[ResponseDTO, ...], public: bool
) -> tuple[tuple[ResponseDTO, ...], int]:
    """The responses, with restricted evidence titles withheld in a public edition.

    A withheld item keeps its id (the report says an item was withheld), not its title.
    """
    if not public:
        return responses, 0
    cited = {r.evidence_id for r in responses if r.evidence_id is not None}
    restricted = set(
        session.scalars(
            select(m.Evidence.id).where(m.Evidence.id.in_(cited), m.Evidence.restricted.is_(True))
        )
    )
    shown = tuple(
        replace(r, evidence_title=None) if r.evidence_id in restricted else r for r in responses
    )
    return shown, sum(r.evidence_id in restricted for r in responses)


def _framework(session: Session, lang: str) -> str:
    row = session.execute(select(m.Framework.name, m.Framework.name_fr).limit(1)).first()
    if row is None:
        return "Christchurch Call"
    return (row.name_fr if lang == "fr" else None) or row.name
