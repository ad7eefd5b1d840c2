"""Two windows on one team server see each other's work without a restart (LISTEN/NOTIFY).

A colleague's commit (a plain services write on another Database object) reaches this
window's Supporters model within 5 seconds, with no click and no change of focus, and the
status bar names the colleague; this window's own saves bring no such message.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import StakeholderInput
from pledge_tracker.services import stakeholders
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.main_window import MainWindow
from tests.db.conftest import pg_url  # noqa: F401  (the fixture: a new server database)
from tests.db.postgres_server import POSTGRES_ONLY
from tests.db.team_users import as_user, granted, temporary_users
from tests.ui.live_helpers import add_supporter, listed, supporters_view
from tests.ui.shell_helpers import wait_for_matrix

pytestmark = POSTGRES_ONLY


@pytest.fixture
def team_window(
    pg_url: str,  # noqa: F811
    settings,
    qtbot,
    colleague: Database,  # granted before the window opens: the grant is not news
) -> Iterator[MainWindow]:
    database = open_app_database(pg_url, actor="Test Officer")
    window = MainWindow(AppContext(database, settings))
    qtbot.addWidget(window)
    window.show()
    wait_for_matrix(qtbot, window.matrix)
    qtbot.waitUntil(lambda: window.live.listening and window.live._seen is not None)
    yield window
    window.close()
    QThreadPool.globalInstance().waitForDone(5000)
    window.context.database.dispose()


@pytest.fixture
def colleague(pg_url: str) -> Iterator[Database]:  # noqa: F811
    """A colleague with their own login (an editor): the status bar names that login."""
    with temporary_users() as new:
        name, password = new("editor")
        granted(pg_url, name, password, "editor")
        other = open_app_database(as_user(pg_url, name, password))
        yield other
        other.dispose()


def test_a_colleagues_supporter_reaches_the_view_within_5_seconds(
    team_window: MainWindow, colleague: Database, qtbot
) -> None:
    view = supporters_view(qtbot, team_window)
    assert "Republic of Testland" not in listed(view)

    with qtbot.waitSignal(team_window.live.news_shown, timeout=5000) as shown:
        add_supporter(colleague, "Republic of Testland")

    qtbot.waitUntil(lambda: "Republic of Testland" in listed(view), timeout=5000)
    said = f"{colleague.server_user} added 1 supporter"
    assert shown.args == [said]
    assert team_window.statusBar().currentMessage() == said


def test_the_windows_own_save_on_the_server_is_not_a_colleagues(
    team_window: MainWindow, colleague: Database, qtbot
) -> None:
    view = supporters_view(qtbot, team_window)
    messages: list[str] = []
    team_window.live.news_shown.connect(messages.append)

    team_window.context.write(
        lambda tx: stakeholders.add(tx, StakeholderInput(name="Mine Alone", kind="government"))
    )
    qtbot.waitUntil(lambda: "Mine Alone" in listed(view), timeout=5000)
    with qtbot.waitSignal(team_window.live.news_shown, timeout=5000):  # a colleague's, after
        add_supporter(colleague, "Theirs")

    assert messages == [f"{colleague.server_user} added 1 supporter"]  # none for "Mine Alone"


def test_another_database_opened_stops_the_listener(
    team_window: MainWindow, db_path, qtbot
) -> None:
    assert team_window.live.listening
    team_window.open_path(str(db_path))
    assert not team_window.live.listening  # a SQLite file: no server to listen to


def test_two_windows_on_one_server_see_each_others_changes(
    team_window: MainWindow, colleague: Database, settings, qtbot
) -> None:
    """Two app windows, two logins, one server: each sees what the other saves."""
    theirs = MainWindow(AppContext(colleague, settings))
    qtbot.addWidget(theirs)
    theirs.show()
    wait_for_matrix(qtbot, theirs.matrix)
    qtbot.waitUntil(lambda: theirs.live.listening and theirs.live._seen is not None)
    mine_view, their_view = supporters_view(qtbot, team_window), supporters_view(qtbot, theirs)

    team_window.context.write(
        lambda tx: stakeholders.add(tx, StakeholderInput(name="Saved Here", kind="government"))
    )
    qtbot.waitUntil(lambda: "Saved Here" in listed(their_view), timeout=5000)
    owner = team_window.context.database.server_user
    qtbot.waitUntil(lambda: theirs.statusBar().currentMessage() == f"{owner} added 1 supporter")

    theirs.context.write(
        lambda tx: stakeholders.add(tx, StakeholderInput(name="Saved There", kind="government"))
    )
    qtbot.waitUntil(lambda: "Saved There" in listed(mine_view), timeout=5000)
    said = f"{colleague.server_user} added 1 supporter"
    qtbot.waitUntil(lambda: team_window.statusBar().currentMessage() == said)
    theirs.live.stop()
    theirs.context.writer.drain()
