"""The window's pages after the matrix, each built the first time it is shown.

A page's module is imported only then, with what it needs (matplotlib for the dashboard,
reportlab for the reports): a start that paints the matrix loads none of it, and a hidden
page neither loads data nor competes with the first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from pledge_tracker.ui.screen_fit import scrolling

if TYPE_CHECKING:
    from pledge_tracker.ui.main_window import MainWindow


class LazyPage(QWidget):
    """A tab's holder: the page is made by `factory` when first wanted (`built()`)."""

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory: Callable[[], QWidget] | None = factory
        self._page: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def built(self) -> QWidget:
        """The page, made now if it was not yet."""
        if self._page is None:
            factory, self._factory = self._factory, None
            assert factory is not None
            self._page = factory()
            layout = self.layout()
            assert layout is not None
            layout.addWidget(scrolling(self._page))
        return self._page

    def existing(self) -> QWidget | None:
        """The page if it has been made, else None (nothing is built)."""
        return self._page


def supporters(window: MainWindow) -> QWidget:
    from pledge_tracker.ui.views.supporters_view import SupportersView

    return SupportersView(window.context)


def commitments(window: MainWindow) -> QWidget:
    from pledge_tracker.ui.views.commitments_view import CommitmentsView

    return CommitmentsView(window.context)


def evidence(window: MainWindow) -> QWidget:
    from pledge_tracker.ui.views.evidence_view import EvidenceView

    return EvidenceView(window.context)


def actions(window: MainWindow) -> QWidget:
    from pledge_tracker.ui.views.actions_view import ActionsView

    return ActionsView(window.context)


def dashboard(window: MainWindow) -> QWidget:
    from pledge_tracker.ui.views.dashboard_view import DashboardView

    view = DashboardView(window.context)
    view.open_matrix_requested.connect(lambda: window.show_page("matrix"))
    return view


def reports(window: MainWindow) -> QWidget:
    from pledge_tracker.ui.views.reports_view import ReportsView

    return ReportsView(window.context)


def timeline(window: MainWindow) -> QWidget:
    from pledge_tracker.ui.views.timeline_view import TimelineView

    return TimelineView(window.context)


def crosswalk(window: MainWindow) -> QWidget:
    from pledge_tracker.ui.views.crosswalk_view import CrosswalkView

    return CrosswalkView(window.context)


def figures(window: MainWindow) -> QWidget:
    from pledge_tracker.ui.views.indicators_view import IndicatorsView

    return IndicatorsView(window.context)


def takedown(window: MainWindow) -> QWidget:
    from pledge_tracker.ui.views.takedown_view import TakedownView

    return TakedownView(window.context)
