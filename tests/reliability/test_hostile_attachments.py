"""An attachment changed on disk between the dialog showing its SHA-256 and the save.

The hash kept is always the hash of the bytes kept, and it is the one the user was shown: a
file that changed after it was added is refused with a message saying so, nothing is saved,
and once added again the new hash is shown and stored.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import EvidenceInput
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.services import attachments, evidence
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.evidence_dialog import EvidenceDialog
from pledge_tracker.ui.settings import Settings
from tests.reliability import tally

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def context(qapp: QApplication, database: Database, tmp_path: Path) -> Iterator[AppContext]:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    ctx = AppContext(database, settings)
    yield ctx
    QThreadPool.globalInstance().waitForDone(5000)
    ctx.undo_stack.clear()


def _evidence_count(database: Database) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(m.Evidence)) or 0


def _stored_hashes(database: Database) -> list[str]:
    with database.read() as session:
        return list(session.scalars(select(m.Attachment.sha256)))


def test_the_service_refuses_bytes_other_than_those_shown(database: Database, tmp_path: Path):
    source = tmp_path / "order.pdf"
    source.write_bytes(b"%PDF-1.4 the order as shown")
    shown = attachments.sha256(source.read_bytes())
    source.write_bytes(b"%PDF-1.4 swapped before the save")
    pending = attachments.PendingFile(source, shown)
    with pytest.raises(ValidationError, match="changed on disk after it was added"):
        with database.write() as tx:
            evidence.add(tx, EvidenceInput(title="Order", effective="2024-01-01"), [pending])
    assert _evidence_count(database) == 0 and _stored_hashes(database) == []
    tally.refused("attachment-changed-service")


def test_the_dialog_tells_the_user_and_keeps_the_hash_it_showed(
    qtbot, context: AppContext, tmp_path: Path
) -> None:
    source = tmp_path / "report.txt"
    source.write_bytes(b"transparency figures, first version")
    dialog = EvidenceDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title, "Transparency report")
    qtbot.keyClicks(dialog.dates["published"], "2024-03-01")
    dialog.attachments.add_files([source])
    shown = dialog.attachments.tree.topLevelItem(0).text(2)
    assert shown == attachments.sha256(b"transparency figures, first version")

    source.write_bytes(b"transparency figures, edited after it was added")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible(), "the dialog stays open with the user's input"
    message = dialog.errors.message("attachment") or dialog.errors.message("__general__") or ""
    assert "report.txt changed on disk" in message
    assert _evidence_count(context.database) == 0 and _stored_hashes(context.database) == []

    dialog.attachments.tree.setCurrentItem(dialog.attachments.tree.topLevelItem(0))
    qtbot.mouseClick(dialog.attachments.remove_button, Qt.MouseButton.LeftButton)
    dialog.attachments.add_files([source])  # added again: the new bytes, the new hash shown
    shown = dialog.attachments.tree.topLevelItem(0).text(2)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert _stored_hashes(context.database) == [shown]
    assert shown == attachments.sha256(source.read_bytes())
    tally.refused("attachment-changed-dialog")
