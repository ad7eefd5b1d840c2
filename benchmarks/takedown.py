"""Takedown figures over 1,000,000 sightings: the app's SQL against a one-query plain baseline.

Builds (once, seeded) a database with N generated sightings put in with SQLAlchemy Core bulk
inserts (no audit entries: the benchmark measures reading, so `check` would not pass on it),
then, each in a fresh process so that peak memory is the run's own:

- app: `services.takedown.figures` as the Takedown view and `stats --json` call it (per
  platform and in total, both clocks, median and 90th percentile, views, online ages);
- view: everything the Takedown view shows (figures, weekly counts, both removal curves,
  the 200 oldest items still online);
- baseline: one hand-written query through plain `sqlite3`: per platform, the buckets on
  both clocks and the median and 90th percentile on each by window functions.

It prints each time and peak resident memory and the app / baseline ratio (targets:
at most 1.5x, under 200 MB).

    python benchmarks/takedown.py [--rows 1000000] [--db PATH]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from anywhere

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import models as m

SEED = 15
AS_OF = dt.datetime(2026, 7, 1)
CHUNK = 50_000
HOW = ("own_search", "tool", "tip", "removal_order")

APP = """
import datetime as dt, resource, sys, time
from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.domain.takedown import TakedownFilter
from pledge_tracker.services import takedown
database = open_app_database(sys.argv[1], actor="Benchmark", seed_new=False)
filt = TakedownFilter(as_of=dt.datetime(2026, 7, 1))
started = time.perf_counter()
with database.read() as session:
    figures = takedown.figures(session, filt)
    if sys.argv[2] == "view":
        takedown.weekly_counts(session, filt)
        takedown.removal_curves(session, filt)
        takedown.still_online(session, filt, limit=200)
took = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{took:.3f} {peak:.0f} {figures.total.sightings} {figures.total.found.median_hours}")
"""

BASELINE = """
import resource, sqlite3, sys, time
SQL = '''
WITH t AS (
  SELECT platform,
    CASE WHEN removed_at IS NOT NULL AND removed_at < :cut THEN
      ROUND((julianday(removed_at) - julianday(found_at)) * 86400) END AS f,
    CASE WHEN removed_at IS NOT NULL AND removed_at < :cut THEN
      ROUND((julianday(removed_at) - julianday(COALESCE(order_at, reported_at))) * 86400) END AS r
  FROM sightings WHERE found_at < :cut
), k AS (
  SELECT platform, f, r,
    ROW_NUMBER() OVER (PARTITION BY platform ORDER BY f IS NULL OR f < 0, f) AS fi,
    ROW_NUMBER() OVER (PARTITION BY platform ORDER BY r IS NULL OR r < 0, r) AS ri,
    SUM(CASE WHEN f >= 0 THEN 1 ELSE 0 END) OVER (PARTITION BY platform) AS fn,
    SUM(CASE WHEN r >= 0 THEN 1 ELSE 0 END) OVER (PARTITION BY platform) AS rn
  FROM t
)
SELECT platform, COUNT(*),
  SUM(f BETWEEN 0 AND 3600), SUM(f > 3600 AND f <= 86400), SUM(f > 86400), SUM(f IS NULL),
  SUM(f < 0), SUM(r BETWEEN 0 AND 3600), SUM(r > 3600 AND r <= 86400), SUM(r > 86400),
  SUM(f IS NULL), SUM(f IS NOT NULL AND (r IS NULL OR r < 0)),
  MAX(CASE WHEN fi = (fn - 1) / 2 + 1 THEN f END),
  MAX(CASE WHEN fi = (fn - 1) * 9 / 10 + 1 THEN f END),
  MAX(CASE WHEN ri = (rn - 1) / 2 + 1 THEN r END),
  MAX(CASE WHEN ri = (rn - 1) * 9 / 10 + 1 THEN r END)
FROM k GROUP BY platform
'''
connection = sqlite3.connect(sys.argv[1])
started = time.perf_counter()
rows = connection.execute(SQL, {"cut": "2026-07-01 00:00:00.000000"}).fetchall()
took = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{took:.3f} {peak:.0f} {sum(row[1] for row in rows)} -")
"""


def generate(path: Path, rows: int) -> None:
    """`rows` sightings over 40 platforms since 2019, seeded; bulk inserted in chunks."""
    database = open_app_database(path, actor="Benchmark")
    rng = random.Random(SEED)
    platforms = [f"Platform {n}" for n in range(1, 41)]
    start = dt.datetime(2019, 3, 15)
    span = int((AS_OF - start).total_seconds() // 60)
    uids = uuid.UUID(int=rng.getrandbits(128))  # a seeded stream of identifiers
    with database.engine.begin() as connection:
        done = 0
        while done < rows:
            batch = []
            for number in range(done, min(rows, done + CHUNK)):
                found = start + dt.timedelta(minutes=rng.randrange(span))
                reported = (
                    found + dt.timedelta(minutes=rng.randrange(600))
                    if rng.random() < 0.85
                    else None
                )
                ordered = reported is not None and rng.random() < 0.05
                order_at = reported + dt.timedelta(minutes=20) if ordered and reported else None
                gone = rng.random() < 0.8
                removed = (
                    found + dt.timedelta(minutes=int(rng.expovariate(1 / 900))) if gone else None
                )
                uids = uuid.UUID(
                    int=(uids.int * 6364136223846793005 + 1442695040888963407) % 2**128
                )
                batch.append(
                    {
                        "uid": str(uids),
                        "platform": platforms[rng.randrange(40)],
                        "url": f"https://copy.example/{number}",
                        "found_at": found,
                        "reported_at": reported,
                        "removed_at": removed,
                        "order_at": order_at,
                        "views": rng.randrange(100_000) if rng.random() < 0.7 else None,
                        "found_how": "removal_order" if ordered else HOW[rng.randrange(3)],
                        "restricted": rng.random() < 0.02,
                    }
                )
            connection.execute(insert(m.Sighting), batch)
            done += len(batch)
    database.dispose()


def run(code: str, *args: str) -> tuple[float, float, str]:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    ).stdout.split()
    return float(out[0]), float(out[1]), " ".join(out[2:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=None, help="reuse or create this database")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "takedown.db"
    if not path.exists():
        began = time.perf_counter()
        generate(path, args.rows)
        print(f"generated {args.rows:,} sightings in {time.perf_counter() - began:.1f} s ({path})")
    results = {}
    for name, code, extra in (
        ("baseline", BASELINE, ()),
        ("app", APP, ("figures",)),
        ("view", APP, ("view",)),
    ):
        runs = [run(code, str(path), *extra) for _ in range(args.repeat)]
        results[name] = min(runs)
        took, peak, said = results[name]
        print(f"{name:9} {took:7.2f} s  peak {peak:5.0f} MB  ({said})")
    base = results["baseline"][0]
    for name in ("app", "view"):
        ratio = results[name][0] / base
        peak = results[name][1]
        print(f"{name} / baseline: {ratio:.2f}x (target <= 1.5x); peak {peak:.0f} MB (< 200 MB)")


if __name__ == "__main__":
    main()
