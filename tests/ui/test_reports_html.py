"""The Reports page saves the accessible HTML edition of the report it previews."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from pledge_tracker.ui.views.reports_view import ReportsView
from tests.reports.html_checks import check_headings, check_tables, parse, text

AS_OF = dt.date(2025, 6, 30)


@pytest.fixture
def view(demo_context, qtbot) -> ReportsView:
    widget = ReportsView(demo_context)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    qtbot.waitUntil(lambda: widget.picker.model.rowCount() == 74, timeout=10_000)
    widget.as_of.set_date(AS_OF)
    return widget


def _choose(combo, data: str) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_save_as_accessible_html_writes_the_previewed_report(
    view, qtbot, monkeypatch, tmp_path: Path
) -> None:
    _choose(view.report, "scorecard")
    _choose(view.scope, "named")
    view.picker.filter.setText("Microsoft")
    index = view.picker.proxy.index(0, 0)
    view.picker.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    _choose(view.lang, "fr")
    qtbot.mouseClick(view.generate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.generate.isEnabled(), timeout=60_000)
    assert view.pdf_bytes is not None
    _choose(view.format, "html")
    offered: list[str] = []

    def choose(_parent, _title, suggested, filters):  # type: ignore[no-untyped-def]
        offered.append(suggested)
        offered.append(filters)
        return str(tmp_path / "microsoft"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    qtbot.mouseClick(view.save, Qt.MouseButton.LeftButton)
    saved = tmp_path / "microsoft.html"
    qtbot.waitUntil(saved.exists, timeout=60_000)
    assert offered[0].endswith(".html") and "*.html" in offered[1]
    root = parse(saved.read_text(encoding="utf-8"))
    assert root.get("lang") == "fr"
    check_headings(root)
    check_tables(root)
    assert [text(h) for h in root.iter("h2")] == ["Microsoft"]
    qtbot.waitUntil(lambda: "microsoft.html" in view.status.text(), timeout=10_000)
    assert view.save.isEnabled()
