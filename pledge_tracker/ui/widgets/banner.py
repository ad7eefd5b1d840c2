"""Banners: the storage warning and the demonstration-data notice.

The storage banner warns when the database is read-only, on a network drive, or fails the
quick tamper check run when it is opened (records that differ from the audit log, a broken
chain head, a missing outside anchor, which the user may accept here). It is shown above
the window's pages, explains what the state means and what to do, and refreshes itself when
another database is opened. Status is never colour alone: each notice starts with a word
that says what it is. The demonstration banner heads the dashboard and the matrix while
demonstration judgements or evidence are in the database, as the reports' running heads do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QToolButton,
    QWidget,
)

from pledge_tracker.db import anchor, storage
from pledge_tracker.db.engine import sqlite_path
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.changes import Changes
from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.services import window_reads
from pledge_tracker.services.check import CheckReport, quick_check
from pledge_tracker.services.team_roles import connected_role
from pledge_tracker.ui.context import AppContext

_STYLE = (
    "#storageBanner { background: #FFF4CE; border-bottom: 1px solid #C9A227; }"
    "#storageBanner QLabel { color: #3D2E00; }"
)
_DEMO_STYLE = (
    "#demoBanner { background: #FBEFE6; border: 1px solid #A23B00; }"
    "#demoBanner QLabel { color: #A23B00; font-weight: bold; }"
)
_DEMO_RELEVANT = {"assessment", "evidence"}


class StorageBanner(QFrame):
    """Read-only and network-drive notices for the open database; hidden when there are none."""

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, check_later: bool = False
    ) -> None:
        """`check_later`: show the storage notices now and leave the tamper check (a read of
        a sample of records) to `check_in_worker()`, which the window calls after its first
        paint."""
        super().__init__(parent)
        self.context = context
        self.setObjectName("storageBanner")
        self.setStyleSheet(_STYLE)
        self.setAccessibleName(self.tr("Database warning"))
        self._anchor_missing = False
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(24, 24)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Hide this warning until the next database"))
        self.close_button.setAccessibleName(self.tr("Hide warning"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        self.accept_button = QPushButton(self.tr("Accept this audit log…"))
        self.accept_button.setToolTip(
            self.tr("Record in the audit log that you accept it as it is, and anchor it again")
        )
        self.accept_button.clicked.connect(self._accept_log)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.accept_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        context.database_replaced.connect(self.refresh)
        if check_later:
            self._show(self.messages(tamper=False))
        else:
            self.refresh()

    def messages(self, *, tamper: bool = True) -> list[str]:
        """The notices that apply to the open database, most important first (`tamper`:
        with the quick tamper check's finding)."""
        database = self.context.database
        path = sqlite_path(database.url)
        notices = []
        if connected_role(database) == "viewer":  # the server refuses a viewer's writes
            notices.append(
                self.tr(
                    "Read-only: your team role is viewer. You can read, search, chart and "
                    "print, but no change can be saved. Ask an admin of the team database "
                    "for editor rights."
                )
            )
        elif database.read_only:
            reason = storage.cannot_write(path) if path is not None else None
            notices.append(
                self.tr(
                    "Read-only: {0}. You can read, search, chart and print, but no change can "
                    "be saved. To make changes, copy the file to a folder you can write to "
                    "and open the copy."
                ).format(reason or self.tr("this database was opened read-only"))
            )
        kind = storage.network_filesystem(path) if path is not None else None
        if kind is not None:
            notices.append(
                self.tr(
                    "Network drive: this database is on {0}. SQLite is not safe there: file "
                    "locking over a network can fail and damage the database, above all when "
                    "two people use it at once. Keep it on this computer's own disk, or, for "
                    "a team, use a shared PostgreSQL server "
                    "(pledge-tracker --db postgresql+psycopg://USER@SERVER/pledge_tracker)."
                ).format(kind)
            )
        found = self._tamper_notice(_checked(self.context.database)) if tamper else None
        if found:
            notices.insert(0, found)
        return notices

    def check_in_worker(self) -> None:
        """Run the tamper check in a worker and add its finding to the notices shown."""
        database = self.context.database

        def done(checked: CheckReport | PledgeError) -> None:
            if database is not self.context.database:
                return  # another database was opened meanwhile: refresh() looked at it
            found = self._tamper_notice(checked)
            rest = self.messages(tamper=False)
            self._show([found, *rest] if found else rest)

        self.context.run(lambda _worker: _checked(database), done, owner=self)

    def _tamper_notice(self, checked: CheckReport | PledgeError) -> str | None:
        """The quick check's finding (sample of records, chain head, anchor), if any."""
        database = self.context.database
        if isinstance(checked, PledgeError):
            self._anchor_missing = False
            return self.tr("Check failed: {0}").format(str(checked))
        report = checked
        self._anchor_missing = not report.ok and report.problem == anchor.missing(database)
        if report.ok:
            return None
        if self._anchor_missing:
            return self.tr(
                "Audit anchor missing: {0}. If this is the database you have been using, "
                "accept its audit log; otherwise restore a backup (File → Restore backup)."
            ).format(report.problem)
        return self.tr(
            "Tampering found: {0}. Run 'pledge-tracker check' for a full report, and restore "
            "the newest good backup (File → Restore backup) if this change was not made "
            "through the app."
        ).format(report.problem)

    def _accept_log(self) -> None:
        reply = QMessageBox.question(
            self,
            self.tr("Accept this audit log"),
            self.tr(
                "The outside record of this database's audit log is missing, so a rewritten "
                "log would not show. Accept the log as it is now? Your acceptance is itself "
                "recorded in the audit log."
            ),
        )
        if reply != QMessageBox.StandardButton.Yes:
            return
        try:
            anchor.confirm(self.context.database, "confirmed in the app's warning banner")
        except PledgeError as exc:
            self.context.error_raised.emit(exc)
        self.refresh()

    def refresh(self) -> None:
        self._show(self.messages())

    def _show(self, notices: list[str]) -> None:
        self.text.setText("\n\n".join(notices))
        self.accept_button.setVisible(self._anchor_missing and not self.context.database.read_only)
        self.setVisible(bool(notices))


def _checked(database: Database) -> CheckReport | PledgeError:
    """The quick tamper check's report, or the error that kept it from running."""
    try:
        return quick_check(database)
    except PledgeError as exc:
        return exc


class DemoBanner(QFrame):
    """ "Demonstration data — not real assessments", while demo records are in the database.

    Whether they are is read in a worker (one short query) when the banner is made, when
    another database is opened and when judgements or evidence change.

    Signals
    -------
    checked: (shown) the answer of the latest look is applied (tests wait for it).
    """

    checked = Signal(bool)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._token = 0
        self.setObjectName("demoBanner")
        self.setStyleSheet(_DEMO_STYLE)
        self.setAccessibleName(self.tr("Demonstration data"))
        self.text = QLabel(
            self.tr(
                "Demonstration data — not real assessments. The judgements and evidence "
                "marked as demonstration are public examples loaded from the Help menu."
            )
        )
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        self.hide()
        context.database_replaced.connect(self.refresh)
        context.data_changed.connect(self._on_data_changed)
        self.refresh()

    def refresh(self) -> None:
        """Look again (in a worker) whether demonstration data is in the database."""
        self._token += 1
        token, database = self._token, self.context.database

        def check(_worker: object) -> bool:
            return window_reads.demo_in_use(database)

        self.context.run(check, lambda shown: self._show(token, shown), owner=self)

    def _show(self, token: int, shown: bool) -> None:
        if token == self._token:
            self.setVisible(shown)
            self.checked.emit(shown)

    def _on_data_changed(self, changed: Changes) -> None:
        if changed.touches(_DEMO_RELEVANT):
            self.refresh()
