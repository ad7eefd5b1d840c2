"""The Takedown view: filters chosen from the keyboard, figures loaded in a worker equal to the
metrics service's, and the live address handed out only after a warning."""

from __future__ import annotations

import datetime as dt
import threading

from PySide6.QtWidgets import QApplication, QMessageBox

from pledge_tracker.domain.kinds import FoundHow
from pledge_tracker.domain.takedown import TakedownFilter
from pledge_tracker.services import demo_incident, incidents, takedown, takedown_screen
from pledge_tracker.ui.views import takedown_actions, takedown_view
from tests.ui.takedown_helpers import (
    choose,
    open_view,
    service_lines,
    table_figures,
    type_date,
    wait_for,
)


def test_the_table_shows_the_metrics_services_figures_for_the_filters_chosen(
    demo_context, qtbot
) -> None:
    view = open_view(demo_context, qtbot)
    with demo_context.database.read() as session:
        uid = incidents.by_name(session, demo_incident.NAME).uid
        everything = takedown.figures(session, view.loaded.filter)
    assert table_figures(view) == service_lines(everything.rows, everything.total)
    assert len(everything.rows) == 5  # every platform of the demonstration incident
    labels = view.curve.texts()
    assert "1 hour" in labels and "24 hours" in labels  # the yardsticks drawn on the curve
    assert "New sightings" in view.weekly.texts()

    choose(qtbot, view.filters.incident, "Demonstration incident")
    choose(qtbot, view.filters.platform, "Platform 2")
    type_date(qtbot, view.filters.since, "2024-03-18")
    wanted = TakedownFilter(incident_uid=uid, platform="Platform 2", since=dt.date(2024, 3, 18))
    used = wait_for(qtbot, view, wanted)
    with demo_context.database.read() as session:
        expected = takedown.figures(session, used)
    assert 0 < expected.total.sightings < everything.total.sightings
    assert table_figures(view) == service_lines(expected.rows, expected.total)
    assert [row[0] for row in view.platforms.rows()] == ["Platform 2"] * 2 + ["All platforms"] * 2

    choose(qtbot, view.filters.found_how, "A tip")
    tips = TakedownFilter(
        incident_uid=uid, platform="Platform 2", since=dt.date(2024, 3, 18), found_how=FoundHow.TIP
    )
    used = wait_for(qtbot, view, tips)
    with demo_context.database.read() as session:
        expected = takedown.figures(session, used)
        online = takedown.still_online(session, used)
    assert table_figures(view) == service_lines(expected.rows, expected.total)
    assert view.online.rowCount() == len(online) == expected.total.online


def test_figures_load_in_a_worker_with_a_busy_bar(demo_context, qtbot, monkeypatch) -> None:
    threads: list[bool] = []
    real = takedown_view.load_screen

    def spy(database, wanted):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(database, wanted)

    monkeypatch.setattr(takedown_view, "load_screen", spy)
    view = open_view(demo_context, qtbot)
    busy: list[bool] = []
    view.loader.sig_busy_changed.connect(busy.append)
    choose(qtbot, view.filters.platform, "VidShare")
    qtbot.waitUntil(lambda: busy == [True, False], timeout=30_000)
    assert threads and not any(threads)  # never on the GUI thread


def test_the_live_address_is_copied_only_after_the_warning(
    demo_context, qtbot, monkeypatch
) -> None:
    view = open_view(demo_context, qtbot)
    assert view.online.rowCount() > 0
    view.online_table.selectRow(0)
    uid = view.selected_uid()
    with demo_context.database.read() as session:
        live = takedown.live_address(session, uid)
    clipboard = QApplication.clipboard()
    clipboard.setText("before")
    read: list[str] = []
    real = takedown_screen.live_address
    monkeypatch.setattr(
        "pledge_tracker.ui.views.takedown_actions.live_address",
        lambda database, u: read.append(u) or real(database, u),
    )
    warned: list[str] = []

    def answer(choice):
        def warning(parent, title, text, *args):
            warned.append(text)
            return choice

        return warning

    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Cancel))
    assert not view.copy_live_address()
    assert clipboard.text() == "before" and read == []  # not even read from the database
    assert "Do not open it" in warned[0]

    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Yes))
    assert view.copy_live_address()
    qtbot.waitUntil(lambda: clipboard.text() == live, timeout=10_000)
    assert read == [uid] and live.startswith("https://")
    assert live not in [cell for row in view.online.rows() for cell in row]  # shown defanged


def test_the_list_shows_the_oldest_copies_and_the_export_holds_them_all(
    demo_context, qtbot, monkeypatch, tmp_path
) -> None:
    monkeypatch.setattr(takedown_screen, "ONLINE_LIMIT", 3)
    view = open_view(demo_context, qtbot)
    total = view.loaded.online_total
    assert total > 3 and view.online.rowCount() == 3
    assert (
        f"{total} copies" in view.online_label.text()
        and "oldest 3 listed" in view.online_label.text()
    )
    found = [row[2] for row in view.online.rows()]
    assert found == sorted(found)  # oldest first
    path = tmp_path / "online.csv"
    monkeypatch.setattr(takedown_actions, "ask_path", lambda *args: path)
    with qtbot.waitSignal(view.sig_exported, timeout=30_000):
        view.export("csv", "online")
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 1 + total and lines[0].startswith("uid,platform,address_defanged")


def test_the_figures_follow_the_windows_as_of_date(demo_context, qtbot) -> None:
    view = open_view(demo_context, qtbot)
    assert view.loaded.figures.total.sightings == 60
    with qtbot.waitSignal(view.sig_loaded, timeout=30_000):
        demo_context.set_as_of(dt.date(2024, 3, 17))  # two days after the incident
    assert view.loaded.filter.as_of == dt.datetime(2024, 3, 18)  # the end of that day
    with demo_context.database.read() as session:
        expected = takedown.figures(session, TakedownFilter.for_report(dt.date(2024, 3, 17)))
    assert 0 < expected.total.sightings < 60
    assert table_figures(view) == service_lines(expected.rows, expected.total)
