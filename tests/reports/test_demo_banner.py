"""Demonstration data is unmistakable: every page of every edition says so, in both languages."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from tests.reports.conftest import add_judgement, build, pages_of

BANNER = {
    "en": "Demonstration data — not real assessments",
    "fr": "Données de démonstration — pas de véritables évaluations",
}
EDITIONS = [
    (report, lang, public)
    for report in ("scorecard", "briefing", "full")
    for lang in ("en", "fr")
    for public in (False, True)
]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _pages(database: Database, report: str, lang: str, public: bool, chosen: tuple[str, ...]):
    pdf, pages = build(report, database, lang=lang, public=public, stakeholders=chosen)
    texts = [_flat(page) for page in pages_of(pdf)]
    assert len(texts) == pages > 0
    return texts


@pytest.mark.parametrize(("report", "lang", "public"), EDITIONS)
def test_demo_data_in_scope_puts_the_banner_on_every_page(
    demo_database: Database, report: str, lang: str, public: bool
) -> None:
    texts = _pages(demo_database, report, lang, public, ("New Zealand", "Microsoft"))
    for number, text in enumerate(texts, start=1):
        assert BANNER[lang] in text, f"page {number} of the {report} ({lang}) has no banner"
    # the cover (or the scorecard's title block) carries it as well as the running head
    assert texts[0].count(BANNER[lang]) == 2


@pytest.mark.parametrize(("report", "lang", "public"), EDITIONS[::3])
def test_no_banner_without_demo_data(
    database: Database, report: str, lang: str, public: bool
) -> None:
    with database.write() as tx:
        add_judgement(tx, "New Zealand", "GOV-1", "limited", dt.date(2025, 1, 10), "Real.")
    for text in _pages(database, report, lang, public, ("New Zealand", "France")):
        assert BANNER["en"] not in text and BANNER["fr"] not in text


def test_no_banner_when_the_demo_data_is_outside_the_report(demo_database: Database) -> None:
    with demo_database.read() as session:
        judged = select(m.Assessment.stakeholder_id).where(m.Assessment.demo.is_(True))
        listed = select(m.evidence_stakeholders.c.stakeholder_id)
        clean = session.scalars(
            select(m.Stakeholder.name)
            .where(m.Stakeholder.id.not_in(judged), m.Stakeholder.id.not_in(listed))
            .order_by(m.Stakeholder.name)
            .limit(2)
        ).all()
    assert clean
    for report in ("scorecard", "briefing"):
        for text in _pages(demo_database, report, "en", False, tuple(clean)):
            assert BANNER["en"] not in text
