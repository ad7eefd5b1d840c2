"""The File menu's import and export entries and the dashboard page, used as a person would."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMenu

from pledge_tracker.ui.dialogs.import_wizard import ImportWizard
from pledge_tracker.ui.workers import wait_for_workers


def _action(menu: QMenu, text: str):
    for action in menu.actions():
        if action.text().replace("&", "").startswith(text):
            return action
        if action.menu() is not None:
            found = _action(action.menu(), text)
            if found is not None:
                return found
    return None


def test_export_evidence_from_the_file_menu_writes_the_csv(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "evidence.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    _action(window.menu("file"), "Evidence (CSV)").trigger()
    # The worker's result reaches the window through the event loop: wait for what it says.
    qtbot.waitUntil(lambda: "Saved" in window.statusBar().currentMessage(), timeout=15000)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle))
    assert "title" in header


def test_import_entry_opens_the_wizard(window, monkeypatch):
    opened: list[ImportWizard] = []
    monkeypatch.setattr(ImportWizard, "exec", lambda self: opened.append(self) or 0)
    _action(window.menu("file"), "Import…").trigger()
    assert len(opened) == 1 and opened[0].context is window.context


def test_template_entry_saves_an_empty_template(window, tmp_path, monkeypatch):
    target = tmp_path / "supporters-template.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    _action(window.menu("file"), "Supporters…").trigger()
    assert target.exists() and target.read_bytes().startswith(b"\xef\xbb\xbf")


def test_dashboard_is_a_page_and_a_chart_click_leads_to_the_matrix(window):
    assert {"dashboard", "reports"} <= set(window.page_keys())
    window.show_page("dashboard")
    window.page("dashboard").open_matrix_requested.emit()
    assert window.current_page() is window.page("matrix")


def test_export_menu_does_not_write_when_the_user_cancels(window, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    _action(window.menu("file"), "Audit log (CSV)").trigger()
    wait_for_workers()
    assert not list(tmp_path.glob("*.csv"))


def test_help_menu_loads_the_demonstration_data_once(window, context) -> None:
    from pledge_tracker.services import queries

    entry = _action(window.menu("help"), "Load Demonstration Data")
    entry.trigger()
    with context.database.read() as session:
        counts = queries.record_counts(session)
    assert counts["evidence"] == 31 and counts["assessments"] > 0
    assert "demonstration data" in window.statusBar().currentMessage()
    entry.trigger()
    with context.database.read() as session:
        assert queries.record_counts(session) == counts
    assert "already loaded" in window.statusBar().currentMessage()


def test_loading_demonstration_data_closes_the_undo_history_and_says_so(window, qtbot) -> None:
    from pledge_tracker.domain.dto import StakeholderInput
    from pledge_tracker.ui import undo

    context = window.context
    undo.push(context, undo.add_stakeholder(context, StakeholderInput("Atlantis", kind="partner")))
    assert context.undo_stack.canUndo()
    window.load_demo()
    assert not context.undo_stack.canUndo()
    assert "Undo starts again from here" in window.statusBar().currentMessage()
