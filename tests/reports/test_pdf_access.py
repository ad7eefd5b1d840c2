"""PDFs for assistive technology: language, title, outline, reading order, the HTML pointer.

The PDFs stay untagged (reportlab cannot tag), so each says on its first page where the
accessible edition is; the checks read the files as a screen reader or pypdf would.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest

from pledge_tracker.db.uow import Database
from pledge_tracker.reports.build import options_for, report_bytes
from pledge_tracker.reports.text import Text
from pledge_tracker.services.report_data import ReportOptions, load_report_data

AS_OF = dt.date(2026, 11, 1)
BRIEFING_SECTIONS = (
    "section.findings",
    "section.summary",
    "section.charts",
    "section.key_dates",
    "section.movers",
    "section.regressions",
    "section.overdue",
    "section.supporters",
)


def options(lang: str) -> ReportOptions:
    return ReportOptions(as_of=AS_OF, lang=lang, generated=dt.date(2026, 12, 1))


def outline_titles(reader: pypdf.PdfReader) -> list[str]:
    titles: list[str] = []

    def walk(items: list) -> None:  # type: ignore[type-arg]
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(str(item.title))

    walk(reader.outline)
    return titles


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_briefing_pdf_has_language_title_outline_and_pointer(
    demo_database: Database, lang: str, tmp_path: Path
) -> None:
    t = Text(lang)
    pdf, _ = report_bytes("briefing", demo_database, options(lang))
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert reader.trailer["/Root"]["/Lang"] == lang
    assert reader.metadata is not None and reader.metadata.title == t("report.briefing")
    assert reader.metadata.author and reader.metadata.subject
    titles = outline_titles(reader)
    for key in BRIEFING_SECTIONS:
        assert t(key) in titles, key
    first = reader.pages[0].extract_text()
    assert flat(t("access.note", command="briefing")) in flat(first)
    if shutil.which("qpdf"):
        target = tmp_path / "briefing.pdf"
        target.write_bytes(pdf)
        check = subprocess.run(["qpdf", "--check", str(target)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr


def test_scorecard_reads_each_label_before_its_value(demo_database: Database) -> None:
    t = Text("en")
    pdf, _ = report_bytes("scorecard", demo_database, options("en"))
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    first = reader.pages[0].extract_text()
    assert flat(t("access.note", command="scorecard")) in flat(first)
    data = load_report_data(demo_database, options_for("scorecard", options("en")))
    summary = data.supporters[0].summary
    lines = [line.strip() for line in first.splitlines()]
    for label, value in (
        (t("card.score"), t.number(summary.score)),
        (t("card.coverage"), t.percent(summary.coverage)),
    ):
        where = lines.index(label)
        assert lines[where + 1] == value, lines[where : where + 3]
