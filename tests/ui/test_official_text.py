"""Loading the commitments' official text from a file, from the Commitments view and the CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from pledge_tracker.services import commitments, queries
from pledge_tracker.ui.views.commitments_view import CommitmentsView


def _file(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "official.csv"
    path.write_text("code,wording,wording_fr\n" + rows, encoding="utf-8")
    return path


def _patch_dialogs(monkeypatch, path: Path, source: str, shown: list[str]) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (source, True)))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: shown.append(a[2])))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: shown.append(a[2])))


def test_loading_official_text_marks_the_wording_verified(context, qtbot, tmp_path, monkeypatch):
    path = _file(tmp_path, 'GOV-1,"Official wording of GOV-1",Texte officiel\n')
    shown: list[str] = []
    _patch_dialogs(monkeypatch, path, "christchurchcall.com, 2026-11-29", shown)
    view = CommitmentsView(context)
    qtbot.addWidget(view)
    qtbot.mouseClick(view.load_button, Qt.MouseButton.LeftButton)
    with context.database.read() as session:
        row = commitments.find(session, "GOV-1")
        assert row.wording == "Official wording of GOV-1" and row.wording_fr == "Texte officiel"
        assert row.wording_verified and row.verified_source == "christchurchcall.com, 2026-11-29"
        assert row.verified_by == "Aroha Reviewer"
    assert "The wording of 1 commitment is now marked verified." in shown[0]


def test_a_bad_row_loads_nothing_and_names_the_row(context, qtbot, tmp_path, monkeypatch):
    path = _file(tmp_path, 'GOV-1,"Good",\nGOV-99,"Unknown",\n')
    shown: list[str] = []
    _patch_dialogs(monkeypatch, path, "official site", shown)
    with context.database.read() as session:
        before = queries.record_counts(session)["audit_entries"]
    view = CommitmentsView(context)
    qtbot.addWidget(view)
    qtbot.mouseClick(view.load_button, Qt.MouseButton.LeftButton)
    with context.database.read() as session:
        assert not commitments.find(session, "GOV-1").wording_verified
        assert queries.record_counts(session)["audit_entries"] == before
    assert "row 3" in shown[0] and "GOV-99" in shown[0]


def test_the_wording_command_loads_a_file(db_path: Path, tmp_path: Path) -> None:
    path = _file(tmp_path, 'OSP-1,"Official OSP-1",\n')
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pledge_tracker",
            "wording",
            "--db",
            str(db_path),
            "--from",
            str(path),
            "--source",
            "christchurchcall.com",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "OSP-1" in done.stdout
