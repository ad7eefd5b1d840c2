"""What changed, and why; every rating traceable on paper (issue 11, items 4 and 5).

A regression seeded in the demo data must be named in the briefing with its judgement and
evidence; scorecards mark each level that moved and list every cited item whole; both
carry the key; staff's findings (from a notes file) open the briefing and are audited.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pypdf
from sqlalchemy import select

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import EvidenceInput
from pledge_tracker.services import evidence, stakeholders
from pledge_tracker.services.check import run_check
from pledge_tracker.services.commitments import find as find_commitment
from tests.reports.conftest import add_judgement, build, text_of

LONG_URL = "https://example.org/reports/" + "transparency-" * 14 + "final.html"
WHY = "Japan withdrew its live-stream protocol in March 2025."
EVIDENCE_TITLE = "Cabinet notice withdrawing the protocol"


def flat(text: str) -> str:
    """Text with line breaks and hyphenation of wrapped words undone (for whole phrases)."""
    return " ".join(text.split())


def joined(text: str) -> str:
    """Text with every space removed: a wrapped address reads as one string again."""
    return "".join(text.split())


def seed_regression(database: Database) -> None:
    """Japan on GOV-1: Complete before the period, Limited within it, citing one item."""
    with database.write() as tx:
        japan = stakeholders.find(tx.session, "Japan")
        gov1 = find_commitment(tx.session, "GOV-1")
        item = evidence.add(
            tx,
            EvidenceInput(
                title=EVIDENCE_TITLE,
                kind="policy_change",
                effective="2025-03-10",
                source_name="Cabinet Office",
                source_url=LONG_URL,
                stakeholder_ids=(japan.id,),
                commitment_ids=(gov1.id,),
            ),
        )
        add_judgement(tx, "Japan", "GOV-1", "complete", dt.date(2023, 5, 1), "Fully in place.")
        add_judgement(
            tx,
            "Japan",
            "GOV-1",
            "limited",
            dt.date(2025, 3, 15),
            WHY + " Only a voluntary code remains.",
            (item.id,),
        )


def test_a_seeded_regression_is_named_in_the_briefing(demo_database) -> None:
    seed_regression(demo_database)
    pdf, _ = build("briefing", demo_database)
    text = flat(text_of(pdf))
    assert "Regressions named" in text
    start = text.index("Regressions named")
    section = text[start:]
    for expected in ("Japan", "GOV-1", "Complete → Limited", "2025-03-15", WHY, EVIDENCE_TITLE):
        assert expected in section, expected
    assert "Only a voluntary code remains" not in section  # the first sentence only
    assert LONG_URL in joined(section)  # the whole address, wrapped but never cut
    # The key findings page opens the briefing and names it too.
    findings = text[text.index("Key findings") : text.index("Executive summary")]
    assert "Japan, GOV-1 (Complete → Limited)" in findings
    assert "by effective date" in text


def test_the_scorecard_marks_the_move_and_cites_the_evidence_whole(demo_database) -> None:
    seed_regression(demo_database)
    pdf, _ = build("scorecard", demo_database, stakeholders=("Japan",))
    text = text_of(pdf)
    assert "▼ was Complete" in text
    assert "Evidence cited · Japan" in text
    assert EVIDENCE_TITLE in flat(text) and "Cabinet Office" in text
    assert LONG_URL in joined(text)
    assert "more items in the database" not in text and "…" not in joined(text).split("GOV-1")[0]


def test_first_assessments_are_marked_new(demo_database) -> None:
    with demo_database.write() as tx:
        add_judgement(tx, "Japan", "GOV-2", "substantial", dt.date(2025, 2, 1), "Done mostly.")
    pdf, _ = build("scorecard", demo_database, stakeholders=("Japan",))
    text = flat(text_of(pdf))
    row = text[text.index("GOV-2 ") : text.index("GOV-3 ")]
    assert "◕ Substantial" in row and " new " in f"{row} "
    other = text[text.index("GOV-3 ") : text.index("GOV-4 ")]
    assert " new " not in f"{other} "


def test_every_scorecard_and_the_briefing_carry_the_key(demo_database) -> None:
    for report in ("scorecard", "briefing"):
        for lang, words in (("en", "Key."), ("fr", "Légende.")):
            pdf, _ = build(report, demo_database, stakeholders=("France", "Google"), lang=lang)
            pages = [flat(page.extract_text()) for page in pypdf.PdfReader(_io(pdf)).pages]
            keyed = [p for p in pages if words in p]
            assert keyed, (report, lang)
            assert any("(3)" in p and ("Coverage:" in p or "Couverture :" in p) for p in keyed)
            if report == "scorecard":
                assert len(keyed) == 2  # one per supporter


def _io(pdf: bytes):
    import io

    return io.BytesIO(pdf)


def test_no_scorecard_ends_in_and_n_more(demo_database) -> None:
    pdf, _ = build("scorecard", demo_database)
    text = text_of(pdf)
    assert "more items in the database" not in text
    assert "autres éléments dans la base" not in text


def _cli(db: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pledge_tracker", "report", "briefing", "--db", str(db)]
    command += ["--out", str(out), "--as-of", "2025-06-30", "--generated", "2025-07-01", *extra]
    return subprocess.run(command, capture_output=True, text=True, timeout=300)


def test_a_notes_file_opens_the_briefing_is_audited_and_reused(demo_db_path, tmp_path) -> None:
    notes = tmp_path / "findings.txt"
    notes.write_text("Première constatation : le Japon recule.\n\nSecond finding,\nwrapped.\n")
    out = tmp_path / "b.pdf"
    result = _cli(demo_db_path, out, "--notes", str(notes))
    assert result.returncode == 0, result.stderr
    first = flat(pypdf.PdfReader(out).pages[1].extract_text())
    assert "Key findings" in first
    assert "Première constatation : le Japon recule." in first
    assert "Second finding, wrapped." in first
    assert "Written by staff" in first

    # Without --notes, the same language, period and scope reuse them; another language not.
    again = _cli(demo_db_path, out)
    assert again.returncode == 0, again.stderr
    assert "le Japon recule" in pypdf.PdfReader(out).pages[1].extract_text()
    other = _cli(demo_db_path, out, "--lang", "fr")
    assert "le Japon recule" not in pypdf.PdfReader(out).pages[1].extract_text()

    from pledge_tracker.bootstrap import open_app_database

    database = open_app_database(demo_db_path)
    try:
        with database.read() as session:
            entries = session.scalars(
                select(m.AuditEntry).where(m.AuditEntry.entity == "report_note")
            ).all()
            assert [e.action for e in entries] == ["add"]
            assert "le Japon recule" in (entries[0].after or "")
        assert run_check(database).ok
    finally:
        database.dispose()
    assert other.returncode == 0


def test_notes_are_refused_unless_a_utf8_file_for_the_briefing(demo_db_path, tmp_path) -> None:
    out = tmp_path / "b.pdf"
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Constat élevé".encode("latin-1"))
    result = _cli(demo_db_path, out, "--notes", str(latin))
    assert result.returncode == 1 and "not UTF-8" in result.stderr and str(latin) in result.stderr
    result = _cli(demo_db_path, out, "--notes", str(tmp_path))
    assert result.returncode == 1 and "folder" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()
