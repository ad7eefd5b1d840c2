"""A team server tells every listening window when someone commits (migration 0014).

The trigger on audit_entries sends the newest entry id at commit; the listener (its own
connection and thread) hears it, and reconnects by itself after its connection is dropped.
"""

from __future__ import annotations

import queue
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db.uow import Database
from pledge_tracker.services import actions, change_feed, commitments, stakeholders
from pledge_tracker.services.change_listener import ChangeListener
from tests.db.postgres_server import POSTGRES_ONLY
from tests.db.team_users import as_user, granted, temporary_users

pytestmark = POSTGRES_ONLY


@pytest.fixture
def team(pg_url: str) -> Iterator[tuple[Database, Database]]:
    """Two openings of one server database: this window's and a colleague's (own login)."""
    mine = open_app_database(pg_url, actor="Test Officer")
    with temporary_users() as new:
        name, password = new("editor")
        granted(pg_url, name, password, "editor")
        theirs = open_app_database(as_user(pg_url, name, password))
        yield mine, theirs
        theirs.dispose()
    mine.dispose()


@pytest.fixture
def heard(pg_url: str) -> Iterator[tuple[ChangeListener, queue.Queue[int | None]]]:
    notices: queue.Queue[int | None] = queue.Queue()
    listener = ChangeListener(pg_url, notices.put)
    listener.start()
    assert listener.connected.wait(10), "the listener did not connect"
    assert notices.get(timeout=5) is None  # on connecting: "check anyway"
    yield listener, notices
    listener.stop()
    assert not listener.running


def _add_action(database: Database, title: str) -> None:
    with database.write() as tx:
        nz = stakeholders.find(tx.session, "New Zealand").id
        gov1 = commitments.find(tx.session, "GOV-1").id
        actions.add(tx, stakeholder_id=nz, title=title, commitment_id=gov1)


def _newest(database: Database) -> int:
    with database.read() as session:
        return change_feed.newest_entry_id(session)


def test_a_commit_elsewhere_is_announced_with_its_newest_entry(team, heard) -> None:
    mine, theirs = team
    _listener, notices = heard
    seen = _newest(mine)

    _add_action(theirs, "Fund a research centre")

    assert notices.get(timeout=5) == _newest(theirs)
    feed = _feed(mine, seen)
    # On a server the author is the colleague's database login, whatever they typed.
    assert feed.changes is not None and feed.changes.actor == theirs.server_user != mine.actor
    assert feed.headline == ("add", "action", 1)


def test_a_rolled_back_unit_announces_nothing(team, heard) -> None:
    _mine, theirs = team
    _listener, notices = heard
    with pytest.raises(RuntimeError), theirs.write() as tx:
        nz = stakeholders.find(tx.session, "New Zealand").id
        actions.add(tx, stakeholder_id=nz, title="Never saved")
        raise RuntimeError("changed my mind")
    with pytest.raises(queue.Empty):
        notices.get(timeout=1.5)


def test_the_listener_reconnects_quietly_after_its_connection_is_dropped(
    team, heard, pg_url: str
) -> None:
    mine, theirs = team
    listener, notices = heard
    with mine.engine.connect() as connection:  # the server ends the listener's session
        connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": listener.backend_pid})
    assert notices.get(timeout=15) is None  # back: "check anyway", notices were lost meanwhile
    _add_action(theirs, "After the drop")
    assert notices.get(timeout=5) == _newest(theirs)


def test_own_commits_are_heard_but_are_not_news(team, heard) -> None:
    mine, _theirs = team
    _listener, notices = heard
    seen = _newest(mine)
    _add_action(mine, "My own step")
    newest = notices.get(timeout=5)
    assert newest == _newest(mine)
    assert _feed(mine, seen, hint=newest).changes is None


def _feed(database: Database, after: int, hint: int | None = None) -> change_feed.Feed:
    with database.read() as session:
        return change_feed.changes_since(session, after, database.appended, hint=hint)
