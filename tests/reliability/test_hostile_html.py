"""Hostile supporter names and texts in the accessible HTML edition: printed as typed, inert.

A supporter whose every field is hostile (markup, <script>, event handlers, control and
right-to-left characters, 10,000-character text) is planted through the real services; the
scorecard and the full report in HTML must parse, run nothing, and name it exactly.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, example, given, settings

from pledge_tracker.db.uow import Database
from pledge_tracker.reports.build import html_bytes
from pledge_tracker.services.report_data import ReportOptions
from tests.reliability import tally
from tests.reliability.test_fuzz_outputs import Texts, plant, texts
from tests.reports.html_checks import check_headings, check_no_script, check_tables, parse, text

TODAY = dt.date.today()
SCRIPT = "<script>alert(1)</script>"
HANDLER = '"><img src=x onerror=alert(1)>'


@settings(
    max_examples=4,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@example(
    Texts(SCRIPT, SCRIPT, HANDLER, SCRIPT, HANDLER, "javascript:alert(1)", SCRIPT, SCRIPT, SCRIPT)
)
@given(hostile=texts)
def test_hostile_text_is_inert_in_the_html_edition(demo_database: Database, hostile: Texts) -> None:
    planted = plant(demo_database, hostile)
    options = ReportOptions(as_of=TODAY, stakeholders=(planted.name,), generated=TODAY)
    for kind in ("scorecard", "full"):
        root = parse(html_bytes(kind, demo_database, options).decode("utf-8"))
        check_no_script(root)
        check_headings(root)
        check_tables(root)
        names = [text(h) for h in root.iter("h2")]
        shown = " ".join(planted.name.split())
        if kind == "scorecard":
            assert names == [shown] or names == [f"{shown} †"]  # the name, exactly as stored
        else:
            assert shown in text(root)
    tally.accepted("html edition: hostile supporter texts")
