"""Packages from version 0.1 import (upgraded as a database is); newer ones are refused."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pledge_tracker import __version__
from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import models as m
from pledge_tracker.db.migrate import head_revision
from pledge_tracker.services.check import run_check
from pledge_tracker.services.transfer import import_file
from pledge_tracker.services.transfer.archive import ArchiveRefused
from pledge_tracker.services.transfer.package import read_manifest
from tests.reference import COMMITMENTS

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "v0_1" / "demo-0.1.zip"


@pytest.fixture
def old_package(tmp_path: Path) -> Path:
    return Path(shutil.copy(FIXTURE, tmp_path / "demo-0.1.zip"))


def _count(database, model) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_a_0_1_package_restores_into_an_empty_database_upgraded(
    old_package: Path, tmp_path: Path
) -> None:
    manifest = read_manifest(old_package)
    assert manifest["schema_revision"] == "0001" != head_revision()
    copy = open_app_database(tmp_path / "copy.db", seed_new=False, actor="Colleague")
    try:
        report = import_file(copy, old_package)
        assert report.applied and report.mode == "restore"
        assert report.file == "demo-0.1.zip"
        assert _count(copy, m.Assessment) == manifest["counts"]["assessments"]
        assert _count(copy, m.Evidence) == manifest["counts"]["evidence"]
        assert manifest["counts"]["commitments"] < COMMITMENTS == _count(copy, m.Commitment)
        with copy.read() as session:  # the old history is kept, the upgrade appended to it
            first = session.scalar(select(func.min(m.AuditEntry.id)))
            actors = set(session.scalars(select(m.AuditEntry.actor)))
        assert first == 1
        assert "upgrade" in actors  # the baseline entries the upgrade wrote
        assert run_check(copy).ok, run_check(copy).problem
    finally:
        copy.dispose()


def test_a_0_1_package_merges_into_a_current_database(old_package: Path, db_path: Path) -> None:
    database = open_app_database(db_path, actor="Officer")
    try:
        report = import_file(database, old_package, default="mine")
        assert report.mode == "merge" and report.applied
        assert (
            _count(database, m.Evidence)
            >= json.loads(zipfile.ZipFile(old_package).read("manifest.json"))["counts"]["evidence"]
        )
        assert run_check(database).ok, run_check(database).problem
    finally:
        database.dispose()


def _rewrite_manifest(path: Path, **changes: object) -> None:
    with zipfile.ZipFile(path) as zipped:
        members = {name: zipped.read(name) for name in zipped.namelist()}
    manifest = json.loads(members["manifest.json"])
    manifest.update(changes)
    members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w") as zipped:
        for name, data in members.items():
            zipped.writestr(name, data)


def test_a_package_from_a_newer_version_is_refused_naming_both_versions(
    old_package: Path, db_path: Path
) -> None:
    _rewrite_manifest(old_package, schema_revision="9999", app_version="9.0.0")
    database = open_app_database(db_path)
    try:
        before = (_count(database, m.Evidence), _count(database, m.AuditEntry))
        with pytest.raises(ArchiveRefused) as refused:
            import_file(database, old_package)
        assert (_count(database, m.Evidence), _count(database, m.AuditEntry)) == before
    finally:
        database.dispose()
    message = str(refused.value)
    assert "9.0.0" in message and __version__ in message
    assert "demo-0.1.zip" in message
