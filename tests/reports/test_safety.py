"""Hostile and unusual text prints literally and never breaks a report."""

from __future__ import annotations

import datetime as dt
import io

import pypdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import EvidenceInput, StakeholderInput
from pledge_tracker.reports import briefing
from pledge_tracker.reports.safe import REPLACEMENT, link_markup, para, printable
from pledge_tracker.reports.styles import styles
from pledge_tracker.services import evidence, stakeholders
from pledge_tracker.services.commitments import find as find_commitment
from tests.reports.conftest import AS_OF, add_judgement, build, pages_of, text_of

HOSTILE_NAME = "R&D <script>alert(1)</script> & a < b"
IMG = "<img src='/etc/passwd' width='100' height='100'/>"


def add_hostile_supporter(
    database: Database, *, evidence_items: int = 3, name_length: int = 0
) -> str:
    """A partner whose every text tries to be markup, with long and foreign text."""
    name = HOSTILE_NAME + (" x" * ((name_length - len(HOSTILE_NAME)) // 2) if name_length else "")
    with database.write() as tx:
        person = stakeholders.add(tx, StakeholderInput(name=name, kind="partner"))
        joint = find_commitment(tx.session, "JOINT-1")
        ids = []
        for number in range(evidence_items):
            item = evidence.add(
                tx,
                EvidenceInput(
                    title=f"<font color='red'>{number}</font> {IMG} " + "long title " * 60,
                    kind="news_report",
                    source_url="https://example.org/a?b=1&c=<2>",
                    source_name="Ōtautahi <b>Press</b>",
                    effective=AS_OF - dt.timedelta(days=number + 1),
                    stakeholder_ids=(person.id,),
                    commitment_ids=(joint.id,),
                ),
            )
            ids.append(item.id)
        rationale = (
            f"a < b & c > d {IMG} <a href='javascript:alert(1)'>click</a> 🙂🚀 "
            "שלום עולם مرحبا بالعالم " + "word " * 2000 + "THE END"
        )
        add_judgement(tx, name, "JOINT-1", "limited", AS_OF, rationale, ids)
    return name


def test_hostile_texts_print_literally_and_embed_nothing(rich_database) -> None:
    name = add_hostile_supporter(rich_database)
    for kind in ("scorecard", "full"):
        pdf, _ = build(kind, rich_database, charts=True, stakeholders=(name,))
        text = text_of(pdf)
        assert HOSTILE_NAME in text.replace("\n", " ")
        charts = 0 if kind == "scorecard" else len(briefing.CHARTS)
        assert pdf.decode("latin-1").count("/Subtype /Image") <= charts  # charts, nothing else
        assert "javascript" not in pdf.decode("latin-1").lower().split("stream")[0]
        uris = _uris(pdf)
        assert all(uri.startswith(("http://", "https://", "mailto:")) for uri in uris)
    full_text = text_of(build("full", rich_database, stakeholders=(name,))[0])
    assert "a < b & c > d <img src='/etc/passwd'" in full_text.replace("\n", " ")
    assert "THE END" in full_text  # a 10,000-character rationale is printed whole
    assert REPLACEMENT in full_text  # emoji the font lacks show as a visible mark


def _uris(pdf: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    found = []
    for page in reader.pages:
        for annotation in page.get("/Annots", []) or []:
            action = annotation.get_object().get("/A")
            if action is not None:
                found.append(str(action.get_object().get("/URI")))
    return found


def test_an_empty_database_gives_valid_reports(empty_database) -> None:
    for kind in ("scorecard", "briefing", "full"):
        pdf, pages = build(kind, empty_database)
        assert pdf.startswith(b"%PDF") and pages >= 1
        assert "No supporter" in text_of(pdf)


def test_a_report_with_no_matching_supporter_is_valid(demo_database) -> None:
    with demo_database.write() as tx:
        person = stakeholders.find(tx.session, "Tech Against Terrorism")
        stakeholders.set_active(tx, person.id, False)
        for other in (
            "OpenMined",
            "Global Internet Forum to Counter Terrorism (GIFCT)",
            "Global Community Engagement and Resilience Fund (GCERF)",
        ):
            stakeholders.set_active(tx, stakeholders.find(tx.session, other).id, False)
    pdf, pages = build("briefing", demo_database, kind="partner")
    assert pages >= 2 and "No supporter matches" in text_of(pdf)


@pytest.mark.parametrize(
    "url, linked",
    [
        ("https://example.org/x?a=1&b=2", True),
        ("mailto:desk@example.org", True),
        ("javascript:alert(1)", False),
        ("file:///etc/passwd", False),
        ('https://e.org/"><img src=x>', False),
    ],
)
def test_only_http_https_and_mailto_become_links(url: str, linked: bool) -> None:
    markup = link_markup(url)
    assert ("<a href=" in markup) is linked
    assert "<img" not in markup


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"))))
def test_any_text_prints_as_itself(text: str) -> None:
    plain = para(text, styles().body).getPlainText()
    # Every visible character in order; only those the font lacks become the replacement mark.
    assert "".join(plain.split()) == "".join(printable(text).split())


def test_markup_seeds_print_as_themselves() -> None:
    for seed in ("<", "&", "&copy;", IMG, "<font color='red'>x</font>", "]]>", "<br/>", "a<b>c"):
        assert para(seed, styles().body).getPlainText() == seed


def test_right_to_left_and_emoji_names_give_valid_scorecards(demo_database) -> None:
    with demo_database.write() as tx:
        stakeholders.add(tx, StakeholderInput(name="מרכז שלום مرحبا 🙂", kind="partner"))
    pdf, pages = build("scorecard", demo_database, stakeholders=("מרכז שלום مرحبا 🙂",))
    assert pages == 1
    text = pages_of(pdf)[0]
    assert "מרכז" in text or "זכרמ" in text  # printed (logical or visual order)
    assert REPLACEMENT in text
