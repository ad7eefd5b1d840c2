"""Starting the app: the daily backup waits until the matrix is on screen, then is taken."""

from __future__ import annotations

from pathlib import Path

from pledge_tracker.db.backup import list_backups
from pledge_tracker.ui import app as app_module
from pledge_tracker.ui.workers import wait_for_workers


def test_the_daily_backup_is_taken_after_the_first_paint(qtbot, db_path: Path, settings) -> None:
    window = app_module.start(str(db_path), settings)
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert list_backups(db_path) == []  # the window did not wait for a copy of the file
        with qtbot.waitSignal(window.upkeep_done, timeout=30_000):
            pass  # the matrix is painted first, then the backup runs in a worker
        assert window.matrix.model.matrix is not None
        assert [backup.reason for backup in list_backups(db_path)] == ["daily"]
    finally:
        wait_for_workers()
        window.close()
        window.context.database.dispose()
