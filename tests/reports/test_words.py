"""Dates, numbers and words that do not overstate, in English and French, as printed."""

from __future__ import annotations

import datetime as dt

import pytest

from pledge_tracker.domain.dto import StakeholderInput
from pledge_tracker.reports.text import Text
from pledge_tracker.services import stakeholders
from tests.reports.conftest import add_judgement, build, text_of

NNBSP = "\u202f"  # narrow no-break space: French groups thousands with it


def _flat(pdf: bytes) -> str:
    return " ".join(text_of(pdf).split())


@pytest.fixture
def month_joiner(demo_database):
    """A supporter whose source gives only the month it joined (May 2021)."""
    with demo_database.write() as tx:
        stakeholders.add(
            tx,
            StakeholderInput(
                name="Ruritania", kind="government", joined="2021-05-01", joined_precision="month"
            ),
        )
    return demo_database


@pytest.mark.parametrize(
    ("lang", "shown"), [("en", "joined May 2021"), ("fr", "soutien depuis mai 2021")]
)
def test_a_join_date_known_to_the_month_prints_as_the_month(month_joiner, lang, shown) -> None:
    text = _flat(build("scorecard", month_joiner, lang=lang, stakeholders=("Ruritania",))[0])
    assert shown in text
    assert "1 May 2021" not in text and "1er mai 2021" not in text


def test_evidence_and_judgements_known_to_the_year_print_as_the_year(demo_database) -> None:
    # EV-28 (the co-founders' Community Consultation report) is dated only to 2021, and so
    # is the demonstration judgement drawn from it.
    text = text_of(build("full", demo_database, stakeholders=("New Zealand",))[0])
    assert "Community Consultation" in text
    assert "2021-01-01" not in text
    lines = [line.strip() for line in text.splitlines()]
    assert "2021" in lines  # the judgement's Effective cell and the appendix's date
    # The level, its basis ("Self-reported · low confidence", "Not reviewed"), then the date.
    assert "◔ Limited" in lines and "2021" in lines[lines.index("◔ Limited") + 1 :][:5]


def test_a_change_in_coverage_prints_in_points(demo_database) -> None:
    with demo_database.write() as tx:
        add_judgement(tx, "Côte d'Ivoire", "GOV-1", "limited", dt.date(2025, 3, 1), "A plan.")
    text = _flat(build("scorecard", demo_database, stakeholders=("Côte d'Ivoire",))[0])
    assert "▲ +6 pts since" in text  # 0 % to 1 of 17 (6 %): six points, not "6%"
    french = _flat(build("scorecard", demo_database, lang="fr", stakeholders=("CI",))[0])
    assert "▲ +6 pts depuis" in french


def test_numbers_group_thousands_as_each_language_does() -> None:
    assert Text("en").number(1234.5) == "1,234.5"
    assert Text("fr").number(1234.5) == f"1{NNBSP}234,5"
    assert Text("fr")("cover.public", count=1500) == (
        f"Édition publique\u00a0: 1{NNBSP}500 éléments de preuve restreints ont été retenus."
    )
    assert Text("en")("takedown.median", hours="2.0", count=12345) == "2.0\n(n = 12,345)"


def test_counts_take_the_singular_or_the_plural() -> None:
    en, fr = Text("en"), Text("fr")
    assert (en.plural("item", 1), en.plural("item", 2), en.plural("item", 0)) == (
        "1 item",
        "2 items",
        "0 items",
    )
    assert (fr.plural("item", 1), fr.plural("item", 2), fr.plural("item", 0)) == (
        "1 élément",
        "2 éléments",
        "0 élément",
    )
    assert en("card.withheld", count=1).startswith("Public edition: 1 restricted evidence item ")
    assert en("card.withheld", count=2).startswith("Public edition: 2 restricted evidence items ")


def test_cote_divoire_sorts_among_the_cs_in_the_supporters_table(demo_database) -> None:
    text = text_of(build("briefing", demo_database)[0])
    order = [text.index(name) for name in ("Colombia", "Côte d'Ivoire", "Croatia", "Czech")]
    assert order == sorted(order)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_unverified_supporter_gets_the_mark_and_the_key(demo_database, lang) -> None:
    key = Text(lang)("unverified.key")
    card = _flat(
        build(
            "scorecard",
            demo_database,
            lang=lang,
            stakeholders=("CI", "Global Internet Forum to Counter Terrorism (GIFCT)"),
        )[0]
    )
    assert "Côte d'Ivoire †" in card and "(GIFCT) †" in card
    assert card.count(key) == 2  # once on each supporter's page
    assert "inferred:" not in card and "déduite :" not in card  # no truncated basis
    for report in ("briefing", "full"):
        text = _flat(build(report, demo_database, lang=lang)[0])
        assert "Côte d'Ivoire †" in text and key in text
        assert "New Zealand †" not in text  # verified: no mark
