"""File → Connect to Team Database…: open a Pledge Tracker database on a PostgreSQL server.

The password is asked for each time and kept in memory only: never in settings, logs or
the window title. Recent connections (server, port, database, user) are offered in a list.
The database is opened (upgraded, or set up if empty) in a worker, so a slow or silent
server never freezes the window; on failure one line says why and the current database
stays open.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db.engine import server_url
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.domain.servers import DEFAULT_PORT, TeamServer
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.error_text import error_text
from pledge_tracker.ui.keys import bind_save
from pledge_tracker.ui.workers import Worker, wait_for_workers

log = logging.getLogger("pledge_tracker.ui")

# What libpq says (lower-cased) when the server cannot be reached at all.
UNREACHABLE = (
    "connection refused",
    "could not translate host name",
    "name or service not known",
    "no route to host",
    "network is unreachable",
    "timeout expired",
    "could not connect",
)


class ConnectDialog(QDialog):
    """Server, port, database, user and password; Connect opens it in this window."""

    connected = Signal(object)  # the TeamServer now open in the window

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._busy = False
        self.setWindowTitle(self.tr("Connect to Team Database"))
        self._build()
        bind_save(self, self.connect_now)
        self._fill_recent()
        self.setMinimumWidth(460)

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Open your team's shared database on a PostgreSQL server. The password is "
                "used for this connection only and is never saved."
            )
        )
        intro.setWordWrap(True)
        self.recent = QComboBox()
        self.recent.setAccessibleName(self.tr("Recent connections"))
        self.recent.activated.connect(self._use_recent)
        self.server = QLineEdit()
        self.server.setPlaceholderText(self.tr("e.g. db.example.org"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit()
        self.database.setPlaceholderText(self.tr("e.g. pledges"))
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Recent:"), self.recent)
        form.addRow(self.tr("&Server:"), self.server)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Connection message"))
        self.buttons = QDialogButtonBox()
        self.connect_button = self.buttons.addButton(
            self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)  # Enter in any field connects
        self.connect_button.setDefault(True)
        self.buttons.accepted.connect(self.connect_now)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _fill_recent(self) -> None:
        servers = self.context.settings.recent_servers
        self.recent.addItem(self.tr("(none yet)") if not servers else "", None)
        for server in servers:
            self.recent.addItem(server.label, server)
        self.recent.setEnabled(bool(servers))
        if servers:  # the last one used, ready for its password
            self.recent.setCurrentIndex(1)
            self._use_recent(1)

    def _use_recent(self, index: int) -> None:
        server = self.recent.itemData(index)
        if isinstance(server, TeamServer):
            self.server.setText(server.host)
            self.port.setValue(server.port)
            self.database.setText(server.database)
            self.user.setText(server.user)
            self.password.clear()
            self.password.setFocus()

    def chosen(self) -> TeamServer:
        return TeamServer(
            self.server.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
        )

    def connect_now(self) -> None:
        """Open the chosen database in a worker; the window switches to it when it opens."""
        if self._busy:
            return
        server = self.chosen()
        try:
            server.check()
        except PledgeError as error:
            self.message.setText(error_text(error))
            return
        url = server_url(server, self.password.text())
        actor = self.context.settings.display_name or None
        self._set_busy(True)
        self.message.setText(self.tr("Connecting to {0}…").format(server.label))

        def open_it(_worker: Worker) -> Database:
            return open_app_database(url, actor=actor, upkeep_later=True)

        self.context.run(
            open_it,
            lambda database: self._opened(server, database),
            lambda error: self._failed(server, error),
            owner=self,
        )

    def _opened(self, server: TeamServer, database: Database) -> None:
        self._set_busy(False)
        self.password.clear()
        wait_for_workers()  # nothing may still read the database being replaced
        self.context.replace_database(database)
        self.context.settings.add_recent_server(server)
        self.context.settings.sync()
        self.connected.emit(server)
        self.accept()

    def _failed(self, server: TeamServer, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, PledgeError):  # not the server's answer: keep the details
            log.warning("connecting to %s failed", server.label, exc_info=error)
        self.message.setText(failure_text(server, error))
        self.password.setFocus()
        self.password.selectAll()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.recent, self.server, self.port, self.database, self.user):
            widget.setEnabled(not busy)
        self.password.setEnabled(not busy)
        self.buttons.setEnabled(not busy)

    def reject(self) -> None:
        if not self._busy:  # the opening under way ends first (it is bounded by a timeout)
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)


def failure_text(server: TeamServer, error: BaseException) -> str:
    """Why a connection failed, in one line a user can act on."""
    said = _said(error)
    if "password authentication failed" in said or "no password supplied" in said:
        return QCoreApplication.translate(
            "ConnectDialog", "The server refused the password for {0}."
        ).format(server.user)
    if "does not exist" in said and f'database "{server.database.lower()}"' in said:
        return QCoreApplication.translate(
            "ConnectDialog", "The server has no database named {0}."
        ).format(server.database)
    if any(words in said for words in UNREACHABLE):
        return QCoreApplication.translate(
            "ConnectDialog",
            "The server {0} cannot be reached: is it running, and are its name and port right?",
        ).format(f"{server.host}:{server.port}")
    if isinstance(error, PledgeError):
        return _first_line(error_text(error))
    return QCoreApplication.translate("ConnectDialog", "Could not connect: {0}").format(
        _first_line(str(error))
    )


def _said(error: BaseException) -> str:
    """Everything the error and its causes say, lower-cased (the driver's text is deepest)."""
    texts, seen = [], 0
    current: BaseException | None = error
    while current is not None and seen < 10:
        texts.append(str(current))
        current, seen = current.__cause__ or current.__context__, seen + 1
    return "\n".join(texts).lower()


def _first_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[0] if lines else text
