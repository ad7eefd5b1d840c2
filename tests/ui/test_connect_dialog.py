"""File → Connect to Team Database: the dialog's own behaviour, with no server needed.

A server that is not there gives one line saying so, and the window keeps its database;
the password field hides what is typed; recent connections fill the fields.
"""

from __future__ import annotations

import socket

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from pledge_tracker.domain.servers import TeamServer
from tests.ui.connect_helpers import click_connect, fill, open_dialog, wait_until_answered


def _closed_port() -> int:
    """A local port nobody listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_server_that_is_not_there_is_named_and_the_old_database_stays_open(window, qtbot) -> None:
    before, title = window.context.database, window.windowTitle()
    dialog = open_dialog(qtbot, window)
    port = _closed_port()
    fill(qtbot, dialog, "127.0.0.1", port, "pledges", "aroha", "secret")

    click_connect(qtbot, dialog)
    wait_until_answered(qtbot, dialog)

    assert dialog.message.text() == (
        f"The server 127.0.0.1:{port} cannot be reached: is it running, and are its name "
        "and port right?"
    )
    assert dialog.isVisible()  # the user may correct the address
    assert window.context.database is before and window.windowTitle() == title
    with before.read():  # still open and usable
        pass
    assert window.context.settings.recent_servers == []  # only a success is remembered


def test_the_password_is_hidden_and_the_missing_fields_are_named(window, qtbot) -> None:
    dialog = open_dialog(qtbot, window)
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.port.value() == 5432
    qtbot.keyClicks(dialog.server, "db.example.org")

    click_connect(qtbot, dialog)

    assert dialog.message.text() == "field 'database': required: fill it in"
    assert not dialog._busy


def test_ctrl_enter_connects(window, qtbot) -> None:
    dialog = open_dialog(qtbot, window)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClicks(dialog.server, "db.example.org")
    qtbot.keyClick(dialog.server, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert (
        dialog.message.text() == "field 'database': required: fill it in"
    )  # Connect was asked for


def test_recent_connections_fill_the_fields_and_ask_only_for_the_password(window, qtbot) -> None:
    settings = window.context.settings
    settings.add_recent_server(TeamServer("old.example.org", 5432, "archive", "aroha"))
    settings.add_recent_server(TeamServer("db.example.org", 6543, "pledges", "wiremu"))
    dialog = open_dialog(qtbot, window)

    assert [dialog.recent.itemText(i) for i in range(1, dialog.recent.count())] == [
        "wiremu@db.example.org:6543/pledges",
        "aroha@old.example.org/archive",
    ]
    assert (dialog.server.text(), dialog.port.value()) == ("db.example.org", 6543)
    assert (dialog.database.text(), dialog.user.text(), dialog.password.text()) == (
        "pledges",
        "wiremu",
        "",
    )
    dialog.recent.setCurrentIndex(2)
    dialog.recent.activated.emit(2)
    assert dialog.server.text() == "old.example.org" and dialog.user.text() == "aroha"


def test_the_file_menu_offers_it(window) -> None:
    texts = [action.text() for action in window.menu("file").actions()]
    assert "Connect to &Team Database…" in texts
