"""The demonstration incident: a fictional attack with activations, responses and copies.

Marked as demonstration data (the incident's `demo` flag; every note says so). Its copies
are generated from a fixed seed, so every demonstration database shows the same figures;
their addresses are on reserved example domains, never real sites.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Tx
from pledge_tracker.domain.kinds import FoundHow, Protocol, StakeholderKind
from pledge_tracker.services import incidents, protocols, sightings

NAME = "Demonstration incident (fictional)"
NOTE = "Demonstration data: a fictional incident, not a real event."
OCCURRED = dt.datetime(2024, 3, 15, 13, 40)  # local time in ZONE
ZONE = "Pacific/Auckland"
PLATFORMS = ("VidShare", "ClipHost", "Forum One", "Platform 2", "Platform 10")
COPIES = 60
SEED = 2019
MINUTE = dt.timedelta(minutes=1)


def load(tx: Tx) -> int:
    """Add the demonstration incident unless it is there; returns the copies added."""
    if tx.session.scalar(select(m.Incident.id).where(m.Incident.name == NAME)) is not None:
        return 0
    incident = incidents.add(
        tx,
        name=NAME,
        occurred_at=OCCURRED,
        time_zone=ZONE,
        place="Exampletown",
        description=f"{NOTE} An attack filmed and streamed by its author; copies spread "
        "across platforms within the hour.",
        demo=True,
    )
    start = incident.occurred_at
    for protocol, minutes, who in (
        (Protocol.GIFCT, 55, "GIFCT"),
        (Protocol.CHRISTCHURCH_CALL, 95, "Christchurch Call Secretariat"),
        (Protocol.EU, 240, "European Commission"),
    ):
        protocols.add_activation(
            tx,
            incident_id=incident.id,
            protocol=protocol,
            activated_at=(start + minutes * MINUTE).replace(tzinfo=dt.UTC),
            closed_at=(start + (minutes + 60 * 30) * MINUTE).replace(tzinfo=dt.UTC),
            activated_by=who,
            notes=NOTE,
        )
    _responses(tx, incident.id, start)
    return _copies(tx, incident.id, start)


def _responses(tx: Tx, incident_id: int, start: dt.datetime) -> None:
    providers = tx.session.scalars(
        select(m.Stakeholder)
        .where(m.Stakeholder.kind == StakeholderKind.ONLINE_SERVICE_PROVIDER.value)
        .order_by(m.Stakeholder.name)
        .limit(3)
    ).all()
    for person, minutes in zip(providers, (45, 120, 370), strict=False):
        protocols.add_response(
            tx,
            incident_id=incident_id,
            stakeholder_id=person.id,
            first_action_at=(start + minutes * MINUTE).replace(tzinfo=dt.UTC),
            action=f"{NOTE} Hashes of the video shared; matching uploads blocked.",
        )


def _copies(tx: Tx, incident_id: int, start: dt.datetime) -> int:
    """Copies found over two weeks: most removed within hours, some late, a few still up."""
    rng = random.Random(SEED)
    for number in range(1, COPIES + 1):
        platform = PLATFORMS[number % len(PLATFORMS)]
        found = start + rng.randint(20, 14 * 24 * 60) * MINUTE
        reported = found + rng.randint(5, 180) * MINUTE if rng.random() < 0.85 else None
        ordered = number % 10 == 0 and reported is not None
        order_at = reported + 30 * MINUTE if ordered and reported else None
        after = rng.choice((20, 45, 90, 300, 900, 2000, 5000))
        removed = (order_at or reported or found) + after * MINUTE if number % 7 else None
        sightings.add(
            tx,
            platform=platform,
            url=f"https://{platform.lower().replace(' ', '')}.example/demo/{number:03d}",
            found_at=found,
            reported_at=reported,
            removed_at=removed,
            order_at=order_at,
            order_law="Regulation (EU) 2021/784 (demonstration)" if ordered else None,
            views=rng.randint(10, 200_000) if rng.random() < 0.7 else None,
            incident_id=incident_id,
            found_how=FoundHow.REMOVAL_ORDER if ordered else rng.choice(list(FoundHow)[:3]),
            content_ref=f"demo-sha256-{number:03d}",
            restricted=number % 13 == 0,
            notes=NOTE,
        )
    return COPIES
