"""Who judged each rating and how it was checked, on paper: basis, review, reply, withheld."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
import pytest

from pledge_tracker.cli import main
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import AssessmentInput, ReplyInput
from pledge_tracker.services import assessments, replies, stakeholders
from pledge_tracker.services.commitments import find as find_commitment
from pledge_tracker.services.report_data import load_report_data
from tests.db.team_users import second_officer
from tests.reports.conftest import AS_OF, SECRET_TITLE, build, options, text_of

DAY = dt.date(2025, 3, 1)
NZ = ("New Zealand",)


def _flat(pdf: bytes) -> str:
    return " ".join(text_of(pdf).split())


def _judge(tx, code: str, level: str, origin: str, confidence: str = "medium") -> int:
    person = stakeholders.find(tx.session, "New Zealand")
    return assessments.record(
        tx,
        AssessmentInput(
            stakeholder_id=person.id,
            commitment_id=find_commitment(tx.session, code).id,
            level=level,
            effective=DAY,
            rationale=f"Judged {level} on {code}.",
            confidence=confidence,
            origin=origin,
        ),
        today=AS_OF,
    ).id


def _four_judgements(database: Database) -> dict[str, int]:
    """GOV-1 complete and GOV-2 limited (both reviewed); GOV-3 and GOV-4 not reviewed."""
    with database.write(actor="Test Officer") as tx:
        ids = {
            "GOV-1": _judge(tx, "GOV-1", "complete", "independent_review", "high"),
            "GOV-2": _judge(tx, "GOV-2", "limited", "self_report", "low"),
            "GOV-3": _judge(tx, "GOV-3", "substantial", "self_report"),
            "GOV-4": _judge(tx, "GOV-4", "not_started", "independent_review"),
        }
    with second_officer(database) as other, other.write() as tx:
        assessments.mark_reviewed(tx, ids["GOV-1"])
        assessments.mark_reviewed(tx, ids["GOV-2"])
    return ids


def test_a_reviewed_only_scorecard_prints_no_unreviewed_rating(database: Database) -> None:
    _four_judgements(database)
    everything = _flat(build("scorecard", database, stakeholders=NZ)[0])
    assert "Substantial" in everything and "Not started" in everything  # unreviewed, printed

    text = _flat(build("scorecard", database, stakeholders=NZ, reviewed_only=True)[0])
    ratings = text.split(" Key. Levels")[0]  # the key below lists every level's meaning
    assert "Complete" in ratings and "Limited" in ratings  # the reviewed ones
    assert "Substantial" not in ratings and "Not started" not in ratings
    assert "Reviewed ratings only: 2 unreviewed ratings are left out" in text
    assert "Basis of the 2 ratings printed" in text
    data = load_report_data(database, options(stakeholders=NZ, reviewed_only=True))
    printed = [line for line in data.supporters[0].lines if line.basis is not None]
    assert printed and all(line.basis and line.basis.reviewed for line in printed)


def test_a_reviewed_only_briefing_rests_only_on_reviewed_ratings(database: Database) -> None:
    _four_judgements(database)
    everything = _flat(build("briefing", database, stakeholders=NZ)[0])
    text = _flat(build("briefing", database, stakeholders=NZ, reviewed_only=True)[0])
    # Reviewed: complete (3) and limited (1) of 2 assessed -> 66.7; all four -> 50.0.
    assert "score 66.7 overall" in text and "66.7" not in everything
    assert "score 50.0 overall" in everything
    assert "Basis of the 2 ratings printed: 1 independent, 1 self-reported" in text
    assert "Basis of the 4 ratings printed: 2 independent, 2 self-reported" in everything
    # The dashboard charts count every rating: a reviewed-only edition leaves them out.
    charted = build("briefing", database, stakeholders=NZ, charts=True, reviewed_only=True)[0]
    assert "The charts are left out of this edition" in _flat(charted)
    assert len(charted) < len(build("briefing", database, stakeholders=NZ, charts=True)[0])


def test_self_reported_and_independent_ratings_say_so_with_their_confidence(
    database: Database,
) -> None:
    _four_judgements(database)
    card = _flat(build("scorecard", database, stakeholders=NZ)[0])
    assert "Independent (high)" in card and "Self-reported (low)" in card
    assert "Self-reported (medium)" in card
    full = _flat(build("full", database, stakeholders=NZ)[0])
    assert "Independent · high confidence" in full and "Self-reported · low confidence" in full
    assert "Not reviewed" in full  # GOV-3 and GOV-4
    french = _flat(build("scorecard", database, stakeholders=NZ, lang="fr")[0])
    assert "Autodéclarée (faible)" in french and "Indépendante (élevée)" in french


@pytest.mark.sqlite_only(reason="desktop reviews are display names; a server names its user")
def test_internal_editions_name_the_reviewer_public_ones_name_the_role(
    database: Database,
) -> None:
    _four_judgements(database)
    internal = _flat(build("full", database, stakeholders=NZ)[0])
    public = _flat(build("full", database, stakeholders=NZ, public=True)[0])
    assert "Reviewed by Second Officer" in internal
    assert "Second Officer" not in public
    assert "Reviewed by a second officer" in public
    # A desktop database: reviews there are display names, and the report says so.
    assert "not identity-checked" in internal and "not identity-checked" in public


def test_a_supporters_reply_is_printed_beside_its_rating(database: Database) -> None:
    ids = _four_judgements(database)
    with database.write() as tx:
        replies.record(
            tx,
            ReplyInput(ids["GOV-4"], "We began in 2024.", "2025-04-02", "https://gov.example/r"),
            today=AS_OF,
        )
    for report in ("scorecard", "full"):
        text = _flat(build(report, database, stakeholders=NZ)[0])
        assert "Supporter's reply (2025-04-02): We began in 2024. (https://gov.example/r)" in text


def test_restricted_items_are_marked_internally_and_withheld_publicly(
    rich_database: Database,
) -> None:
    # rich_database: New Zealand's GOV-1 rating cites one item only, and it is restricted.
    internal = _flat(build("full", rich_database, stakeholders=NZ)[0])
    assert SECRET_TITLE in internal
    after = internal[internal.index(SECRET_TITLE) :]
    assert "⊘ restricted" in after[:200]  # marked where it is listed
    assert "evidence withheld" not in internal
    for report in ("scorecard", "full"):
        public = _flat(build(report, rich_database, stakeholders=NZ, public=True)[0])
        assert SECRET_TITLE not in public
        assert "evidence withheld (1 restricted item)" in public


def test_restricted_mark_in_the_scorecards_evidence_list(rich_database: Database) -> None:
    data = load_report_data(rich_database, options(stakeholders=NZ))
    listed = [e for e in data.supporters[0].recent_evidence if e.title == SECRET_TITLE]
    assert listed and listed[0].restricted
    public = load_report_data(rich_database, options(stakeholders=NZ, public=True))
    assert all(e.title != SECRET_TITLE for e in public.supporters[0].recent_evidence)


def test_reviewed_only_from_the_command_line(demo_db_path: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "card.pdf"
    args = ["report", "scorecard", "--db", str(demo_db_path), "--out", str(out)]
    assert main([*args, "--stakeholder", "New Zealand", "--reviewed-only"]) == 0
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    assert "Reviewed ratings only" in " ".join(text.split())
    capsys.readouterr()
