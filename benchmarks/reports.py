"""Speed and memory of the PDF reports on a large synthetic database (`make benchmark`).

Each measurement runs in a fresh Python process, so that its peak memory is its own: open
the database, read the report's data, lay out the PDF in memory. Printed figures: wall
time (time.perf_counter), its split into reading and layout, pages, and peak resident
memory (resource.getrusage; tracemalloc where that is unavailable), with the ratio to the
target where the issue sets one (250 scorecards: under 20 s and 600 MB).

    python benchmarks/reports.py [--db FILE] [--keep] [--only scorecard,full,briefing]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

AS_OF = dt.date(2026, 6, 30)
TARGETS = {"scorecard": (20.0, 600.0)}  # seconds, megabytes
JOBS = ("scorecard", "full", "briefing")


def measure_reference() -> dict[str, object]:
    """The baseline: a fixed reportlab job (250 pages of a 30-row table) that uses none of
    our code, timed in the same run, so that each report's time can be read as a ratio that
    does not depend on how fast, or how busy, the machine is."""
    peak = _peak_memory()
    started = time.perf_counter()
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Table

    story = []
    for page in range(250):
        rows = [
            [f"row {r}", f"page {page}", "Lorem ipsum dolor sit amet", r * page] for r in range(30)
        ]
        story += [Table(rows, repeatRows=1), PageBreak()]
    SimpleDocTemplate(io.BytesIO(), pagesize=A4).build(story)
    seconds = round(time.perf_counter() - started, 2)
    return {
        "report": "reference",
        "supporters": 0,
        "pages": 250,
        "megabytes_pdf": 0,
        "seconds": seconds,
        "import_seconds": 0,
        "read_seconds": 0,
        "layout_seconds": seconds,
        "peak_mb": round(peak(), 1),
    }


def measure(kind: str, db: str) -> dict[str, object]:
    """One report, start to finish, in this process (the child side)."""
    if kind == "reference":
        return measure_reference()
    peak = _peak_memory()
    started = time.perf_counter()
    from pledge_tracker.bootstrap import open_app_database
    from pledge_tracker.reports.build import options_for, render_report
    from pledge_tracker.services.report_data import ReportOptions, load_report_data

    imported = time.perf_counter()
    database = open_app_database(db, read_only=True)
    try:
        options = options_for(kind, ReportOptions(as_of=AS_OF, generated=AS_OF))
        data = load_report_data(database, options)
    finally:
        database.dispose()
    loaded = time.perf_counter()
    buffer = io.BytesIO()
    pages = render_report(kind, data, buffer)
    done = time.perf_counter()
    return {
        "report": kind,
        "supporters": len(data.supporters),
        "pages": pages,
        "megabytes_pdf": round(len(buffer.getvalue()) / 1e6, 1),
        "seconds": round(done - started, 2),
        "import_seconds": round(imported - started, 2),
        "read_seconds": round(loaded - imported, 2),
        "layout_seconds": round(done - loaded, 2),
        "peak_mb": round(peak(), 1),
    }


def _peak_memory():  # type: ignore[no-untyped-def]
    """A function returning this process's peak memory in MB so far.

    Linux: VmHWM from /proc (the peak of this program only: ru_maxrss would also count
    what the parent had resident when it forked). Elsewhere ru_maxrss, or tracemalloc.
    """
    status = Path("/proc/self/status")
    if status.exists():
        return lambda: _vm_hwm(status)
    try:
        import resource
    except ImportError:  # Windows: Python allocations only
        import tracemalloc

        tracemalloc.start()
        return lambda: tracemalloc.get_traced_memory()[1] / 2**20
    scale = 1 if sys.platform == "darwin" else 1024  # macOS reports bytes, Linux kilobytes
    return lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20


def _vm_hwm(status: Path) -> float:
    for line in status.read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024  # kB
    return float("nan")


def run_child(kind: str, db: Path) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--db", str(db)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    if result.returncode != 0:
        raise SystemExit(f"{kind} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def report(figures: list[dict[str, object]], baseline: float) -> str:
    lines = [
        f"{'report':<10} {'supporters':>10} {'pages':>6} {'seconds':>8} {'read':>6} "
        f"{'layout':>7} {'peak MB':>8} {'x ref':>6}   against the target",
    ]
    for item in figures:
        ratio = float(item["seconds"]) / baseline if baseline else float("nan")  # type: ignore[arg-type]
        target = TARGETS.get(str(item["report"]))
        verdict = "(no target)"
        if target:
            seconds, megabytes = float(item["seconds"]), float(item["peak_mb"])  # type: ignore[arg-type]
            verdict = (
                f"time {seconds / target[0]:.2f} of {target[0]:.0f} s, "
                f"memory {megabytes / target[1]:.2f} of {target[1]:.0f} MB: "
                + ("met" if seconds < target[0] and megabytes < target[1] else "MISSED")
            )
        lines.append(
            f"{item['report']:<10} {item['supporters']:>10} {item['pages']:>6} "
            f"{item['seconds']:>8} {item['read_seconds']:>6} {item['layout_seconds']:>7} "
            f"{item['peak_mb']:>8} {ratio:>6.2f}   {verdict}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing synthetic database to reuse")
    parser.add_argument("--keep", action="store_true", help="keep the generated database")
    parser.add_argument("--only", default=",".join(JOBS), help="reports to measure")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(measure(args.child, str(args.db))))
        return 0
    folder = Path(tempfile.mkdtemp(prefix="pledge-bench-"))
    db = args.db or folder / "synthetic.db"
    if not db.exists():
        print(f"building the synthetic database in {db} …", flush=True)
        # In its own process, so that this one stays small (its children inherit nothing).
        subprocess.run([sys.executable, str(HERE / "synthetic.py"), str(db)], check=True)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; as of {AS_OF}")
    reference = run_child("reference", db)
    figures = [run_child(kind, db) for kind in args.only.split(",") if kind]
    baseline = float(reference["seconds"])  # type: ignore[arg-type]
    print(f"baseline: a fixed 250-page reportlab job took {baseline} s in this run")
    print(report([reference, *figures], baseline))
    print("'x ref' is each time divided by the baseline's: compare those ratios between runs.")
    if not args.keep and not args.db:
        for path in folder.iterdir():
            path.unlink()
        folder.rmdir()
    elif args.keep:
        print(f"database kept: {db}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
