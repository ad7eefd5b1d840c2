"""Counts read from the shipped reference data, so that no test hard-codes the catalogue.

The Call's commitments are data (resources/christchurch_call.json): when a reference
revision adds or splits one, these figures follow it and the tests keep asserting the same
thing, "every commitment", "every joint commitment", without being edited.
"""

from __future__ import annotations

import json
from collections import Counter

from pledge_tracker.domain.kinds import PLEDGED_GROUPS, CommitmentGroup, StakeholderKind
from pledge_tracker.paths import resource_path

REFERENCE = json.loads(resource_path("christchurch_call.json").read_text("utf-8"))

COMMITMENTS: int = len(REFERENCE["commitments"])
BY_GROUP: dict[str, int] = dict(Counter(item["group"] for item in REFERENCE["commitments"]))
GOVERNMENT = BY_GROUP[CommitmentGroup.GOVERNMENTS.value]
PROVIDER = BY_GROUP[CommitmentGroup.ONLINE_SERVICE_PROVIDERS.value]
JOINT = BY_GROUP[CommitmentGroup.JOINT.value]
SUPPORTERS: int = len(REFERENCE["supporters"])


def pledged_by(kind: StakeholderKind | str) -> dict[str, int]:
    """How many commitments of each group a supporter of this kind pledges by default."""
    groups = PLEDGED_GROUPS[StakeholderKind(kind)]
    return {group.value: BY_GROUP[group.value] for group in groups}


def pledged_count(kind: StakeholderKind | str) -> int:
    """How many commitments in all a supporter of this kind pledges by default."""
    return sum(pledged_by(kind).values())


def default_pledges() -> int:
    """How many pledges a database seeded with the reference holds (each supporter's kind)."""
    return sum(pledged_count(supporter["kind"]) for supporter in REFERENCE["supporters"])


EVENTS: list[dict] = list(REFERENCE["events"])


def events_between(since: str, until: str) -> list[dict]:
    """Reference events whose span (as far as its dates are known) meets [since, until]."""
    return [
        e
        for e in EVENTS
        if since[: len(e.get("end_date") or e["date"])] <= (e.get("end_date") or e["date"])
        and e["date"] <= until[: len(e["date"])]
    ]


INSTRUMENTS = json.loads(resource_path("instruments.json").read_text("utf-8"))["instruments"]


def members_of(body: str) -> list[str]:
    """The supporters the reference marks as members of a body (e.g. the European Union)."""
    return [
        supporter["name"]
        for supporter in REFERENCE["supporters"]
        if any(item["body"] == body for item in supporter.get("memberships", []))
    ]


def instrument(key: str) -> dict:
    """One shipped instrument by its reference key."""
    return next(item for item in INSTRUMENTS if item["key"] == key)
