"""A large synthetic database, built quickly with bulk inserts, for the benchmarks.

Sizes S, M and L hold 10^4, 10^5 and 10^6 judgements over 250 supporters (the Call's own
plus generated ones) and their pledges, with 100,000 evidence items (5 % restricted), actions
and sightings; `synthetic_tables.py` says what each kind of record looks like. Rows go in
with SQLAlchemy Core `executemany`, one transaction; every audited row also gets its audit
entry, hash-chained and carrying the record's state hash exactly as `db/audit.py` and
`db/rowstate.py` make them, so that `pledge-tracker check` passes on the result. The same
seed gives the same database.

    python benchmarks/synthetic.py OUT.db [--size S|M|L] [--evidence N] [--seed N]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import random
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from anywhere

from benchmarks.synthetic_tables import STEPS
from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import audit, rowstate, search_text
from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database

ACTOR = "benchmark generator"
AUDIT_BATCH = 20_000  # audit rows made and inserted at a time (memory stays flat at size L)


@dataclass(frozen=True)
class Size:
    """How many records of each kind a synthetic database holds."""

    assessments: int
    evidence: int = 100_000
    supporters: int = 250
    sightings: int = 500


SIZES = {"S": Size(10_000), "M": Size(100_000), "L": Size(1_000_000)}


class Generator:
    """Builds the rows in memory (deterministic for a seed), then inserts them in bulk."""

    def __init__(self, database: Database, size: Size, seed: int = 2019) -> None:
        self.database = database
        self.size = size
        self.rng = random.Random(seed)
        self.now = dt.datetime(2026, 7, 1, 9, 0)
        self.rows: dict[Any, list[dict[str, Any]]] = {}
        self.audit: list[tuple[str, str, dict[str, Any]]] = []
        with database.read() as session:
            self.commitments = list(session.execute(select(m.Commitment.id, m.Commitment.group)))
            self.existing_supporters = len(session.scalars(select(m.Stakeholder.id)).all())
            self.pairs = [
                (row.stakeholder_id, row.commitment_id)
                for row in session.execute(select(m.Pledge)).scalars()
            ]
            self._next: dict[Any, int] = {
                model: (session.scalar(select(model.id).order_by(model.id.desc())) or 0) + 1
                for model in (m.Stakeholder, m.Evidence, m.Assessment, m.Pledge)
            }

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def day(self, start: dt.date, end: dt.date) -> dt.date:
        return start + dt.timedelta(days=self.rng.randrange((end - start).days))

    def next_id(self, model: Any) -> int:
        value = self._next[model]
        self._next[model] = value + 1
        return value

    def add(self, table: Any, row: dict[str, Any], entity: str | None = None) -> None:
        """One row to insert; an audited `entity` also gets its 'add' entry."""
        self.rows.setdefault(table, []).append(row)
        if entity is not None:
            self.audit.append((entity, row["uid"], row))

    def build(self) -> None:
        for step in STEPS:
            step(self)

    def write(self) -> None:
        """Insert every row and its chained audit entry in one transaction."""
        with self.database.write(actor=ACTOR) as tx:
            for table, rows in self.rows.items():  # parents were added before children
                for start in range(0, len(rows), 50_000):
                    tx.session.execute(insert(table), rows[start : start + 50_000])
            search_text.refresh(tx.session)  # derived, as every way in fills it
            hashes = {
                (entity.name, uid): rowstate.row_hash(state)
                for entity in rowstate.ENTITIES
                for uid, state in rowstate.stream(tx.session, entity)
            }
            batch: list[dict[str, Any]] = []
            for row in self._audit_rows(audit.head(tx.session), hashes):
                batch.append(row)
                if len(batch) == AUDIT_BATCH:
                    tx.session.execute(insert(m.AuditEntry), batch)
                    batch = []
            if batch:
                tx.session.execute(insert(m.AuditEntry), batch)

    def _audit_rows(
        self, head: audit.ChainHead, hashes: dict[tuple[str, str], str]
    ) -> Iterator[dict[str, Any]]:
        """Each record's entry, with the hash of the state it was inserted with."""
        at = self.now.isoformat(timespec="microseconds") + "Z"
        prev, next_id = head.hash, head.last_id + 1
        for entity, record_uid, values in self.audit:
            after = audit.canonical({k: _plain(v) for k, v in values.items()})
            fields = {
                "id": next_id,
                "at": at,
                "actor": ACTOR,
                "action": "add",
                "entity": entity,
                "record": record_uid,
                "before": None,
                "after": after,
                "row_hash": hashes[(entity, record_uid)],
            }
            digest = audit.entry_hash(prev, fields)
            yield {
                "id": next_id,
                "at": at,
                "actor": ACTOR,
                "action": "add",
                "entity": entity,
                "record_uid": record_uid,
                "before": None,
                "after": after,
                "prev_hash": prev,
                "hash": digest,
                "row_hash": fields["row_hash"],
            }
            prev, next_id = digest, next_id + 1


def _name(table: Any) -> str:
    return str(getattr(table, "__table__", table).name)


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value


def build_database(
    path: Path, size: Size | str = "M", *, evidence: int | None = None, seed: int = 2019
) -> dict[str, float]:
    """Create `path` (seeded with the Call) and fill it; returns counts and seconds taken."""
    chosen = SIZES[size] if isinstance(size, str) else size
    if evidence is not None:
        chosen = dataclasses.replace(chosen, evidence=evidence)
    started = time.perf_counter()
    database = open_app_database(path, actor=ACTOR)
    try:
        generator = Generator(database, chosen, seed)
        generator.build()
        generator.write()
    finally:
        database.dispose()
    counts = {_name(table): len(rows) for table, rows in generator.rows.items()}
    return {
        "seconds": round(time.perf_counter() - started, 1),
        "evidence": counts.get("evidence", 0),
        "assessments": counts.get("assessments", 0),
        "actions": counts.get("actions", 0),
        "sightings": counts.get("sightings", 0),
        "audit_entries": len(generator.audit),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the database file to create (must not exist)")
    parser.add_argument("--size", choices=sorted(SIZES), default="M")
    parser.add_argument("--evidence", type=int, help="evidence items (default 100,000)")
    parser.add_argument("--seed", type=int, default=2019)
    args = parser.parse_args(argv)
    if args.out.exists():
        parser.error(f"{args.out} exists; give a new file name")
    figures = build_database(args.out, args.size, evidence=args.evidence, seed=args.seed)
    print(f"built {args.out}: {figures}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
