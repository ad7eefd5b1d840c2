"""The dashboard and the matrix say "Demonstration data" while demo records are loaded."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from pledge_tracker.services import seed
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.views.dashboard_view import DashboardView
from pledge_tracker.ui.views.matrix_view import MatrixView

BANNER = "Demonstration data — not real assessments"
VIEWS = [DashboardView, MatrixView]


def _open(view_class: type[QWidget], context: AppContext, qtbot) -> tuple[QWidget, bool]:
    """The view on screen, and whether its banner's first look found demonstration data."""
    view = view_class(context)
    qtbot.addWidget(view)
    # The look runs in a worker; its answer arrives through the event loop, so after this.
    with qtbot.waitSignal(view.demo_banner.checked, timeout=10_000) as answer:
        view.show()
    return view, answer.args[0]


@pytest.mark.parametrize("view_class", VIEWS)
def test_the_banner_shows_when_demo_data_is_loaded(demo_context, qtbot, view_class) -> None:
    view, found = _open(view_class, demo_context, qtbot)
    assert found and view.demo_banner.isVisible()
    assert BANNER in view.demo_banner.text.text()


@pytest.mark.parametrize("view_class", VIEWS)
def test_no_banner_without_demo_data_until_it_is_loaded(context, qtbot, view_class) -> None:
    view, found = _open(view_class, context, qtbot)
    assert not found and not view.demo_banner.isVisible()
    # Help -> Load Demonstration Data runs the same function: the open view now says so.
    with qtbot.waitSignal(view.demo_banner.checked, timeout=10_000) as shown:
        context.write(seed.load_demo_once)
    assert shown.args == [True] and view.demo_banner.isVisible()
