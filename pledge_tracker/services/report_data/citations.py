"""The full report's details: rationales, numbered citations [n], commitment sections, appendix."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.domain.dto import CommitmentDTO, Matrix, StakeholderDTO
from pledge_tracker.domain.scoring import summarise
from pledge_tracker.services.report_data.evidence import chunks, evidence_lines, restricted_ids
from pledge_tracker.services.report_data.records import (
    CommitmentSection,
    EvidenceLine,
    ReportOptions,
    SectionRow,
    SupporterReport,
)


def _rationales(session: Session, assessment_ids: list[int]) -> dict[int, str]:
    """Each assessment's written rationale."""
    result: dict[int, str] = {}
    for chunk in chunks(sorted(assessment_ids)):
        query = select(m.Assessment.id, m.Assessment.rationale).where(m.Assessment.id.in_(chunk))
        result.update((i, text) for i, text in session.execute(query).all())
    return result


def _citations(session: Session, assessment_ids: list[int]) -> dict[int, list[int]]:
    """The live evidence each assessment rests on."""
    link = m.assessment_evidence.c
    cited: dict[int, list[int]] = defaultdict(list)
    for chunk in chunks(sorted(assessment_ids)):
        rows = session.execute(
            select(link.assessment_id, link.evidence_id)
            .join(m.Evidence, m.Evidence.id == link.evidence_id)
            .where(link.assessment_id.in_(chunk), m.Evidence.withdrawn.is_(False))
        ).all()
        for assessment_id, evidence_id in rows:
            cited[assessment_id].append(evidence_id)
    return cited


class Details:
    """Rationales and numbered citations [n] of the judgements a full report prints."""

    def __init__(
        self, session: Session, grid: Matrix, chosen: list[StakeholderDTO], options: ReportOptions
    ) -> None:
        order = [
            cell.assessment_id
            for commitment in grid.commitments
            for person in chosen
            if (cell := grid.cell(person.id, commitment.id)).assessment_id is not None
        ]
        self._rationale = _rationales(session, order)
        cited = _citations(session, order)
        self._evidence = evidence_lines(session, {e for ids in cited.values() for e in ids})
        restricted = restricted_ids(session, set(self._evidence))
        self.public, self._restricted = options.public, restricted
        self.restricted_cited = set() if options.public else restricted
        self.withheld: set[int] = set()
        self._numbers: dict[int, int] = {}  # evidence id -> citation number, in first-cited order
        self._cites: dict[int, tuple[int, ...]] = {}
        for assessment_id in order:
            items = sorted(
                (self._evidence[e] for e in cited.get(assessment_id, ())),
                key=lambda e: (e.dated or dt.date.min, e.id),
            )
            numbers = []
            for item in items:
                if options.public and item.id in restricted:
                    self.withheld.add(item.id)
                else:
                    numbers.append(self._numbers.setdefault(item.id, len(self._numbers) + 1))
            self._cites[assessment_id] = tuple(numbers)

    def cite(self, session: Session, evidence_ids: set[int]) -> dict[int, int]:
        """Citation numbers for more evidence (published figures' sources), after the rest.

        A public edition gives restricted items no number (they are withheld instead).
        """
        fresh = evidence_ids - set(self._evidence)
        self._evidence.update(evidence_lines(session, fresh))
        restricted = restricted_ids(session, fresh)
        if not self.public:
            self.restricted_cited |= restricted
        numbers = {}
        for evidence_id in sorted(evidence_ids, key=lambda e: (self._dated(e), e)):
            if self.public and evidence_id in restricted | self._restricted:
                continue
            numbers[evidence_id] = self._numbers.setdefault(evidence_id, len(self._numbers) + 1)
        return numbers

    def _dated(self, evidence_id: int) -> dt.date:
        return self._evidence[evidence_id].dated or dt.date.min

    def of(self, assessment_id: int | None) -> tuple[str, tuple[int, ...]]:
        if assessment_id is None:
            return "", ()
        return self._rationale.get(assessment_id, ""), self._cites.get(assessment_id, ())

    def appendix(self) -> tuple[EvidenceLine, ...]:
        return tuple(
            replace(self._evidence[evidence_id], number=number)
            for evidence_id, number in sorted(self._numbers.items(), key=lambda kv: kv[1])
        )

    def sections(
        self,
        commitments: tuple[CommitmentDTO, ...],
        supporters: tuple[SupporterReport, ...],
        lang: str,
    ) -> tuple[CommitmentSection, ...]:
        rows: dict[int, list[SectionRow]] = defaultdict(list)
        for report in supporters:
            for line in report.lines:
                rows[line.commitment.id].append(SectionRow(report.stakeholder, line))
        return tuple(_section(c, tuple(rows.get(c.id, ())), lang) for c in commitments)


def _section(
    commitment: CommitmentDTO, rows: tuple[SectionRow, ...], lang: str
) -> CommitmentSection:
    french = lang == "fr" and bool(commitment.wording_fr)
    title = commitment.short_title_fr if lang == "fr" and commitment.short_title_fr else None
    return CommitmentSection(
        commitment=commitment,
        title=title or commitment.short_title,
        wording=commitment.wording_fr if french and commitment.wording_fr else commitment.wording,
        wording_translated=lang != "fr" or french,
        summary=summarise(row.line.level for row in rows),
        rows=rows,
    )
