"""Data packages: an exact copy into an empty database; merges overwrite nothing silently."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import audit
from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import EvidenceInput, StakeholderInput
from pledge_tracker.services import evidence, queries, stakeholders
from pledge_tracker.services.check import run_check
from pledge_tracker.services.transfer import import_file
from pledge_tracker.services.transfer.package import export_package
from pledge_tracker.services.transfer.package_import import ConflictsUnresolved
from tests.reference import GOVERNMENT, JOINT
from tests.transfer.conftest import state

AS_OF = dt.date(2026, 6, 30)
ATTACHMENT = "Te Tiriti summary — Māori text, =formula".encode()


def _attachments(database: Database) -> list[tuple[str, str]]:
    """Each stored attachment's name and the SHA-256 of its bytes, recomputed."""
    with database.read() as session:
        rows = session.execute(select(m.Attachment.sha256, m.Attachment.content)).all()
    return sorted((sha, hashlib.sha256(content).hexdigest()) for sha, content in rows)


def _stats(database: Database) -> dict[str, object]:
    with database.read() as session:
        return queries.stats(session, AS_OF)


@pytest.fixture
def source(demo_database: Database) -> Database:
    """The demo database with one attachment, so the package carries a file."""
    with demo_database.write() as tx:
        evidence.attach(tx, 1, "summary.txt", ATTACHMENT)
    return demo_database


@pytest.fixture
def package(source: Database, tmp_path: Path) -> Path:
    return export_package(source, tmp_path / "export.zip").path


def _empty(path: Path) -> Database:
    return open_app_database(path, seed_new=False, actor="Colleague")


def test_manifest_lists_every_file_with_its_hash(package: Path) -> None:
    with zipfile.ZipFile(package) as zipped:
        manifest = json.loads(zipped.read("manifest.json"))
        assert manifest["format"] == "pledge-tracker-package"
        assert manifest["schema_revision"] and manifest["app_version"] and manifest["created"]
        names = sorted(set(zipped.namelist()) - {"manifest.json"})
        assert sorted(manifest["files"]) == names
        for name in names:
            assert hashlib.sha256(zipped.read(name)).hexdigest() == manifest["files"][name]
        (attachment,) = [n for n in names if n.startswith("attachments/")]
        assert attachment == "attachments/" + hashlib.sha256(ATTACHMENT).hexdigest()


def test_round_trip_into_an_empty_database_is_exact(
    source: Database, package: Path, tmp_path: Path
) -> None:
    copy = _empty(tmp_path / "copy.db")
    try:
        report = import_file(copy, package)
        assert report.mode == "restore" and report.applied
        assert _stats(copy) == _stats(source)
        assert _attachments(copy) == _attachments(source)
        assert all(sha == recomputed for sha, recomputed in _attachments(copy))
        with copy.read() as session, source.read() as original:
            assert audit.head(session) == audit.head(original)
            assert audit.verify(session) is None
        assert run_check(copy).ok, run_check(copy).problem
    finally:
        copy.dispose()


def test_dry_run_restore_writes_nothing(package: Path, tmp_path: Path) -> None:
    copy = _empty(tmp_path / "copy.db")
    try:
        report = import_file(copy, package, dry_run=True)
        assert not report.applied and report.added["evidence"] == 31
        assert state(copy)[0]["audit_entries"] == 0
    finally:
        copy.dispose()


def test_merge_into_a_separately_seeded_database(
    source: Database, package: Path, database: Database
) -> None:
    """Seeded apart, the uids differ: supporters and commitments line up by name and code."""
    report = import_file(database, package)
    assert report.mode == "merge" and not report.conflicts
    counts: dict[str, int] = _stats(source)["counts"]  # type: ignore[assignment]
    crisis = {  # the demonstration incident and what followed it
        "incident": counts["incidents"],
        "protocol_activation": counts["protocol_activations"],
        "supporter_response": counts["supporter_responses"],
        "sighting": counts["sightings"],
    }
    assert report.added == {"evidence": 31, "assessment": 124, **crisis}
    assert counts["sightings"] > 0 and counts["incidents"] == 1
    assert _stats(database)["stakeholders"] == _stats(source)["stakeholders"]
    assert _attachments(database) == _attachments(source)
    with database.read() as session:
        item = session.scalars(select(m.Evidence).where(m.Evidence.id == 1)).one()
        assert [a.filename for a in item.attachments] == ["summary.txt"]
        assert audit.verify(session) is None
        entry = session.scalars(select(m.AuditEntry).order_by(m.AuditEntry.id.desc())).first()
        assert (entry.action, entry.entity) == ("import_package", "package")
    before = state(database)
    again = import_file(database, package)
    assert not again.added and state(database) == before  # nothing added the second time


def _restored_copy(package: Path, tmp_path: Path) -> Database:
    copy = _empty(tmp_path / "copy.db")
    import_file(copy, package)
    return copy


def _nz(database: Database) -> int:
    with database.read() as session:
        return stakeholders.find(session, "New Zealand").id


def _edit_nz(database: Database, **changes: object):
    """Change New Zealand's record, every other detail kept as it is."""
    with database.write() as tx:
        row = stakeholders.get(tx.session, _nz(database))
        fields = {
            "name": row.name,
            "kind": row.kind,
            "country_code": row.country_code,
            "joined": row.joined,
            "founding": row.founding,
            "notes": row.notes,
            "source_url": row.source_url,
        }
        return stakeholders.edit(tx, row.id, StakeholderInput(**{**fields, **changes}))


def test_a_record_changed_on_both_sides_is_a_conflict(
    source: Database, package: Path, tmp_path: Path
) -> None:
    copy = _restored_copy(package, tmp_path)
    try:
        _edit_nz(copy, notes="ours")
        with source.write() as tx:
            evidence.add(tx, EvidenceInput("New in the source", effective="2025-01-01"))
        newer = export_package(source, tmp_path / "newer.zip").path
        before = state(copy)
        with pytest.raises(ConflictsUnresolved) as caught:
            import_file(copy, newer)
        (conflict,) = caught.value.report.unresolved
        assert (conflict.entity, conflict.label) == ("stakeholder", "New Zealand")
        notes = next(d for d in conflict.diffs if d.field == "notes")
        assert notes.mine == "ours" and notes.theirs == "Host/co-founder with France."
        assert [d.field for d in conflict.diffs] == ["notes"]
        assert state(copy) == before  # refused whole: not even the new evidence came in

        kept = import_file(copy, newer, default="mine")
        assert kept.added == {"evidence": 1} and kept.overwritten == 0
        with copy.read() as session:
            assert stakeholders.get(session, _nz(copy)).notes == "ours"
    finally:
        copy.dispose()


def test_taking_the_packages_version_is_audited(package: Path, tmp_path: Path) -> None:
    copy = _restored_copy(package, tmp_path)
    try:
        row = _edit_nz(copy, kind="partner", notes="ours")
        report = import_file(copy, package, resolutions={row.uid: "theirs"})
        assert report.overwritten == 1
        with copy.read() as session:
            nz = stakeholders.get(session, _nz(copy))
            assert (nz.kind, nz.notes, nz.version) == (
                "government",
                "Host/co-founder with France.",
                row.version + 1,
            )
            pledged = session.scalars(select(m.Pledge).where(m.Pledge.stakeholder_id == nz.id))
            assert len(list(pledged)) == GOVERNMENT + JOINT  # a government's pledges again
            entry = session.scalars(
                select(m.AuditEntry).where(m.AuditEntry.action == "import_overwrite")
            ).one()
            assert entry.record_uid == row.uid and '"notes":"ours"' in entry.before
            assert audit.verify(session) is None
    finally:
        copy.dispose()


def test_conflicting_evidence_links_are_listed(package: Path, tmp_path: Path) -> None:
    copy = _restored_copy(package, tmp_path)
    try:
        with copy.write() as tx:
            item = evidence.get(tx.session, 2)
            data = EvidenceInput(
                title=item.title,
                summary=item.summary,
                kind=item.kind,
                source_url=item.source_url,
                source_name=item.source_name,
                effective=item.effective,
                reliability=item.reliability,
                notes=item.notes,
                stakeholder_ids=(_nz(copy),),
                commitment_ids=tuple(c.id for c in item.commitments),
            )
            evidence.edit(tx, 2, data)
        report = import_file(copy, package, dry_run=True)
        (conflict,) = report.unresolved
        fields = {d.field: d for d in conflict.diffs}
        assert set(fields) == {"supporters"}
        assert fields["supporters"].mine == "New Zealand"
    finally:
        copy.dispose()
