"""Long reads run off the GUI thread: the window keeps turning while a dialog fills its lists."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer

from pledge_tracker.domain.dto import EvidenceInput
from pledge_tracker.domain.errors import NotFoundError
from pledge_tracker.services import dialog_reads, evidence, window_reads
from pledge_tracker.ui import workers
from pledge_tracker.ui.dialogs.event_dialog import EventDialog
from pledge_tracker.ui.views.crosswalk_view import CrosswalkView


def test_a_read_waited_for_keeps_the_event_loop_turning(qapp) -> None:
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)

    def slow_read() -> str:
        time.sleep(0.4)  # a slow server
        return threading.current_thread().name

    try:
        ran_on = workers.wait_for(slow_read)
    finally:
        timer.stop()
    assert ran_on != threading.main_thread().name
    assert len(ticks) >= 5  # the timer fired while the GUI thread waited


def test_a_refused_read_raises_in_the_caller(qapp, context) -> None:
    with pytest.raises(NotFoundError):
        workers.wait_for(lambda: window_reads.event(context.database, 10**6))


def test_the_event_dialog_reads_the_evidence_titles_off_the_gui_thread(
    qtbot, context, monkeypatch
) -> None:
    with context.database.write() as tx:
        item = evidence.add(
            tx, EvidenceInput(title="Summit communique", kind="other", effective="2019-05-15")
        )
    threads: list[bool] = []
    original = dialog_reads.evidence_titles

    def watched(database):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())
        return original(database)

    monkeypatch.setattr(dialog_reads, "evidence_titles", watched)
    dialog = EventDialog(context, None)
    qtbot.addWidget(dialog)
    assert threads == [False]
    dialog.cited_by.set_checked(item.id)  # the list was filled before the dialog showed
    assert dialog.cited_by.checked_ids() == (item.id,)


def test_the_crosswalk_is_read_in_a_worker(qtbot, context, monkeypatch) -> None:
    from pledge_tracker.ui.views import crosswalk_view

    threads: list[bool] = []
    original = crosswalk_view.read_crosswalk

    def watched(*args):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())
        return original(*args)

    monkeypatch.setattr(crosswalk_view, "read_crosswalk", watched)
    view = CrosswalkView(context)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.loading)
    assert threads == [False] and view.grid.rowCount() > 0
