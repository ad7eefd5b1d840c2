"""Instruments on scorecards and in the full report: what binds a supporter on the report date.

Names, dates and members come from the shipped reference (tests/reference.py), never typed here.
"""

from __future__ import annotations

import datetime as dt
import re

from pledge_tracker.db.uow import Database
from pledge_tracker.reports.build import html_bytes, options_for
from pledge_tracker.services.report_data import ReportOptions, load_report_data
from tests.reference import instrument, members_of
from tests.reports.conftest import build, pages_of, text_of
from tests.reports.html_checks import parse, text

TCO = instrument("eu-tco-2021-784")
AVIA = instrument("fr-avia-2020")
DECISION = instrument("fr-cc-2020-801")
EU = members_of("European Union")
TCO_MARK = "Regulation (EU) 2021/784"


def _by_supporter(pdf: bytes) -> dict[str, str]:
    """Each supporter's scorecard text (its pages joined, lines unwrapped), by name."""
    found: dict[str, str] = {}
    current = ""
    for page in pages_of(pdf):
        lines = page.splitlines()
        start = next(i for i, line in enumerate(lines) if re.match(r"^Page \d+ of", line)) + 2
        title = lines[start].removesuffix(" †").strip()
        if not title.startswith("Evidence cited"):
            current = title
        found[current] = found.get(current, "") + " " + " ".join(lines[start:])
    return found


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_the_eu_regulation_is_on_every_member_states_scorecard_from_its_date_of_application(
    demo_database: Database,
) -> None:
    applies = _day(TCO["applies_from"]["date"])
    assert EU, "the reference marks the EU's members"
    before, _ = build(
        "scorecard", demo_database, as_of=applies - dt.timedelta(days=1), stakeholders=EU
    )
    after, _ = build("scorecard", demo_database, as_of=applies, stakeholders=EU)
    cards_before, cards_after = _by_supporter(before), _by_supporter(after)
    assert set(cards_after) == set(EU)
    for name in EU:
        assert TCO_MARK not in cards_before[name], f"{name} shows the regulation before it applies"
        assert TCO_MARK in cards_after[name], f"{name}'s scorecard lacks the regulation"
        assert "as a member of European Union" in cards_after[name]


def test_the_european_commission_is_bound_too_and_a_non_member_is_not(
    demo_database: Database,
) -> None:
    applies = _day(TCO["applies_from"]["date"])
    pdf, _ = build(
        "scorecard", demo_database, as_of=applies, stakeholders=["European Commission", "Australia"]
    )
    cards = _by_supporter(pdf)
    assert TCO_MARK in cards["European Commission"]
    assert TCO_MARK not in cards["Australia"]
    assert "Abhorrent Violent Material" in cards["Australia"]


def test_a_struck_down_law_is_listed_as_such_after_the_decision(demo_database: Database) -> None:
    decided = _day(AVIA["struck_down"]["date"])
    day_before, _ = build(
        "scorecard", demo_database, as_of=decided - dt.timedelta(days=1), stakeholders=["France"]
    )
    on_the_day, _ = build("scorecard", demo_database, as_of=decided, stakeholders=["France"])
    before, after = _by_supporter(day_before)["France"], _by_supporter(on_the_day)["France"]
    assert "'Avia' law" in before and "Struck down" not in before
    assert re.search(r"'Avia' law\) — Struck down: struck down on 18 June 2020 by", after)
    assert DECISION["name"] in after


def test_the_full_report_has_the_crosswalk_in_french_too(demo_database: Database) -> None:
    applies = _day(TCO["applies_from"]["date"])
    english = " ".join(text_of(build("full", demo_database, as_of=applies)[0]).split())
    assert "Instruments and the commitments they implement" in english
    assert "Instruments binding each government on" in english
    french = " ".join(text_of(build("full", demo_database, as_of=applies, lang="fr")[0]).split())
    assert "Instruments et engagements qu'ils mettent en œuvre" in french
    assert "Censuré" in french


def test_the_html_edition_lists_the_same_instruments_as_the_pdf(demo_database: Database) -> None:
    """A scorecard's instruments and the full report's crosswalk are in the accessible edition."""
    applies = _day(TCO["applies_from"]["date"])
    chosen = ReportOptions(as_of=applies, stakeholders=("France", "Australia"))
    card = text(parse(html_bytes("scorecard", demo_database, chosen).decode("utf-8")))
    assert "Instruments binding it on" in card
    assert TCO_MARK in card and "Abhorrent Violent Material" in card
    everyone = ReportOptions(as_of=applies)
    full = parse(html_bytes("full", demo_database, everyone).decode("utf-8"))
    crosswalk = next(
        table
        for table in full.iter("table")
        if text(table.find("caption")) == "Instruments and the commitments they implement"
    )
    names = [text(row[0]) for row in crosswalk.findall("./tbody/tr")]
    instruments = load_report_data(demo_database, options_for("full", everyone)).instruments
    assert len(names) == len(instruments) > 0
    assert any(TCO_MARK in name for name in names)
    assert "Instruments binding each government on" in text(full)
