"""Team roles on a PostgreSQL server: the server, not the app, refuses what a role may not do.

Each test gets its own database (pg_url) and login roles with unique names, dropped after it
(roles are cluster-wide). Restricted rows are written by the database's owner through the
services; what each role can then see or do is tried through plain psycopg connections.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import make_url, select, text

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import anchor, audit
from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import AssessmentInput, EvidenceInput
from pledge_tracker.domain.errors import DatabaseError, ReadOnlyDatabaseError
from pledge_tracker.services import assessments, evidence, sightings
from pledge_tracker.services.check import run_check
from pledge_tracker.services.server_backup import backup_server
from pledge_tracker.services.team_roles import connected_role, read_only_reason
from tests.db.postgres_server import POSTGRES_ONLY
from tests.db.team_users import NewUser, as_user, granted, plain, temporary_users

pytestmark = POSTGRES_ONLY

SECRET = b"the restricted file's bytes"
OPEN_BYTES = b"a public file's bytes"


@pytest.fixture
def users() -> Iterator[NewUser]:
    """Unique login names (with a password) for this test; dropped after it."""
    with temporary_users() as new:
        yield new


def with_restricted_rows(pg_url: str, folder: Path) -> dict[str, str]:
    """As the owner: restricted and open evidence (each with a file) and sightings."""
    (folder / "secret.txt").write_bytes(SECRET)
    (folder / "open.txt").write_bytes(OPEN_BYTES)
    day = dt.date(2026, 10, 1)
    database = open_app_database(pg_url, actor="Owner")
    try:
        with database.write() as tx:
            secret = evidence.add(
                tx,
                EvidenceInput(title="Secret briefing", effective=day, restricted=True),
                [folder / "secret.txt"],
            )
            public = evidence.add(
                tx, EvidenceInput(title="Public report", effective=day), [folder / "open.txt"]
            )
            when = dt.datetime(2026, 11, 1, 12, 0)
            hidden = sightings.add(
                tx, platform="X", url="https://x.example/1", found_at=when, restricted=True
            )
            shown = sightings.add(tx, platform="X", url="https://x.example/2", found_at=when)
        return {
            "secret": secret.uid,
            "public": public.uid,
            "hidden": hidden.uid,
            "shown": shown.uid,
        }
    finally:
        database.dispose()


def test_grant_creates_a_role_that_can_log_in(pg_url: str, users: NewUser) -> None:
    open_app_database(pg_url).dispose()
    name, password = users("viewer")
    granted(pg_url, name, password, "viewer")
    with plain(as_user(pg_url, name, password)) as connection:
        who = connection.execute("SELECT current_user").fetchone()
        member = connection.execute("SELECT pg_has_role('pledge_viewer', 'MEMBER')").fetchone()
    assert who == (name,)
    assert member == (True,)
    with pytest.raises(psycopg.OperationalError):
        plain(as_user(pg_url, name, "not the password")).close()


def test_a_viewer_can_neither_write_nor_read_restricted_rows(
    pg_url: str, users: NewUser, tmp_path: Path
) -> None:
    uids = with_restricted_rows(pg_url, tmp_path)
    viewer, viewer_password = users("viewer")
    admin, admin_password = users("admin")
    granted(pg_url, viewer, viewer_password, "viewer")
    granted(pg_url, admin, admin_password, "admin")
    queries = {
        "evidence": "SELECT uid FROM evidence WHERE restricted",
        "sightings": "SELECT uid FROM sightings WHERE restricted",
        "attachment bytes": "SELECT content FROM attachments",
        "attachment links": "SELECT filename FROM evidence_attachments",
        "audit entries": "SELECT record_uid FROM audit_entries "
        "WHERE record_uid IN (%(secret)s, %(hidden)s)",
    }
    seen: dict[str, dict[str, list[Any]]] = {}
    for who, password in ((viewer, viewer_password), (admin, admin_password)):
        with plain(as_user(pg_url, who, password)) as connection:
            seen[who] = {
                name: [row[0] for row in connection.execute(sql, uids).fetchall()]
                for name, sql in queries.items()
            }
    assert seen[viewer]["evidence"] == [] and seen[viewer]["sightings"] == []
    assert [bytes(b) for b in seen[viewer]["attachment bytes"]] == [OPEN_BYTES]
    assert seen[viewer]["attachment links"] == ["open.txt"]
    assert seen[viewer]["audit entries"] == []
    # The admin (cleared by default) sees all of it.
    assert seen[admin]["evidence"] == [uids["secret"]]
    assert seen[admin]["sightings"] == [uids["hidden"]]
    assert sorted(bytes(b) for b in seen[admin]["attachment bytes"]) == sorted([SECRET, OPEN_BYTES])
    assert sorted(seen[admin]["attachment links"]) == ["open.txt", "secret.txt"]
    assert set(seen[admin]["audit entries"]) == {uids["secret"], uids["hidden"]}
    with plain(as_user(pg_url, viewer, viewer_password)) as connection:
        for statement in (
            "UPDATE evidence SET title = 'changed'",
            "DELETE FROM sightings",
            "INSERT INTO role_clearances (role, restricted) VALUES (current_user, true)",
            "UPDATE audit_entries SET actor = 'someone else'",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(statement)


def test_an_editor_saves_after_the_true_chain_head_and_an_admin_check_passes(
    pg_url: str, users: NewUser, tmp_path: Path
) -> None:
    uids = with_restricted_rows(pg_url, tmp_path)  # the newest entries are restricted ones
    editor, editor_password = users("editor")
    admin, admin_password = users("admin")
    granted(pg_url, editor, editor_password, "editor")
    granted(pg_url, admin, admin_password, "admin")
    owner = open_app_database(pg_url)
    try:  # the newest entry is one the editor cannot see
        with owner.write() as tx:
            sightings.add(
                tx,
                platform="Y",
                url="https://y.example/",
                found_at=dt.datetime(2026, 11, 2),
                restricted=True,
            )
    finally:
        owner.dispose()
    database = open_app_database(as_user(pg_url, editor, editor_password))
    try:
        assert connected_role(database) == "editor"
        database.actor = "Name From Settings"  # what ui/context does: ignored on a server
        with database.read() as session:
            visible = session.scalars(select(m.Evidence.uid)).all()
            pair = session.execute(select(m.Pledge.stakeholder_id, m.Pledge.commitment_id)).first()
        assert uids["secret"] not in visible and uids["public"] in visible
        assert pair is not None
        with database.write() as tx:
            saved = assessments.record(
                tx,
                AssessmentInput(pair[0], pair[1], "limited", rationale="seen in the report"),
            )
    finally:
        database.dispose()
    checker = open_app_database(as_user(pg_url, admin, admin_password))
    try:
        report = run_check(checker)
        assert report.ok, report.problem
        with checker.read() as session:
            newest = session.execute(
                select(m.AuditEntry.record_uid, m.AuditEntry.actor)
                .order_by(m.AuditEntry.id.desc())
                .limit(1)
            ).one()
            restricted_entries = session.scalar(
                select(text("count(*)")).select_from(m.AuditEntry).where(m.AuditEntry.restricted)
            )
        assert newest.record_uid == saved.uid
        assert newest.actor == editor  # the database user, not the name in Settings
        assert restricted_entries >= 2  # the editor's entry chained after hidden ones
    finally:
        checker.dispose()
    # Committed entries stay as they are, whoever asks.
    with plain(as_user(pg_url, editor, editor_password)) as connection:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only"):
            connection.execute("UPDATE audit_entries SET hash = repeat('0', 64) WHERE id = 1")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("DELETE FROM audit_entries")


def test_only_a_reviewer_marks_an_assessment_reviewed(pg_url: str, users: NewUser) -> None:
    editor, editor_password = users("editor")
    reviewer, reviewer_password = users("reviewer")
    open_app_database(pg_url).dispose()
    granted(pg_url, editor, editor_password, "editor")
    granted(pg_url, reviewer, reviewer_password, "reviewer")
    database = open_app_database(as_user(pg_url, editor, editor_password))
    try:
        with database.read() as session:
            pair = session.execute(select(m.Pledge.stakeholder_id, m.Pledge.commitment_id)).first()
        assert pair is not None
        with database.write() as tx:
            saved = assessments.record(
                tx, AssessmentInput(pair[0], pair[1], "limited", rationale="why")
            )
    finally:
        database.dispose()
    with plain(as_user(pg_url, editor, editor_password)) as connection:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(
                "UPDATE assessments SET reviewed_by = 'someone', reviewed_at = now() "
                "WHERE uid = %s",
                (saved.uid,),
            )
    database = open_app_database(as_user(pg_url, reviewer, reviewer_password))
    try:
        with database.write() as tx:
            reviewed = assessments.mark_reviewed(tx, saved.id)
    finally:
        database.dispose()
    assert reviewed.reviewed_by == reviewer


def test_a_viewer_app_is_read_only_and_check_says_what_it_cannot_verify(
    pg_url: str, users: NewUser, tmp_path: Path
) -> None:
    with_restricted_rows(pg_url, tmp_path)
    viewer, password = users("viewer")
    granted(pg_url, viewer, password, "viewer")
    database = open_app_database(as_user(pg_url, viewer, password))
    try:
        assert connected_role(database) == "viewer"
        assert database.read_only
        assert read_only_reason(database) == "your team role is viewer"
        with pytest.raises(ReadOnlyDatabaseError, match="your team role is viewer"):
            with database.write():
                pass
        report = run_check(database)
        assert not report.ok
        assert "cannot verify the rows hidden" in str(report.problem)
    finally:
        database.dispose()


def test_a_cleared_editor_sees_restricted_rows(pg_url: str, users: NewUser, tmp_path: Path) -> None:
    uids = with_restricted_rows(pg_url, tmp_path)
    editor, password = users("editor")
    granted(pg_url, editor, password, "editor", cleared=True)
    with plain(as_user(pg_url, editor, password)) as connection:
        rows = connection.execute("SELECT uid FROM evidence WHERE restricted").fetchall()
    assert rows == [(uids["secret"],)]


def test_the_owner_is_full_and_signs_as_the_database_user(pg_url: str) -> None:
    database = open_app_database(pg_url, actor="Typed Name")
    try:
        assert connected_role(database) == "owner"
        assert database.actor == make_url(pg_url).username
        assert isinstance(database, Database) and not database.read_only
    finally:
        database.dispose()


def test_a_new_admins_anchor_waits_for_the_newest_backup_manifest(
    pg_url: str, users: NewUser, tmp_path: Path
) -> None:
    with_restricted_rows(pg_url, tmp_path)
    admin, password = users("admin")
    granted(pg_url, admin, password, "admin")
    url = as_user(pg_url, admin, password)
    for kept in anchor.anchor_path(url).parent.glob("*.json"):
        kept.unlink()  # a new admin's computer: no anchor of this history anywhere
    owner = open_app_database(pg_url)
    try:
        with owner.read() as session:
            head = audit.head(session)
    finally:
        owner.dispose()

    def manifest_of(count: int, digest: str) -> anchor.ServerManifest:
        def source(_database: Database, _anchored_only: bool) -> anchor.Anchor:
            return anchor.Anchor("backup", count, digest, None, "2026-12-01", "2026-12-01")

        return source

    database = open_app_database(url)
    wrong = manifest_of(head.count, "f" * 64)
    right = manifest_of(head.count, head.hash)
    try:
        assert anchor.load(url) is None  # nothing vouched for the server's chain
        assert "outside anchor is missing" in str(run_check(database).problem)
        anchor.register_server_manifest(wrong)
        assert anchor.recover(database) is None  # a manifest the chain does not hold
        anchor.unregister_server_manifest(wrong)
        anchor.register_server_manifest(right)
        recovered = anchor.recover(database)
        assert recovered is not None and recovered.count == head.count
        assert anchor.database_key(url).startswith(f"postgresql+psycopg://{admin}:")
        report = run_check(database)
        assert report.ok, report.problem
    finally:
        anchor.unregister_server_manifest(wrong)
        anchor.unregister_server_manifest(right)
        database.dispose()


def test_a_colleagues_server_backup_vouches_for_a_new_admins_first_check(
    pg_url: str, users: NewUser, tmp_path: Path
) -> None:
    """The owner backs the server up; a new admin's first opening anchors from that backup."""
    with_restricted_rows(pg_url, tmp_path)
    admin, password = users("admin")
    granted(pg_url, admin, password, "admin")
    taken = backup_server(pg_url)  # the owner's backup, kept on this computer
    url = as_user(pg_url, admin, password)
    for kept in anchor.anchor_path(url).parent.glob("*.json"):
        kept.unlink()  # no anchor of this history here: only the backup can vouch
    database = open_app_database(url)  # opening recovers the anchor from the manifest
    try:
        with database.read() as session:
            head = audit.head(session)
        assert (head.count, head.hash) == (taken.audit_count, taken.audit_hash)
        held = anchor.load(url)
        assert held is not None and (held.count, held.hash) == (head.count, head.hash)
        report = run_check(database)
        assert report.ok, report.problem
    finally:
        database.dispose()


def test_an_uncleared_editor_cannot_make_a_row_restricted(pg_url: str, users: NewUser) -> None:
    open_app_database(pg_url).dispose()
    editor, password = users("editor")
    granted(pg_url, editor, password, "editor")
    database = open_app_database(as_user(pg_url, editor, password))
    try:
        with pytest.raises(DatabaseError, match="row-level security"):
            with database.write() as tx:
                evidence.add(
                    tx, EvidenceInput(title="Mine", effective=dt.date(2026, 10, 1), restricted=True)
                )
        with database.read() as session:
            assert session.scalar(select(text("count(*)")).select_from(m.Evidence)) == 0
    finally:
        database.dispose()
