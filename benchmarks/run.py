"""Each job the app does at scale, beside its plain baseline, measured in the same run.

For every job: the app's time and its baseline's (`benchmarks/baselines.py`, checked first
to give the same answer), each the median of --runs runs taken in turn, their ratio, the
target (issue 16) and whether it is met; last, `targets met: N of M`. Databases S, M and L
(10^4, 10^5, 10^6 judgements; 100,000 evidence items) are built by benchmarks/synthetic.py
into --dir and reused from there.

    python benchmarks/run.py [--quick] [--sizes S,M,L] [--dir DIR] [--runs 3] [--only JOBS]

--quick measures a small database (10,000 judgements and evidence items) in under two
minutes for CI: it prints the same table and never fails on a missed target (a shared
machine's noise is not a regression).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.jobs import JOBS, Context, Row  # noqa: E402
from benchmarks.synthetic import SIZES, build_database  # noqa: E402


def table(rows: list[Row]) -> str:
    lines = [f"{'job':<46} {'app':>10} {'baseline':>10} {'ratio':>7}  {'target':<14} met"]
    for row in rows:
        met = "-" if row.met is None else ("yes" if row.met else "NO")
        lines.append(
            f"{row.job:<46} {_time(row.app):>10} {_time(row.baseline):>10} "
            f"{row.ratio:>6.2f}x  {row.target:<14} {met}"
        )
    judged = [row for row in rows if row.met is not None]
    lines.append(f"targets met: {sum(1 for row in judged if row.met)} of {len(judged)}")
    return "\n".join(lines)


def _time(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def databases(folder: Path, sizes: list[str], quick: bool) -> dict[str, Path]:
    """The database of each size in `folder`, built when missing."""
    found = {}
    for size in sizes:
        path = folder / (f"quick-{size}.db" if quick else f"{size}.db")
        if not path.exists():
            print(f"building size {size} in {path} …", flush=True)
            started = time.perf_counter()
            chosen = SIZES[size]
            if quick:  # 10,000 of each: the same shape, small enough for CI
                chosen = type(chosen)(assessments=10_000, evidence=10_000)
            build_database(path, chosen)
            print(f"  built in {time.perf_counter() - started:.1f} s", flush=True)
        found[size] = path
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a small run for CI (no failing)")
    parser.add_argument("--sizes", default=None, help="database sizes (default S,M,L; quick S)")
    parser.add_argument("--dir", type=Path, help="where the databases are built and reused")
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (median; ≥ 3)")
    parser.add_argument("--only", default="", help="job names, comma-separated")
    args = parser.parse_args(argv)
    sizes = (args.sizes or ("S" if args.quick else "S,M,L")).split(",")
    if any(size not in SIZES for size in sizes):
        parser.error(f"sizes are {', '.join(SIZES)}")
    folder = args.dir or Path(tempfile.mkdtemp(prefix="pledge-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"{platform.system()} {platform.release()}; Python {sys.version.split()[0]}; "
        f"runs per figure: {max(3, args.runs)} (median)",
        flush=True,
    )
    context = Context(
        databases=databases(folder, sizes, args.quick),
        work=folder,
        runs=max(3, args.runs),
        quick=args.quick,
    )
    only = {name for name in args.only.split(",") if name}
    rows: list[Row] = []
    for name, job in JOBS.items():
        if only and name not in only:
            continue
        found = job(context)
        for row in found:
            print(f"  {row.job}: app {_time(row.app)}, baseline {_time(row.baseline)}", flush=True)
        rows.extend(found)
    print(table(rows))
    if args.dir is None:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
