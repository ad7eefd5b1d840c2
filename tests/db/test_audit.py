"""The audit chain: every change appended and linked by SHA-256; tampering is found and named."""

from __future__ import annotations

import hashlib
import itertools
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from pledge_tracker.db import audit
from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.services.check import run_check
from tests.db.team_users import signed

MIDDLE = 40


def _verify(database: Database) -> audit.ChainProblem | None:
    with database.read() as session:
        return audit.verify(session)


def _head(database: Database) -> audit.ChainHead:
    with database.read() as session:
        return audit.head(session)


def _chain(session) -> list[tuple[int, str, str]]:
    rows = session.execute(
        select(m.AuditEntry.id, m.AuditEntry.prev_hash, m.AuditEntry.hash).order_by(m.AuditEntry.id)
    ).all()
    return [tuple(row) for row in rows]


def test_the_seeded_chain_is_linear_and_verifies(database: Database) -> None:
    with database.read() as session:
        rows = _chain(session)
        head = audit.head(session)
    assert [row[0] for row in rows] == list(range(1, len(rows) + 1))
    assert rows[0][1] == audit.GENESIS
    for earlier, later in itertools.pairwise(rows):
        assert later[1] == earlier[2]
    assert (head.count, head.last_id, head.hash) == (len(rows), rows[-1][0], rows[-1][2])
    assert _verify(database) is None


def test_each_write_appends_its_entries_after_the_head(database: Database) -> None:
    before = _head(database)
    with database.write(actor="Aroha Ngata") as tx:
        tx.audit("note", "test", "rec-1", None, {"text": "Māori, français, 基督城"})
        tx.audit("note", "test", "rec-2", {"a": 1}, {"a": 2})
    after = _head(database)
    assert after.count == before.count + 2
    with database.read() as session:
        first, second = (
            (
                row.prev_hash,
                row.hash,
                row.actor,
                row.action,
                row.entity,
                row.record_uid,
                row.before,
                row.after,
                row.at,
            )
            for row in session.scalars(
                select(m.AuditEntry)
                .where(m.AuditEntry.id > before.last_id)
                .order_by(m.AuditEntry.id)
            )
        )
    assert first[0] == before.hash and second[0] == first[1]
    assert first[2:6] == (signed(database, "Aroha Ngata"), "note", "test", "rec-1")
    assert first[6] is None and "基督城" in first[7]
    assert second[6] == '{"a":1}'
    assert first[8].endswith("Z")  # UTC
    assert _verify(database) is None


def test_a_failed_write_leaves_no_audit_entry(database: Database) -> None:
    before = _head(database)
    with pytest.raises(ValidationError):
        with database.write() as tx:
            tx.audit("note", "test", "rec-1", None, {"x": 1})
            raise ValidationError("name", "refused after the entry was appended")
    assert _head(database) == before


def test_canonical_form_is_stable() -> None:
    # Golden vector: the same entry must hash the same on every platform and Python.
    fields = {
        "id": 1,
        "at": "2019-05-15T09:00:00.000000Z",
        "actor": "Aroha Ngata",
        "action": "add",
        "entity": "stakeholder",
        "record": "7d1e",
        "before": None,
        "after": audit.canonical({"name": "Māori", "z": [1, 2.5], "a": "Ça 基督城"}),
    }
    assert audit.canonical({"b": 1, "a": "é"}) == '{"a":"é","b":1}'
    assert audit.canonical("e\u0301") == '"é"'  # NFC
    payload = (
        audit.GENESIS + "\n"
        '{"action":"add","actor":"Aroha Ngata","after":"{\\"a\\":\\"Ça 基督城\\",'
        '\\"name\\":\\"Māori\\",\\"z\\":[1,2.5]}","at":"2019-05-15T09:00:00.000000Z",'
        '"before":null,"entity":"stakeholder","id":1,"record":"7d1e"}'
    )
    expected = hashlib.sha256(payload.encode("utf-8")).hexdigest()
    assert audit.entry_hash(audit.GENESIS, fields) == expected
    assert expected == "7a82ac9077c656dab6f9c325c24970bddc02bd48968c027c8b47af2c471bb937"


def _tamper(path: Path, *statements: str) -> None:
    with sqlite3.connect(path) as connection:
        for statement in statements:
            connection.execute(statement)
    connection.close()


COLUMNS = "at, actor, action, entity, record_uid, before, after, prev_hash, hash"

TAMPERING = {
    "edit a field": [f"UPDATE audit_entries SET actor = 'Mallory' WHERE id = {MIDDLE}"],
    "edit the recorded change": [
        f"UPDATE audit_entries SET after = replace(after, 'a', 'b') WHERE id = {MIDDLE}"
    ],
    "change a timestamp": [
        f"UPDATE audit_entries SET at = '2019-01-01T00:00:00.000000Z' WHERE id = {MIDDLE}"
    ],
    "delete a middle row": [f"DELETE FROM audit_entries WHERE id = {MIDDLE}"],
    "swap two rows": [
        f"UPDATE audit_entries SET id = -1 WHERE id = {MIDDLE}",
        f"UPDATE audit_entries SET id = {MIDDLE} WHERE id = {MIDDLE + 1}",
        f"UPDATE audit_entries SET id = {MIDDLE + 1} WHERE id = -1",
    ],
    "swap two rows' contents": [
        f"CREATE TEMP TABLE one AS SELECT {COLUMNS} FROM audit_entries WHERE id = {MIDDLE}",
        f"CREATE TEMP TABLE two AS SELECT {COLUMNS} FROM audit_entries WHERE id = {MIDDLE + 1}",
        f"UPDATE audit_entries SET hash = 'free-' || id WHERE id IN ({MIDDLE}, {MIDDLE + 1})",
        f"UPDATE audit_entries SET ({COLUMNS}) = (SELECT {COLUMNS} FROM two) WHERE id = {MIDDLE}",
        f"UPDATE audit_entries SET ({COLUMNS}) = (SELECT {COLUMNS} FROM one) "
        f"WHERE id = {MIDDLE + 1}",
    ],
}


@pytest.mark.parametrize("how", list(TAMPERING))
def test_tampering_is_reported_at_the_first_bad_entry(
    database: Database, db_path: Path, how: str
) -> None:
    assert _head(database).count > MIDDLE + 5
    _tamper(db_path, *TAMPERING[how])
    problem = _verify(database)
    assert problem is not None
    assert problem.entry_id == MIDDLE
    assert f"audit entry {MIDDLE}" in problem.message
    report = run_check(database)
    assert not report.ok and f"audit entry {MIDDLE}" in report.problem


def test_replacing_one_hash_breaks_the_link_to_the_next(database: Database, db_path: Path) -> None:
    fake = hashlib.sha256(b"forged").hexdigest()
    _tamper(db_path, f"UPDATE audit_entries SET hash = '{fake}' WHERE id = {MIDDLE}")
    problem = _verify(database)
    assert problem is not None and problem.entry_id == MIDDLE


def test_deleting_the_newest_entries_needs_the_outside_anchor(
    database: Database, db_path: Path
) -> None:
    """A truncated tail leaves a valid shorter chain: the database alone cannot tell.

    That is why the head (count and hash) is an anchor kept outside the database (in exported
    reports and backups); comparing with it reveals the truncation.
    """
    anchor = _head(database)
    _tamper(db_path, f"DELETE FROM audit_entries WHERE id = {anchor.last_id}")
    assert _verify(database) is None  # not detectable in the database itself
    now = _head(database)
    assert (now.count, now.hash) != (anchor.count, anchor.hash)


@pytest.mark.sqlite_only(reason="a server refuses the rewrite itself (test_team_roles_postgres)")
def test_rewriting_the_whole_tail_also_needs_the_anchor(database: Database) -> None:
    """Someone who recomputes every later hash after an edit leaves a valid chain too."""
    anchor = _head(database)
    with database.write() as tx:
        rows = tx.session.scalars(
            select(m.AuditEntry).where(m.AuditEntry.id >= MIDDLE).order_by(m.AuditEntry.id)
        ).all()
        previous = rows[0].prev_hash
        for row in rows:
            if row.id == MIDDLE:
                row.actor = "Mallory"
            row.prev_hash = previous
            row.hash = "pending-" + str(row.id)  # hashes are unique: free them first
        tx.session.flush()
        for row in rows:
            row.hash = audit.entry_hash(row.prev_hash, audit.entry_fields(row))
            previous = row.hash
            tx.session.flush()
            following = next((r for r in rows if r.id == row.id + 1), None)
            if following is not None:
                following.prev_hash = row.hash
    assert _verify(database) is None
    assert _head(database).hash != anchor.hash


def test_two_writers_on_one_file_keep_the_chain_linear(db_path: Path) -> None:
    """Two windows (or programs) on one SQLite file: BEGIN IMMEDIATE serialises appends."""
    import threading

    from pledge_tracker.bootstrap import open_app_database

    writers = [open_app_database(db_path, actor=f"window {i}") for i in range(2)]
    start, errors = threading.Barrier(2), []
    before = _head(writers[0])

    def work(database: Database, number: int) -> None:
        try:
            start.wait()
            for index in range(25):
                with database.write() as tx:
                    tx.audit("note", "test", f"w{number}-{index}", None, {"i": index})
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(db, n)) for n, db in enumerate(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    try:
        assert errors == []
        assert _head(writers[0]).count == before.count + 50
        assert _verify(writers[1]) is None
    finally:
        for database in writers:
            database.dispose()
