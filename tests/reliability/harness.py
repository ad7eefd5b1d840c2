"""The crash harness's two halves: one write unit (child) and what must hold after a kill (parent).

A unit is what a policy officer saves when recording a judgement with its evidence: an
evidence item, a file attached to it and an assessment citing it, with their three audit
entries, all in ONE unit of work through the app's real services. Unit n is recognisable by
its title "harness unit n".
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import AssessmentInput, EvidenceInput
from pledge_tracker.services import assessments, evidence
from pledge_tracker.services.check import run_check

TITLE = "harness unit {n}"
_TITLE = re.compile(r"^harness unit (\d+)$")
ACTOR = "Crash Harness"


@dataclass(frozen=True)
class Target:
    """Whom the harness's assessments are about: a government and a commitment it pledged."""

    stakeholder_id: int
    commitment_id: int


def find_target(database: Database) -> Target:
    with database.read() as session:
        pair = session.execute(
            select(m.Pledge.stakeholder_id, m.Pledge.commitment_id)
            .join(m.Stakeholder, m.Stakeholder.id == m.Pledge.stakeholder_id)
            .where(m.Stakeholder.kind == "government")
            .order_by(m.Pledge.id)
            .limit(1)
        ).one()
    return Target(pair.stakeholder_id, pair.commitment_id)


def write_unit(database: Database, target: Target, n: int) -> None:
    """Unit n: evidence + attachment + assessment citing it, and their audit entries, at once."""
    with database.write(actor=ACTOR) as tx:
        item = evidence.add(
            tx,
            EvidenceInput(
                title=TITLE.format(n=n),
                summary=f"Written by the crash harness, unit {n}.",
                kind="policy_change",
                source_url=f"https://example.org/harness/{n}",
                effective="2024-05-15",
                stakeholder_ids=(target.stakeholder_id,),
                commitment_ids=(target.commitment_id,),
            ),
        )
        evidence.attach(tx, item.id, f"unit-{n}.txt", f"harness unit {n}\n".encode() * (1 + n % 7))
        assessments.record(
            tx,
            AssessmentInput(
                stakeholder_id=target.stakeholder_id,
                commitment_id=target.commitment_id,
                level="limited",
                effective="2024-06-01",
                rationale=TITLE.format(n=n),
                evidence_ids=(item.id,),
            ),
        )


@dataclass
class Verdict:
    """What one check after a kill found."""

    units: set[int] = field(default_factory=set)  # whole units present
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(db_path: Path, acknowledged: set[int]) -> Verdict:
    """Everything that must hold after a kill; each broken promise is one line in `problems`."""
    verdict = Verdict()
    raw = sqlite3.connect(db_path)
    try:
        integrity = raw.execute("PRAGMA integrity_check").fetchall()
        broken_keys = raw.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        raw.close()
    if integrity != [("ok",)]:
        verdict.problems.append(f"integrity_check: {integrity[:3]}")
    if broken_keys:
        verdict.problems.append(f"foreign_key_check: {broken_keys[:3]}")
    if verdict.problems:
        return verdict
    database = open_app_database(db_path, actor="harness parent")
    try:
        report = run_check(database)
        if not report.ok:
            verdict.problems.append(f"check: {report.problem}")
        check_units(database, acknowledged, verdict)
    finally:
        database.dispose()
    return verdict


def check_units(database: Database, acknowledged: set[int], verdict: Verdict) -> None:
    with database.read() as session:
        items = {
            int(match.group(1)): row
            for row in session.scalars(select(m.Evidence).where(m.Evidence.title.like("harness%")))
            if (match := _TITLE.match(row.title))
        }
        judged = {
            int(match.group(1)): row
            for row in session.scalars(
                select(m.Assessment).where(m.Assessment.rationale.like("harness%"))
            )
            if (match := _TITLE.match(row.rationale))
        }
        audited = {
            (entity, uid, action)
            for entity, uid, action in session.execute(
                select(m.AuditEntry.entity, m.AuditEntry.record_uid, m.AuditEntry.action)
            )
        }
        for n in sorted(set(items) | set(judged)):
            half = _half_unit(n, items.get(n), judged.get(n), audited)
            if half:
                verdict.problems.append(f"unit {n} is half there: {half}")
            else:
                verdict.units.add(n)
    lost = sorted(acknowledged - set(items))
    if lost:
        verdict.problems.append(f"acknowledged units lost: {lost[:10]}")


def _half_unit(
    n: int, item: m.Evidence | None, judgement: m.Assessment | None, audited: set
) -> str | None:
    if item is None or judgement is None:
        return "evidence without its assessment" if judgement is None else "assessment alone"
    if [e.id for e in judgement.evidence] != [item.id]:
        return "the assessment does not cite its evidence"
    if len(item.attachments) != 1 or item.attachments[0].filename != f"unit-{n}.txt":
        return "the attachment is missing"
    for needed in (
        ("evidence", item.uid, "add"),
        ("evidence", item.uid, "attach"),
        ("assessment", judgement.uid, "record"),
    ):
        if needed not in audited:
            return f"audit entry {needed[2]} {needed[0]} is missing"
    return None
