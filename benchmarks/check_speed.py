"""How long `check` takes to compare every record with the audit log, at scale.

Builds (or reuses) a database seeded with the Call plus N evidence items and N assessments
(default 100,000 each, each linked to a supporter, a commitment and cited evidence), every
record carrying an audited baseline entry. Prints the time of the record comparison, of
the whole `check`, of the quick check run at open, and of a plain `SELECT *` over the same
tables as the baseline, with the ratio. The target: the comparison under 5 s.

    python benchmarks/check_speed.py [--db FILE] [--count 100000] [--keep]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import insert, select, text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from anywhere

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import models as m
from pledge_tracker.db import rowcheck, rowstate
from pledge_tracker.db.baseline import write_baseline
from pledge_tracker.db.uow import Database
from pledge_tracker.services.check import CheckReport, quick_check, run_check

TARGET_SECONDS = 5.0


def build(path: Path, count: int) -> None:
    """Seed, then bulk-insert `count` evidence items and assessments, then their baseline."""
    rng = random.Random(2019)
    database = open_app_database(path, actor="benchmark")
    try:
        with database.read() as session:
            pairs = [(p.stakeholder_id, p.commitment_id) for p in session.scalars(select(m.Pledge))]
        with database.write(actor="benchmark") as tx:
            _insert(tx.session, rng, pairs, count)
            write_baseline(tx.session, actor="benchmark", action="add")
    finally:
        database.dispose()


def _insert(session, rng: random.Random, pairs: list[tuple[int, int]], count: int) -> None:
    now = dt.datetime(2026, 7, 1, 9, 0)
    for start in range(1, count + 1, 10_000):
        ids = range(start, min(count, start + 9_999) + 1)
        chosen = {i: rng.choice(pairs) for i in ids}
        session.execute(
            insert(m.Evidence),
            [
                {
                    "id": i,
                    "uid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    "title": f"Item {i}",
                    "summary": "Synthetic evidence for the check benchmark.",
                    "kind": "legislation",
                    "source_url": f"https://example.org/{i}",
                    "effective": dt.date(2020, 1, 1) + dt.timedelta(days=i % 2000),
                    "reliability": "reputable",
                    "restricted": False,
                    "demo": False,
                    "withdrawn": False,
                    "created_at": now,
                    "version": 1,
                }
                for i in ids
            ],
        )
        session.execute(
            insert(m.evidence_stakeholders),
            [{"evidence_id": i, "stakeholder_id": chosen[i][0]} for i in ids],
        )
        session.execute(
            insert(m.evidence_commitments),
            [{"evidence_id": i, "commitment_id": chosen[i][1]} for i in ids],
        )
        session.execute(
            insert(m.Assessment),
            [
                {
                    "id": i,
                    "uid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    "stakeholder_id": chosen[i][0],
                    "commitment_id": chosen[i][1],
                    "level": "limited",
                    "effective": dt.date(2021, 1, 1) + dt.timedelta(days=i % 1500),
                    "recorded_at": now,
                    "assessor": "benchmark",
                    "rationale": f"Judged from item {i}.",
                    "confidence": "medium",
                    "origin": "independent_review",
                    "method_version": "1",
                    "demo": False,
                    "retracted": False,
                }
                for i in ids
            ],
        )
        session.execute(
            insert(m.assessment_evidence), [{"assessment_id": i, "evidence_id": i} for i in ids]
        )


def timed(work) -> tuple[float, float, object]:
    """Wall-clock and CPU seconds of `work()` (CPU time shows a busy machine's share)."""
    started, cpu = time.perf_counter(), time.process_time()
    result = work()
    return time.perf_counter() - started, time.process_time() - cpu, result


def plain_select(database: Database) -> int:
    """The baseline: every row of the same tables, read and discarded."""
    rows = 0
    with database.read() as session:
        for entity in rowstate.ENTITIES:
            tables = [entity.table] + [link.table for link in entity.links]
            for table in tables:
                result = session.execute(text(f"SELECT * FROM {table.name}"))
                rows += sum(1 for _ in result)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a database to reuse (built if missing)")
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--keep", action="store_true", help="keep the built database")
    args = parser.parse_args(argv)
    folder = tempfile.mkdtemp(prefix="check-speed-")
    path = args.db or Path(folder) / "check-speed.db"
    if not path.exists():
        seconds, _, _ = timed(lambda: build(path, args.count))
        print(f"built {path} ({args.count} evidence items and assessments) in {seconds:.1f} s")
    database = open_app_database(path)
    try:
        base, base_cpu, rows = timed(lambda: plain_select(database))
        with database.read() as session:
            compare, compare_cpu, found = timed(lambda: rowcheck.check_all(session))
        whole, whole_cpu, report = timed(lambda: run_check(database))
        quick, quick_cpu, _ = timed(lambda: quick_check(database))
    finally:
        database.dispose()
    assert isinstance(found, rowcheck.RowCheck) and isinstance(report, CheckReport)
    assert found.mismatches == 0 and report.ok, report.problem
    verdict = "within" if compare < TARGET_SECONDS else "OVER"
    print(
        f"plain SELECT * over the audited tables: {base:6.2f} s wall {base_cpu:6.2f} s CPU"
        f"  ({rows} rows)"
    )
    print(
        f"records compared with the audit log:    {compare:6.2f} s wall {compare_cpu:6.2f} s CPU"
        f"  ({found.checked} records; {compare / base:.1f}x the plain SELECT;"
        f" {verdict} the {TARGET_SECONDS:.0f} s target)"
    )
    print(f"whole check:                            {whole:6.2f} s wall {whole_cpu:6.2f} s CPU")
    print(f"quick check at open:                    {quick:6.2f} s wall {quick_cpu:6.2f} s CPU")
    if not args.keep and args.db is None:
        path.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
