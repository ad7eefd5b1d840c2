"""The change feed: what another window, program or colleague committed, read from the audit."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import AssessmentInput
from pledge_tracker.services import actions, assessments, change_feed, commitments, stakeholders
from pledge_tracker.services.change_feed import Place


def _pair(database: Database, name: str, code: str) -> tuple[int, int]:
    with database.read() as session:
        return stakeholders.find(session, name).id, commitments.find(session, code).id


def _newest(database: Database) -> int:
    with database.read() as session:
        return change_feed.newest_entry_id(session)


def _feed(database: Database, after: int, hint: int | None = None) -> change_feed.Feed:
    with database.read() as session:
        return change_feed.changes_since(session, after, database.appended, hint=hint)


@pytest.fixture
def colleague(db_path: Path, database: Database):
    """A second, independent opening of the same file: another window or program."""
    other = open_app_database(db_path, actor="Aroha Ngata")
    yield other
    other.dispose()


def test_a_colleagues_assessment_names_its_cell_author_and_place(
    database: Database, colleague: Database
) -> None:
    seen = _newest(database)
    pair = _pair(colleague, "New Zealand", "GOV-1")
    with colleague.write() as tx:
        assessments.record(tx, AssessmentInput(*pair, "limited", "2021-03-01", rationale="law"))

    feed = _feed(database, seen)

    assert feed.changes is not None and feed.changes.elsewhere
    assert feed.changes.entities == {"assessment"} and feed.changes.cells == {pair}
    assert feed.changes.actor == "Aroha Ngata"
    assert feed.headline == ("record", "assessment", 1) and not feed.others
    assert feed.place == Place("New Zealand", "GOV-1")
    assert feed.newest == _newest(database) > seen


def test_this_windows_own_saves_are_not_news(database: Database) -> None:
    seen = _newest(database)
    nz, gov1 = _pair(database, "New Zealand", "GOV-1")
    with database.write() as tx:
        actions.add(tx, stakeholder_id=nz, title="Fund a research centre", commitment_id=gov1)

    feed = _feed(database, seen)

    assert feed.changes is None
    assert feed.newest == _newest(database) > seen  # read past them, never again


def test_own_and_colleagues_entries_interleaved_report_only_the_colleagues(
    database: Database, colleague: Database
) -> None:
    seen = _newest(database)
    nz, gov1 = _pair(database, "New Zealand", "GOV-1")
    with database.write() as tx:
        actions.add(tx, stakeholder_id=nz, title="Mine", commitment_id=gov1)
    with colleague.write() as tx:
        actions.add(tx, stakeholder_id=nz, title="Theirs one", commitment_id=gov1)
        actions.add(tx, stakeholder_id=nz, title="Theirs two", commitment_id=gov1)
    with database.write() as tx:
        actions.add(tx, stakeholder_id=nz, title="Mine again", commitment_id=gov1)

    feed = _feed(database, seen)

    assert feed.changes is not None and feed.changes.entities == {"action"}
    assert feed.headline == ("add", "action", 2)
    assert feed.changes.matrix_cells() == frozenset()  # an action moves no cell


def test_nothing_new_reads_nothing(database: Database) -> None:
    seen = _newest(database)
    feed = _feed(database, seen)
    assert feed.changes is None and feed.newest == seen


def test_a_notice_beyond_what_this_reader_may_see_is_an_unknown_change(
    database: Database,
) -> None:
    """On a team server row-level security may hide the newest entries from a viewer."""
    seen = _newest(database)
    feed = _feed(database, seen, hint=seen + 3)
    assert feed.changes is not None and feed.changes.unknown and feed.changes.elsewhere
    assert feed.newest == seen  # a notice cannot move the window past what it has read


def test_a_stray_notice_does_not_hide_the_next_real_change(
    database: Database, colleague: Database
) -> None:
    seen = _newest(database)
    stray = _feed(database, seen, hint=10**12)  # anyone may NOTIFY on a server's channel
    nz, gov1 = _pair(colleague, "New Zealand", "GOV-1")
    with colleague.write() as tx:
        actions.add(tx, stakeholder_id=nz, title="Real", commitment_id=gov1)

    feed = _feed(database, stray.newest)

    assert feed.changes is not None and feed.headline == ("add", "action", 1)


def test_a_long_gap_is_an_unknown_change_not_a_long_read(
    database: Database, colleague: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(change_feed, "MAX_ENTRIES", 2)
    seen = _newest(database)
    nz, gov1 = _pair(database, "New Zealand", "GOV-1")
    with colleague.write() as tx:
        for number in range(3):
            actions.add(tx, stakeholder_id=nz, title=f"Step {number}", commitment_id=gov1)

    feed = _feed(database, seen)

    assert feed.changes is not None and feed.changes.unknown
    assert feed.newest == seen + 3
