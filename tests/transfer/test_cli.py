"""import, export and template run as real subprocesses, as a user or a script runs them."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.services import evidence
from tests.cli_process import run


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_demo_database_round_trips_through_a_package(demo_db_path: Path, tmp_path: Path) -> None:
    database = open_app_database(demo_db_path, actor="Officer")
    with database.write() as tx:
        evidence.attach(tx, 3, "scan.pdf", b"%PDF-1.4 pretend scan \xe2\x80\x94 M\xc4\x81ori")
    database.dispose()
    ok(run("export", "--db", demo_db_path, "--format", "json", "--out", "pkg.zip", cwd=tmp_path))
    out = ok(run("import", "--db", "copy.db", "pkg.zip", cwd=tmp_path))  # created for it
    assert "restored into an empty database" in out
    stats = [
        json.loads(ok(run("stats", "--db", db, "--json", "--as-of", "2026-06-30", cwd=tmp_path)))
        for db in (demo_db_path, tmp_path / "copy.db")
    ]
    assert stats[0] == stats[1]
    assert stats[1]["counts"]["attachments"] == 1
    assert "attachment hashes" in ok(run("check", "--db", "copy.db", cwd=tmp_path))


def test_bad_row_imports_nothing_and_names_it(db_path: Path, tmp_path: Path) -> None:
    rows = [f"Item {i},2021-01-{i + 1:02d},France" for i in range(20)]
    rows[12] = "Item 12,2021-01-13,Narnia"
    (tmp_path / "evidence.csv").write_text(
        "title,effective,supporters\n" + "\n".join(rows) + "\n", encoding="utf-8"
    )
    before = ok(run("stats", "--db", db_path, "--json", cwd=tmp_path))
    line = one_line_error(run("import", "--db", db_path, "evidence.csv", cwd=tmp_path))
    assert line == (
        "pledge-tracker: evidence.csv, row 14, field 'supporters': "
        "no supporter named 'Narnia'; nothing was imported"
    )
    assert ok(run("stats", "--db", db_path, "--json", cwd=tmp_path)) == before
    plan = run("import", "--db", db_path, "evidence.csv", "--dry-run", cwd=tmp_path)
    assert plan.returncode == 1
    assert "row 2: add   Item 0" in plan.stdout
    assert "row 14: error Item 12 (field 'supporters': no supporter named 'Narnia')" in plan.stdout


def test_reimporting_a_good_file_adds_nothing(db_path: Path, tmp_path: Path) -> None:
    (tmp_path / "s.csv").write_text(
        "name,kind,country_code\nTest Ministry of Māori Affairs,government,\n", encoding="utf-8"
    )
    first = ok(run("import", "--db", db_path, "s.csv", "--kind", "supporters", cwd=tmp_path))
    assert "imported 1 supporter," in first
    again = ok(run("import", "--db", db_path, "s.csv", cwd=tmp_path))
    assert "imported 0 supporters, skipped 1 already present" in again


def test_exports_and_templates(demo_db_path: Path, tmp_path: Path) -> None:
    for what in ("evidence", "matrix"):  # the services tests cover every table
        ok(
            run("export", "--db", demo_db_path, "--format", "csv", "--what", what,
                "--out", f"{what}.csv", "--as-of", "2026-01-01", cwd=tmp_path)
        )  # fmt: skip
        assert (tmp_path / f"{what}.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    ok(run("export", "--db", demo_db_path, "--format", "xlsx", "--out", "all.xlsx", cwd=tmp_path))
    assert (tmp_path / "all.xlsx").read_bytes().startswith(b"PK")
    ok(run("template", "sightings", "--out", "sightings.csv", cwd=tmp_path))
    assert (tmp_path / "sightings.csv").read_text("utf-8-sig").startswith("platform,url,found_at")
    bad = run("template", "sightings", "--out", "sightings.ods", cwd=tmp_path)
    assert bad.returncode == 2


def test_package_conflicts_are_listed_until_resolved(db_path: Path, tmp_path: Path) -> None:
    ok(run("export", "--db", db_path, "--format", "json", "--out", "a.zip", cwd=tmp_path))
    ok(run("import", "--db", "b.db", "a.zip", cwd=tmp_path))
    (tmp_path / "s.csv").write_text("name,kind\nX,partner\n", encoding="utf-8")
    ok(run("import", "--db", "b.db", "s.csv", cwd=tmp_path))
    database = open_app_database(tmp_path / "b.db")
    with database.write() as tx:
        from pledge_tracker.services import commitments

        commitments.correct_wording(
            tx, 1, wording="Checked wording", verified=True, source="christchurchcall.com"
        )
    database.dispose()
    refused = run("import", "--db", "b.db", "a.zip", cwd=tmp_path)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "conflict: commitment 'GOV-1'" in refused.stderr
    assert "wording: here 'Checked wording'" in refused.stderr
    assert "--keep-mine" in refused.stderr
    kept = ok(run("import", "--db", "b.db", "a.zip", "--keep-mine", cwd=tmp_path))
    assert "1 kept as here" in kept
