"""Takedown figures over 1,000,000 sightings: the app's SQL against a one-query plain baseline.

Builds (once, seeded) a database with N generated sightings put in with SQLAlchemy Core bulk
inserts (no audit entries: the benchmark measures reading, so `check` would not pass on it),
then, each in a fresh process so that peak memory is the run's own:

- app: `services.takedown.figures` as the Takedown view and `stats --json` call it (per
  platform and in total, both clocks, median and 90th percentile, views, online ages);
- view: everything the Takedown view shows (figures, weekly counts, both removal curves,
  the 200 oldest items still online);
- core: one hand-written query through plain `sqlite3`: per platform, the buckets on both
  clocks and the median and 90th percentile on each by window functions;
- full: one hand-written query through plain `sqlite3` giving every figure the app gives
  (also over all platforms, views, and the still-online ages).

Runs are interleaved and the best of --repeat kept for each. It prints each time and peak
resident memory and the app's and view's ratios to both baselines (targets: at most 1.5x,
under 200 MB).

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
connection = sqlite3.connect(sys.argv[1])
started = time.perf_counter()
rows = connection.execute(sys.argv[2], {"cut": "2026-07-01 00:00:00.000000"}).fetchall()
took = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{took:.3f} {peak:.0f} {sum(row[1] for row in rows)} -")
"""

# Per platform: the buckets on both clocks and the median and 90th percentile on each, by
# window functions (the core of the figures, written as one would by hand).
CORE = """
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
"""

# Every figure the app gives (also over all platforms, and the still-online ages) in one
# hand-written statement: each value computed once per row, six rankings.
FULL = """
WITH t AS (
  SELECT platform, views,
    CASE WHEN removed_at IS NOT NULL AND removed_at < :cut THEN 1 ELSE 0 END AS gone,
    ROUND((julianday(removed_at) - julianday(found_at)) * 86400) AS f,
    ROUND((julianday(removed_at) - julianday(COALESCE(order_at, reported_at))) * 86400) AS r,
    ROUND((julianday(:cut) - julianday(found_at)) * 86400) AS a
  FROM sightings WHERE found_at < :cut LIMIT -1
), m AS (
  SELECT platform, views, gone, f AS sf, r AS sr,
    CASE WHEN gone = 1 AND f >= 0 THEN f END AS f,
    CASE WHEN gone = 1 AND r >= 0 THEN r END AS r,
    CASE WHEN gone = 0 THEN a END AS a
  FROM t
), k AS (
  SELECT m.*,
    ROW_NUMBER() OVER (PARTITION BY platform ORDER BY f IS NULL, f) AS fp,
    ROW_NUMBER() OVER (ORDER BY f IS NULL, f) AS fg,
    ROW_NUMBER() OVER (PARTITION BY platform ORDER BY r IS NULL, r) AS rp,
    ROW_NUMBER() OVER (ORDER BY r IS NULL, r) AS rg,
    ROW_NUMBER() OVER (PARTITION BY platform ORDER BY a IS NULL, a) AS ap,
    ROW_NUMBER() OVER (ORDER BY a IS NULL, a) AS ag,
    COUNT(f) OVER (PARTITION BY platform) AS fpn, COUNT(f) OVER () AS fgn,
    COUNT(r) OVER (PARTITION BY platform) AS rpn, COUNT(r) OVER () AS rgn,
    COUNT(a) OVER (PARTITION BY platform) AS apn, COUNT(a) OVER () AS agn
  FROM m
)
SELECT platform, COUNT(*), SUM(gone = 0),
  SUM(f <= 3600), SUM(f > 3600 AND f <= 86400), SUM(f > 86400), SUM(gone = 1 AND f IS NULL),
  SUM(r <= 3600), SUM(r > 3600 AND r <= 86400), SUM(r > 86400), SUM(gone = 1 AND r IS NULL),
  SUM(views), COUNT(views), MAX(a),
  MAX(CASE WHEN fp IN ((fpn - 1) / 2 + 1, (fpn - 1) / 2 + 2) THEN f END),
  MAX(CASE WHEN fp IN ((fpn - 1) * 9 / 10 + 1, (fpn - 1) * 9 / 10 + 2) THEN f END),
  MAX(CASE WHEN fg IN ((fgn - 1) / 2 + 1, (fgn - 1) / 2 + 2) THEN f END),
  MAX(CASE WHEN fg IN ((fgn - 1) * 9 / 10 + 1, (fgn - 1) * 9 / 10 + 2) THEN f END),
  MAX(CASE WHEN rp IN ((rpn - 1) / 2 + 1, (rpn - 1) / 2 + 2) THEN r END),
  MAX(CASE WHEN rp IN ((rpn - 1) * 9 / 10 + 1, (rpn - 1) * 9 / 10 + 2) THEN r END),
  MAX(CASE WHEN rg IN ((rgn - 1) / 2 + 1, (rgn - 1) / 2 + 2) THEN r END),
  MAX(CASE WHEN rg IN ((rgn - 1) * 9 / 10 + 1, (rgn - 1) * 9 / 10 + 2) THEN r END),
  MAX(CASE WHEN ap IN ((apn - 1) / 2 + 1, (apn - 1) / 2 + 2) THEN a END),
  MAX(CASE WHEN ag IN ((agn - 1) / 2 + 1, (agn - 1) / 2 + 2) THEN a END)
FROM k GROUP BY platform
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
    jobs = {
        "core": (BASELINE, CORE),
        "full": (BASELINE, FULL),
        "app": (APP, "figures"),
        "view": (APP, "view"),
    }
    best: dict[str, tuple[float, float, str]] = {}
    for _ in range(args.repeat):  # interleaved, so that a busy spell does not favour one
        for name, (code, extra) in jobs.items():
            result = run(code, str(path), extra)
            best[name] = min(best.get(name, result), result)
    for name, (took, peak, said) in best.items():
        print(f"{name:5} {took:7.2f} s  peak {peak:5.0f} MB  ({said})")
    for name in ("app", "view"):
        took, peak, _ = best[name]
        ratios = ", ".join(f"{took / best[base][0]:.2f}x {base}" for base in ("core", "full"))
        print(f"{name}: {ratios} (target <= 1.5x); peak {peak:.0f} MB (target < 200 MB)")


if __name__ == "__main__":
    main()
