"""A window sees what another window or program saved to its SQLite file: when it regains
focus it checks the audit sequence, refreshes its views and says who changed what."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.changes import Changes
from pledge_tracker.domain.dto import AssessmentInput
from pledge_tracker.services import assessments
from pledge_tracker.services.change_feed import Feed
from pledge_tracker.ui.live_messages import news_text
from tests.ui.live_helpers import activate, add_supporter, listed, supporters_view
from tests.ui.shell_helpers import ids


@pytest.fixture
def colleague(db_path: Path, database: Database):
    """Another opening of the same file (another window, or the command line)."""
    other = open_app_database(db_path, actor="Aroha Ngata")
    yield other
    other.dispose()


def test_another_programs_supporter_appears_when_the_window_is_activated(
    window, colleague: Database, qtbot
) -> None:
    view = supporters_view(qtbot, window)
    qtbot.waitUntil(lambda: window.live._seen is not None)  # it knows where the log stood
    add_supporter(colleague, "Republic of Testland")
    assert "Republic of Testland" not in listed(view)

    with qtbot.waitSignal(window.live.news_shown, timeout=5000) as shown:
        activate(window)

    qtbot.waitUntil(lambda: "Republic of Testland" in listed(view), timeout=5000)
    assert shown.args == ["Aroha Ngata added 1 supporter"]
    assert window.statusBar().currentMessage() == "Aroha Ngata added 1 supporter"


def test_a_colleagues_assessment_is_named_with_its_supporter_and_commitment(
    window, colleague: Database, qtbot
) -> None:
    qtbot.waitUntil(lambda: window.live._seen is not None)
    pair = ids(colleague, "New Zealand", "GOV-1")
    with colleague.write() as tx:
        for day in ("2021-03-01", "2021-04-01"):
            assessments.record(tx, AssessmentInput(*pair, "limited", day, rationale="law"))

    with qtbot.waitSignal(window.live.news_shown, timeout=5000) as shown:
        activate(window)

    assert shown.args == ["Aroha Ngata recorded 2 assessments (New Zealand · GOV-1)"]


def test_the_windows_own_save_brings_no_colleague_message(window, qtbot) -> None:
    view = supporters_view(qtbot, window)
    qtbot.waitUntil(lambda: window.live._seen is not None)
    messages: list[str] = []
    window.live.news_shown.connect(messages.append)

    add_supporter(window.context.database, "Mine Alone")  # through this window's database
    activate(window)
    qtbot.wait(1000)  # longer than the coalescing wait and a read

    assert messages == []
    assert not window.statusBar().currentMessage().endswith("added 1 supporter")
    assert "Mine Alone" not in listed(view)  # own saves are announced by the save itself


def test_nothing_new_on_activation_changes_nothing(window, qtbot) -> None:
    qtbot.waitUntil(lambda: window.live._seen is not None)
    with qtbot.assertNotEmitted(window.context.data_changed, wait=1000):
        activate(window)


def test_a_change_it_cannot_read_is_told_without_a_name(qapp) -> None:
    """Entries hidden from this reader (row-level security) or too many to read."""
    assert news_text(Feed(Changes(elsewhere=True), 42)) == "A colleague changed the record"
