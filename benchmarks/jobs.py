"""The jobs `benchmarks/run.py` measures, each against its baseline, and their targets.

A job is a function from the run's Context to Rows; JOBS lists them in the order printed.
Every job first checks that the app and the baseline give the same answer, then times them
in turn (app, baseline, app, …) so that a machine that slows down mid-run slows both.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks import baselines
from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.services import evidence_search, queries
from pledge_tracker.services.evidence_search import EvidenceQuery

HERE = Path(__file__).resolve().parent
AS_OF = dt.date(2026, 6, 30)
QUERIES = HERE / "search_queries.txt"
MATRIX_RATIO = 2.0
SEARCH_RATIO = 1.5
SEARCH_SLOWEST = 0.050  # seconds, any query of three letters or more at 100,000 items
START_RATIO = 1.5
START_PAINTED = {"M": 1.5, "L": 2.0}  # seconds to a painted matrix


@dataclass(frozen=True)
class Context:
    databases: dict[str, Path]
    work: Path
    runs: int
    quick: bool


@dataclass(frozen=True)
class Row:
    """One line of the table: a job's median times, the target and whether it is met."""

    job: str
    app: float
    baseline: float
    target: str
    met: bool | None  # None: measured, but no target applies at this size

    @property
    def ratio(self) -> float:
        return self.app / self.baseline if self.baseline else float("inf")


def medians(
    runs: int, app: Callable[[], object], baseline: Callable[[], object]
) -> tuple[float, float]:
    """The median seconds of each, timed in turn."""
    app_times, base_times = [], []
    for _ in range(runs):
        for work, times in ((app, app_times), (baseline, base_times)):
            started = time.perf_counter()
            work()
            times.append(time.perf_counter() - started)
    return statistics.median(app_times), statistics.median(base_times)


def ratio_row(job: str, app: float, base: float, limit: float) -> Row:
    return Row(job, app, base, f"≤ {limit:g}x", app <= limit * base)


# -- as-of matrix -----------------------------------------------------------------------------


def app_answer(session: object) -> tuple[baselines.Cells, baselines.Counts]:
    """The app's matrix, reduced to what the baseline computes."""
    grid = queries.matrix(session, AS_OF)  # type: ignore[arg-type]
    cells = {
        key: (cell.level.value, cell.assessment_id, cell.needs_review)
        for key, cell in grid.cells.items()
    }
    return cells, {row.stakeholder.id: row.evidence_count for row in grid.rows}


def matrix_job(context: Context) -> list[Row]:
    rows = []
    for size, path in context.databases.items():
        database = open_app_database(path, read_only=True)
        try:
            with database.read() as session, baselines.connect(path) as conn:
                app, base = app_answer(session), baselines.matrix(conn, AS_OF)
                if app != base:
                    wrong = [key for key in base[0] if app[0].get(key) != base[0][key]][:3]
                    raise SystemExit(f"matrix {size}: the app and the baseline differ at {wrong}")
                took = medians(
                    context.runs,
                    lambda: queries.matrix(session, AS_OF),
                    lambda: baselines.matrix(conn, AS_OF),
                )
                count = conn.execute("SELECT count(*) FROM assessments").fetchone()[0]
        finally:
            database.dispose()
        rows.append(ratio_row(f"as-of matrix, {size}: {count:,} judgements", *took, MATRIX_RATIO))
    return rows


# -- evidence search --------------------------------------------------------------------------


def search_job(context: Context) -> list[Row]:
    path = list(context.databases.values())[-1]  # any: they share the evidence
    typed = baselines.read_queries(QUERIES)
    database = open_app_database(path, read_only=True)
    app_times: list[float] = []
    base_times: list[float] = []
    try:
        with database.read() as session, baselines.connect(path) as conn:
            baselines.build_fts(conn, context.work / f"{path.stem}.fts-baseline.db")
            count = conn.execute("SELECT count(*) FROM evidence").fetchone()[0]
            for text in typed:
                query = EvidenceQuery(text=text)
                app_ids = evidence_search.search_ids(session, query)
                if app_ids != baselines.search(conn, text):
                    raise SystemExit(f"search {text!r}: the app and the baseline differ")
                took = medians(
                    context.runs,
                    lambda q=query: evidence_search.search_ids(session, q),  # type: ignore[misc]
                    lambda t=text: baselines.search(conn, t),  # type: ignore[misc]
                )
                app_times.append(took[0])
                base_times.append(took[1])
    finally:
        database.dispose()
    long = [i for i, text in enumerate(typed) if len(text.strip()) >= 3]
    slowest = max(long, key=lambda i: app_times[i])
    full = count >= 100_000
    return [
        ratio_row(
            f"evidence search, {len(typed)} queries, {count:,} items",
            sum(app_times),
            sum(base_times),
            SEARCH_RATIO,
        ),
        Row(
            f"  slowest query of ≥ 3 letters ({typed[slowest]!r})",
            app_times[slowest],
            base_times[slowest],
            f"< {SEARCH_SLOWEST * 1000:.0f} ms" + ("" if full else " at 10^5"),
            app_times[slowest] < SEARCH_SLOWEST if full else None,
        ),
    ]


# -- cold start -------------------------------------------------------------------------------


def child(mode: str, db: Path, work: Path, stdin: str = "") -> dict[str, object]:
    """One start in a fresh process, with its own settings and data folders."""
    home = Path(tempfile.mkdtemp(prefix="start-", dir=work))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PLEDGE_TRACKER_DATA_DIR": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "PYTHONHASHSEED": "0",
    }
    spawned = time.time()
    try:
        result = subprocess.run(
            [sys.executable, str(HERE / "startup.py"), mode, str(db), repr(spawned)],
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            check=False,
            timeout=300,
        )
    finally:  # its settings, logs and the backup it began (a copy of the whole file)
        shutil.rmtree(home, ignore_errors=True)
    if result.returncode != 0:
        raise SystemExit(f"start ({mode}) failed:\n{result.stderr[-3000:]}")
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def start_new_job(context: Context) -> list[Row]:
    app_times, base_times = [], []
    for run in range(context.runs):
        started = child("app", context.work / f"new-{run}.db", context.work)
        modules = json.dumps(started["modules"])
        imported = child("imports", context.work / "unused.db", context.work, modules)
        for leftover in context.work.glob(f"new-{run}.db*"):
            leftover.unlink()
        app_times.append(float(started["seconds"]))  # type: ignore[arg-type]
        base_times.append(float(imported["seconds"]))  # type: ignore[arg-type]
    return [
        ratio_row(
            "cold start, new database (vs imports only)",
            statistics.median(app_times),
            statistics.median(base_times),
            START_RATIO,
        )
    ]


def start_painted_job(context: Context) -> list[Row]:
    rows = []
    for size, path in context.databases.items():
        app_times, base_times = [], []
        for _ in range(context.runs):
            app_times.append(float(child("app", path, context.work)["seconds"]))  # type: ignore[arg-type]
            base_times.append(float(child("bare", path, context.work)["seconds"]))  # type: ignore[arg-type]
        limit = None if context.quick else START_PAINTED.get(size)
        app, base = statistics.median(app_times), statistics.median(base_times)
        rows.append(
            Row(
                f"cold start to the painted matrix, {size}",
                app,
                base,
                f"< {limit:g} s" if limit else "(none)",
                app < limit if limit else None,
            )
        )
    return rows


JOBS: dict[str, Callable[[Context], list[Row]]] = {
    "matrix": matrix_job,
    "search": search_job,
    "start-new": start_new_job,
    "start-painted": start_painted_job,
}
