"""The app's Save-as dialogs: a file name that is the open database is refused at once.

Whatever name the user picks in the file dialog (a symlink to the database, a hard link, a
link to its -wal), the app says so before any work and writes nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication, QFileDialog

from pledge_tracker.db.uow import Database
from pledge_tracker.ui import errors, export_actions
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.settings import Settings
from tests.reliability import tally
from tests.reliability.files import sha256

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def context(qapp: QApplication, database: Database, tmp_path: Path) -> Iterator[AppContext]:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    ctx = AppContext(database, settings)
    yield ctx
    QThreadPool.globalInstance().waitForDone(5000)


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    shown: list[str] = []
    monkeypatch.setattr(errors, "report", lambda error, parent=None: shown.append(str(error)))
    return shown


@pytest.mark.parametrize("alias", ["symlink", "hardlink", "symlink-to-wal"])
@pytest.mark.parametrize("what", ["evidence", "package"])
def test_export_dialogs_refuse_the_open_database(
    alias: str, what: str, context: AppContext, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A name with the export's own extension that is the database under another name.

    (A name with another extension gets the export's added, so it is a new file.)
    """
    target = db_path.parent / f"chosen{'.zip' if what == 'package' else '.csv'}"
    if alias == "symlink":
        target.symlink_to(db_path)
    elif alias == "hardlink":
        target.hardlink_to(db_path)
    else:
        target.symlink_to(f"{db_path}-wal")
    before = sha256(db_path)
    shown = _choose(monkeypatch, target)
    if what == "package":
        worker = export_actions.export_package(context)
    else:
        worker = export_actions.export_what(context, "evidence", "csv")
    assert worker is None, "nothing may be written"
    assert len(shown) == 1 and "open database" in shown[0]
    assert sha256(db_path) == before
    tally.refused(f"ui-save-as-{alias}-{what}")
