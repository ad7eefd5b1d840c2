"""The Reports page makes the incident report for the incident chosen, public edition if ticked."""

from __future__ import annotations

import datetime as dt
import io

import pypdf
from PySide6.QtCore import Qt

from pledge_tracker.services import demo_incident
from pledge_tracker.ui.views.reports_view import ReportsView
from tests.ui.takedown_helpers import choose


def test_the_incident_report_is_made_from_the_reports_page(demo_context, qtbot) -> None:
    view = ReportsView(demo_context)
    qtbot.addWidget(view)
    view.resize(1100, 800)
    view.show()
    qtbot.waitUntil(lambda: view.incident.count() == 1, timeout=10_000)
    view.scope.setCurrentIndex(view.scope.findData("named"))  # left from an earlier report
    choose(qtbot, view.report, "Incident report")
    assert view.incident.isEnabled() and not view.scope.isEnabled()
    assert view.incident.currentText() == demo_incident.NAME
    view.as_of.set_date(dt.date(2025, 6, 30))
    qtbot.mouseClick(view.public, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.generate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.pdf_bytes is not None, timeout=60_000)
    reader = pypdf.PdfReader(io.BytesIO(view.pdf_bytes))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert f"Incident report: {demo_incident.NAME}" in text
    assert "Public edition: " in text and "restricted sightings were left out" in text
    assert view.suggested_name().endswith(".pdf") and view.save.isEnabled()
    assert view._document_name.startswith("incident-demonstration-incident")
