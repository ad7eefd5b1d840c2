"""Records changed behind the app's back (sqlite3, audit log untouched) fail `check`, named.

Each case alters a copy of the demonstration database directly: a changed value in any
column of any audited table (hypothesis picks table, column and row), a deleted supporter
with everything that referred to it, an inserted evidence row, a removed link row, and a
byte flipped inside a value in the file itself. `check` must exit 1 and name the record.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.cli import main
from pledge_tracker.services import commitments
from tests.conftest import copy_anchored
from tests.reliability import tally
from tests.reliability.files import raw_sql

# Audited tables and the columns a tamperer could change (never the integer id).
COLUMNS = {
    "frameworks": ("uid", "code", "name", "name_fr", "adopted", "source_url"),
    "commitments": (
        "framework_id",
        "code",
        "group",
        "number",
        "short_title",
        "wording",
        "wording_verified",
        "verified_at",
        "version",
    ),
    "stakeholders": (
        "name",
        "name_key",
        "kind",
        "country_code",
        "joined",
        "joined_verified",
        "founding",
        "active",
        "notes",
        "version",
    ),
    "evidence": (
        "uid",
        "title",
        "summary",
        "kind",
        "source_url",
        "effective",
        "reliability",
        "restricted",
        "withdrawn",
        "created_at",
        "version",
    ),
    "assessments": (
        "stakeholder_id",
        "commitment_id",
        "level",
        "effective",
        "recorded_at",
        "assessor",
        "rationale",
        "confidence",
        "demo",
        "retracted",
    ),
}
ENTITY = {
    "frameworks": "framework",
    "commitments": "commitment",
    "stakeholders": "stakeholder",
    "evidence": "evidence",
    "assessments": "assessment",
}


def altered(value: object) -> object:
    """A different value of the same kind (unique columns stay unique)."""
    if isinstance(value, int):
        return 1 - value if value in (0, 1) else value + 1
    if value is None:
        return "x"
    text = str(value)
    for parse, step in (
        (dt.datetime.fromisoformat, dt.timedelta(seconds=1)),
        (dt.date.fromisoformat, dt.timedelta(days=1)),
    ):
        try:
            moved = parse(text) + step
        except ValueError:
            continue
        return str(moved) if " " in text or len(text) > 10 else moved.isoformat()
    return text + "!"


def check_fails(db: Path, capsys: pytest.CaptureFixture[str], *expected: str) -> str:
    capsys.readouterr()
    assert main(["check", "--db", str(db)]) == 1
    message = capsys.readouterr().err
    assert "Traceback" not in message and message.count("\n") == 1
    for part in expected:
        assert part in message, message
    return message


def one(db: Path, sql: str, *args: object) -> tuple:
    with sqlite3.connect(db) as raw:
        row = raw.execute(sql, args).fetchone()
    raw.close()
    return row


@pytest.fixture
def copy(demo_db_path: Path, tmp_path: Path) -> Path:
    target = tmp_path / "tampered.db"
    copy_anchored(demo_db_path, target)
    return target


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_changed_value_is_named(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], data: st.DataObject
) -> None:
    table = data.draw(st.sampled_from(sorted(COLUMNS)), label="table")
    column = data.draw(st.sampled_from(COLUMNS[table]), label="column")
    db = tmp_path / f"tamper-{uuid.uuid4().hex}.db"
    copy_anchored(demo_db_path, db)
    (count,) = one(db, f"SELECT count(*) FROM {table}")
    rowid = one(
        db,
        f"SELECT id FROM {table} ORDER BY id LIMIT 1 OFFSET ?",
        data.draw(st.integers(0, count - 1), label="row"),
    )[0]
    uid, value = one(db, f'SELECT uid, "{column}" FROM {table} WHERE id = ?', rowid)
    new = altered(value)
    if column.endswith("_id"):
        (new,) = one(db, f"SELECT min(id) FROM {column[:-3]}s WHERE id != ?", value)
        assume(new is not None)  # the only framework: no other record to point at
    with sqlite3.connect(db) as raw:  # behind the app's back; the value as a parameter
        raw.execute(f'UPDATE {table} SET "{column}" = ? WHERE id = ?', (new, rowid))
    raw.close()
    # A changed uid leaves a record with no entry (the new uid) and one gone (the old).
    named = str(new) if column == "uid" else uid
    check_fails(db, capsys, f"{ENTITY[table]} {named}")
    tally.refused(f"tamper:{table}.{column}")
    db.unlink()


def test_a_changed_level_is_named_with_supporter_and_commitment(
    copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    uid, level = one(
        copy,
        "SELECT a.uid, a.level FROM assessments a JOIN stakeholders s ON s.id = a.stakeholder_id "
        "JOIN commitments c ON c.id = a.commitment_id WHERE s.name = 'New Zealand' "
        "ORDER BY a.id LIMIT 1",
    )
    (code,) = one(
        copy,
        "SELECT c.code FROM assessments a JOIN commitments c "
        "ON c.id = a.commitment_id WHERE a.uid = ?",
        uid,
    )
    new = "full" if level != "full" else "limited"
    raw_sql(copy, f"UPDATE assessments SET level = '{new}' WHERE uid = '{uid}'")
    message = check_fails(
        copy,
        capsys,
        f"assessment {uid} (New Zealand / {code})",
        "stored data differs from what the audit log recorded on",
    )
    assert "by test seed" in message
    tally.refused("tamper:assessment level")


def test_a_deleted_supporter_is_named(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (uid,) = one(copy, "SELECT uid FROM stakeholders WHERE name = 'France'")
    who = "(SELECT id FROM stakeholders WHERE name = 'France')"
    raw_sql(
        copy,
        "PRAGMA foreign_keys = OFF",
        f"DELETE FROM assessment_evidence WHERE assessment_id IN "
        f"(SELECT id FROM assessments WHERE stakeholder_id = {who})",
        f"DELETE FROM assessments WHERE stakeholder_id = {who}",
        f"DELETE FROM evidence_stakeholders WHERE stakeholder_id = {who}",
        f"DELETE FROM pledges WHERE stakeholder_id = {who}",
        f"DELETE FROM actions WHERE stakeholder_id = {who}",
        f"UPDATE sightings SET stakeholder_id = NULL WHERE stakeholder_id = {who}",
        f"DELETE FROM instrument_stakeholders WHERE stakeholder_id = {who}",
        f"DELETE FROM memberships WHERE member_id = {who}",
        "DELETE FROM stakeholders WHERE name = 'France'",
    )
    check_fails(copy, capsys, f"stakeholder {uid} (France): it is gone")
    tally.refused("tamper:supporter deleted")


def test_an_inserted_evidence_row_is_named(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    uid = str(uuid.uuid4())
    raw_sql(
        copy,
        "INSERT INTO evidence (uid, title, summary, kind, reliability, restricted, demo, "
        "withdrawn, created_at, version) VALUES "
        f"('{uid}', 'Planted', '', 'other', 'reputable', 0, 0, 0, '2026-01-01 00:00:00', 1)",
    )
    check_fails(copy, capsys, f"evidence {uid} (Planted): it has no entry in the audit log")
    tally.refused("tamper:evidence inserted")


def test_a_removed_citation_is_named(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    owner, evidence_id = one(copy, "SELECT assessment_id, evidence_id FROM assessment_evidence")
    (uid,) = one(copy, "SELECT uid FROM assessments WHERE id = ?", owner)
    raw_sql(
        copy,
        f"DELETE FROM assessment_evidence WHERE assessment_id = {owner} "
        f"AND evidence_id = {evidence_id}",
    )
    check_fails(copy, capsys, f"assessment {uid}", "stored data differs")
    tally.refused("tamper:citation removed")


def test_a_flipped_byte_inside_a_value_is_named(
    copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    marker = "Flip-target wording kept in one data page"
    database = open_app_database(copy)
    try:
        with database.write() as tx:  # written through the app, so audited
            row = commitments.find(tx.session, "GOV-3")
            commitments.correct_wording(tx, row.id, wording=marker, verified=False)
            uid = row.uid
    finally:
        database.dispose()
    raw_sql(copy, "PRAGMA journal_mode = DELETE")  # every page back in the main file
    capsys.readouterr()
    assert main(["check", "--db", str(copy)]) == 0
    body = bytearray(copy.read_bytes())
    # The record's own copy, not the audit entry's JSON one (which follows a quote).
    found = [i for i in range(len(body)) if body.startswith(marker.encode(), i)]
    at = next(i for i in found if body[i - 1] != ord('"'))
    body[at + 5] ^= 0x20  # "t" becomes "T": the page stays well-formed, the value changes
    copy.write_bytes(bytes(body))
    with sqlite3.connect(copy) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    raw.close()
    check_fails(copy, capsys, f"commitment {uid} (GOV-3)", "stored data differs")
    tally.refused("tamper:byte flipped in a value")


def test_text_that_is_not_utf8_is_named_not_a_crash(
    copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (uid,) = one(copy, "SELECT uid FROM evidence ORDER BY id LIMIT 1")
    raw_sql(copy, f"UPDATE evidence SET title = CAST(X'41FF42' AS TEXT) WHERE uid = '{uid}'")
    check_fails(copy, capsys, f"evidence {uid}", "stored data differs")
    tally.refused("tamper:undecodable text")


def test_the_quick_check_samples_records_too(
    copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["check", "--db", str(copy), "--quick"]) == 0
    assert "sampled records match the audit log" in capsys.readouterr().out
    raw_sql(copy, "UPDATE evidence SET title = title || ' (edited)'")  # every one: any sample
    assert main(["check", "--db", str(copy), "--quick"]) == 1
    message = capsys.readouterr().err
    assert "evidence " in message and "records differ in the sample" in message
    tally.refused("tamper:seen by the quick check")
