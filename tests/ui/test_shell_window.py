"""The main window: databases opened and created from the File menu, Find, pages, first start."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.paths import default_database
from pledge_tracker.ui import app as app_module
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.dialogs.display_name_dialog import DisplayNameDialog
from pledge_tracker.ui.errors import ErrorDialog
from pledge_tracker.ui.main_window import MainWindow
from pledge_tracker.ui.settings import Settings
from tests.reference import COMMITMENTS
from tests.ui.shell_helpers import wait_for_matrix


def test_open_another_database_from_the_file_menu(window, qtbot, demo_db_path, monkeypatch) -> None:
    assert window.windowTitle() == "call.db — Pledge Tracker"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(demo_db_path), ""))
    window.open_database()
    wait_for_matrix(qtbot, window.matrix)
    assert window.windowTitle() == "demo.db — Pledge Tracker"
    assert window.matrix.model.matrix.overall.assessed > 0  # the demo's judgements show
    assert window.context.settings.recent_files[0] == str(demo_db_path.resolve())
    window.recent_menu.aboutToShow.emit()
    assert any(str(demo_db_path.resolve()) in a.text() for a in window.recent_menu.actions())


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(
    window, qtbot, tmp_path, monkeypatch
) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("shopping list", "utf-8")
    shown: list[ErrorDialog] = []
    monkeypatch.setattr(ErrorDialog, "exec", lambda self: shown.append(self) or 0)
    assert not window.open_path(str(notes))
    assert "not a Pledge Tracker database" in shown[0].message_label.text()
    assert notes.read_text("utf-8") == "shopping list"
    assert window.windowTitle() == "call.db — Pledge Tracker"


def test_new_database_is_created_seeded_and_opened(window, qtbot, tmp_path, monkeypatch) -> None:
    target = tmp_path / "briefing"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.new_database()
    wait_for_matrix(qtbot, window.matrix)
    assert window.windowTitle() == "briefing.db — Pledge Tracker"
    assert window.matrix.model.columnCount() == COMMITMENTS and window.matrix.model.rowCount() > 50


def test_find_focuses_the_current_views_search_box(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.matrix.table.setFocus()
    qtbot.keyClick(window.matrix.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.matrix.filters.search
    if len(window.page_keys()) > 1:
        qtbot.keyClick(window.matrix.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        assert window.pages.currentIndex() == 1
        window.find()
        assert window.pages.currentWidget().isAncestorOf(QApplication.focusWidget())


def test_a_read_only_database_says_so_and_offers_no_edits(context, db_path, qtbot) -> None:
    read_only = open_app_database(db_path, read_only=True)
    try:
        win = MainWindow(AppContext(read_only, context.settings))
        qtbot.addWidget(win)
        win.show()
        wait_for_matrix(qtbot, win.matrix)
        assert "[read-only]" in win.windowTitle()
        assert win.banner.isVisible() and "Read-only" in win.banner.text.text()
        win.matrix.table.setCurrentIndex(win.matrix.model.index(0, 0))
        assert not win.matrix.record_action.isEnabled()
        win.close()
    finally:
        read_only.dispose()


def test_first_start_asks_the_name_then_opens_the_seeded_default_database(
    qtbot, tmp_path, monkeypatch
) -> None:
    settings = Settings(QSettings(str(tmp_path / "first.ini"), QSettings.Format.IniFormat))

    def type_name(dialog: DisplayNameDialog) -> int:
        dialog.name.clear()
        qtbot.keyClicks(dialog.name, "Aroha Ngata")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DisplayNameDialog, "exec", type_name)
    win = app_module.start(None, settings)
    qtbot.addWidget(win)
    wait_for_matrix(qtbot, win.matrix)
    assert settings.display_name == "Aroha Ngata"
    assert win.context.database.actor == "Aroha Ngata"
    assert default_database().exists()
    assert win.windowTitle() == "pledge-tracker.db — Pledge Tracker"
    assert win.matrix.model.rowCount() > 50
    win.close()
    win.context.database.dispose()


def test_a_damaged_start_database_lets_the_user_quit_without_touching_it(
    qtbot, tmp_path, db_path, settings, monkeypatch
) -> None:
    damaged = tmp_path / "damaged.db"
    shutil.copy(db_path, damaged)
    with damaged.open("r+b") as handle:
        handle.write(b"NOT SQLITE AT ALL")
    before = damaged.read_bytes()
    messages: list[str] = []
    monkeypatch.setattr(
        app_module, "_ask_instead", lambda m, _target, _settings: messages.append(m)
    )
    assert app_module.start(str(damaged), settings) is None
    assert "not a Pledge Tracker database" in messages[0]
    assert damaged.read_bytes() == before


def test_file_menu_offers_restore_backup(window, monkeypatch) -> None:
    from pledge_tracker.ui.dialogs.restore_dialog import RestoreDialog

    opened: list[RestoreDialog] = []
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: opened.append(self) or 0)
    (action,) = [a for a in window.menu("file").actions() if a.text() == "Restore &Backup…"]
    action.trigger()
    assert len(opened) == 1 and opened[0].context is window.context


def test_every_shortcut_is_listed_once_in_help(window) -> None:
    from pledge_tracker.ui.dialogs.help_dialogs import shortcut_rows

    rows = shortcut_rows(window._menus.values())
    keys = [k for k, _ in rows]
    assert len(keys) == len(set(keys)), "two menu entries share a shortcut"
    assert {"Ctrl+N", "Ctrl+O", "Ctrl+Z", "Ctrl+F", "Ctrl+Q", "Ctrl+E"} <= set(keys)
