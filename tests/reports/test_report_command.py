"""`pledge-tracker report` builds the three reports from a demo database."""

from __future__ import annotations

import subprocess
import sys

import pypdf

from pledge_tracker.commands import report
from pledge_tracker.reports import build


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pledge_tracker", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_three_reports_build_from_the_command_line(demo_db_path, tmp_path) -> None:
    for kind, extra in (
        ("scorecard", ["--stakeholder", "New Zealand", "--stakeholder", "FR"]),
        ("briefing", ["--kind", "online_service_provider", "--paper", "letter"]),
        ("full", ["--stakeholder", "New Zealand", "--public", "--lang", "fr"]),
    ):
        out = tmp_path / f"{kind}.pdf"
        result = _run(
            "report",
            kind,
            "--db",
            str(demo_db_path),
            "--out",
            str(out),
            "--as-of",
            "2025-06-30",
            "--generated",
            "2025-07-01",
            *extra,
        )
        assert result.returncode == 0, result.stderr
        reader = pypdf.PdfReader(out)
        assert len(reader.pages) >= 2
        assert "pages" in result.stderr
    scorecard = pypdf.PdfReader(tmp_path / "scorecard.pdf")
    assert [item["/Title"] for item in scorecard.outline] == ["France", "New Zealand"]


def test_bad_choices_give_one_line_errors_and_no_file(demo_db_path, tmp_path) -> None:
    out = tmp_path / "x.pdf"
    cases = [
        (["--stakeholder", "Atlantis"], 1, "no supporter named 'Atlantis'"),
        (["--as-of", "2025-02-30"], 2, "30 February 2025 does not exist"),
        (["--as-of", "2019-05-14"], 2, "2019-05-14 is before the Christchurch Call was adopted"),
        (["--since", "2018-01-01"], 2, "2018-01-01 is before the Christchurch Call was adopted"),
        (["--rank-threshold", "150"], 2, "'150' is not a percentage from 0 to 100"),
        (["--rank-threshold", "half"], 2, "'half' is not a percentage from 0 to 100"),
    ]
    for extra, status, message in cases:
        result = _run("report", "scorecard", "--db", str(demo_db_path), "--out", str(out), *extra)
        assert result.returncode == status and message in result.stderr
        # argparse shows the usage first; the error itself is the one last line
        assert message in result.stderr.strip().splitlines()[-1]
        assert "Traceback" not in result.stderr
    assert not out.exists()


def test_the_command_offers_what_the_reports_support() -> None:
    assert report.REPORTS == tuple(build.REPORTS)
    assert report.PAPERS == build.PAPERS and report.LANGUAGES == build.LANGUAGES


def test_a_scorecard_citing_nothing_is_one_page_and_says_so(db_path, tmp_path) -> None:
    out = tmp_path / "card.pdf"
    result = _run("report", "scorecard", "--db", str(db_path), "--out", str(out),
                  "--stakeholder", "Canada")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "(1 page)" in result.stderr  # not "1 pages", nor a page saying there is nothing
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == 1
    assert "No judgement on this page cites evidence" in reader.pages[0].extract_text()
