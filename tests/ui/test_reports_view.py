"""The Reports view: choose, generate in a worker, preview, save and print."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog

from pledge_tracker.domain.changes import Changes
from pledge_tracker.ui.views import reports_view
from pledge_tracker.ui.views.reports_view import ReportsView

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


def _generate(view: ReportsView, qtbot) -> None:
    qtbot.mouseClick(view.generate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.generate.isEnabled(), timeout=60_000)


def _tick(view: ReportsView, *names: str) -> None:
    """Tick supporters the way a user does: filter by name, then tick the item shown."""
    picker = view.picker
    for name in names:
        picker.filter.setText(name)
        index = picker.proxy.index(0, 0)
        assert index.data() == name
        picker.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    picker.filter.clear()
    assert len(picker.checked_ids()) == len(names)


def test_generating_scorecards_previews_one_page_per_chosen_supporter(view, qtbot) -> None:
    _choose(view.report, "scorecard")
    _choose(view.scope, "named")
    _tick(view, "New Zealand", "France")
    _generate(view, qtbot)
    assert view.document.status() == QPdfDocument.Status.Ready, view.status.text()
    # A page each, some continued by the evidence their ratings cite.
    assert view.document.pageCount() == view.pages >= 2
    assert f"{view.pages} pages" in view.status.text()
    outline = pypdf.PdfReader(_bytes(view)).outline
    assert [item["/Title"] for item in outline] == ["France", "New Zealand"]
    assert view.save.isEnabled()


def test_briefing_for_one_kind_in_french_on_letter(view, qtbot) -> None:
    _choose(view.report, "briefing")
    _choose(view.scope, "kind")
    _choose(view.kind, "partner")
    _choose(view.lang, "fr")
    _choose(view.paper, "letter")
    _generate(view, qtbot)
    assert view.document.pageCount() >= 3
    size = view.document.pagePointSize(0)
    assert round(size.height()) == 792
    assert "Note de synthèse" in pypdf.PdfReader(_bytes(view)).metadata.title


def _bytes(view: ReportsView):
    import io

    return io.BytesIO(view.pdf_bytes)


def test_cancel_stops_the_report_and_says_so(view, qtbot, monkeypatch) -> None:
    _choose(view.report, "scorecard")
    started = []

    def slow_cancelled_report(*args, cancelled, progress, **kwargs):
        started.append(True)
        qtbot.waitUntil(cancelled, timeout=10_000)
        from pledge_tracker.reports.layout import ReportCancelled

        raise ReportCancelled("cancelled")

    monkeypatch.setattr(reports_view, "report_bytes", slow_cancelled_report)
    qtbot.mouseClick(view.generate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(started) and view.cancel.isEnabled(), timeout=10_000)
    qtbot.mouseClick(view.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.generate.isEnabled(), timeout=10_000)
    assert "Cancelled" in view.status.text()
    assert view.pdf_bytes is None and not view.save.isEnabled()


def test_no_supporter_ticked_is_explained_not_run(view, qtbot) -> None:
    _choose(view.scope, "named")
    qtbot.mouseClick(view.generate, Qt.MouseButton.LeftButton)
    assert "Tick at least one supporter" in view.status.text()
    assert view.generate.isEnabled() and view.worker is None


def test_save_as_writes_the_previewed_pdf(view, qtbot, monkeypatch, tmp_path: Path) -> None:
    _choose(view.scope, "named")
    _tick(view, "Microsoft")
    _generate(view, qtbot)
    target = tmp_path / "microsoft"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(view.save, Qt.MouseButton.LeftButton)
    saved = tmp_path / "microsoft.pdf"
    assert saved.read_bytes() == view.pdf_bytes
    assert "Microsoft" in pypdf.PdfReader(saved).pages[0].extract_text()


@pytest.mark.skipif(reports_view.QPrinter is None, reason="no QtPrintSupport in this wheel")
def test_print_sends_every_page_to_the_printer(view, qtbot, tmp_path: Path) -> None:
    _choose(view.scope, "named")
    _tick(view, "Microsoft", "Google")
    _generate(view, qtbot)
    printer = view.make_printer()
    printer.setOutputFormat(reports_view.QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(72)
    assert view.print_to(printer) == view.pages >= 2
    assert len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == view.pages


def test_changing_the_kind_after_generating_blocks_saving_the_old_document(
    view, qtbot, monkeypatch, tmp_path: Path
) -> None:
    _choose(view.report, "scorecard")
    _choose(view.scope, "named")
    _tick(view, "France")
    _generate(view, qtbot)
    assert view.save.isEnabled()
    _choose(view.report, "briefing")
    assert not view.save.isEnabled() and not view.print_button.isEnabled()
    assert "out of date" in view.status.text()
    offered = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda _parent, _title, name, _filter: offered.append(name) or ("", ""),
    )
    _generate(view, qtbot)
    qtbot.mouseClick(view.save, Qt.MouseButton.LeftButton)
    assert [Path(name).name for name in offered] == ["briefing-france-2025-06-30.pdf"]
    assert "Note" not in pypdf.PdfReader(_bytes(view)).metadata.title  # English briefing
    assert "briefing" in pypdf.PdfReader(_bytes(view)).metadata.title.lower()


@pytest.mark.parametrize(
    "change",
    [
        lambda view: _choose(view.lang, "fr"),
        lambda view: _choose(view.paper, "letter"),
        lambda view: view.public.setChecked(True),
        lambda view: view.as_of.set_date(dt.date(2024, 1, 1)),
        lambda view: view.context.data_changed.emit(Changes.of({"assessment"})),
    ],
    ids=["language", "paper", "public", "as-of", "data"],
)
def test_any_option_or_data_change_marks_the_preview_out_of_date(view, qtbot, change) -> None:
    _choose(view.scope, "named")
    _tick(view, "Microsoft")
    _generate(view, qtbot)
    assert view.save.isEnabled()
    change(view)
    assert not view.save.isEnabled()
    assert view.pdf_bytes is None


def test_the_suggested_name_names_the_scorecard_supporter_and_date(view) -> None:
    _choose(view.report, "scorecard")
    _choose(view.scope, "named")
    _tick(view, "Côte d'Ivoire")
    assert view.suggested_name() == "scorecard-cote-d-ivoire-2025-06-30.pdf"


def test_edited_findings_are_printed_saved_and_audited(view, qtbot) -> None:
    from sqlalchemy import select

    from pledge_tracker.db import models as m

    _choose(view.report, "briefing")
    _choose(view.scope, "named")
    _tick(view, "France")
    assert view.findings.isEnabled()
    qtbot.mouseClick(view.draft, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "coverage gaps" in view.findings.toPlainText(), timeout=30_000)
    view.findings.setPlainText("France must publish its report.\n\nA second finding.")
    view.findings.document().setModified(True)
    _generate(view, qtbot)
    page = " ".join(pypdf.PdfReader(_bytes(view)).pages[1].extract_text().split())
    assert "France must publish its report." in page and "A second finding." in page
    with view.context.database.read() as session:
        entries = session.scalars(
            select(m.AuditEntry.after).where(m.AuditEntry.entity == "report_note")
        ).all()
    assert len(entries) == 1 and "France must publish" in (entries[0] or "")
    # The same options bring the saved text back, not a new draft.
    view.findings.clear()
    qtbot.mouseClick(view.draft, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "France must publish" in view.findings.toPlainText(), timeout=30_000)
