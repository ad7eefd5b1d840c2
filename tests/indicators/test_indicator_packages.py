"""Data packages carry published figures: restored exactly, merged once, checked on the way in."""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from pathlib import Path

import pytest

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db.uow import Database
from pledge_tracker.services import indicators
from pledge_tracker.services.check import run_check
from pledge_tracker.services.transfer import import_file
from pledge_tracker.services.transfer.package import export_package
from pledge_tracker.services.transfer.package_checks import RecordRefused
from tests.indicators.helpers import add_figure, add_report
from tests.transfer.conftest import state


def _figures(database: Database) -> list[tuple[str, str, str, str, str]]:
    with database.read() as session:
        return [
            (f.uid, f.stakeholder, f.metric, f.value, f.evidence_uid)
            for f in indicators.list_indicators(session)
        ]


@pytest.fixture
def package(database: Database, tmp_path: Path) -> Path:
    source = add_report(database)
    add_figure(database, source, metric="share found proactively", value="0.3", unit="percent")
    add_figure(database, source, value="1250")
    path = tmp_path / "figures.zip"
    export_package(database, path)
    return path


def test_a_package_restores_its_figures_exactly(
    database: Database, package: Path, tmp_path: Path
) -> None:
    copy = open_app_database(tmp_path / "copy.db", seed_new=False, actor="Colleague")
    try:
        report = import_file(copy, package)
        assert report.mode == "restore" and report.added["indicator"] == 2
        assert _figures(copy) == _figures(database)
        assert run_check(copy).ok
    finally:
        copy.dispose()


def test_a_merge_adds_the_figures_once(package: Path, tmp_path: Path) -> None:
    other = open_app_database(tmp_path / "other.db", actor="Colleague")  # seeded apart
    try:
        report = import_file(other, package)
        assert report.mode == "merge" and report.added["indicator"] == 2
        (share, actioned) = sorted(_figures(other), key=lambda f: f[3])
        assert (share[3], actioned[3]) == ("0.3", "1250")
        before = state(other)
        again = import_file(other, package)
        assert not again.added and state(other) == before
        assert run_check(other).ok
    finally:
        other.dispose()


def test_a_package_whose_figure_is_not_an_exact_number_is_refused(
    package: Path, tmp_path: Path
) -> None:
    with zipfile.ZipFile(package) as zipped:
        members = {name: zipped.read(name) for name in zipped.namelist()}
    data = json.loads(members["data.json"])
    data["tables"]["indicators"][0]["value"] = "0.30000000000000004"
    members["data.json"] = json.dumps(data).encode()
    manifest = json.loads(members["manifest.json"])
    manifest["files"]["data.json"] = hashlib.sha256(members["data.json"]).hexdigest()
    members["manifest.json"] = json.dumps(manifest).encode()
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(forged, "w") as zipped:
        for name, content in members.items():
            zipped.writestr(name, content)
    copy = open_app_database(tmp_path / "copy.db", seed_new=False, actor="Colleague")
    try:
        with pytest.raises(
            RecordRefused, match=re.escape("field 'value': '0.30000000000000004' is not a decimal")
        ):
            import_file(copy, forged)
        assert state(copy)[0]["indicators"] == 0
    finally:
        copy.dispose()
