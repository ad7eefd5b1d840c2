"""Hostile input to the team-database features: connection fields, the remembered list,
audit entries a colleague's program wrote, and notices on the server's channel.

Connection fields are refused with one line naming the field, or give a URL that names
exactly that server, user and database (no text can redirect it); a settings file edited by
hand yields only well-formed servers; an unreadable audit entry makes the views reload, never
fail; a stray NOTIFY on the channel means "check", nothing more.
"""

from __future__ import annotations

import queue
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSettings
from sqlalchemy import make_url, text

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import audit
from pledge_tracker.db.engine import server_of, server_url
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.servers import TeamServer
from pledge_tracker.services import change_feed
from pledge_tracker.services.change_listener import ChangeListener
from pledge_tracker.ui.settings import Settings
from tests.db.conftest import pg_url  # noqa: F401  (the fixture: a new server database)
from tests.db.postgres_server import POSTGRES_ONLY
from tests.reliability import tally
from tests.reliability.hostile import hostile_text

HOSTS = st.one_of(
    hostile_text,
    st.sampled_from(
        ("evil.org/other?host=/tmp", "a@b", "db.example.org#x", "[::1]", "host name", "ok.org")
    ),
)


@settings(max_examples=150, deadline=None)
@given(host=HOSTS, database=hostile_text, user=hostile_text, password=hostile_text)
@example(host="[0]", database="db", user="u", password="p")  # found by CI: "[0]" reached "0"
def test_connection_fields_are_refused_or_name_exactly_that_server(
    host: str, database: str, user: str, password: str
) -> None:
    server = TeamServer(host, 5432, database, user)
    try:
        server.check()
    except ValidationError as error:
        assert error.field in {"server", "database", "user"}
        assert "\n" not in str(error) and "\r" not in str(error)
        tally.refused("connect: hostile server, database or user")
        return
    url = server_url(server, password)
    assert server_of(url) == server  # no text in a field can move another
    assert (make_url(url).password or "") == password
    tally.accepted("connect: hostile server, database or user")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(lines=st.lists(st.one_of(hostile_text, st.just("h\t5432\tdb\tu")), max_size=5))
def test_a_hand_edited_recent_list_gives_only_well_formed_servers(
    tmp_path: Path, lines: list[str]
) -> None:
    store = QSettings(str(tmp_path / "hostile.ini"), QSettings.Format.IniFormat)
    store.setValue("persist/recent_servers", lines)
    recent = Settings(store).recent_servers
    expected = [s for s in map(TeamServer.from_text, lines) if s is not None]
    assert recent == expected
    assert all(s.host and s.database and s.user and s.port >= 0 for s in recent)
    tally.accepted("recent servers: hand-edited settings")


STATES = st.one_of(
    st.none(),
    hostile_text,
    st.dictionaries(
        st.sampled_from(("stakeholder_id", "commitment_id", "x")),
        st.one_of(st.integers(), st.text(max_size=5), st.none(), st.floats(allow_nan=True)),
    ),
)


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory):
    """One database, and another program's opening of it, for the whole module."""
    from tests.conftest import _template, copy_anchored

    path = tmp_path_factory.mktemp("live") / "live.db"
    copy_anchored(_template(tmp_path_factory, demo=False), path)
    mine = open_app_database(path, actor="Test Officer")
    theirs = open_app_database(path, actor="Aroha Ngata")
    yield mine, theirs
    theirs.dispose()
    mine.dispose()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(before=STATES, after=STATES)
@example(before=None, after={"stakeholder_id": float("inf")})  # found by a run: int(inf)
def test_an_unreadable_assessment_entry_reloads_the_matrix_and_never_fails(
    shared: tuple[Database, Database], before: object, after: object
) -> None:
    mine, theirs = shared
    with mine.read() as session:
        seen = change_feed.newest_entry_id(session)
    with theirs.write() as tx:  # another program's entry, its state whatever it wrote
        head = audit.head(tx.session)
        tx.session.add(
            audit_entry(head, before, after),
        )
    with mine.read() as session:
        feed = change_feed.changes_since(session, seen, mine.appended)
    assert feed.changes is not None and feed.changes.entities == {"assessment"}
    cells = feed.changes.cells
    assert all(0 < a < 2**63 and 0 < b < 2**63 for a, b in cells)
    if not cells:
        assert feed.changes.matrix_cells() is None  # read the whole matrix again
    tally.accepted("live: hostile audit entry state")


def audit_entry(head: audit.ChainHead, before: object, after: object):
    """An audit row as another program might have written it (its JSON taken as is)."""
    from pledge_tracker.db.models import AuditEntry

    def as_text(value: object) -> str | None:
        if value is None:
            return None
        return value if isinstance(value, str) else audit.canonical(value)

    return AuditEntry(
        id=head.last_id + 1,
        at="2026-12-01T00:00:00.000000Z",
        actor="Other program",
        action="record",
        entity="assessment",
        record_uid=f"hostile-{head.last_id + 1}",
        before=as_text(before),
        after=as_text(after),
        prev_hash=head.hash,
        hash=f"{head.last_id + 1:064d}",
    )


@pytest.mark.postgres
@pytest.mark.skipif(POSTGRES_ONLY[1].args[0], reason=POSTGRES_ONLY[1].kwargs["reason"])
@pytest.mark.parametrize("payload", ["", "garbage", "12abc", "-1", "9" * 40, "\u202e1"])
def test_a_stray_notice_on_the_channel_means_check_and_nothing_more(
    pg_url: str,  # noqa: F811
    payload: str,
) -> None:
    database = open_app_database(pg_url, actor="Test Officer")
    heard: queue.Queue[int | None] = queue.Queue()
    listener = ChangeListener(pg_url, heard.put)
    listener.start()
    try:
        assert listener.connected.wait(10)
        assert heard.get(timeout=5) is None
        with database.engine.connect() as connection:
            connection.execute(
                text("SELECT pg_notify(:channel, :payload)"),
                {"channel": change_feed.CHANNEL, "payload": payload},
            )
            connection.commit()
        got = heard.get(timeout=5)
        assert got is None or str(got) == payload.strip()
        assert listener.running  # still listening
        with database.read() as session:
            feed = change_feed.changes_since(session, 10**9, database.appended, hint=got)
        assert feed.changes is None or feed.changes.unknown
        tally.accepted("live: stray notice payload")
    finally:
        listener.stop()
        database.dispose()
