"""Files the app writes get the user's normal permissions (the umask), not a temp file's 0600."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from pledge_tracker.safe_files import write_bytes
from tests.cli_process import run


@pytest.fixture
def umask() -> Iterator[object]:
    """Set the process umask for one test (children inherit it), then put it back."""
    previous = os.umask(0o022)

    def use(mask: int) -> None:
        os.umask(mask)

    yield use
    os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_written_file_honours_the_umask(tmp_path: Path, umask, mask: int, expected: int) -> None:
    umask(mask)
    assert _mode(write_bytes(tmp_path / "out.bin", b"x")) == expected


def test_a_pdf_and_a_csv_written_from_the_command_line_are_0644(
    demo_db_path: Path, tmp_path: Path, umask
) -> None:
    umask(0o022)
    pdf = run(
        "report", "scorecard", "--db", demo_db_path, "--out", "card.pdf",
        "--stakeholder", "New Zealand", "--as-of", "2025-06-30", cwd=tmp_path,
    )  # fmt: skip
    assert pdf.returncode == 0, pdf.stderr
    csv = run(
        "export", "--db", demo_db_path, "--format", "csv", "--what", "evidence",
        "--out", "s.csv", cwd=tmp_path,
    )  # fmt: skip
    assert csv.returncode == 0, csv.stderr
    assert _mode(tmp_path / "card.pdf") == 0o644
    assert _mode(tmp_path / "s.csv") == 0o644


def test_an_existing_file_replaced_takes_the_umask_not_its_old_mode(tmp_path: Path, umask) -> None:
    umask(0o022)
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    target.chmod(0o600)
    write_bytes(target, b"new")
    assert target.read_bytes() == b"new" and _mode(target) == 0o644
