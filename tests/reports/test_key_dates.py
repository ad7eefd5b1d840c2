"""The briefing's "Key dates" lists exactly the timeline's events in its period, as dated."""

from __future__ import annotations

import datetime as dt
import re

from pledge_tracker.charts.registry import figure
from pledge_tracker.reports.text import Text
from pledge_tracker.services import chart_data
from pledge_tracker.services.chart_data import MARKER_CATEGORIES, ChartOptions
from tests.reference import EVENTS, events_between
from tests.reports.conftest import build, text_of

SINCE, AS_OF = dt.date(2019, 6, 1), dt.date(2019, 12, 31)


def _section(pdf: bytes, start: str, end: str) -> str:
    text = " ".join(text_of(pdf).split())
    found = re.search(f"{start}(.*?){end}", text)
    assert found, f"no section between {start!r} and {end!r}"
    return found.group(1)


def _first_day(text: str) -> dt.date:
    parts = [int(part) for part in text.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def test_key_dates_lists_exactly_the_events_of_the_period_at_their_precision(
    demo_database,
) -> None:
    pdf, _ = build("briefing", demo_database, since=SINCE, as_of=AS_OF)
    section = _section(pdf, "Key dates Events on the Call's timeline", "Who moved most")
    wanted = events_between(SINCE.isoformat(), AS_OF.isoformat())
    assert wanted and len(wanted) < len(EVENTS)
    for item in EVENTS:
        assert (item["title"] in section) == (item in wanted), item["title"]
    english = Text("en")
    for item in wanted:  # "June 2019", never "1 June 2019"
        assert english.date(_first_day(item["date"]), item["date_precision"]) in section
    assert "1 September 2019" not in section and "1 October 2019" not in section


def test_french_key_dates_print_french_dates_and_categories(demo_database) -> None:
    pdf, _ = build("briefing", demo_database, since=SINCE, as_of=AS_OF, lang="fr")
    section = _section(pdf, "Dates clés", "Les plus fortes évolutions")
    assert "juin 2019" in section and "Intergouvernemental" in section


def test_over_time_charts_carry_the_period_s_milestones_and_laws(demo_database) -> None:
    as_of = dt.date(2022, 12, 31)
    with demo_database.read() as session:
        data = chart_data.build_score_over_time(session, ChartOptions(as_of=as_of))
    adopted = dt.date(2019, 5, 15)
    wanted = [
        item["title"]
        for item in EVENTS
        if item["category"] in MARKER_CATEGORIES and adopted <= _first_day(item["date"]) <= as_of
    ]
    assert sorted(marker.title for marker in data.markers) == sorted(wanted)
    assert [marker.number for marker in data.markers] == list(range(1, len(wanted) + 1))
    assert [m.dated for m in data.markers] == sorted(m.dated for m in data.markers)
    assert not any(m.category == "context" for m in data.markers)


def test_the_drawn_chart_numbers_each_key_date_and_explains_it_below(demo_database) -> None:
    with demo_database.read() as session:
        data = chart_data.build_coverage_over_time(
            session, ChartOptions(as_of=dt.date(2022, 12, 31))
        )
    drawn = figure("coverage_over_time", data, lang="en")
    numbers = {t.get_text() for t in drawn.axes[0].texts}
    assert numbers >= {str(marker.number) for marker in data.markers}
    key = "\n".join(t.get_text() for t in drawn.texts)
    assert key.startswith("Key dates") and len(key.splitlines()) > len(data.markers) // 2
    assert all(marker.title[:20] in key for marker in data.markers)
