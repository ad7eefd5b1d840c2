"""A demonstration incident for the takedown tests: activations, responses and sightings.

Two platforms, removals on both sides of the hour and the day, a removal order (its clock
starts at the order), copies still online, a restricted copy and restricted evidence cited
by a response. Every address is a live-looking https address, so that a test can look for it
in every output and find only its defanged form.
"""

from __future__ import annotations

import datetime as dt

from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import EvidenceInput
from pledge_tracker.domain.kinds import FoundHow, Protocol
from pledge_tracker.services import evidence, incidents, protocols, sightings, stakeholders

NAME = "Demonstration attack"
AT = dt.datetime(2025, 3, 10, 1, 40)  # UTC
AS_OF = dt.date(2025, 6, 30)
SECRET_ADDRESS = "https://secret.example/restricted-copy"
SECRET_EVIDENCE = "Restricted liaison note on the takedown"


def address(n: int) -> str:
    return f"https://video{n}.example.com/watch?v={n}"


# (platform, hours found after the incident, hours to report, hours to removal from found,
#  found how, restricted): None = not reported / not removed.
COPIES: tuple[tuple[str, float, float | None, float | None, str, bool], ...] = (
    ("VideoSite", 0.5, 0.1, 0.6, "own_search", False),  # within the hour on both clocks
    ("VideoSite", 1.0, 0.5, 3.0, "tool", False),  # 1-24 h
    ("VideoSite", 2.0, 1.0, 40.0, "tip", False),  # after a day
    ("VideoSite", 3.0, None, None, "own_search", False),  # still online, never reported
    ("Platform 2", 0.2, 0.2, 0.9, "removal_order", False),  # order: clock from the order
    ("Platform 2", 5.0, 2.0, None, "tool", False),  # reported, never removed
    ("Platform 2", 6.0, None, 10.0, "tip", False),  # removed, never reported: unknown there
    ("SecretTube", 4.0, 1.0, 2.0, "own_search", True),  # restricted, its platform's only copy
)


def add_incident(database: Database) -> str:
    """Record the demonstration incident and everything that followed; returns its uid."""
    with database.write() as tx:
        incident = incidents.add(
            tx,
            name=NAME,
            occurred_at=AT,
            time_zone="UTC",
            place="A fictional city",
            description="A fictional attack, live-streamed, recorded to test the app.",
            sources=["https://news.example.org/attack"],
            demo=True,
        )
        protocols.add_activation(
            tx,
            incident_id=incident.id,
            protocol=Protocol.CHRISTCHURCH_CALL,
            activated_at=AT + dt.timedelta(hours=2),
            closed_at=AT + dt.timedelta(hours=30),
            activated_by="New Zealand",
            sources=["https://news.example.org/protocol"],
        )
        protocols.add_activation(
            tx,
            incident_id=incident.id,
            protocol=Protocol.GIFCT,
            activated_at=AT + dt.timedelta(hours=3),
        )
        nz = stakeholders.find(tx.session, "New Zealand")
        google = stakeholders.find(tx.session, "Google")
        secret = evidence.add(
            tx,
            EvidenceInput(
                title=SECRET_EVIDENCE,
                kind="policy_change",
                effective="2025-03-11",
                restricted=True,
                stakeholder_ids=(google.id,),
            ),
        )
        protocols.add_response(
            tx,
            incident_id=incident.id,
            stakeholder_id=nz.id,
            first_action_at=AT + dt.timedelta(hours=1.5),
            action="Asked platforms to remove copies",
        )
        protocols.add_response(
            tx,
            incident_id=incident.id,
            stakeholder_id=google.id,
            first_action_at=AT + dt.timedelta(hours=4),
            action="Hashed the video and shared the hash",
            evidence_id=secret.id,
        )
        for n, (platform, after, report, removal, how, restricted) in enumerate(COPIES):
            found = AT + dt.timedelta(hours=after)
            reported = found + dt.timedelta(hours=report) if report is not None else None
            sightings.add(
                tx,
                platform=platform,
                url=SECRET_ADDRESS if restricted else address(n),
                found_at=found,
                reported_at=None if how == "removal_order" else reported,
                order_at=reported if how == "removal_order" else None,
                order_law="EU TCO Regulation" if how == "removal_order" else None,
                removed_at=found + dt.timedelta(hours=removal) if removal is not None else None,
                views=100 * (n + 1),
                stakeholder_id=google.id if platform == "VideoSite" else None,
                incident_id=incident.id,
                found_how=FoundHow(how),
                restricted=restricted,
            )
        return incident.uid


def live_addresses() -> list[str]:
    """Every address the fixture stores, as given (none may appear in any output)."""
    return [SECRET_ADDRESS if c[5] else address(n) for n, c in enumerate(COPIES)]
