"""Attachments and links no program opens: a message with a way out; copies removed at exit."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy import select

from pledge_tracker import temp_copies
from pledge_tracker.db import models as m
from pledge_tracker.domain.dto import EvidenceInput
from pledge_tracker.services import evidence
from pledge_tracker.ui import app
from pledge_tracker.ui.dialogs.evidence_dialog import EvidenceDialog
from pledge_tracker.ui.views import evidence_view

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CONTENT = "Ngā mihi — signed minutes\n".encode() + bytes(range(256))


@pytest.fixture(autouse=True)
def own_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The per-process copies go to this test's folder, not the shared temporary folder."""
    root = tmp_path / "temp"
    root.mkdir()
    monkeypatch.setattr(temp_copies, "root", lambda: root)
    return root


@pytest.fixture
def nothing_opens(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """No program takes anything: openUrl fails, as on a desktop without a viewer."""
    asked: list[str] = []

    def refuse(url: QUrl) -> bool:
        asked.append(url.toString())
        return False

    monkeypatch.setattr(QDesktopServices, "openUrl", refuse)
    return asked


@pytest.fixture
def opens(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def take(url: QUrl) -> bool:
        asked.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", take)
    return asked


def _failure_box(qtbot) -> QMessageBox:
    def shown() -> list[QMessageBox]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "openFailedBox" and w.isVisible()
        ]

    qtbot.waitUntil(lambda: len(shown()) == 1)
    return shown()[0]


def _button(box: QMessageBox, text: str):
    (found,) = [b for b in box.buttons() if b.text().replace("&", "") == text]
    return found


def _dialog_with_attachment(qtbot, context, tmp_path: Path) -> EvidenceDialog:
    file = tmp_path / "minutes.bin"
    file.write_bytes(CONTENT)
    with context.database.write() as tx:
        made = evidence.add(tx, EvidenceInput(title="Minutes", effective="2024-04-01"), [file])
    with context.database.read() as session:
        item = evidence.get_dto(session, made.id)
    dialog = EvidenceDialog(context, evidence=item)
    qtbot.addWidget(dialog)
    dialog.show()
    first = dialog.attachments.tree.topLevelItem(0)
    assert first is not None
    dialog.attachments.tree.setCurrentItem(first)
    return dialog


def test_an_attachment_no_program_opens_can_be_saved_with_its_bytes(
    qtbot, context, tmp_path: Path, nothing_opens, monkeypatch
) -> None:
    dialog = _dialog_with_attachment(qtbot, context, tmp_path)
    qtbot.mouseClick(dialog.attachments.open_button, Qt.MouseButton.LeftButton)
    box = _failure_box(qtbot)
    assert "minutes.bin" in box.text() and len(nothing_opens) == 1
    target = tmp_path / "saved" / "copy.bin"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(_button(box, "Save Attachment As…"), Qt.MouseButton.LeftButton)
    assert target.read_bytes() == CONTENT
    qtbot.waitUntil(lambda: not box.isVisible())


def test_saving_an_attachment_over_the_database_is_refused(
    qtbot, context, tmp_path: Path, nothing_opens, monkeypatch
) -> None:
    dialog = _dialog_with_attachment(qtbot, context, tmp_path)
    qtbot.mouseClick(dialog.attachments.open_button, Qt.MouseButton.LeftButton)
    box = _failure_box(qtbot)
    database = Path(context.database.url.removeprefix("sqlite:///"))
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(database), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: warnings.append(text))
    qtbot.mouseClick(_button(box, "Save Attachment As…"), Qt.MouseButton.LeftButton)
    assert warnings and database.name in warnings[0] and "not saved" in warnings[0]
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    with context.database.read() as session:  # the database still opens and reads
        assert session.scalars(select(m.Evidence.title)).all() == ["Minutes"]


def test_a_link_no_program_opens_can_be_copied(qtbot, nothing_opens) -> None:
    address = "https://www.christchurchcall.org/ngā-mihi?x=1"
    assert evidence_view.open_source_link(address, None) is False
    box = _failure_box(qtbot)
    assert address in box.text()
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(_button(box, "Copy Address"), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == address
    qtbot.waitUntil(lambda: not box.isVisible())


def test_opened_copies_are_removed_when_the_app_shuts_down(
    qtbot, window, tmp_path: Path, opens, own_temp: Path
) -> None:
    dialog = _dialog_with_attachment(qtbot, window.context, tmp_path)
    qtbot.mouseClick(dialog.attachments.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opens) == 1)
    copy = Path(opens[0].removeprefix("file://"))
    assert copy.read_bytes() == CONTENT
    assert copy.is_relative_to(own_temp / f"pledge-tracker-open-{os.getpid()}")
    dialog.close()
    window.close()
    app.shutdown(window)
    assert not copy.exists() and list(own_temp.iterdir()) == []


def test_a_crashed_runs_copies_are_removed_at_the_next_start(own_temp: Path) -> None:
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead = own_temp / f"pledge-tracker-open-{int(finished.stdout)}"
    alive = own_temp / f"pledge-tracker-open-{os.getppid()}"  # another copy still running
    for folder in (dead, alive):
        (folder / "x").mkdir(parents=True)
        (folder / "x" / "left.pdf").write_bytes(b"%PDF")
        (folder / "x" / "left.pdf").chmod(0o400)
    assert temp_copies.remove_stale() == [dead]
    assert not dead.exists() and (alive / "x" / "left.pdf").exists()
