"""A viewer's window on a team database: the banner says why nothing can be saved, and the
edit actions are off (the server would refuse the writes anyway)."""

from __future__ import annotations

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.main_window import MainWindow
from tests.db.conftest import pg_url  # noqa: F401  (the per-test database fixture)
from tests.db.postgres_server import POSTGRES_ONLY
from tests.db.team_users import as_user, granted, temporary_users
from tests.ui.shell_helpers import wait_for_matrix

pytestmark = POSTGRES_ONLY


def test_a_viewer_window_is_read_only_with_a_banner(pg_url, settings, qtbot) -> None:  # noqa: F811
    open_app_database(pg_url).dispose()
    with temporary_users() as new:
        viewer, password = new("viewer")
        granted(pg_url, viewer, password, "viewer")
        database = open_app_database(as_user(pg_url, viewer, password))
        try:
            window = MainWindow(AppContext(database, settings))
            qtbot.addWidget(window)
            window.show()
            wait_for_matrix(qtbot, window.matrix)
            assert window.banner.isVisible()
            assert "Read-only: your team role is viewer" in window.banner.text.text()
            window.matrix.table.setCurrentIndex(window.matrix.model.index(0, 0))
            assert not window.matrix.record_action.isEnabled()
            window.close()
        finally:
            database.dispose()
