"""Helpers for the live-refresh tests: a colleague's write, the supporters listed, focus."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import StakeholderInput
from pledge_tracker.services import stakeholders
from pledge_tracker.ui.main_window import MainWindow
from pledge_tracker.ui.models.supporters_model import Column
from pledge_tracker.ui.views.supporters_view import SupportersView


def supporters_view(qtbot, window: MainWindow) -> SupportersView:
    """The window's Supporters page, shown and loaded."""
    window.show_page("supporters")
    view = window.page("supporters")
    assert isinstance(view, SupportersView)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and not view.loader.busy)
    return view


def listed(view: SupportersView) -> list[str]:
    """The supporter names the view's model holds (whatever the filter shows)."""
    model = view.model
    return [str(model.index(row, Column.NAME).data()) for row in range(model.rowCount())]


def add_supporter(database: Database, name: str) -> None:
    """What a colleague's window or program does: one plain services write."""
    with database.write() as tx:
        stakeholders.add(tx, StakeholderInput(name=name, kind="government"))


def activate(window: MainWindow) -> None:
    """The window regains focus, as when the user comes back from another program."""
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
