"""Crash safety, proven: SIGKILL a writing child at random moments and check after each kill."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest

from tests.reliability.harness import find_target, verify, write_unit
from tests.reliability.soak import soak

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the fork server needs POSIX")


def unit_seconds(folder: Path) -> float:
    """How long one unit takes to write on this machine now (it may be shared and busy)."""
    from pledge_tracker.bootstrap import open_app_database

    database = open_app_database(folder / "timing.db", actor="test")
    try:
        target = find_target(database)
        started = time.monotonic()
        for n in (1, 2, 3):
            write_unit(database, target, n)
        return (time.monotonic() - started) / 3
    finally:
        database.dispose()


def test_fifty_random_kills_lose_nothing_and_leave_no_half_unit(tmp_path: Path) -> None:
    # Kills up to ~eight units' time after writing starts (0.25 s at least), so that on a
    # loaded machine they still land among acknowledged writes, not before the first.
    delay = max(0.25, 8 * unit_seconds(tmp_path))
    figures = soak(50, tmp_path, per_db=25, max_delay=delay, seed=20190515)
    assert figures.failures == []
    assert figures.kills >= 50
    assert figures.checks >= 50 and figures.databases == 2
    assert figures.writes_verified >= 25  # the kills landed while units were being written


@pytest.fixture
def written(db_path: Path) -> Path:
    """A database holding harness units 1-3, written through the real services."""
    from pledge_tracker.bootstrap import open_app_database

    db = db_path
    database = open_app_database(db, actor="test")
    target = find_target(database)
    for n in (1, 2, 3):
        write_unit(database, target, n)
    database.dispose()
    return db


def test_the_checks_see_a_clean_database_as_clean(written: Path) -> None:
    verdict = verify(written, {1, 2, 3})
    assert verdict.problems == []
    assert verdict.units == {1, 2, 3}


def test_the_checks_catch_a_lost_acknowledged_write(written: Path) -> None:
    verdict = verify(written, {1, 2, 3, 4})
    assert verdict.problems == ["acknowledged units lost: [4]"]


def test_the_checks_catch_half_a_unit(written: Path) -> None:
    # Remove unit 2's assessment behind the app's back, as a torn write would leave it.
    with sqlite3.connect(written) as raw:
        raw.execute("PRAGMA foreign_keys=ON")
        (assessment_id,) = raw.execute(
            "SELECT id FROM assessments WHERE rationale = 'harness unit 2'"
        ).fetchone()
        raw.execute("DELETE FROM assessment_evidence WHERE assessment_id = ?", (assessment_id,))
        raw.execute("DELETE FROM assessments WHERE id = ?", (assessment_id,))
    verdict = verify(written, {1, 2, 3})
    assert "unit 2 is half there: evidence without its assessment" in verdict.problems
    assert verdict.units == {1, 3}


def test_the_checks_catch_a_broken_audit_chain(written: Path) -> None:
    with sqlite3.connect(written) as raw:
        raw.execute("UPDATE audit_entries SET actor = 'someone else' WHERE id = 50")
    verdict = verify(written, {1, 2, 3})
    assert any(p.startswith("check: audit entry 50") for p in verdict.problems)
