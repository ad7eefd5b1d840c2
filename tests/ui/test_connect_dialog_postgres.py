"""Connect to Team Database against a real PostgreSQL server, typed in as a user would.

Success: the window is on the server database (title user@server/database, the seeded
commitments listed) and the recent connection is remembered without the password. A wrong
password, or a database of another program, gives one line and leaves the old database open.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, make_url, text

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import anchor
from pledge_tracker.domain.dto import StakeholderInput
from pledge_tracker.services import stakeholders
from pledge_tracker.ui.views.commitments_view import CommitmentsView
from tests.db.conftest import pg_url  # noqa: F401  (the fixture: a new server database)
from tests.db.postgres_server import POSTGRES_ONLY
from tests.reference import COMMITMENTS
from tests.ui.connect_helpers import click_connect, fill, open_dialog, wait_until_answered

pytestmark = POSTGRES_ONLY


def _typed(qtbot, window, url: str, password: str | None = None):
    """Open the dialog and type the server's address, user and password from `url`."""
    parsed = make_url(url)
    dialog = open_dialog(qtbot, window)
    fill(
        qtbot,
        dialog,
        str(parsed.host),
        int(parsed.port or 5432),
        str(parsed.database),
        str(parsed.username),
        parsed.password if password is None else password,  # type: ignore[arg-type]
    )
    return dialog, parsed


def test_connecting_puts_the_window_on_the_server_database(
    window,
    qtbot,
    pg_url: str,  # noqa: F811
) -> None:
    old = window.context.database
    dialog, parsed = _typed(qtbot, window, pg_url)

    click_connect(qtbot, dialog)
    wait_until_answered(qtbot, dialog)

    assert not dialog.isVisible(), dialog.message.text()
    database = window.context.database
    assert database is not old and not database.sqlite
    label = f"{parsed.username}@{parsed.host}:{parsed.port}/{parsed.database}"
    assert window.windowTitle() == f"{label} — Pledge Tracker"
    assert str(parsed.password) not in window.windowTitle()
    window.show_page("commitments")
    view = window.page("commitments")
    assert isinstance(view, CommitmentsView)
    qtbot.waitUntil(lambda: view.model.rowCount() == COMMITMENTS and not view.loader.busy)
    assert window.live.listening  # colleagues' changes are heard on the server

    settings = window.context.settings
    settings.sync()
    remembered = settings.recent_servers[0]
    assert (remembered.host, remembered.port, remembered.database, remembered.user) == (
        parsed.host,
        parsed.port,
        parsed.database,
        parsed.username,
    )
    stored = Path(settings._q.fileName()).read_text("utf-8")
    assert str(parsed.database) in stored and str(parsed.password) not in stored
    assert all(str(parsed.password) not in str(settings._q.value(k)) for k in settings._q.allKeys())
    assert dialog.password.text() == ""  # not even kept in the closed dialog


def test_a_wrong_password_is_said_and_the_old_database_stays_open(
    window,
    qtbot,
    pg_url: str,  # noqa: F811
) -> None:
    old, title = window.context.database, window.windowTitle()
    dialog, parsed = _typed(qtbot, window, pg_url, password="not-the-password")

    click_connect(qtbot, dialog)
    wait_until_answered(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.message.text() == f"The server refused the password for {parsed.username}."
    assert window.context.database is old and window.windowTitle() == title
    assert window.context.settings.recent_servers == []


def test_another_programs_database_is_refused_and_left_as_it_was(
    window,
    qtbot,
    pg_url: str,  # noqa: F811
) -> None:
    engine = create_engine(pg_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id integer PRIMARY KEY)"))
    old = window.context.database
    dialog, _parsed = _typed(qtbot, window, pg_url)

    click_connect(qtbot, dialog)
    wait_until_answered(qtbot, dialog)

    assert dialog.message.text() == (
        "This server database is not a Pledge Tracker database (it has other tables). "
        "Nothing was changed."
    )
    assert window.context.database is old
    with engine.connect() as connection:
        assert inspect(connection).get_table_names() == ["invoices"]
    engine.dispose()


def test_the_password_never_reaches_the_log(
    window,
    qtbot,
    pg_url: str,  # noqa: F811
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A colleague's database, new to this computer: no outside anchor yet, so the first
    save here says so in the log, naming the database without its password."""
    open_app_database(pg_url, actor="Aroha Ngata").dispose()  # set up by a colleague…
    anchor.forget(pg_url)  # …on another computer
    dialog, parsed = _typed(qtbot, window, pg_url)
    caplog.set_level(logging.DEBUG)

    click_connect(qtbot, dialog)
    wait_until_answered(qtbot, dialog)
    assert not dialog.isVisible(), dialog.message.text()
    window.context.write(
        lambda tx: stakeholders.add(tx, StakeholderInput(name="Logged", kind="government"))
    )

    assert any("audit anchor" in record.getMessage() for record in caplog.records)
    assert all(str(parsed.password) not in record.getMessage() for record in caplog.records)
