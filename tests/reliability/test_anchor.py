"""The audit chain's head kept outside the database: a cut or recomputed tail is caught."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.cli import main
from pledge_tracker.db import anchor, audit
from pledge_tracker.db.backup import take_backup
from pledge_tracker.paths import backups_dir
from pledge_tracker.services import stakeholders
from pledge_tracker.services.check import run_check
from tests.reliability.files import add_supporters, raw_sql


def check(db: Path) -> str | None:
    database = open_app_database(db)
    try:
        return run_check(database).problem
    finally:
        database.dispose()


def rewrite_from(db: Path, first: int) -> None:
    """Edit entry `first` and recompute every later hash: the chain inside stays valid."""
    raw = sqlite3.connect(db)
    try:
        raw.execute("UPDATE audit_entries SET actor = 'Mallory' WHERE id = ?", (first,))
        before = raw.execute("SELECT hash FROM audit_entries WHERE id = ?", (first - 1,)).fetchone()
        prev = before[0] if before else audit.GENESIS
        columns = "id, at, actor, action, entity, record_uid, before, after, row_hash"
        for row in raw.execute(
            f"SELECT {columns} FROM audit_entries WHERE id >= ? ORDER BY id", (first,)
        ).fetchall():
            fields = dict(zip(["id", "at", "actor", "action", "entity", "record", "before",
                               "after", "row_hash"], row, strict=True))  # fmt: skip
            if fields["row_hash"] is None:
                del fields["row_hash"]
            digest = audit.entry_hash(prev, fields)
            raw.execute(
                "UPDATE audit_entries SET prev_hash = ?, hash = ? WHERE id = ?",
                (prev, digest, row[0]),
            )
            prev = digest
        raw.commit()
    finally:
        raw.close()


@pytest.fixture
def written(db_path: Path) -> Path:
    add_supporters(db_path, "Anchor One", "Anchor Two", "Anchor Three")
    return db_path


def head_of(db: Path) -> tuple[int, str]:
    raw = sqlite3.connect(db)
    try:
        return raw.execute("SELECT id, hash FROM audit_entries ORDER BY id DESC LIMIT 1").fetchone()
    finally:
        raw.close()


def test_the_anchor_follows_every_write(written: Path) -> None:
    database = open_app_database(written)
    try:
        kept = anchor.load(database.url)
    finally:
        database.dispose()
    assert kept is not None
    assert (kept.count, kept.hash) == head_of(written)
    assert anchor.anchor_path(f"sqlite:///{written}").parent.name == "anchors"
    assert check(written) is None


def test_a_cut_tail_is_reported(written: Path, capsys: pytest.CaptureFixture[str]) -> None:
    count, _ = head_of(written)
    raw_sql(written, f"DELETE FROM audit_entries WHERE id > {count - 2}")
    problem = check(written)
    assert problem is not None and "truncated" in problem and f"entry {count}" in problem
    assert main(["check", "--db", str(written)]) == 1
    assert "truncated" in capsys.readouterr().err


def test_a_recomputed_tail_is_reported(written: Path) -> None:
    count, _ = head_of(written)
    rewrite_from(written, count - 1)
    database = open_app_database(written)
    try:
        with database.read() as session:
            assert audit.verify(session) is None  # the chain alone sees nothing wrong
    finally:
        database.dispose()
    problem = check(written)
    assert problem is not None and "rewritten" in problem and f"entry {count}" in problem


def test_new_writes_after_tampering_do_not_hide_it(written: Path) -> None:
    count, _ = head_of(written)
    raw_sql(written, f"DELETE FROM audit_entries WHERE id > {count - 2}")
    add_supporters(written, "Cover One", "Cover Two", "Cover Three", "Cover Four")
    problem = check(written)  # entry `count` exists again, but it is not the one anchored
    assert problem is not None and "rewritten" in problem


def test_the_newest_backup_manifest_stands_in_when_the_anchor_file_is_gone(
    written: Path,
) -> None:
    take_backup(written)
    count, _ = head_of(written)
    anchor.forget(f"sqlite:///{written.resolve()}")
    raw_sql(written, f"DELETE FROM audit_entries WHERE id > {count - 1}")
    problem = check(written)
    assert problem is not None and "newest backup's manifest" in problem


def test_a_new_database_at_the_same_path_starts_a_new_history(written: Path) -> None:
    written.unlink()
    assert main(["init", "--db", str(written)]) == 0
    assert check(written) is None


def test_a_file_replaced_on_purpose_is_reported_then_accepted(
    written: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.db"
    other.write_bytes(written.read_bytes())
    rewrite_from(other, 1)  # another history from its first entry on, as another file has
    add_supporters(other, "Someone Else's Supporter")
    written.write_bytes(other.read_bytes())  # copied over by hand
    problem = check(written)
    assert problem is not None and "not the one last seen here" in problem
    assert "anchor --db DB --confirm" in problem
    capsys.readouterr()
    assert main(["anchor", "--db", str(written)]) == 1
    assert "MISMATCH" in capsys.readouterr().out
    assert main(["anchor", "--db", str(written), "--reset"]) == 0
    assert check(written) is None


def test_a_failing_anchor_never_fails_the_save(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(anchor, "save", broken)
    add_supporters(db_path, "Saved Anyway")  # no exception: the commit had landed
    database = open_app_database(db_path)
    try:
        with database.read() as session:
            assert stakeholders.find(session, "Saved Anyway") is not None
    finally:
        database.dispose()


def _url(db: Path) -> str:
    return f"sqlite:///{db.resolve()}"


def lose_anchor(db: Path) -> None:
    """The anchor file is deleted, and no backup could vouch for the chain."""
    anchor.forget(_url(db))
    shutil.rmtree(backups_dir(db), ignore_errors=True)


def test_a_deleted_anchor_is_not_rebuilt_by_the_next_save(
    written: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lose_anchor(written)
    add_supporters(written, "Saved After The Loss")  # the save itself succeeds
    assert not anchor.anchor_path(_url(written)).exists()
    problem = check(written)
    assert problem is not None and problem.startswith("the outside anchor is missing: ")
    assert "anchor --db DB --confirm" in problem
    capsys.readouterr()
    assert main(["check", "--db", str(written)]) == 1
    assert "the outside anchor is missing" in capsys.readouterr().err


def test_an_unreadable_anchor_is_reported_not_replaced(written: Path) -> None:
    lose_anchor(written)
    path = anchor.anchor_path(_url(written))
    path.write_text("{not json", encoding="utf-8")
    add_supporters(written, "Saved Beside A Broken Anchor")
    assert path.read_text(encoding="utf-8") == "{not json"
    problem = check(written)
    assert problem is not None and "is unreadable" in problem


def test_anchor_confirm_reanchors_with_an_audit_entry(
    written: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lose_anchor(written)
    count, _ = head_of(written)
    assert main(["anchor", "--db", str(written)]) == 1
    assert "MISSING" in capsys.readouterr().out
    assert main(["anchor", "--db", str(written), "--confirm"]) == 0
    assert "audited" in capsys.readouterr().out
    new_count, new_hash = head_of(written)
    assert new_count == count + 1
    raw = sqlite3.connect(written)
    try:
        action, entity, actor = raw.execute(
            "SELECT action, entity, actor FROM audit_entries WHERE id = ?", (new_count,)
        ).fetchone()
    finally:
        raw.close()
    assert (action, entity) == ("reanchor", "anchor") and actor
    kept = anchor.load(_url(written))
    assert kept is not None and (kept.count, kept.hash) == (new_count, new_hash)
    assert check(written) is None


def test_a_backup_taken_while_anchored_lets_the_anchor_come_back(written: Path) -> None:
    take_backup(written)
    anchor.forget(_url(written))
    open_app_database(written).dispose()  # opening compares the chain with the backup
    kept = anchor.load(_url(written))
    assert kept is not None and (kept.count, kept.hash) == head_of(written)
    add_supporters(written, "After The Backup")
    kept = anchor.load(_url(written))
    assert kept is not None and (kept.count, kept.hash) == head_of(written)
    assert check(written) is None


def test_a_backup_does_not_vouch_for_a_chain_rewritten_before_its_head(written: Path) -> None:
    take_backup(written)
    anchor.forget(_url(written))
    count, _ = head_of(written)
    rewrite_from(written, count - 1)  # the backup's head entry is no longer in the chain
    add_supporters(written, "Cover Story")
    assert anchor.load(_url(written)) is None
    problem = check(written)
    assert problem is not None and "rewritten" in problem and "newest backup" in problem


def test_a_backup_taken_without_the_anchor_does_not_vouch(written: Path) -> None:
    lose_anchor(written)
    backup = take_backup(written)  # the chain as it is now, with no anchor to compare
    assert not backup.anchored
    add_supporters(written, "Not Vouched For")
    assert anchor.load(_url(written)) is None
    assert check(written) is not None


def test_a_copy_is_vouched_for_by_the_anchor_of_the_file_it_came_from(
    written: Path, tmp_path: Path
) -> None:
    twin = tmp_path / "elsewhere" / "twin.db"
    twin.parent.mkdir()
    shutil.copy(written, twin)  # copied by hand: no anchor of its own
    assert check(twin) is None  # the original's anchor holds for the copy's log
    assert anchor.load(_url(twin)) is not None  # opening anchored it, from that evidence
    forged = tmp_path / "forged.db"
    shutil.copy(written, forged)
    rewrite_from(forged, 2)  # the same first entry, another history after it
    problem = check(forged)
    assert problem is not None and problem.startswith("the outside anchor is missing")
