"""A damaged start database: the app offers its newest good backup and restores it."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db.backup import take_backup
from pledge_tracker.domain.dto import StakeholderInput
from pledge_tracker.services import queries, stakeholders
from pledge_tracker.ui import app as app_module


def _damage(path: Path) -> None:
    """Overwrite two pages in the middle of the file (the schema page is kept)."""
    with path.open("r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(bytes((i * 37 + 11) % 256 for i in range(4096 * 2)))


def test_the_start_dialog_restores_the_newest_good_backup(
    qtbot, db_path: Path, settings, monkeypatch
) -> None:
    database = open_app_database(db_path)
    with database.write() as tx:
        stakeholders.add(tx, StakeholderInput("Backed Up Partner", "partner"))
    database.dispose()
    good = take_backup(db_path)
    _damage(db_path)
    damaged = hashlib.sha256(db_path.read_bytes()).hexdigest()
    offered: list[str] = []
    told: list[str] = []

    def click_restore(box: QMessageBox) -> int:
        offered.extend(button.text() for button in box.buttons())
        (button,) = [b for b in box.buttons() if b.text().startswith("&Restore")]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_restore)
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: told.append(a[2])))
    restored = app_module.open_start_database(str(db_path), settings)
    assert restored is not None
    try:
        with restored.read() as session:
            assert stakeholders.find(session, "Backed Up Partner").kind == "partner"
            assert queries.record_counts(session)["stakeholders"] == 75
    finally:
        restored.dispose()
    assert any(good.label in text for text in offered)
    assert "not in the restored database" in told[0]
    kept = [p for p in db_path.parent.iterdir() if ".replaced-" in p.name]
    assert kept and hashlib.sha256(kept[0].read_bytes()).hexdigest() == damaged
