"""Hostile replies and reviewers: refused naming the field, or stored exactly and printed safely."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import audit
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import AssessmentInput, ReplyInput
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.validate import clean_field
from pledge_tracker.reports.build import render_report
from pledge_tracker.services import assessments, replies, stakeholders
from pledge_tracker.services.commitments import find as find_commitment
from pledge_tracker.services.report_data import ReportOptions, load_report_data
from tests.reliability import tally
from tests.reliability.hostile import hostile_text, hostile_urls

CASES = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
ASSESSOR = "Émilie Ngāti"


@pytest.fixture(scope="module")
def judged(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, int]]:
    path: Path = tmp_path_factory.mktemp("reviews") / "reviews.db"
    database = open_app_database(path, actor=ASSESSOR)
    with database.write() as tx:
        nz = stakeholders.find(tx.session, "New Zealand").id
        gov1 = find_commitment(tx.session, "GOV-1").id
        found = assessments.record(tx, AssessmentInput(nz, gov1, "limited", rationale="Some."))
    yield database, found.id
    database.dispose()


def _entries(database: Database) -> int:
    with database.read() as session:
        return audit.head(session).last_id


@CASES
@given(text=hostile_text, source=st.one_of(st.none(), hostile_urls))
def test_a_hostile_reply_is_refused_or_stored_exactly(judged, text: str, source) -> None:
    database, assessment_id = judged
    before = _entries(database)
    try:
        with database.write(actor="Officer") as tx:
            reply = replies.record(tx, ReplyInput(assessment_id, text, "2025-01-02", source))
    except ValidationError as refused:
        assert refused.field in {"text", "source_url"} and "\n" not in refused.message
        assert _entries(database) == before  # nothing written
        tally.refused("hostile reply")
        return
    assert reply.text == clean_field("assessment_replies", "text", text)
    with database.read() as session:
        assert replies.replies_of(session, assessment_id)[-1] == reply
    options = ReportOptions(as_of=reply.dated, stakeholders=("New Zealand",), details=True)
    buffer = io.BytesIO()
    render_report("full", load_report_data(database, options), buffer)
    assert len(pypdf.PdfReader(io.BytesIO(buffer.getvalue())).pages) > 1  # printed, readable
    with database.write() as tx:
        replies.set_withdrawn(tx, reply.id, True)  # the next example starts without it
    tally.accepted("hostile reply")


def _variants(name: str) -> list[str]:
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return [
        name,
        name.upper(),
        f"  {name}  ",
        unicodedata.normalize("NFD", name),
        bare,
        name.replace(" ", "   "),
    ]


@pytest.mark.parametrize("reviewer", _variants(ASSESSOR))
def test_the_assessor_under_another_spelling_cannot_review(judged, reviewer: str) -> None:
    database, assessment_id = judged
    before = _entries(database)
    with pytest.raises(ValidationError, match="second officer"):
        with database.write(actor=reviewer) as tx:
            assessments.mark_reviewed(tx, assessment_id)
    assert _entries(database) == before
    tally.refused("self-review")


@CASES
@given(reviewer=hostile_text)
def test_a_hostile_reviewer_name_is_refused_or_stored_clean(judged, reviewer: str) -> None:
    database, assessment_id = judged
    before = _entries(database)
    try:
        with database.write(actor=reviewer) as tx:
            found = assessments.mark_reviewed(tx, assessment_id)
    except ValidationError as refused:
        assert refused.field == "reviewed_by" and "\n" not in refused.message
        assert _entries(database) == before
        tally.refused("hostile reviewer")
        return
    assert found.reviewed_by == clean_field("assessments", "reviewed_by", reviewer)
    with database.write() as tx:
        assessments.clear_review(tx, assessment_id)
    tally.accepted("hostile reviewer")
