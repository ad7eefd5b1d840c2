"""The command line run as a real subprocess, as a user or a script would run it."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.cli_process import run
from tests.conftest import copy_anchored
from tests.reference import (
    BY_GROUP,
    COMMITMENTS,
    GOVERNMENT,
    JOINT,
    PROVIDER,
    REFERENCE,
    SUPPORTERS,
)


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    """A user's mistake: exit 1, one line on stderr, no traceback."""
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("pledge-tracker: ")
    return lines[0]


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`init --db x.db`, run once for the module."""
    folder = tmp_path_factory.mktemp("cli")
    result = run("init", "--db", "x.db", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert f"{COMMITMENTS} commitments, {SUPPORTERS} supporters" in result.stdout
    return folder / "x.db"


@pytest.fixture
def copy(plain: Path, tmp_path: Path) -> Path:
    """A copy of `plain`, anchored in the app data its commands will use (tmp_path/appdata)."""
    target = tmp_path / "copy.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PLEDGE_TRACKER_DATA_DIR", str(tmp_path / "appdata"))
        copy_anchored(plain, target)
    return target


def test_init_then_stats_shows_the_call_and_no_assessments(plain: Path) -> None:
    result = run("stats", "--db", plain.name, "--json", cwd=plain.parent)
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["counts"]["commitments"] == COMMITMENTS
    assert figures["commitments_by_group"] == {
        "governments": GOVERNMENT,
        "online_service_providers": PROVIDER,
        "governments_and_online_service_providers": JOINT,
    }
    assert figures["counts"]["stakeholders"] == SUPPORTERS
    assert {s["name"] for s in figures["stakeholders"]} == {
        s["name"] for s in REFERENCE["supporters"]
    }
    kinds = {}
    for supporter in REFERENCE["supporters"]:
        kinds[supporter["kind"]] = kinds.get(supporter["kind"], 0) + 1
    assert figures["stakeholders_by_kind"] == kinds
    assert figures["counts"]["assessments"] == 0 and figures["counts"]["evidence"] == 0
    assert figures["score"] is None


def test_init_demo_shows_evidence_and_assessments(tmp_path: Path) -> None:
    result = run("init", "--db", "demo.db", "--demo", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    again = run("init", "--db", "demo.db", "--demo", cwd=tmp_path)  # loads it only once
    assert again.returncode == 0 and "already loaded" in again.stderr
    figures = json.loads(run("stats", "--db", "demo.db", "--json", cwd=tmp_path).stdout)
    assert figures["counts"]["evidence"] == len(REFERENCE["evidence_examples"])
    assert figures["counts"]["assessments"] > 0
    assert figures["score"] is not None and figures["coverage"] > 0
    early = run("stats", "--db", "demo.db", "--json", "--as-of", "2019-01-01", cwd=tmp_path)
    assert json.loads(early.stdout)["score"] is None
    assert json.loads(early.stdout)["as_of"] == "2019-01-01"


def test_a_database_made_by_version_0_1_reports_the_shipped_catalogue(tmp_path: Path) -> None:
    made_by_0_1 = Path(__file__).parents[1] / "fixtures" / "v0_1" / "demo-0.1.db"
    target = tmp_path / "old.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PLEDGE_TRACKER_DATA_DIR", str(tmp_path / "appdata"))
        copy_anchored(made_by_0_1, target)
    result = run("stats", "--db", target.name, "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["counts"]["commitments"] == COMMITMENTS
    assert figures["commitments_by_group"] == BY_GROUP
    checked = run("check", "--db", target.name, cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr


def test_check_passes_then_names_an_edited_audit_entry(copy: Path) -> None:
    ok = run("check", "--db", copy, cwd=copy.parent)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith("ok:") and "audit chain" in ok.stdout
    edit = "UPDATE audit_entries SET actor = 'someone else' WHERE id = 7"
    shell = shutil.which("sqlite3")
    if shell:  # the sqlite3 shell, as the issue says; else Python's module does the same
        subprocess.run([shell, str(copy), edit], check=True, timeout=60)
    else:
        with sqlite3.connect(copy) as connection:
            connection.execute(edit)
        connection.close()
    failed = run("check", "--db", copy, cwd=copy.parent)
    line = one_line_error(failed)
    assert "audit entry 7" in line


def test_the_output_of_backup_passes_check(copy: Path) -> None:
    out = copy.parent / "backup.db"
    made = run("backup", "--db", copy, "--out", out, cwd=copy.parent)
    assert made.returncode == 0, made.stderr
    checked = run("check", "--db", out, cwd=copy.parent)
    assert checked.returncode == 0, checked.stderr
    with sqlite3.connect(out) as connection:
        assert connection.execute("SELECT count(*) FROM stakeholders").fetchone()[0] == 74
    connection.close()


@pytest.mark.parametrize(
    "args",
    [
        ("frobnicate",),
        ("stats", "--db", "x.db", "--as-of", "2019-02-30"),
        ("backup", "--db", "x.db"),  # --out is required
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...], plain: Path) -> None:
    result = run(*args, cwd=plain.parent)
    assert result.returncode == 2, result
    assert "usage:" in result.stderr and "Traceback" not in result.stderr


def test_a_database_from_a_newer_version_is_refused(copy: Path) -> None:
    with sqlite3.connect(copy) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    connection.close()
    line = one_line_error(run("stats", "--db", copy, "--json", cwd=copy.parent))
    assert "newer version" in line and "not changed" in line


def test_bad_data_exits_1_with_one_line(tmp_path: Path) -> None:
    missing = one_line_error(run("stats", "--db", "absent.db", "--json", cwd=tmp_path))
    assert "absent.db" in missing and "does not exist" in missing
    (tmp_path / "notes.db").write_text("not a database\n")
    foreign = one_line_error(run("check", "--db", "notes.db", cwd=tmp_path))
    assert "not a Pledge Tracker database" in foreign
    nowhere = one_line_error(run("init", "--db", tmp_path / "no" / "x.db", cwd=tmp_path))
    assert "does not exist" in nowhere
    assert not (tmp_path / "absent.db").exists()
