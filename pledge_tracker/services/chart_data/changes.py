"""What changed between two dates: upgrades, downgrades and new assessments per group."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.kinds import CommitmentGroup
from pledge_tracker.domain.levels import Level
from pledge_tracker.domain.scoring import months_before
from pledge_tracker.services import as_of as as_of_reading
from pledge_tracker.services.chart_data.scope import ChartOptions, by_group, level_of, scope

CHANGE_KINDS = ("upgrade", "downgrade", "new")


@dataclass(frozen=True)
class GroupChanges:
    """Cells of one commitment group that moved between the two dates, by kind of change."""

    group: CommitmentGroup
    commitment_ids: tuple[int, ...]
    counts: dict[str, int]  # each of CHANGE_KINDS -> cells
    stakeholders: dict[str, frozenset[int]]  # each of CHANGE_KINDS -> supporters involved


@dataclass(frozen=True)
class Changes:
    since: dt.date
    as_of: dt.date
    groups: tuple[GroupChanges, ...]
    filtered: bool = False

    @property
    def total(self) -> int:
        return sum(sum(g.counts.values()) for g in self.groups)


def classify_change(before: Level, after: Level) -> str | None:
    """ "new", "upgrade", "downgrade", or None where the score did not move.

    new: first judged (not assessed before); upgrade/downgrade: the score rose/fell, and a
    move to "regressed" is always a downgrade. A judgement withdrawn as "not assessed" is a
    gap in coverage, not a move, and so is not counted.
    """
    if before is after or after is Level.NOT_APPLICABLE:
        return None
    if not before.counts_as_assessed:
        return "new" if after.counts_as_assessed else None
    if before.score is None or after.score is None:
        return None
    if after.score > before.score:
        return "upgrade"
    if after.score < before.score or after is Level.REGRESSED:
        return "downgrade"
    return None


def build_changes(session: Session, options: ChartOptions) -> Changes:
    """Cells that moved between `since` (default a year before) and `as_of`, per group."""
    since = options.since or months_before(options.as_of, 12)
    if since > options.as_of:
        raise ValidationError("since", "the earlier date must not be after the as-of date")
    where = scope(session, options)
    before = as_of_reading.latest_judgements(session, since)
    after = as_of_reading.latest_judgements(session, options.as_of)
    members = where.members(options.as_of)
    groups = []
    for group, commitments in by_group(where.commitments).items():
        counts = dict.fromkeys(CHANGE_KINDS, 0)
        who: dict[str, set[int]] = {kind: set() for kind in CHANGE_KINDS}
        for person in members:
            for commitment in commitments:
                key = (person.id, commitment.id)
                change = classify_change(
                    level_of(key, where.pledged, before), level_of(key, where.pledged, after)
                )
                if change is not None:
                    counts[change] += 1
                    who[change].add(person.id)
        groups.append(
            GroupChanges(
                group,
                tuple(c.id for c in commitments),
                counts,
                {kind: frozenset(ids) for kind, ids in who.items()},
            )
        )
    return Changes(since, options.as_of, tuple(groups), where.filtered)
