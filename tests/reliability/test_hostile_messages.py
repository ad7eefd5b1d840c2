"""Hostile values end in one clear line: overflowing numbers and dates, control characters,
lone surrogates, a log that cannot be written. Never a traceback or an "internal error".

The command line runs as a real process; each case exits 1 (2 for a bad option), says the
file, row and field (or what is wrong), and leaves the database's bytes as they were.
"""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pledge_tracker import cli
from pledge_tracker.terminal import printable
from tests.cli_process import run
from tests.reliability import tally
from tests.reliability.files import sha256


def _one_line(result: subprocess.CompletedProcess[str], status: int = 1) -> str:
    assert result.returncode == status, result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    lines = result.stderr.strip().splitlines()
    if status == 2:  # argparse shows the usage first; its error is the last line
        lines = lines[-1:]
    assert len(lines) == 1 and lines[0].startswith("pledge-tracker"), result.stderr
    return lines[0]


@pytest.mark.parametrize(
    ("case", "kind", "csv", "field"),
    [
        ("views-1e30", "sightings", "X,https://e.org,2024-01-01T00:00,1" + "0" * 30, "views"),
        ("views-2^63", "sightings", f"X,https://e.org,2024-01-01T00:00,{2**63}", "views"),
        ("year-1-east", "sightings", "X,https://e.org,0001-01-01T00:00+05:00,1", "found_at"),
        ("year-9999-west", "sightings", "X,https://e.org,9999-12-31T23:00-05:00,1", "found_at"),
    ],
)
def test_overflowing_cells_name_the_row_and_field(
    case: str, kind: str, csv: str, field: str, db_path: Path
) -> None:
    source = db_path.parent / f"{case}.csv"
    source.write_text("platform,url,found_at,views\n" + csv + "\n", encoding="utf-8")
    before = sha256(db_path)
    line = _one_line(run("import", "--db", db_path, "--kind", kind, source, cwd=db_path.parent))
    assert f"{source.name}, row 2, field '{field}'" in line
    assert sha256(db_path) == before
    tally.refused(f"overflow-{case}")


@pytest.mark.parametrize(
    "command",
    [
        ("stats",),
        ("report", "briefing", "--out", "r.pdf"),
        ("chart", "score_over_time", "--out", "c.png"),
        ("export", "--format", "csv", "--out", "e.csv"),
    ],
)
@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_dates_at_the_calendars_ends_are_refused(
    command: tuple[str, ...], day: str, db_path: Path
) -> None:
    result = run(*command, "--db", db_path, "--as-of", day, cwd=db_path.parent)
    line = _one_line(result, status=2)
    assert day in line and "out of range" in line
    tally.refused(f"as-of-{day}-{command[0]}")


def test_control_characters_in_a_cell_are_shown_escaped(db_path: Path) -> None:
    source = db_path.parent / "evil.csv"
    source.write_text("title,kind,effective\nA,\x1b[2J\x1b[31mevil\x07\x9b,2020-01-01\n", "utf-8")
    line = _one_line(
        run("import", "--db", db_path, "--kind", "evidence", source, cwd=source.parent)
    )
    assert "\x1b" not in line and "\x07" not in line and "\x9b" not in line
    assert "\\x1b[2J\\x1b[31mevil\\x07\\x9b" in line and "row 2, field 'kind'" in line
    tally.refused("escape-sequences-in-cell")


def test_lone_surrogates_in_arguments_end_in_one_line(db_path: Path) -> None:
    before = sha256(db_path)
    result = run(
        "report",
        "scorecard",
        "--db",
        db_path,
        "--stakeholder",
        "\udcff\x1b",
        "--out",
        "r.pdf",
        cwd=db_path.parent,
    )
    line = _one_line(result)
    assert "\\udcff\\x1b" in line
    assert sha256(db_path) == before
    assert not (db_path.parent / "r.pdf").exists()
    tally.refused("lone-surrogate-argument")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec=None)))
def test_printable_text_holds_no_control_character(text: str) -> None:
    shown = printable(text)
    assert not any(unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") for ch in shown)
    shown.encode("utf-8")  # always writable to a UTF-8 terminal
    assert printable(text.replace("\\", "")) == text.replace("\\", "") or any(
        unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp", "Cf") for ch in text
    )


def test_a_log_that_cannot_be_written_still_tells_the_user(
    isolated_app_data: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (isolated_app_data / "pledge-tracker.log").mkdir()  # the log file cannot be opened

    def broken(_args: object) -> int:
        raise RuntimeError("the real cause \x1b[31m")

    monkeypatch.setattr("pledge_tracker.commands.core.cmd_stats", broken)
    assert cli.main(["stats"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "Logging error" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert "RuntimeError: the real cause \\x1b[31m" in err and "could not be written" in err
    tally.refused("log-unwritable")
