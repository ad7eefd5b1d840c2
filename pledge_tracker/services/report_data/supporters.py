"""Each supporter's figures: whom a report covers, their lines, what changed, who moved most."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy.orm import Session

from pledge_tracker.domain.dto import Matrix, StakeholderDTO
from pledge_tracker.domain.kinds import StakeholderKind
from pledge_tracker.domain.levels import Level
from pledge_tracker.domain.scoring import rankable, summarise
from pledge_tracker.domain.validate import choice, collation_key
from pledge_tracker.services import stakeholders
from pledge_tracker.services.report_data.basis import Basis
from pledge_tracker.services.report_data.citations import Details
from pledge_tracker.services.report_data.evidence import EvidenceCounts
from pledge_tracker.services.report_data.records import (
    Changes,
    CommitmentLine,
    EvidenceLine,
    ReportOptions,
    SupporterReport,
    is_regression,
)

MOVERS = 10


def choose(
    session: Session, grid: Matrix, options: ReportOptions
) -> tuple[list[StakeholderDTO], str, str | None]:
    """The supporters a report covers, in the matrix's (alphabetical) order."""
    people = [row.stakeholder for row in grid.rows]
    if options.stakeholders:
        wanted = {stakeholders.find(session, name).id for name in options.stakeholders}
        return [p for p in people if p.id in wanted], "named", None
    if options.kind:
        kind = choice(options.kind, StakeholderKind, "kind")
        return [p for p in people if p.active and p.kind is kind], "kind", kind.value
    return [p for p in people if p.active], "all", None


def supporter_report(
    now: Matrix,
    before: Matrix,
    person: StakeholderDTO,
    counts: EvidenceCounts,
    recent: dict[int, list[EvidenceLine]],
    details: Details | None,
    demo: set[int],
    basis: dict[int, Basis] | None = None,
    public: bool = False,
) -> SupporterReport:
    """One supporter's lines on every applicable commitment, with totals then and now."""
    lines = []
    for commitment in now.commitments:
        cell = now.cell(person.id, commitment.id)
        if not cell.applicable:
            continue
        rationale, citations = details.of(cell.assessment_id) if details else ("", ())
        judged = cell.assessment_id is not None and cell.level is not Level.NOT_ASSESSED
        found = (basis or {}).get(cell.assessment_id or 0) if judged else None
        lines.append(
            CommitmentLine(
                commitment=commitment,
                level=cell.level,
                level_since=before.cell(person.id, commitment.id).level,
                effective=cell.effective,
                evidence_count=counts.pairs.get((person.id, commitment.id), 0),
                needs_review=cell.needs_review,
                rationale=rationale,
                citations=citations,
                demo=cell.assessment_id in demo,
                effective_precision=cell.effective_precision,
                basis=found,
                withheld=found.restricted if found and public else 0,
            )
        )
    return SupporterReport(
        stakeholder=person,
        summary=summarise(line.level for line in lines),
        since=summarise(line.level_since for line in lines),
        lines=tuple(lines),
        evidence_count=counts.people.get(person.id, 0),
        recent_evidence=tuple(recent.get(person.id, ())),
        withheld=counts.withheld.get(person.id, 0),
    )


def count_changes(supporters: tuple[SupporterReport, ...]) -> Changes:
    """Upgrades, downgrades and first assessments between since and as_of, per group."""
    by_group: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for report in supporters:
        for line in report.lines:
            now, then = line.level.score, line.level_since.score
            counts = by_group[line.commitment.group.value]
            if now is None:
                continue
            if then is None:
                counts[2] += 1
            elif now > then:
                counts[0] += 1
            elif is_regression(line.level_since, line.level):
                counts[1] += 1
    up, down, new = (sum(c[i] for c in by_group.values()) for i in range(3))
    return Changes(up, down, new, by_group={g: (c[0], c[1], c[2]) for g, c in by_group.items()})


def top_movers(
    supporters: tuple[SupporterReport, ...], threshold: float
) -> tuple[tuple[SupporterReport, ...], tuple[SupporterReport, ...]]:
    """The largest rises and falls since the earlier date, and who moved but cannot be ranked.

    Only supporters assessed enough at both dates (coverage at least `threshold`) are
    ranked: a score on a few commitments says little, and its change even less.
    """
    moved = [s for s in supporters if s.score_change]
    moved.sort(key=lambda s: (-abs(s.score_change or 0), collation_key(s.stakeholder.name)))
    ranked = [s for s in moved if rankable(s.summary, threshold) and rankable(s.since, threshold)]
    apart = [s for s in moved if s not in ranked]
    apart.sort(key=lambda s: collation_key(s.stakeholder.name))
    rises = [s for s in ranked if (s.score_change or 0) > 0][:MOVERS]
    falls = [s for s in ranked if (s.score_change or 0) < 0][:MOVERS]
    # The largest rises and the largest falls: a big fall never hides behind many rises.
    return tuple(rises + falls), tuple(apart)
