"""UI fixtures: settings in a throw-away ini file and an AppContext on a fresh database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QThreadPool
from PySide6.QtWidgets import QApplication

from pledge_tracker.db.uow import Database
from pledge_tracker.ui import i18n
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.i18n import install_translator
from pledge_tracker.ui.qt_fixes import protect_none
from pledge_tracker.ui.settings import Settings
from tests.ui.two_connections import mine, other, pg_url, url  # noqa: F401  (fixtures)

protect_none()  # PySide6 6.12 leaks references to None (see ui/qt_fixes.py)

DISPLAY_NAME = "Aroha Reviewer"
UI_DIR = Path(__file__).parent

# The offscreen platform says these when a window is shown or a popup (a completer's list)
# opens; they are the platform's limits, not problems of ours.
_OFFSCREEN_NOISE = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise\(\)|grabbing the keyboard)"
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Let the UI tests show windows offscreen without failing on the platform's notice."""
    for item in items:
        if UI_DIR in Path(str(item.path)).parents:
            item.add_marker(_OFFSCREEN_NOISE)


@pytest.fixture(scope="session", autouse=True)
def translations(qapp: QApplication) -> None:
    """The app's translations, as make_application installs them: counts read "1 supporter"."""
    install_translator(qapp)


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    """French chosen and installed as the app does at start; everything put back after."""
    before = QLocale()
    installed = i18n.apply_language(qapp, "fr")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def settings(qapp: QApplication, tmp_path: Path) -> Settings:
    """Settings backed by a temporary ini file (never the user's own), with a display name."""
    result = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    result.display_name = DISPLAY_NAME
    return result


@pytest.fixture
def context(database: Database, settings: Settings) -> Iterator[AppContext]:
    """An AppContext on the seeded `database`; its actor is the display name above."""
    ctx = AppContext(database, settings)
    yield ctx
    QThreadPool.globalInstance().waitForDone(5000)  # no worker may outlive its database
    ctx.undo_stack.clear()


@pytest.fixture
def demo_context(demo_database: Database, settings: Settings) -> Iterator[AppContext]:
    """An AppContext on the seeded database with the demonstration evidence."""
    ctx = AppContext(demo_database, settings)
    yield ctx
    QThreadPool.globalInstance().waitForDone(5000)
    ctx.undo_stack.clear()


@pytest.fixture
def window(context: AppContext, qtbot):
    """The main window on the seeded database, with its matrix loaded."""
    from pledge_tracker.ui.main_window import MainWindow
    from tests.ui.shell_helpers import wait_for_matrix

    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    wait_for_matrix(qtbot, win.matrix)
    yield win
    win.close()
