"""On the demonstration incident, the Takedown view, `stats --json` "takedown", the incident
report and the briefing print the same figures (all from the one metrics service)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from pledge_tracker.cli import main
from pledge_tracker.reports.build import incident_bytes
from pledge_tracker.services import demo_incident
from pledge_tracker.services.report_data.incident import IncidentReportOptions
from tests.reports.conftest import GENERATED, build, text_of
from tests.ui.takedown_helpers import choose, open_view, table_figures, wait_for

AS_OF = dt.date(2025, 6, 30)  # long after the demonstration incident's last removal
BUCKETS = ("within_hour", "within_day", "after_day", "online", "unknown")


def _hours(value: float | None) -> str:
    return "—" if value is None else f"{value:,.1f}"


def printed_lines(row: dict) -> str:
    """How a platform's two lines read in a PDF's text, from the JSON figures."""
    name = row["platform"] or "All platforms"
    head = f"{name} Sightings: {row['sightings']:,}"
    if row["views_known"]:
        head += f" Views: {row['views']:,} ({row['views_known']} counted)"
    parts = [head]
    for label, key in (("First seen", "from_found"), ("Reported", "from_reported")):
        clock = row[key]
        shares = " ".join(f"{clock['counts'][b]} ({clock['percents'][b]}%)" for b in BUCKETS)
        median = clock["median_hours"]
        median_text = "—" if median is None else f"{_hours(median)} (n = {clock['timed']})"
        parts.append(f"{label} {shares} {median_text} {_hours(clock['p90_hours'])}")
    return " ".join(parts)


def table_lines(row: dict) -> list[tuple]:
    """How a platform's two lines read in the view's table, from the JSON figures."""
    lines = []
    for label, key in (("First seen", "from_found"), ("Reported", "from_reported")):
        clock = row[key]
        tenth = [
            None if v is None else round(v, 1) for v in (clock["median_hours"], clock["p90_hours"])
        ]
        buckets = tuple((clock["counts"][b], clock["percents"][b]) for b in BUCKETS)
        name = row["platform"] or "All platforms"
        lines.append((name, label, row["sightings"], buckets, *tenth, clock["timed"]))
    return lines


def test_view_stats_incident_report_and_briefing_agree(
    demo_context, demo_db_path, qtbot, capsys: pytest.CaptureFixture
) -> None:
    database = demo_context.database
    capsys.readouterr()
    assert main(["stats", "--json", "--db", str(demo_db_path), "--as-of", AS_OF.isoformat()]) == 0
    stats = json.loads(capsys.readouterr().out)["takedown"]
    rows = stats["platforms"]
    assert len(rows) == 5 and stats["total"]["sightings"] == demo_incident.COPIES

    view = open_view(demo_context, qtbot)
    choose(qtbot, view.filters.incident, demo_incident.NAME)
    wait_for(qtbot, view, view.filters.current())
    assert view.loaded is not None and view.loaded.filter.incident_uid is not None
    expected = [line for row in (*rows, stats["total"]) for line in table_lines(row)]
    assert table_figures(view) == expected

    options = IncidentReportOptions(demo_incident.NAME, AS_OF, generated=GENERATED)
    incident = " ".join(text_of(incident_bytes(database, options)[0]).split())
    briefing = " ".join(text_of(build("briefing", database, as_of=AS_OF)[0]).split())
    for row in rows:
        assert printed_lines(row) in incident, row["platform"]
        assert printed_lines(row) in briefing, row["platform"]
    assert printed_lines(stats["total"]) in incident
    total = stats["total"]
    assert f"{total['sightings']} copies of content from this incident" in incident
    assert f"{total['sightings']} sightings of terrorist or violent extremist content" in briefing
