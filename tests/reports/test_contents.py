"""What the briefing and the full report say: figures, movers, actions, takedown, citations."""

from __future__ import annotations

import re

import pytest

from pledge_tracker.domain.levels import Level
from pledge_tracker.reports.layout import ReportCancelled
from pledge_tracker.services import commitments
from pledge_tracker.services.commitments import find as find_commitment
from pledge_tracker.services.report_data import load_report_data
from tests.reports.conftest import SECRET_TITLE, build, options, pages_of, text_of


def _flat(pdf: bytes) -> str:
    return " ".join(text_of(pdf).split())


def test_briefing_summarises_movement_actions_and_takedown(rich_database) -> None:
    pdf, _ = build("briefing", rich_database)
    text = _flat(pdf)
    data = load_report_data(rich_database, options())
    assert data.changes.upgrades == 1  # New Zealand on GOV-1: limited -> complete
    assert "Summit briefing" in text and "Position as of 30 June 2025" in text
    assert f"score {data.overall.score:.1f} overall" in text
    assert "Who moved most" in text and "New Zealand" in text
    assert "Publish the transparency report" in text and "150" in text  # days overdue
    assert "Removal of terrorist content" in text and "VideoSite" in text
    # one of three removed within the hour, one in 1-24 hours, one after: shares of all three
    # reported as found: the same on both clocks; the 90th percentile interpolates 3 and 30 h
    shares = "1 (34%) 1 (33%) 1 (33%) 0 (0%) 0 (0%) 3.0 (n = 3) 24.6"
    assert f"VideoSite Sightings: 3 First seen {shares} Reported {shares}" in text


def test_briefing_without_sightings_has_no_takedown_section(database) -> None:
    text = _flat(build("briefing", database)[0])  # the demonstration data has sightings
    assert "Removal of terrorist content" not in text
    assert "No action was overdue on 30 June 2025." in text


def test_full_report_cites_evidence_and_lists_it_in_the_appendix(rich_database) -> None:
    pdf, _ = build("full", rich_database, stakeholders=("New Zealand", "France"))
    text = _flat(pdf)
    data = load_report_data(
        rich_database, options(stakeholders=("New Zealand", "France"), details=True)
    )
    cited = {n for s in data.sections for row in s.rows for n in row.line.citations}
    assert cited == {item.number for item in data.appendix} and cited
    for item in data.appendix:
        assert f"[{item.number}]" in text
    assert SECRET_TITLE in text  # restricted evidence appears in the internal edition
    assert "Contains restricted evidence: not for publication" in text
    assert "The programme now runs nationwide." in text
    assert "Wording not yet verified against the official text." in text
    for words in (
        "Methodology",
        "Score: 100 ×",
        "Coverage: the commitments assessed",
        "latest judgement",
        "older than 24 months",
        "Method version 1.0",
    ):
        assert words in text
    for level in Level:
        assert f"{level.glyph} {level.label}".strip() in text


def test_public_edition_leaves_restricted_evidence_out_and_says_so(rich_database) -> None:
    pdf, _ = build("full", rich_database, public=True, stakeholders=("New Zealand",))
    text = _flat(pdf)
    assert SECRET_TITLE not in text
    assert "Public edition: 1 restricted evidence item was withheld." in text
    assert "1 restricted item is cited by the judgements above but withheld" in text
    assert "Public edition" in text and "not for publication" not in text
    scorecard = _flat(
        build("scorecard", rich_database, public=True, stakeholders=("New Zealand",))[0]
    )
    assert SECRET_TITLE not in scorecard
    assert "1 restricted evidence item about this supporter was withheld" in scorecard


def test_each_commitment_section_lists_every_bound_supporter(rich_database) -> None:
    chosen = ("New Zealand", "France", "Google")
    pages = pages_of(build("full", rich_database, stakeholders=chosen)[0])
    text = " ".join(" ".join(pages[2:]).split())  # after the cover and the contents
    section = text.split("GOV-1 · Counter the drivers")[1].split("GOV-2 ·")[0]
    assert "New Zealand" in section and "France" in section
    assert "Google" not in section  # a provider is not bound by a government commitment
    # The level, its basis (origin, confidence, review), then the date it describes.
    assert re.search(r"● Complete Independent · medium confidence [^\d]*\d{4}-\d{2}-\d{2}", section)


def test_french_edition_translates_words_and_uses_french_wording(rich_database) -> None:
    with rich_database.write() as tx:
        gov1 = find_commitment(tx.session, "GOV-1")
        commitments.correct_wording(
            tx,
            gov1.id,
            wording=gov1.wording,
            verified=False,
            wording_fr="Lutter contre les facteurs du terrorisme et de l'extrémisme violent.",
        )
    text = _flat(build("full", rich_database, lang="fr", stakeholders=("New Zealand",))[0])
    assert "Rapport complet de redevabilité" in text and "Situation au 30 juin 2025" in text
    assert "Lutter contre les facteurs du terrorisme" in text
    assert "Pas de texte français enregistré" in text  # GOV-2 has no French wording
    assert "● Réalisé" in text and "Méthodologie" in text
    assert "Page 1 sur" in text


def test_progress_is_reported_and_cancel_stops_the_build(demo_database) -> None:
    import io

    from pledge_tracker.reports.build import options_for, render_report

    data = load_report_data(demo_database, options_for("scorecard", options()))
    seen: list[tuple[int, int]] = []
    pages = render_report(
        "scorecard", data, io.BytesIO(), progress=lambda d, t: seen.append((d, t))
    )
    assert pages >= 74  # a page per supporter, some continued by their cited evidence
    assert seen[-1] == (pages, pages) and [d for d, _ in seen] == list(range(1, pages + 1))
    with pytest.raises(ReportCancelled):
        render_report(
            "scorecard",
            data,
            io.BytesIO(),
            cancelled=lambda: len(seen) > 80,
            progress=lambda d, t: seen.append((d, t)),
        )


def test_impossible_choices_are_refused_naming_the_field(demo_database) -> None:
    import datetime as dt

    from pledge_tracker.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="since"):
        load_report_data(demo_database, options(since=dt.date(2026, 1, 1)))
    with pytest.raises(ValidationError, match="'robots' is not one of"):
        load_report_data(demo_database, options(kind="robots"))
