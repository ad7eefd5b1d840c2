"""Scorecards: a page per supporter (continued by its cited evidence), names, levels, scores."""

from __future__ import annotations

import io

import pypdf

from pledge_tracker.domain.levels import Level
from pledge_tracker.services.report_data import load_report_data
from tests.reports.conftest import build, options, pages_of


def _by_supporter(pdf: bytes) -> dict[str, str]:
    """Each supporter's pages (its own, then any continuation) joined, by bookmark title."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    starts = [(item["/Title"], reader.get_destination_page_number(item)) for item in reader.outline]
    ends = [start for _, start in starts[1:]] + [len(reader.pages)]
    return {
        name: "\n".join(reader.pages[i].extract_text() for i in range(start, end))
        for (name, start), end in zip(starts, ends, strict=True)
    }


def test_each_chosen_supporter_gets_its_page_with_name_levels_and_score(demo_database) -> None:
    chosen = ("New Zealand", "France", "Microsoft")
    pdf, pages = build("scorecard", demo_database, stakeholders=chosen)
    texts = _by_supporter(pdf)
    data = load_report_data(demo_database, options(stakeholders=chosen))
    assert pages >= len(texts) == 3
    for report in data.supporters:
        text = texts[report.stakeholder.name]
        assert f"{report.summary.score:.1f}" in text
        for line in report.lines:
            assert line.commitment.code in text
            assert f"{line.level.glyph} {line.level.label}".strip() in text
    assert "Founding supporter" in pages_of(pdf)[0]  # France, alphabetically first


def test_every_active_supporter_starts_a_page_and_its_ratings_fit_on_it(demo_database) -> None:
    pdf, pages = build("scorecard", demo_database)
    data = load_report_data(demo_database, options())
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert pages == len(reader.pages) >= len(data.supporters) == 74
    # Each supporter's bookmark points at its own page, in order.
    marks = [(item["/Title"], reader.get_destination_page_number(item)) for item in reader.outline]
    names = [report.stakeholder.name for report in data.supporters]
    assert [title for title, _ in marks] == [name[:80] for name in names]
    assert [page for _, page in marks] == sorted({page for _, page in marks})
    for (name, page), report in zip(marks, data.supporters, strict=True):
        first = " ".join(reader.pages[page].extract_text().split())
        assert name in first and f"of {pages}" in first
        # The whole table of ratings is on the supporter's first page.
        assert all(line.commitment.code in first for line in report.lines)


def test_a_supporter_with_long_texts_keeps_its_ratings_on_one_letter_page(rich_database) -> None:
    from tests.reports.test_safety import add_hostile_supporter

    add_hostile_supporter(rich_database, evidence_items=12, name_length=280)
    pdf, pages = build("scorecard", rich_database, paper="letter", kind="partner")
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert pages == len(reader.pages) >= 5  # four partners and the hostile one
    assert len(reader.outline) == 5
    assert float(reader.pages[0].mediabox.height) == 792  # US letter


def test_not_assessed_reads_neutral_and_needs_review_is_marked(demo_database) -> None:
    pdf, _ = build("scorecard", demo_database, stakeholders=("New Zealand",))
    text = " ".join(pages_of(pdf))
    assert Level.NOT_ASSESSED.label in text
    assert "⚠ Review" in text  # the demo evidence is older than 24 months
    assert "older than 24 months" in " ".join(text.split())
    assert "demonstration" in text


def test_scores_show_change_since_the_earlier_date(rich_database) -> None:
    pdf, _ = build("scorecard", rich_database, stakeholders=("New Zealand",))
    text = pages_of(pdf)[0]
    data = load_report_data(rich_database, options(stakeholders=("New Zealand",)))
    change = data.supporters[0].score_change
    assert change and change > 0
    assert f"▲ +{change:.1f}" in text
