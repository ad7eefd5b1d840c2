"""A second officer's review of a judgement, and a supporter's reply to it: audited, checked."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

import pytest
from sqlalchemy import select

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import AssessmentDTO, AssessmentInput, ReplyInput
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.services import assessments, replies, stakeholders
from pledge_tracker.services.check import run_check
from pledge_tracker.services.commitments import find as find_commitment
from tests.reliability.files import raw_sql

Unchanged = Callable[[], AbstractContextManager[None]]


def _judge(database: Database, actor: str = "Test Officer") -> AssessmentDTO:
    with database.write(actor=actor) as tx:
        nz = stakeholders.find(tx.session, "New Zealand")
        return assessments.record(
            tx,
            AssessmentInput(
                stakeholder_id=nz.id,
                commitment_id=find_commitment(tx.session, "GOV-1").id,
                level="limited",
                rationale="First steps only.",
            ),
        )


def _entries(path: Path, entity: str, action: str) -> list[dict]:
    with sqlite3.connect(path) as raw:
        rows = raw.execute(
            "SELECT actor, after FROM audit_entries WHERE entity = ? AND action = ? ORDER BY id",
            (entity, action),
        ).fetchall()
    return [{"actor": actor, **json.loads(after)} for actor, after in rows]


@pytest.mark.parametrize("reviewer", ["Test Officer", "  test   OFFICER ", "Tést Officer"])
@pytest.mark.sqlite_only(reason="on a server the reviewer is the database user, not the actor")
def test_the_assessor_cannot_review_their_own_judgement(
    database: Database, unchanged: Unchanged, reviewer: str
) -> None:
    judged = _judge(database)
    with unchanged(), pytest.raises(ValidationError, match="second officer"):
        with database.write(actor=reviewer) as tx:
            assessments.mark_reviewed(tx, judged.id)


def test_a_second_officer_reviews_and_the_review_is_audited_and_checked(
    database: Database, db_path: Path
) -> None:
    judged = _judge(database)
    with database.write(actor="Second Officer") as tx:
        reviewed = assessments.mark_reviewed(tx, judged.id)
    assert reviewed.reviewed_by == "Second Officer" and reviewed.reviewed_at is not None
    [entry] = _entries(db_path, "assessment", "review")
    assert entry["actor"] == "Second Officer" and entry["reviewed_by"] == "Second Officer"
    assert run_check(database).ok

    with database.write(actor="Second Officer") as tx:
        assert assessments.clear_review(tx, judged.id).reviewed_by is None
    [taken_back] = _entries(db_path, "assessment", "unreview")
    assert taken_back["reviewed_by"] is None
    assert run_check(database).ok


def test_a_review_forged_behind_the_apps_back_fails_the_check(
    database: Database, db_path: Path
) -> None:
    judged = _judge(database)
    database.dispose()
    raw_sql(db_path, f"UPDATE assessments SET reviewed_by = 'Nobody' WHERE id = {judged.id}")
    reopened = open_app_database(db_path)
    assert not run_check(reopened).ok  # the review columns are part of the audited state
    reopened.dispose()


def test_a_reply_is_its_own_audited_record_and_undo_withdraws_it(
    database: Database, db_path: Path
) -> None:
    judged = _judge(database)
    with database.write(actor="Test Officer") as tx:
        reply = replies.record(
            tx,
            ReplyInput(judged.id, "We disagree: see our report.", "2025-03-02", "https://x.org/r"),
        )
    [entry] = _entries(db_path, "reply", "record")
    assert entry["assessment"] == judged.uid and entry["text"] == "We disagree: see our report."
    assert run_check(database).ok
    with database.read() as session:
        assert [r.text for r in replies.replies_of(session, judged.id)] == [reply.text]

    with database.write() as tx:
        replies.set_withdrawn(tx, reply.id, True)
    with database.read() as session:
        assert replies.replies_of(session, judged.id) == []
        kept = session.scalars(select(m.Reply)).all()
    assert len(kept) == 1  # kept for the audit, hidden everywhere
    assert _entries(db_path, "reply", "withdraw")
    assert run_check(database).ok

    database.dispose()
    raw_sql(db_path, "UPDATE assessment_replies SET text = 'Rewritten quietly'")
    reopened = open_app_database(db_path)
    assert not run_check(reopened).ok  # replies are registered audited records
    reopened.dispose()


@pytest.mark.parametrize(
    ("reply", "field"),
    [
        (ReplyInput(0, "", "2025-03-02"), "text"),
        (ReplyInput(0, "Fine.", "2019-01-01"), "dated"),
        (ReplyInput(0, "Fine.", None), "dated"),
        (ReplyInput(0, "Fine.", "2025-03-02", "javascript:alert(1)"), "source_url"),
        (ReplyInput(0, "x" * 20_001, "2025-03-02"), "text"),
    ],
)
def test_bad_replies_are_refused_naming_the_field(
    database: Database, unchanged: Unchanged, reply: ReplyInput, field: str
) -> None:
    judged = _judge(database)
    bad = ReplyInput(judged.id, reply.text, reply.dated, reply.source_url)
    with unchanged(), pytest.raises(ValidationError) as refused:
        with database.write() as tx:
            replies.record(tx, bad, today=dt.date(2026, 1, 1))
    assert refused.value.field == field
