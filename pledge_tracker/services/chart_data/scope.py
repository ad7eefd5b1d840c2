"""What a chart covers: the options (date, period, filter) and the supporters they choose."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from pledge_tracker.domain.dto import CommitmentDTO, StakeholderDTO
from pledge_tracker.domain.kinds import CommitmentGroup, StakeholderKind
from pledge_tracker.domain.levels import Level
from pledge_tracker.domain.scoring import DEFAULT_FRESHNESS_MONTHS
from pledge_tracker.domain.validate import name_key
from pledge_tracker.services import queries
from pledge_tracker.services.commitments import list_commitments
from pledge_tracker.services.stakeholders import find, list_stakeholders

KIND_ORDER = {kind: index for index, kind in enumerate(StakeholderKind)}


@dataclass(frozen=True)
class ChartOptions:
    """Which date, period, supporters and commitments a chart covers.

    `since` starts the period: the earlier date of "what changed" (default one year before
    `as_of`) and the first quarter of the time series (default the Call's adoption).
    Empty sets mean "all"; the filter fields match the matrix filter (ui/context.py).
    """

    as_of: dt.date
    since: dt.date | None = None
    stakeholder_ids: frozenset[int] = frozenset()
    kinds: frozenset[str] = frozenset()
    commitment_ids: frozenset[int] = frozenset()
    founding_only: bool = False
    text: str = ""
    include_inactive: bool = False
    include_restricted: bool = True
    evidence_basis: str = "dated"  # or "recorded": when the evidence was entered
    freshness_months: int = DEFAULT_FRESHNESS_MONTHS

    @property
    def filtered(self) -> bool:
        """True where the supporters are narrowed beyond "every active supporter"."""
        return bool(self.stakeholder_ids or self.kinds or self.founding_only or self.text.strip())


@dataclass(frozen=True)
class Scope:
    """The supporters and commitments a chart covers, with the pledges between them."""

    people: tuple[StakeholderDTO, ...]
    commitments: tuple[CommitmentDTO, ...]
    pledged: dict[tuple[int, int], bool]
    filtered: bool

    def members(self, day: dt.date) -> tuple[StakeholderDTO, ...]:
        """The supporters that had joined by `day`."""
        return tuple(p for p in self.people if p.joined is None or p.joined <= day)


def scope(session: Session, options: ChartOptions) -> Scope:
    """The supporters and commitments `options` choose, and their pledges."""
    people = tuple(p for p in list_stakeholders(session) if _chosen(p, options))
    commitments = tuple(
        c
        for c in list_commitments(session)
        if not options.commitment_ids or c.id in options.commitment_ids
    )
    return Scope(people, commitments, queries.pledges(session), options.filtered)


def _chosen(person: StakeholderDTO, options: ChartOptions) -> bool:
    if options.stakeholder_ids and person.id not in options.stakeholder_ids:
        return False
    if not (person.active or options.include_inactive or person.id in options.stakeholder_ids):
        return False
    if options.kinds and person.kind.value not in options.kinds:
        return False
    if options.founding_only and not person.founding:
        return False
    text = name_key(options.text)
    if text and text not in name_key(person.name):
        return (person.country_code or "").casefold() == text
    return True


def level_of(
    key: tuple[int, int], pledged: dict[tuple[int, int], bool], latest: dict[Any, Any]
) -> Level:
    """A cell's level: not applicable unless pledged, not assessed without a judgement."""
    if not pledged.get(key):
        return Level.NOT_APPLICABLE
    judgement = latest.get(key)
    return Level(judgement.level) if judgement is not None else Level.NOT_ASSESSED


def by_group(commitments: Iterable[CommitmentDTO]) -> dict[CommitmentGroup, list[CommitmentDTO]]:
    """Commitments by group, keeping their order (governments, providers, joint)."""
    groups: dict[CommitmentGroup, list[CommitmentDTO]] = {}
    for commitment in commitments:
        groups.setdefault(commitment.group, []).append(commitment)
    return groups


def resolve_stakeholders(session: Session, names: Iterable[str]) -> frozenset[int]:
    """Supporter ids from names or country codes (NotFoundError naming the unknown one)."""
    return frozenset(find(session, name, "stakeholder").id for name in names)
