"""Every main command on a team server: `--db postgresql+psycopg://…` answers as a file does.

Each command runs in-process (cli.main) against a copy of the seeded demonstration
database on the test server and against the same database as a SQLite file; a user
comparing the two sees the same figures, tables and report text.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pypdf
import pytest

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.cli import main
from tests import takedown_demo as demo
from tests.db.postgres_server import POSTGRES_ONLY
from tests.engines import ACTOR, PostgresTemplates

pytestmark = POSTGRES_ONLY

AS_OF = "2025-06-30"
GENERATED = "2025-07-01"
CSV_TABLES = ("evidence", "matrix", "incidents", "sightings", "events", "instruments")
UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
REPORTS = ("scorecard", "briefing", "full", "incident")


@pytest.fixture
def databases(demo_db_path: Path, pg_templates: PostgresTemplates) -> Iterator[dict[str, str]]:
    """The demonstration database with its demo incident, as a file and on the server."""
    name, url = pg_templates.copy(demo=True)
    for db in (str(demo_db_path), url):
        database = open_app_database(db, actor=ACTOR)
        try:
            demo.add_incident(database)
        finally:
            database.dispose()
    yield {"sqlite": str(demo_db_path), "postgresql": url}
    pg_templates.drop(name)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(list(args))
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "Traceback" not in captured.err
    return captured.out + captured.err


def _comparable(rows: list[list[str]] | list[tuple[object, ...]]) -> list[list[object]]:
    """A table with what two seedings make differently blanked: random uids (also where a
    column points at a record by its uid) and the moment a judgement was recorded."""
    if not rows:
        return []
    heads: list[object] = [str(head) for head in rows[0]]

    def cell(head: object, value: object) -> object:
        if head == "recorded_at":
            return "<recorded>"
        return UID.sub("<uid>", value) if isinstance(value, str) else value

    return [heads, *([cell(h, v) for h, v in zip(heads, row, strict=True)] for row in rows[1:])]


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(path).pages).split())


def _sheets(path: Path) -> dict[str, list[list[object]]]:
    book = openpyxl.load_workbook(path, read_only=True)
    found = {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets}
    # The audit log's times, states and hashes are those of each seeding: its entries must
    # still be the same actions on the same kinds of record.
    audit = found.pop("audit")
    wanted = [audit[0].index("action"), audit[0].index("entity")]
    found["audit"] = [[row[i] for i in wanted] for row in audit]
    return {title: _comparable(rows) for title, rows in found.items()}


def _outputs(capsys: pytest.CaptureFixture[str], db: str, folder: Path) -> dict[str, object]:
    """What each command gives a user for one database."""
    folder.mkdir()
    found: dict[str, object] = {
        "stats": json.loads(_run(capsys, "stats", "--db", db, "--json", "--as-of", AS_OF))
    }
    for table in CSV_TABLES:
        out = folder / f"{table}.csv"
        _run(capsys, "export", "--db", db, "--format", "csv", "--what", table, "--out", str(out))
        rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig"))))
        found[f"csv {table}"] = _comparable(rows)
    xlsx = folder / "all.xlsx"
    _run(capsys, "export", "--db", db, "--format", "xlsx", "--out", str(xlsx), "--as-of", AS_OF)
    found["xlsx"] = _sheets(xlsx)
    for report in REPORTS:
        out = folder / f"{report}.pdf"
        extra = ["--incident", demo.NAME] if report == "incident" else []
        args = ["--as-of", AS_OF, "--generated", GENERATED, "--out", str(out), *extra]
        _run(capsys, "report", report, "--db", db, *args)
        found[f"report {report}"] = _pdf_text(out)
    return found


def test_stats_exports_and_reports_are_the_same_on_a_server(
    databases: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    on_file = _outputs(capsys, databases["sqlite"], tmp_path / "sqlite")
    on_server = _outputs(capsys, databases["postgresql"], tmp_path / "postgresql")
    assert on_server.keys() == on_file.keys()
    for what, value in on_file.items():
        assert on_server[what] == value, what
    # Real content, not two empty answers: the demo data is there.
    stats = on_server["stats"]
    assert isinstance(stats, dict) and stats["counts"]["evidence"] > 0
    assert len(on_server["csv evidence"]) > 2  # type: ignore[arg-type]
    assert demo.NAME.split()[0] in str(on_server["report incident"])


def test_check_and_import_on_a_server(
    databases: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = databases["postgresql"]
    assert "audit chain" in _run(capsys, "check", "--db", url)

    def counts() -> dict[str, int]:
        return json.loads(_run(capsys, "stats", "--db", url, "--json"))["counts"]

    before = counts()
    sheet = tmp_path / "supporters.csv"
    sheet.write_text(
        "name,kind,country_code,joined\nRepublic of Testland,government,TL,2024-05-15\n",
        encoding="utf-8",
    )
    _run(capsys, "import", "--db", url, str(sheet))
    added = counts()
    assert added["stakeholders"] == before["stakeholders"] + 1
    _run(capsys, "import", "--db", url, str(sheet))  # the same file again: nothing new
    assert counts() == added

    bad = tmp_path / "bad.csv"
    bad.write_text("name,kind,joined\nAnother Land,government,2024-13-45\n", encoding="utf-8")
    assert main(["import", "--db", url, str(bad)]) == 1
    error = capsys.readouterr().err.strip()
    assert "bad.csv, row 2" in error and "joined" in error and len(error.splitlines()) == 1
    assert counts() == added
    assert "audit chain" in _run(capsys, "check", "--db", url)


def test_init_on_a_server_never_prints_its_password(
    databases: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy import make_url

    url = databases["postgresql"]
    password = make_url(url).password
    assert password, "the test server's URL carries a password"
    shown = _run(capsys, "init", "--db", url)
    assert "commitments" in shown  # the line a user reads after init
    assert str(password) not in shown and "***" in shown
