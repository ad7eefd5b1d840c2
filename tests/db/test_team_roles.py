"""Team roles on a SQLite file: refused clearly; the file's user keeps full rights; and the
audit entries of restricted records carry the flag a server's row security filters on."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from pledge_tracker import cli
from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import EvidenceInput
from pledge_tracker.domain.errors import DatabaseError, ValidationError
from pledge_tracker.services import evidence
from pledge_tracker.services.check import run_check
from pledge_tracker.services.team_roles import (
    check_user_name,
    connected_role,
    grant,
    read_only_reason,
)

DAY = dt.date(2026, 10, 1)


def test_grant_on_a_sqlite_file_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "team.db"
    status = cli.main(["db", "grant", "--db", str(target), "--user", "ana", "--role", "viewer"])
    err = capsys.readouterr().err
    assert status == 1
    assert "roles need a PostgreSQL server" in err
    assert err.count("\n") == 1
    assert not target.exists()  # refused before any file was made


@pytest.mark.parametrize(
    "argv",
    [
        ["db", "grant", "--user", "ana"],  # no role
        ["db", "grant", "--user", "ana", "--role", "superuser"],  # not a team role
        ["db"],  # no db command
    ],
)
def test_grant_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(argv)
    assert exited.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.sqlite_only(reason="what a SQLite file does")
def test_the_service_refuses_a_sqlite_database(database: Database) -> None:
    with pytest.raises(DatabaseError, match="roles need a PostgreSQL server"):
        grant(database, "ana", "editor")


@pytest.mark.sqlite_only(reason="what a SQLite file does")
def test_a_sqlite_file_gives_its_user_full_rights(database: Database) -> None:
    assert connected_role(database) == "owner"
    assert read_only_reason(database) is None
    database.actor = "Name From Settings"
    assert database.actor == "Name From Settings"  # on a file the Settings name signs


@pytest.mark.parametrize("name", ["", "   ", "pg_monitor", "pledge_admin", "a\nb", "x" * 64])
def test_names_a_server_would_misread_are_refused(name: str) -> None:
    with pytest.raises(ValidationError, match="field 'user'"):
        check_user_name(name)


def test_entries_of_restricted_evidence_are_flagged_and_check_still_passes(
    database: Database,
) -> None:
    with database.write() as tx:
        public = evidence.add(tx, EvidenceInput(title="Open report", effective=DAY))
        secret = evidence.add(
            tx, EvidenceInput(title="Closed briefing", effective=DAY, restricted=True)
        )
    with database.write() as tx:  # made restricted later: its earlier entries hold it too
        changed = EvidenceInput(title="Open report", effective=DAY, restricted=True)
        evidence.edit(tx, public.id, changed)
    with database.read() as session:
        flags = {
            (uid, action): flag
            for uid, action, flag in session.execute(
                select(m.AuditEntry.record_uid, m.AuditEntry.action, m.AuditEntry.restricted)
            )
        }
        others = session.scalars(
            select(m.AuditEntry.restricted).where(m.AuditEntry.entity != "evidence")
        ).all()
    assert flags[(secret.uid, "add")] is True
    assert flags[(public.uid, "add")] is True and flags[(public.uid, "edit")] is True
    assert not any(others)
    report = run_check(database)
    assert report.ok, report.problem
