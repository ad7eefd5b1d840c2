"""Backups of a team server: a pg_dump with a manifest, restored only when both still agree.

The tests that need a server are marked POSTGRES_ONLY; finding the programs, keeping the
password off the command line and refusing an altered dump run always.
"""

from __future__ import annotations

import json
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.cli import main
from pledge_tracker.db import pg_tools
from pledge_tracker.domain.dto import EvidenceInput
from pledge_tracker.domain.errors import DatabaseError
from pledge_tracker.services import evidence, server_backup
from pledge_tracker.services.server_backup import backup_server, manifest_path, newest_manifest
from pledge_tracker.services.server_restore import restore_server
from tests.db.conftest import pg_url  # noqa: F401  (the fixture, for the server tests)
from tests.db.postgres_server import POSTGRES_ONLY, server_database

UNREACHABLE = "postgresql+psycopg://nobody:secret@127.0.0.1:9/none"


def needs_server(test: Callable[..., None]) -> Callable[..., None]:
    """Marked as a PostgreSQL test: skipped, saying why, without a server."""
    for mark in POSTGRES_ONLY:
        test = mark(test)
    return test


@pytest.fixture
def empty_server_db() -> Iterator[str]:
    """A second new, empty database on the test server (the restore's target)."""
    with server_database("pledge_restore") as url:
        yield url


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def stats_json(capsys: pytest.CaptureFixture[str], db: str) -> str:
    code, out, err = cli(capsys, "stats", "--db", db, "--json", "--as-of", "2026-06-30")
    assert code == 0, err
    return out


def tables_of(url: str) -> list[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return sorted(inspect(connection).get_table_names())
    finally:
        engine.dispose()


def server_with_demo(capsys: pytest.CaptureFixture[str], demo_db_path: Path, url: str) -> str:
    code, _, err = cli(capsys, "migrate", "--from", str(demo_db_path), "--to", url)
    assert code == 0, err
    return url


# --- always ----------------------------------------------------------------------------------


def executable(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\nexit 0\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def test_a_missing_pg_dump_is_named_with_where_it_was_looked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pg_tools, "INSTALL_ROOT", tmp_path / "none")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))

    with pytest.raises(DatabaseError) as refused:
        pg_tools.find_tool("pg_dump", 15)

    assert "pg_dump was not found" in str(refused.value)
    assert "PATH" in str(refused.value) and "postgresql-client" in str(refused.value)


def test_the_pg_dump_of_the_servers_own_version_is_preferred(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pg_dump older than the server refuses to dump it: the matching one is taken."""
    root = tmp_path / "postgresql"
    executable(root / "14" / "bin" / "pg_dump")
    own = executable(root / "16" / "bin" / "pg_dump")
    newest = executable(root / "17" / "bin" / "pg_dump")
    monkeypatch.setattr(pg_tools, "INSTALL_ROOT", root)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))

    assert pg_tools.find_tool("pg_dump", 16) == own
    assert pg_tools.find_tool("pg_dump", None) == newest


def test_the_password_goes_to_the_environment_not_the_command_line() -> None:
    conninfo, env = pg_tools.libpq_target("postgresql+psycopg://ana:s3cr%40t@db.example:5433/calls")

    assert "s3cr" not in conninfo
    assert conninfo == "postgresql://ana@db.example:5433/calls"
    assert env["PGPASSWORD"] == "s3cr@t"


def test_an_altered_dump_is_refused_before_the_server_is_touched(tmp_path: Path) -> None:
    """Its SHA-256 differs from the manifest's: refused without connecting anywhere."""
    dump = tmp_path / "calls.dump"
    dump.write_bytes(b"PGDMP altered")
    manifest = {
        "database": "postgresql+psycopg://pledge:***@host/calls",
        "taken_at": "2026-11-30T10:00:00Z",
        "audit": {"count": 3, "hash": "a" * 64},
        "sha256": "0" * 64,
        "counts": {"audit_entries": 3},
    }
    manifest_path(dump).write_text(json.dumps(manifest))

    with pytest.raises(DatabaseError) as refused:
        restore_server(UNREACHABLE, dump)

    assert "altered after it was made" in str(refused.value)
    assert "nothing was changed" in str(refused.value)


def test_a_dump_without_its_manifest_is_refused(tmp_path: Path) -> None:
    dump = tmp_path / "calls.dump"
    dump.write_bytes(b"PGDMP")

    with pytest.raises(DatabaseError) as refused:
        restore_server(UNREACHABLE, dump)

    assert "no readable manifest" in str(refused.value)


def test_no_server_backup_yet_means_no_newest_manifest() -> None:
    assert newest_manifest(UNREACHABLE) is None


def test_a_file_backup_still_needs_out(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as usage:
        main(["backup", "--db", str(db_path)])

    err = capsys.readouterr().err
    assert usage.value.code == 2 and "usage:" in err and "needs --out FILE" in err


# --- with a server -----------------------------------------------------------------------------


@needs_server
def test_a_server_backup_restores_into_an_empty_database_with_the_same_figures(
    demo_db_path: Path,
    pg_url: str,  # noqa: F811
    empty_server_db: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server_with_demo(capsys, demo_db_path, pg_url)
    before = stats_json(capsys, pg_url)

    code, out, err = cli(capsys, "backup", "--db", pg_url)
    assert code == 0, err
    kept = newest_manifest(pg_url)
    assert kept is not None and str(kept.dump) in out
    code, out, err = cli(capsys, "restore", "--db", empty_server_db, "--from", str(kept.dump))

    assert code == 0, err
    assert "verified against the manifest" in out
    assert stats_json(capsys, empty_server_db) == before
    assert cli(capsys, "check", "--db", empty_server_db)[0] == 0
    assert json.loads(before)["counts"]["audit_entries"] == kept.audit_count
    assert kept.counts["pledges"] == json.loads(before)["counts"]["pledges"]
    listed = cli(capsys, "backups", "--db", pg_url)[1]
    assert str(kept.dump) in listed and f"{kept.audit_count} audit entries" in listed


@needs_server
def test_the_manifest_describes_the_dumps_snapshot_even_while_a_colleague_saves(
    demo_db_path: Path,
    pg_url: str,  # noqa: F811
    empty_server_db: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A record saved between the manifest's reading and pg_dump's start is in neither."""
    server_with_demo_quiet(demo_db_path, pg_url)
    original = server_backup.run_tool

    def colleague_saves_first(*args, **kwargs):  # type: ignore[no-untyped-def]
        colleague = open_app_database(pg_url, actor="Colleague")
        try:
            with colleague.write() as tx:
                evidence.add(tx, EvidenceInput(title="Saved meanwhile", effective="2026-01-01"))
        finally:
            colleague.dispose()
        return original(*args, **kwargs)

    monkeypatch.setattr(server_backup, "run_tool", colleague_saves_first)
    manifest = backup_server(pg_url, None)

    restored = restore_server(empty_server_db, manifest.dump)
    assert restored.audit_entries == manifest.audit_count


@needs_server
def test_a_tampered_dump_is_refused_and_the_target_stays_empty(
    demo_db_path: Path,
    pg_url: str,  # noqa: F811
    empty_server_db: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server_with_demo(capsys, demo_db_path, pg_url)
    manifest = backup_server(pg_url, None)
    content = bytearray(manifest.dump.read_bytes())
    content[len(content) // 2] ^= 0xFF
    manifest.dump.write_bytes(bytes(content))

    code, _, err = cli(capsys, "restore", "--db", empty_server_db, "--from", str(manifest.dump))

    assert code == 1 and "altered after it was made" in err
    assert tables_of(empty_server_db) == []


@needs_server
@pytest.mark.parametrize(
    "tamper",
    [
        pytest.param(lambda data: data["audit"].update(hash="f" * 64), id="chain-head"),
        pytest.param(lambda data: data["counts"].update(evidence=99), id="counts"),
    ],
)
def test_a_tampered_manifest_is_refused_and_the_restored_copy_removed(
    tamper: Callable[[dict], None],
    demo_db_path: Path,
    pg_url: str,  # noqa: F811
    empty_server_db: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server_with_demo(capsys, demo_db_path, pg_url)
    manifest = backup_server(pg_url, None)
    data = json.loads(manifest.path.read_text())
    tamper(data)
    manifest.path.write_text(json.dumps(data))

    code, _, err = cli(capsys, "restore", "--db", empty_server_db, "--from", str(manifest.dump))

    assert code == 1 and "does not match its manifest" in err and "left empty" in err
    assert tables_of(empty_server_db) == []


@needs_server
def test_a_server_database_holding_records_is_not_restored_over(
    demo_db_path: Path,
    pg_url: str,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    server_with_demo(capsys, demo_db_path, pg_url)
    manifest = backup_server(pg_url, None)
    colleague = open_app_database(pg_url, actor="Colleague")
    try:
        with colleague.write() as tx:
            evidence.add(tx, EvidenceInput(title="Newer work", effective="2026-02-01"))
    finally:
        colleague.dispose()
    before = stats_json(capsys, pg_url)

    code, _, err = cli(capsys, "restore", "--db", pg_url, "--from", str(manifest.dump))

    assert code == 1 and "is not empty" in err and "Nothing was changed" in err
    assert stats_json(capsys, pg_url) == before


def server_with_demo_quiet(demo_db_path: Path, url: str) -> None:
    assert main(["migrate", "--from", str(demo_db_path), "--to", url]) == 0
