"""No output shows a live address of a copy: the view's cells and charts, its CSV and XLSX
exports, the incident report (both editions, text and chart labels) and the briefing."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select

from pledge_tracker.charts import incident_timeline
from pledge_tracker.charts import takedown as charts
from pledge_tracker.db import models as m
from pledge_tracker.domain.defang import defang
from pledge_tracker.reports.build import incident_bytes
from pledge_tracker.services import demo_incident
from pledge_tracker.services.report_data.incident import (
    IncidentReportOptions,
    load_incident_report,
)
from pledge_tracker.ui.views import takedown_actions
from tests.reports.conftest import build, text_of
from tests.ui.takedown_helpers import open_view

AS_OF = dt.date(2025, 6, 30)


def export(qtbot, view, monkeypatch, path: Path, fmt: str, table: str = "platforms") -> Path:
    monkeypatch.setattr(takedown_actions, "ask_path", lambda *args: path)
    with qtbot.waitSignal(view.sig_exported, timeout=30_000):
        view.export(fmt, table)
    return path


def xlsx_text(path: Path) -> str:
    book = load_workbook(path, read_only=True)
    return "\n".join(
        str(cell) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
        for cell in row if cell is not None
    )  # fmt: skip


def test_no_output_path_holds_a_live_address(demo_context, qtbot, monkeypatch, tmp_path) -> None:
    database = demo_context.database
    with database.read() as session:
        live = list(session.scalars(select(m.Sighting.url)))
    assert len(live) == demo_incident.COPIES and all(a.startswith("https://") for a in live)

    view = open_view(demo_context, qtbot)
    cells = [c for model in (view.platforms, view.online) for row in model.rows() for c in row]
    outputs: dict[str, str] = {
        "view cells": "\n".join(cells),
        "view charts": "\n".join(view.curve.texts() + view.weekly.texts()),
    }
    for table in ("platforms", "weekly", "online"):
        path = export(qtbot, view, monkeypatch, tmp_path / f"{table}.csv", "csv", table)
        with path.open(encoding="utf-8-sig", newline="") as handle:
            outputs[f"{table} CSV"] = "\n".join(",".join(r) for r in csv.reader(handle))
    outputs["XLSX"] = xlsx_text(export(qtbot, view, monkeypatch, tmp_path / "all.xlsx", "xlsx"))
    for public in (True, False):
        options = IncidentReportOptions(demo_incident.NAME, AS_OF, public=public)
        outputs[f"incident report public={public}"] = text_of(incident_bytes(database, options)[0])
        data = load_incident_report(database, options)
        curves = charts.RemovalCurves(AS_OF, 1, data.found_curve, data.reported_curve)
        figures = [
            charts.new_figure(incident_timeline.draw_timeline, (6.7, 4), data.times),
            charts.new_figure(charts.draw_removal_curve, (6.7, 4), curves),
            charts.new_figure(charts.draw_weekly, (6.7, 4), charts.WeeklyCounts(AS_OF, data.weeks)),
        ]
        outputs[f"incident charts public={public}"] = "\n".join(
            text for figure in figures for text in charts.chart_texts(figure)
        )
    outputs["briefing"] = text_of(build("briefing", database, as_of=AS_OF)[0])

    for name, text in outputs.items():
        flat = " ".join(text.split())
        for address in live:
            assert address not in text and address not in flat, f"{address} in {name}"
        assert "https://" not in text.replace("https://news", ""), name
    # the copies still online are listed, defanged, where a list of them is printed
    online = [defang(a) for a in live if defang(a) in outputs["view cells"]]
    assert online and view.online.rowCount() == len(online)
    for name in ("online CSV", "XLSX", "incident report public=False"):
        assert all(address in " ".join(outputs[name].split()) for address in online), name
