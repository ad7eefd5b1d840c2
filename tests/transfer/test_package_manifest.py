"""A package is checked against its manifest, and its data's size bounded, before any write."""

from __future__ import annotations

import hashlib
import json
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.services.transfer import archive, import_file, package
from tests.reliability.validation_ways import digest
from tests.transfer.conftest import Entries

Doc = dict[str, Any]


@pytest.fixture(params=["restore", "merge"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """An empty database (the package would be restored) or a seeded one (merged)."""
    database = open_app_database(tmp_path / "t.db", seed_new=request.param == "merge")
    yield database
    database.dispose()


def rebuilt(
    path: Path,
    entries: Entries,
    data: Callable[[Doc], None] | None = None,
    manifest: Callable[[Doc], None] | None = None,
) -> Path:
    """The package with data.json and the manifest changed, every file hash made true again."""
    entries = dict(entries)
    if data is not None:
        doc = json.loads(entries["data.json"])
        data(doc)
        entries["data.json"] = json.dumps(doc).encode()
    head = json.loads(entries["manifest.json"])
    head["files"]["data.json"] = hashlib.sha256(entries["data.json"]).hexdigest()
    if manifest is not None:
        manifest(head)
    entries["manifest.json"] = json.dumps(head).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zipped:
        for name, content in entries.items():
            zipped.writestr(name, content)
    return path


def _refused(database: Database, path: Path, pattern: str) -> str:
    before = digest(database)
    with pytest.raises(PledgeError, match=pattern) as caught:
        import_file(database, path)
    assert digest(database) == before
    return str(caught.value)


def test_a_package_as_exported_still_imports(valid: Entries, target: Database, tmp_path) -> None:
    report = import_file(target, rebuilt(tmp_path / "same.zip", valid))
    assert report.applied


def test_a_manifest_count_that_differs_is_refused(
    valid: Entries, target: Database, tmp_path: Path
) -> None:
    def more(head: Doc) -> None:
        head["counts"]["stakeholders"] += 1

    path = rebuilt(tmp_path / "count.zip", valid, manifest=more)
    message = _refused(target, path, "stakeholders")
    assert "manifest.json says 75 stakeholders but data.json holds 74" in message


def test_a_record_removed_from_the_data_is_refused(
    valid: Entries, target: Database, tmp_path: Path
) -> None:
    path = rebuilt(tmp_path / "fewer.zip", valid, data=lambda d: d["tables"]["pledges"].pop())
    _refused(target, path, r"manifest.json says \d+ pledges but data.json holds \d+")


def test_a_truncated_audit_log_is_refused(valid: Entries, target: Database, tmp_path) -> None:
    """Dropping the newest entries leaves a valid chain: only the manifest's head tells."""

    def truncate(doc: Doc) -> None:
        del doc["tables"]["audit_entries"][-3:]

    def recount(head: Doc) -> None:
        head["counts"]["audit_entries"] -= 3

    path = rebuilt(tmp_path / "short.zip", valid, data=truncate, manifest=recount)
    _refused(target, path, "audit head .* differs from data.json's audit log")


def test_a_forged_audit_head_is_refused(valid: Entries, target: Database, tmp_path) -> None:
    def forge(head: Doc) -> None:
        head["audit_head"]["hash"] = "f" * 64

    _refused(target, rebuilt(tmp_path / "forged.zip", valid, manifest=forge), "audit head")


def test_an_oversized_data_member_is_refused_unread(
    valid: Entries, target: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = rebuilt(tmp_path / "big.zip", valid)
    limit = len(valid["data.json"]) // 2
    monkeypatch.setattr(package, "MAX_DATA", limit)

    real = archive.read_buffer

    def spy(zipped: zipfile.ZipFile, info: zipfile.ZipInfo, *rest: Any) -> Any:
        assert info.filename != "data.json", "data.json was read though declared too large"
        return real(zipped, info, *rest)

    monkeypatch.setattr(archive, "read_buffer", spy)
    started = time.monotonic()
    message = _refused(target, path, "data.json expands beyond")
    assert f"{limit / archive.MiB:g} MiB" in message
    assert time.monotonic() - started < 5
