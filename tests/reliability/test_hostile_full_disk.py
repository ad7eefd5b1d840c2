"""A disk that fills up during an import: a dry run writes nothing, a real one all or nothing.

The database sits on a small tmpfs, so SQLite runs out of room half-way through a large
import (uncommitted pages spill into the -wal). SQLite may then roll the whole transaction
back by itself; before the fix every later row ran in autocommit, so a dry run *wrote* rows
and audit entries and a real import ended in "no such savepoint". Skipped where mounting a
tmpfs is not allowed.
"""

from __future__ import annotations

import csv
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli_process import run
from tests.reliability import tally
from tests.reliability.files import sha256

ROWS = 4000  # about 2.4 MB of text: more than the page cache holds, more than the disk has


@pytest.fixture
def db_on_small_disk(db_path: Path, tmp_path: Path) -> Iterator[Path]:
    """The seeded database on a tmpfs with about 512 KB to spare."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    disk = tmp_path / "disk"
    disk.mkdir()
    size_kb = db_path.stat().st_size // 1024 + 512
    mount = ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(disk)]
    if subprocess.run(mount, capture_output=True, check=False).returncode != 0:
        pytest.skip("this machine does not allow mounting a tmpfs")
    try:
        shutil.copy(db_path, disk / "call.db")
        yield disk / "call.db"
    finally:
        subprocess.run(["umount", str(disk)], capture_output=True, check=False)


@pytest.fixture
def big_csv(tmp_path: Path) -> Path:
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["title", "summary", "kind", "effective"])
        for number in range(ROWS):
            writer.writerow(
                [f"Item {number}", f"lorem ipsum {number} " * 40, "legislation", "2020-01-01"]
            )
    return path


def _counts(db: Path) -> tuple[int, int]:
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        evidence = connection.execute("SELECT count(*) FROM evidence").fetchone()[0]
        audit = connection.execute("SELECT count(*) FROM audit_entries").fetchone()[0]
    finally:
        connection.close()
    return evidence, audit


def _says_disk_full(result: subprocess.CompletedProcess[str], folder: Path) -> None:
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert f"The disk holding {folder} is full; nothing was imported" in lines[0], lines[0]
    assert "savepoint" not in lines[0]


@pytest.mark.parametrize("dry_run", [True, False], ids=["dry-run", "import"])
def test_an_import_on_a_full_disk_changes_nothing(
    dry_run: bool, db_on_small_disk: Path, big_csv: Path
) -> None:
    db, disk = db_on_small_disk, db_on_small_disk.parent
    before, counts = sha256(db), _counts(db)
    flag = ("--dry-run",) if dry_run else ()
    result = run("import", "--db", db, *flag, big_csv, cwd=big_csv.parent)
    _says_disk_full(result, disk)
    assert sha256(db) == before  # the file's bytes, not just its rows
    assert sorted(p.name for p in disk.iterdir()) == ["call.db"]  # no -wal left with rows in it
    assert _counts(db) == counts
    tally.refused(f"full-disk-{'dry-run' if dry_run else 'import'}")


def test_the_same_import_succeeds_with_room(db_path: Path, big_csv: Path) -> None:
    """The control: the file itself is fine, only the disk was too small."""
    result = run("import", "--db", db_path, big_csv, cwd=big_csv.parent)
    assert result.returncode == 0, result.stderr
    assert _counts(db_path)[0] == ROWS
