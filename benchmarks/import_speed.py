"""Import speed (issues 15 item 7 and 16): the app's import and dry run against plain executemany.

For N generated evidence rows and M generated sightings it times, each on a fresh copy of
one seeded database:

- import: `import_table` as the CLI and the Import dialog call it (all rows checked, added in
  one transaction with their audit entries);
- dry run: the same with `dry_run=True` (rehearsed, rolled back);
- executemany: the same rows, already parsed, put into the same tables (and, for evidence,
  its link tables) by one plain `sqlite3` `executemany` each and one commit.

It prints each time and the ratios import/executemany and dry run/executemany (target: at
most 3x). Evidence is still imported row by row; sightings go through services/transfer/bulk.

    python benchmarks/import_speed.py [--rows 100000] [--sightings 1000000] [--db-dir DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from anywhere

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.services.transfer.importer import import_table
from pledge_tracker.services.transfer.readers import Table

START = dt.datetime(2024, 3, 15, 12, 0)
PLATFORMS = ("ExampleTube", "Vidz", "ShareSite", "Chatter")
EVIDENCE = ["title", "effective", "source_url", "supporters", "commitments", "summary"]
SIGHTINGS = ["platform", "url", "found_at", "reported_at", "views"]


def evidence_cells(count: int) -> list[list[object]]:
    return [
        [
            f"Transparency report {i}",
            (START.date() + dt.timedelta(days=i % 700)).isoformat(),
            f"https://example.org/report/{i}",
            "France",
            "GOV-1",
            f"What supporter did, item {i}",
        ]
        for i in range(count)
    ]


def sighting_cells(count: int) -> list[list[object]]:
    cells: list[list[object]] = []
    for i in range(count):
        found = START + dt.timedelta(seconds=37 * i)
        cells.append(
            [
                PLATFORMS[i % len(PLATFORMS)],
                f"https://example.org/v/{i}",
                found.isoformat() + "Z",
                (found + dt.timedelta(minutes=30)).isoformat() + "Z",
                str(i % 5000),
            ]
        )
    return cells


def plain_evidence(path: Path, cells: list[list[object]]) -> None:
    """The rows put in by plain executemany: evidence and its two link tables."""
    with sqlite3.connect(path) as raw:
        supporter = raw.execute("SELECT id FROM stakeholders WHERE name = 'France'").fetchone()[0]
        pledge = raw.execute("SELECT id FROM commitments WHERE code = 'GOV-1'").fetchone()[0]
        first = (raw.execute("SELECT max(id) FROM evidence").fetchone()[0] or 0) + 1
        now = dt.datetime.now().isoformat(sep=" ")
        raw.executemany(
            "INSERT INTO evidence (id, uid, title, summary, kind, source_url, effective,"
            " reliability, restricted, demo, withdrawn, created_at, version, search_text,"
            " effective_precision) VALUES (?,?,?,?,'other',?,?,'reputable',0,0,0,?,1,?,'day')",
            [
                (first + i, str(uuid.uuid4()), c[0], c[5], c[2], c[1], now, f"{c[0]} {c[5]}")
                for i, c in enumerate(cells)
            ],
        )
        ids = range(first, first + len(cells))
        raw.executemany(
            "INSERT INTO evidence_stakeholders VALUES (?, ?)", [(i, supporter) for i in ids]
        )
        raw.executemany(
            "INSERT INTO evidence_commitments VALUES (?, ?)", [(i, pledge) for i in ids]
        )
    raw.close()


def plain_sightings(path: Path, cells: list[list[object]]) -> None:
    with sqlite3.connect(path) as raw:
        raw.executemany(
            "INSERT INTO sightings (uid, platform, url, found_at, reported_at, views, found_how,"
            " restricted) VALUES (?,?,?,?,?,?,'own_search',0)",
            [
                (str(uuid.uuid4()), c[0], c[1], str(c[2])[:-1], str(c[3])[:-1], int(str(c[4])))
                for c in cells
            ],
        )
    raw.close()


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def measure(
    template: Path, folder: Path, kind: str, headers: list[str], cells: list[list[object]]
) -> None:
    table = Table(f"{kind}.csv", headers, cells, list(range(2, len(cells) + 2)), kind)
    times: dict[str, float] = {}
    for run in ("dry run", "import"):
        path = folder / f"{kind}-{run.replace(' ', '-')}.db"
        shutil.copy(template, path)
        database = open_app_database(path, actor="Benchmark", seed_new=False)
        dry = run == "dry run"
        times[run] = timed(lambda d=database, dry=dry: import_table(d, table, kind, dry_run=dry))
        database.dispose()
    path = folder / f"{kind}-plain.db"
    shutil.copy(template, path)
    plain = plain_evidence if kind == "evidence" else plain_sightings
    times["executemany"] = timed(lambda: plain(path, cells))
    base = times["executemany"]
    print(
        f"{kind}: {len(cells):,} rows  import {times['import']:.2f} s  "
        f"dry run {times['dry run']:.2f} s  executemany {base:.2f} s  "
        f"ratio import {times['import'] / base:.1f}x  dry run {times['dry run'] / base:.1f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000, help="evidence rows (0: none)")
    parser.add_argument("--sightings", type=int, default=1_000_000, help="sightings (0: none)")
    parser.add_argument("--db-dir", type=Path, default=None, help="where the copies go")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.db_dir) as scratch:
        folder = Path(scratch)
        os.environ["PLEDGE_TRACKER_DATA_DIR"] = str(folder / "appdata")  # anchors stay here
        template = folder / "template.db"
        open_app_database(template, actor="Benchmark").dispose()
        if args.rows:
            measure(template, folder, "evidence", EVIDENCE, evidence_cells(args.rows))
        if args.sightings:
            measure(template, folder, "sightings", SIGHTINGS, sighting_cells(args.sightings))


if __name__ == "__main__":
    main()
