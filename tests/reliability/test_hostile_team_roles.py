"""Hostile user names and passwords for `db grant`: refused in one line before the server is
asked, or (on a server) taken as exactly that name, never read as SQL."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from sqlalchemy import create_engine, text

from pledge_tracker import cli
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.services.team_roles import MAX_NAME_BYTES, check_user_name
from tests.db.conftest import pg_url  # noqa: F401  (the per-test database fixture)
from tests.db.postgres_server import SERVER_URL
from tests.db.team_users import as_user, granted, plain, temporary_users
from tests.reliability import tally
from tests.reliability.hostile import hostile_text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=hostile_text)
def test_any_user_name_is_refused_naming_the_field_or_kept_as_given(name: str) -> None:
    try:
        kept = check_user_name(name)
    except ValidationError as exc:
        assert exc.field == "user" and "\n" not in str(exc)
        tally.refused("user name")
        return
    assert kept == name  # never trimmed or rewritten behind the user's back
    assert name.strip() and name.isprintable()
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    tally.accepted("user name")


def test_a_refused_name_on_the_command_line_is_one_line_and_exit_1(
    tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none"  # never reached: the name is refused
    status = cli.main(["db", "grant", "--db", url, "--user", "pg_x", "--role", "viewer"])
    err = capsys.readouterr().err
    assert status == 1 and err.count("\n") == 1 and "field 'user'" in err
    tally.refused("reserved user name")


TRICKY = (
    "o'brien",
    'a"b',
    "'; DROP TABLE evidence; --",
    "Œuvre Ça",
    "user with spaces",
)


@pytest.mark.postgres
@pytest.mark.skipif(not SERVER_URL, reason="needs PLEDGE_TRACKER_TEST_PG_URL (.ci/postgres.sh)")
@pytest.mark.parametrize("tricky", TRICKY)
def test_a_tricky_name_and_password_become_exactly_that_role(
    pg_url: str,  # noqa: F811
    tricky: str,
) -> None:
    with temporary_users() as new:
        base, _ = new("x")
        name, password = f"{base} {tricky}"[:MAX_NAME_BYTES], "p'w\"; DROP ROLE x; --"
        while len(name.encode("utf-8")) > MAX_NAME_BYTES:
            name = name[:-1]
        granted(pg_url, name, password, "viewer")
        with plain(as_user(pg_url, name, password)) as connection:
            assert connection.execute("SELECT current_user").fetchone() == (name,)
        engine = create_engine(pg_url)
        try:
            with engine.connect() as connection:
                # The table a name tried to drop is still there.
                assert connection.execute(text("SELECT count(*) FROM evidence")).scalar() == 0
        finally:
            engine.dispose()
    tally.accepted("tricky role name")
