"""One as-of matrix for the views of a window: computed once, recomputed after a change."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from pledge_tracker.domain.changes import Changes
from pledge_tracker.domain.dto import AssessmentInput
from pledge_tracker.services import assessments, queries, stakeholders


@pytest.fixture
def computed(monkeypatch: pytest.MonkeyPatch) -> list[dt.date]:
    """The as-of dates of every matrix computed from the database."""
    calls: list[dt.date] = []
    original = queries.matrix

    def counting(session, as_of, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(as_of)
        return original(session, as_of, **kwargs)

    monkeypatch.setattr(queries, "matrix", counting)
    return calls


def test_the_views_share_one_matrix(window, qtbot, computed: list[dt.date]) -> None:
    """The matrix page, then the supporters and dashboard pages: one computation."""
    computed.clear()
    window.context.set_as_of(dt.date(2025, 6, 30))
    qtbot.waitUntil(lambda: window.matrix.model.matrix.as_of == dt.date(2025, 6, 30))
    for key in ("supporters", "dashboard"):
        window.show_page(key)
        page = window.page(key)
        qtbot.waitUntil(lambda page=page: not page.loader._running, timeout=20_000)
    assert computed == [dt.date(2025, 6, 30)]


def test_a_change_is_shown_from_a_fresh_matrix(window, qtbot, computed: list[dt.date]) -> None:
    ctx = window.context
    with ctx.database.read() as session:
        nz = stakeholders.find(session, "New Zealand").id
        pledged = sorted(c for (s, c), ok in queries.pledges(session).items() if s == nz and ok)
    before = window.matrix.model.matrix.cell(nz, pledged[0])
    assert before.assessment_id is None
    computed.clear()
    judged = ctx.write(
        lambda tx: assessments.record(
            tx,
            AssessmentInput(
                stakeholder_id=nz,
                commitment_id=pledged[0],
                level="substantial",
                effective=ctx.as_of,
                rationale="Shared matrix test",
            ),
        )
    )
    qtbot.waitUntil(
        lambda: window.matrix.model.matrix.cell(nz, pledged[0]).assessment_id == judged.id
    )
    window.show_page("supporters")
    page = window.page("supporters")
    qtbot.waitUntil(lambda: not page.loader._running and page.model.rowCount() > 0)
    row = page.model.row_at(page.model.row_of(nz))
    assert row.summary.levels.get("substantial") == 1  # the new judgement, not a kept answer
    # The matrix page read New Zealand's row again and shared the patched matrix: no view
    # read the whole matrix after the change.
    assert computed == []


def test_views_asking_at_once_wait_for_one_answer(context, computed: list[dt.date]) -> None:
    day = dt.date(2024, 12, 31)
    answers = []
    threads = [
        threading.Thread(target=lambda: answers.append(context.shared_matrix(day, 24)))
        for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(answers) == 4 and all(answer is answers[0] for answer in answers)
    assert computed == [day]


def test_a_patched_matrix_is_shared_only_when_nothing_changed_since(context) -> None:
    day = dt.date(2024, 12, 31)
    grid = context.shared_matrix(day, 24)
    since = context.matrix_generation
    context.data_changed.emit(Changes.of({"assessment"}, {(1, 1)}))  # forgets every answer
    assert not context.offer_matrix(grid, 24, since)  # read before that change: refused
    now = context.matrix_generation
    assert context.offer_matrix(grid, 24, now)
    assert context.shared_matrix(day, 24) is grid
    assert not context.offer_matrix(grid, 24, now)  # a view already holds an answer
