"""Scorecards: one page per supporter, with its name, levels, scores and evidence."""

from __future__ import annotations

import io

import pypdf

from pledge_tracker.domain.levels import Level
from pledge_tracker.services.report_data import load_report_data
from tests.reports.conftest import build, options, pages_of


def test_each_chosen_supporter_gets_one_page_with_name_levels_and_score(demo_database) -> None:
    chosen = ("New Zealand", "France", "Microsoft")
    pdf, pages = build("scorecard", demo_database, stakeholders=chosen)
    texts = pages_of(pdf)
    data = load_report_data(demo_database, options(stakeholders=chosen))
    assert pages == len(texts) == 3
    for report, text in zip(data.supporters, texts, strict=True):
        assert report.stakeholder.name in text
        assert f"{report.summary.score:.1f}" in text
        for line in report.lines:
            assert line.commitment.code in text
            assert f"{line.level.glyph} {line.level.label}".strip() in text
    assert "Founding supporter" in texts[0]  # France, alphabetically first


def test_every_active_supporter_fits_on_exactly_one_page(demo_database) -> None:
    pdf, pages = build("scorecard", demo_database)
    data = load_report_data(demo_database, options())
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert pages == len(reader.pages) == len(data.supporters) == 74
    # Each supporter's bookmark points at its own page, in order.
    marks = [(item["/Title"], reader.get_destination_page_number(item)) for item in reader.outline]
    names = [report.stakeholder.name for report in data.supporters]
    assert marks == [(name[:80], index) for index, name in enumerate(names)]
    for index in (0, 37, 73):
        text = " ".join(reader.pages[index].extract_text().split())
        assert names[index] in text and f"Page {index + 1} of 74" in text


def test_a_supporter_with_long_texts_still_fits_one_page_on_letter(rich_database) -> None:
    from tests.reports.test_safety import add_hostile_supporter

    add_hostile_supporter(rich_database, evidence_items=12, name_length=280)
    pdf, pages = build("scorecard", rich_database, paper="letter", kind="partner")
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert pages == len(reader.pages) == 5  # four partners and the hostile one
    assert float(reader.pages[0].mediabox.height) == 792  # US letter


def test_not_assessed_reads_neutral_and_needs_review_is_marked(demo_database) -> None:
    pdf, _ = build("scorecard", demo_database, stakeholders=("New Zealand",))
    text = pages_of(pdf)[0]
    assert Level.NOT_ASSESSED.label in text
    assert "⚠ Review" in text  # the demo evidence is older than 24 months
    assert "older than 24 months" in text
    assert "demonstration" in text


def test_scores_show_change_since_the_earlier_date(rich_database) -> None:
    pdf, _ = build("scorecard", rich_database, stakeholders=("New Zealand",))
    text = pages_of(pdf)[0]
    data = load_report_data(rich_database, options(stakeholders=("New Zealand",)))
    change = data.supporters[0].score_change
    assert change and change > 0
    assert f"▲ +{change:.1f}" in text
