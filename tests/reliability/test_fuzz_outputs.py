"""Hostile text in every field that reaches a report, a chart or an export: all stay valid.

Hypothesis plants a supporter whose every text field is hostile (markup, formulas, control
characters, right-to-left and combining characters, emoji, 10,000-character text), with
evidence, an assessment citing it, an action and a sighting, all through the real
services, then renders the outputs: PDF reports must parse, embed no image or link the
text asked for, and name the supporter; chart SVGs must be well-formed; CSV cells must be
inert and XLSX free of formulas; the JSON data package must carry every text exactly.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import re
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest
from defusedxml import ElementTree
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from pledge_tracker.charts import registry
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import AssessmentInput, EvidenceInput, StakeholderInput
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.validate import clean_text, is_safe_link
from pledge_tracker.reports.build import report_bytes
from pledge_tracker.services import actions, assessments, evidence, sightings, stakeholders
from pledge_tracker.services.chart_data import ChartOptions
from pledge_tracker.services.commitments import find as find_commitment
from pledge_tracker.services.report_data import ReportOptions
from pledge_tracker.services.transfer.cells import xml_unescape
from pledge_tracker.services.transfer.exports import export_table
from pledge_tracker.services.transfer.package import export_package, open_package
from tests.reliability.hostile import hostile_text, hostile_urls

SLOW = settings(
    max_examples=3,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
FAST = settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
TODAY = dt.date.today()
_numbers = itertools.count(1)


@dataclass(frozen=True)
class Texts:
    name: str
    notes: str
    title: str
    summary: str
    source_name: str
    url: str
    rationale: str
    action: str
    platform: str


texts = st.builds(
    Texts,
    name=hostile_text,
    notes=hostile_text,
    title=hostile_text,
    summary=hostile_text,
    source_name=hostile_text,
    url=hostile_urls,
    rationale=hostile_text,
    action=hostile_text,
    platform=hostile_text,
)


@dataclass(frozen=True)
class Planted:
    name: str
    stakeholder_id: int
    stored: dict[str, str]  # field -> the text as stored (cleaned) in the database


def plant(database: Database, t: Texts) -> Planted:
    """One supporter with hostile text in every field, written through the real services."""
    n = next(_numbers)
    name = f"Fuzz {n} {t.name[:200]}"
    url = t.url if is_safe_link(clean_text(t.url, "url", max_length=10**6)) else None
    with database.write() as tx:
        person = stakeholders.add(tx, StakeholderInput(name=name, kind="government", notes=t.notes))
        commitment = find_commitment(tx.session, "GOV-1")
        item = evidence.add(
            tx,
            EvidenceInput(
                title=f"{n} {t.title[:900]}",
                summary=t.summary,
                kind="news_report",
                source_url=url if url is None or len(url) <= 4000 else None,
                source_name=t.source_name[:900] or None,
                effective=TODAY - dt.timedelta(days=30),
                notes=t.notes,
                stakeholder_ids=(person.id,),
                commitment_ids=(commitment.id,),
            ),
        )
        assessments.record(
            tx,
            AssessmentInput(
                stakeholder_id=person.id,
                commitment_id=commitment.id,
                level="substantial",
                effective=TODAY - dt.timedelta(days=10),
                rationale=f"Because {t.rationale}",
                evidence_ids=(item.id,),
            ),
        )
        actions.add(
            tx,
            stakeholder_id=person.id,
            commitment_id=commitment.id,
            title=f"Do {t.action[:900]}",
            due=TODAY - dt.timedelta(days=5),
            notes=t.notes,
        )
        sightings.add(
            tx,
            platform=f"P {t.platform[:250]}",
            url=f"https://video.example/{t.platform[:100]}",
            found_at=dt.datetime(2024, 3, 15, 1, 40),
            removed_at=dt.datetime(2024, 3, 15, 3, 0),
            stakeholder_id=person.id,
            notes=t.notes,
        )
    stored = {
        "name": person.name,
        "title": item.title,
        "summary": item.summary,
        "rationale": clean_text(f"Because {t.rationale}", "rationale"),
    }
    return Planted(person.name, person.id, stored)


def pdf_checks(pdf: bytes, charts: int) -> str:
    """The PDF parses, embeds no image but the charts, links only http/https/mailto."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 1
    images = 0
    for page in reader.pages:
        images += len(page.images)
        for annotation in page.get("/Annots", []) or []:
            action = annotation.get_object().get("/A")
            uri = action.get("/URI") if action is not None else None
            if uri is not None:
                assert str(uri).lower().startswith(("http://", "https://", "mailto:")), uri
    assert images <= charts
    return "\n".join(page.extract_text() or "" for page in reader.pages)


@SLOW
@given(batch=st.lists(texts, min_size=2, max_size=2))
def test_reports_stay_valid_with_hostile_text(demo_database: Database, batch: list[Texts]) -> None:
    planted = [plant(demo_database, t) for t in batch]
    options = ReportOptions(
        as_of=TODAY, stakeholders=tuple(p.name for p in planted), generated=TODAY
    )
    for kind, charts in (("scorecard", 0), ("full", 8)):
        pdf, pages = report_bytes(kind, demo_database, options)
        text = re.sub(r"\s+", " ", pdf_checks(pdf, charts))
        assert pages >= 2 if kind == "scorecard" else pages >= 1
        for p in planted:
            assert f"Fuzz {p.name.split()[1]} " in text  # each supporter is named


@SLOW
@given(batch=st.lists(texts, min_size=2, max_size=2))
def test_charts_draw_hostile_names_as_text(database: Database, batch: list[Texts]) -> None:
    planted = [plant(database, t) for t in batch]
    options = ChartOptions(
        as_of=TODAY, stakeholder_ids=frozenset(p.stakeholder_id for p in planted)
    )
    for name in registry.CHARTS:
        out = io.BytesIO()
        with database.read() as session:
            registry.render_from(name, session, options, out, "svg")
        ElementTree.fromstring(out.getvalue())  # well-formed: names cannot break the SVG


INERT_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\0")


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


@FAST
@given(batch=st.lists(texts, min_size=1, max_size=3))
def test_csv_and_xlsx_exports_keep_hostile_text_inert(
    database: Database, tmp_path: Path, batch: list[Texts]
) -> None:
    planted = [plant(database, t) for t in batch]
    for what in ("evidence", "assessments", "matrix", "audit"):
        path = export_table(database, tmp_path / f"{what}.csv", fmt="csv", what=what, as_of=TODAY)
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 (macrons) only with a BOM
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
        assert all(len(row) == len(rows[0]) for row in rows)
        for row in rows[1:]:
            for cell in row:
                if cell.startswith(INERT_START):
                    assert _is_number(cell), f"{what}: live cell {cell[:40]!r}"
    xlsx = export_table(database, tmp_path / "all.xlsx", fmt="xlsx", as_of=TODAY)
    with zipfile.ZipFile(xlsx) as zipped:
        for name in zipped.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in zipped.read(name) and b"<f " not in zipped.read(name)
    book = load_workbook(xlsx, read_only=True)
    try:
        evidence_rows = (
            list(book["evidence"].iter_rows(values_only=True))
            if ("evidence" in book.sheetnames)
            else []
        )
    finally:
        book.close()
    # openpyxl leaves XLSX's own escapes (_xHHHH_) in place: undone, the title is exact
    titles = {xml_unescape(str(row[i])) for row in evidence_rows for i in range(len(row)) if row[i]}
    for p in planted:
        assert p.stored["title"] in titles


@FAST
@given(batch=st.lists(texts, min_size=1, max_size=3))
def test_the_json_package_carries_every_hostile_text_exactly(
    database: Database, tmp_path: Path, batch: list[Texts]
) -> None:
    planted = [plant(database, t) for t in batch]
    path = tmp_path / "package.zip"
    export_package(database, path)
    with open_package(path) as package:
        names = {row["name"] for row in package.tables["stakeholders"]}
        titles = {row["title"] for row in package.tables["evidence"]}
        summaries = {row["summary"] for row in package.tables["evidence"]}
        rationales = {row["rationale"] for row in package.tables["assessments"]}
    for p in planted:
        assert p.stored["name"] in names
        assert p.stored["title"] in titles
        assert p.stored["summary"] in summaries
        assert p.stored["rationale"] in rationales


@settings(FAST, max_examples=25)
@given(t=texts, field=st.sampled_from(["name", "title", "rationale", "action", "platform"]))
def test_only_validation_errors_escape_and_nothing_is_half_written(
    database: Database, t: Texts, field: str
) -> None:
    """Unclipped hostile text (10,000 characters into a 300-character name) is refused whole."""
    with database.read() as session:
        before = _fingerprint(session)
    try:
        with database.write() as tx:
            person = stakeholders.add(
                tx,
                StakeholderInput(
                    name=f"Raw {next(_numbers)} " + (t.name * 40 if field == "name" else t.name),
                    kind="government",
                ),
            )
            evidence.add(
                tx,
                EvidenceInput(
                    title="T " + (t.title * 200 if field == "title" else t.title),
                    effective=TODAY,
                    source_url=t.url,
                    stakeholder_ids=(person.id,),
                ),
            )
            actions.add(
                tx,
                stakeholder_id=person.id,
                title="" if field == "action" else t.action,
                notes=t.notes,
            )
    except ValidationError as error:
        assert error.field  # the message names the field
        with database.read() as session:
            assert _fingerprint(session) == before  # nothing of the unit was kept


def _fingerprint(session: object) -> tuple[int, ...]:
    from sqlalchemy import func, select

    from pledge_tracker.db import models as m

    return tuple(
        session.scalar(select(func.count()).select_from(model))  # type: ignore[attr-defined]
        for model in (m.Stakeholder, m.Evidence, m.Action, m.AuditEntry, m.Pledge)
    )


@pytest.mark.parametrize("text", ["<b>", "&amp;", "\x00", "x" * 10_000, "\u202e", "🙂"])
def test_plain_seeds_plant_cleanly(database: Database, text: str) -> None:
    """The hand-picked seeds alone, each once, so a failure here needs no shrinking."""
    t = Texts(text, text, text, text, text, "https://example.org/", text, text, text)
    planted = plant(database, t)
    assert planted.stored["rationale"].startswith("Because")


def test_a_long_supporter_name_does_not_collapse_a_chart(database: Database) -> None:
    planted = plant(database, Texts("N" * 150, "", "t", "", "", "", "r", "a", "p"))
    options = ChartOptions(as_of=TODAY, stakeholder_ids=frozenset({planted.stakeholder_id}))
    for name in ("score_over_time", "coverage_over_time"):
        with database.read() as session, warnings.catch_warnings():
            warnings.filterwarnings("error", message="constrained_layout not applied")
            registry.render_from(name, session, options, io.BytesIO(), "svg")
