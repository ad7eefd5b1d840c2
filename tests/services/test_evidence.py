"""Evidence with its links and attachments; attachments are verified whenever read."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest

from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import EvidenceInput
from pledge_tracker.domain.errors import (
    ConflictError,
    IntegrityProblem,
    NotFoundError,
    ValidationError,
)
from pledge_tracker.services import attachments, commitments, evidence, queries, stakeholders
from pledge_tracker.services.check import run_check

REPORT = b"%PDF-1.4\n% a transparency report, Te Tari Taiwhenua\n"


@pytest.fixture
def ids(database: Database) -> tuple[int, int, int]:
    with database.read() as session:
        return (
            stakeholders.find(session, "New Zealand").id,
            stakeholders.find(session, "France").id,
            commitments.find(session, "GOV-1").id,
        )


def _item(ids, **changes) -> EvidenceInput:
    values = {
        "title": "Films, Videos, and Publications Classification Amendment Act",
        "summary": "Urgent interim classification of objectionable content.",
        "kind": "legislation",
        "source_url": "https://www.legislation.govt.nz/",
        "effective": "2021-11-04",
        "stakeholder_ids": (ids[0],),
        "commitment_ids": (ids[2],),
    }
    return EvidenceInput(**(values | changes))


def test_add_evidence_with_links_and_an_attachment(database: Database, ids, tmp_path: Path) -> None:
    file = tmp_path / "report.pdf"
    file.write_bytes(REPORT)
    with database.write() as tx:
        added = evidence.add(tx, _item(ids, stakeholder_ids=(ids[1], ids[0])), [file])
    assert added.stakeholder_ids == tuple(sorted((ids[0], ids[1])))
    assert added.commitment_ids == (ids[2],)
    assert added.dated == dt.date(2021, 11, 4)
    digest = hashlib.sha256(REPORT).hexdigest()
    assert [(a.sha256, a.filename, a.size) for a in added.attachments] == [
        (digest, "report.pdf", len(REPORT))
    ]
    with database.read() as session:
        assert [e.id for e in evidence.list_for(session, stakeholder_id=ids[1])] == [added.id]
        assert [e.id for e in evidence.list_for(session, commitment_id=ids[2])] == [added.id]
        assert evidence.list_for(session, stakeholder_id=ids[0], commitment_id=99) == []
        assert attachments.load(session, digest) == REPORT
        assert queries.evidence_counts(session)[ids[0]] == 1


def test_the_same_bytes_are_stored_once(database: Database, ids) -> None:
    with database.write() as tx:
        one = evidence.add(tx, _item(ids, title="one"))
        two = evidence.add(tx, _item(ids, title="two"))
        evidence.attach(tx, one.id, "a.pdf", REPORT)
        evidence.attach(tx, one.id, "again.pdf", REPORT)  # already attached: no second link
        evidence.attach(tx, two.id, "b.pdf", REPORT)
    with database.read() as session:
        assert queries.record_counts(session)["attachments"] == 1
        assert len(evidence.get_dto(session, one.id).attachments) == 1
        assert evidence.get_dto(session, two.id).attachments[0].filename == "b.pdf"
    with database.write() as tx:
        evidence.detach(tx, one.id, hashlib.sha256(REPORT).hexdigest())
    with database.read() as session:
        assert evidence.get_dto(session, one.id).attachments == ()
        assert attachments.load(session, hashlib.sha256(REPORT).hexdigest()) == REPORT


def test_an_attachment_whose_bytes_changed_is_refused_when_read(
    database: Database, db_path: Path, ids
) -> None:
    with database.write() as tx:
        evidence.attach(tx, evidence.add(tx, _item(ids)).id, "report.pdf", REPORT)
    digest = hashlib.sha256(REPORT).hexdigest()
    with sqlite3.connect(db_path) as connection:  # bit rot, or an edit behind the app's back
        connection.execute(
            "UPDATE attachments SET content = ? WHERE sha256 = ?", (REPORT[:-1] + b"!", digest)
        )
    connection.close()
    with database.read() as session:
        with pytest.raises(IntegrityProblem, match="no longer match"):
            attachments.load(session, digest)
        assert attachments.first_damaged(session) == digest
    report = run_check(database)
    assert not report.ok and digest in report.problem


def test_an_unknown_attachment_is_refused(database: Database) -> None:
    with database.read() as session, pytest.raises(ValidationError) as caught:
        attachments.load(session, "0" * 64)
    assert caught.value.field == "attachment"


def test_edit_withdraw_and_restore(database: Database, ids) -> None:
    with database.write() as tx:
        added = evidence.add(tx, _item(ids))
    with database.write() as tx:
        edited = evidence.edit(
            tx, added.id, _item(ids, title="Corrected title"), expected_version=added.version
        )
    assert edited.title == "Corrected title" and edited.version == added.version + 1
    with pytest.raises(ConflictError), database.write() as tx:
        evidence.edit(tx, added.id, _item(ids, title="stale"), expected_version=added.version)
    with database.write() as tx:
        evidence.set_withdrawn(tx, added.id, True)
    with database.read() as session:
        assert evidence.list_for(session, stakeholder_id=ids[0]) == []
        assert queries.record_counts(session)["evidence"] == 0
        assert evidence.get_dto(session, added.id).withdrawn  # kept for the audit
    with database.write() as tx:
        evidence.set_withdrawn(tx, added.id, False)
    with database.read() as session:
        assert [e.id for e in evidence.list_for(session, stakeholder_id=ids[0])] == [added.id]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"title": ""}, "title"),
        ({"kind": "gossip"}, "kind"),
        ({"source_url": "javascript:alert(1)"}, "source_url"),
        ({"effective": "2021-02-30"}, "effective"),
        ({"published": "31/12/2020"}, "published"),
        ({"effective": None}, "effective"),  # no date at all
        ({"reliability": "trust me"}, "reliability"),
        ({"stakeholder_ids": (99_999,)}, "stakeholders"),
        ({"commitment_ids": (99_999,)}, "commitments"),
    ],
)
def test_bad_evidence_is_refused_naming_the_field(
    database: Database, ids, unchanged, change: dict, field: str
) -> None:
    with unchanged(), pytest.raises(ValidationError) as caught:
        with database.write() as tx:
            evidence.add(tx, _item(ids, **change))
    assert caught.value.field == field


def test_an_unreadable_file_is_refused(database: Database, ids, unchanged, tmp_path) -> None:
    with unchanged(), pytest.raises(ValidationError) as caught:
        with database.write() as tx:
            evidence.add(tx, _item(ids), [tmp_path / "missing.pdf"])
    assert caught.value.field == "attachment"
    with unchanged(), pytest.raises(NotFoundError) as caught:
        with database.write() as tx:
            evidence.attach(tx, 99_999, "x.pdf", b"x")
    assert caught.value.field == "evidence"
