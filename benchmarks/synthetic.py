"""A large synthetic database, built quickly with bulk inserts, for the benchmarks.

250 supporters (the Call's own plus generated ones) with their pledges, several judgements per
supporter-commitment pair spread over the years since 2019, each citing evidence, and
100,000 evidence items (5% restricted). Rows go in with SQLAlchemy Core `executemany`, one
transaction; every row also gets its audit entry, hash-chained exactly as `db/audit.py` does,
so that `pledge-tracker check` passes on the result.

    python benchmarks/synthetic.py OUT.db [--supporters 250] [--evidence 100000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from anywhere

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import audit, rowstate, search_text
from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.kinds import PLEDGED_GROUPS, StakeholderKind
from pledge_tracker.domain.levels import METHOD_VERSION
from pledge_tracker.domain.validate import name_key

ACTOR = "benchmark generator"
START = dt.date(2019, 5, 15)
END = dt.date(2026, 6, 30)
LEVELS = ("not_started", "limited", "substantial", "complete")
KINDS = (
    "legislation",
    "policy_change",
    "transparency_report",
    "technical_measure",
    "independent_assessment",
    "news_report",
    "self_report",
)
WORDS = (
    "online",
    "safety",
    "removal",
    "crisis",
    "protocol",
    "livestream",
    "content",
    "report",
    "algorithm",
    "transparency",
    "research",
    "civil",
    "society",
    "response",
)


class Generator:
    """Builds the rows in memory (deterministic for a seed), then inserts them in bulk."""

    def __init__(self, database: Database, seed: int = 2019) -> None:
        self.database = database
        self.rng = random.Random(seed)
        self.now = dt.datetime(2026, 7, 1, 9, 0)
        self.rows: dict[Any, list[dict[str, Any]]] = {}
        self.audit: list[tuple[str, str, str, dict[str, Any]]] = []

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def add(self, table: Any, row: dict[str, Any], entity: str | None = None) -> None:
        self.rows.setdefault(table, []).append(row)
        if entity is not None:
            self.audit.append(("add", entity, row["uid"], row))

    # -- what to generate -------------------------------------------------------------------

    def build(self, supporters: int, evidence: int) -> None:
        with self.database.read() as session:
            self.commitments = list(session.execute(select(m.Commitment.id, m.Commitment.group)))
            people = list(session.execute(select(m.Stakeholder.id, m.Stakeholder.kind)))
            self.pairs = [
                (row.stakeholder_id, row.commitment_id)
                for row in session.execute(select(m.Pledge)).scalars()
            ]
            self.next_id = {
                model: (session.scalar(select(model.id).order_by(model.id.desc())) or 0) + 1
                for model in (m.Stakeholder, m.Evidence, m.Assessment, m.Pledge)
            }
        for number in range(len(people), supporters):
            self._supporter(number)
        per_pair = max(1, evidence // max(1, len(self.pairs)))
        extra = evidence - per_pair * len(self.pairs)
        for index, pair in enumerate(self.pairs):
            count = per_pair + (1 if index < extra else 0)
            self._pair(pair, count)
        for _ in range(supporters):
            self._action(self.rng.choice(self.pairs))
        for number in range(supporters * 2):
            self._sighting(number)

    def _action(self, pair: tuple[int, int]) -> None:
        due = START + dt.timedelta(days=self.rng.randrange((END - START).days))
        done = self.rng.random() < 0.6
        self.add(
            m.Action,
            {
                "uid": self.uid(),
                "stakeholder_id": pair[0],
                "commitment_id": pair[1],
                "title": f"Publish the {self.rng.choice(WORDS)} report",
                "due": due,
                "done": done,
                "done_on": due if done else None,
                "notes": None,
            },
            "action",
        )

    def _sighting(self, number: int) -> None:
        found = dt.datetime(2024, 1, 1) + dt.timedelta(hours=self.rng.randrange(20_000))
        removed = found + dt.timedelta(hours=self.rng.expovariate(1 / 6))
        self.add(
            m.Sighting,
            {
                "uid": self.uid(),
                "stakeholder_id": None,
                "platform": f"Platform {number % 12 + 1}",
                "url": f"https://video.example/{number}",
                "found_at": found,
                "reported_at": found,
                "removed_at": removed if self.rng.random() < 0.9 else None,
                "views": self.rng.randrange(10_000),
                "notes": None,
            },
            "sighting",
        )

    def _next(self, model: Any) -> int:
        value = self.next_id[model]
        self.next_id[model] = value + 1
        return value

    def _supporter(self, number: int) -> None:
        kind = self.rng.choice(
            [StakeholderKind.GOVERNMENT] * 3
            + [StakeholderKind.ONLINE_SERVICE_PROVIDER] * 2
            + [StakeholderKind.PARTNER]
        )
        name = f"Synthetic supporter {number:03d}"
        ident = self._next(m.Stakeholder)
        joined = START + dt.timedelta(days=self.rng.randrange(0, 1500))
        self.add(
            m.Stakeholder,
            {
                "id": ident,
                "uid": self.uid(),
                "name": name,
                "name_key": name_key(name),
                "kind": kind.value,
                "country_code": None,
                "joined": joined,
                "joined_verified": True,
                "joined_basis": None,
                "founding": False,
                "active": True,
                "notes": "Generated for the benchmark.",
                "source_url": None,
                "version": 1,
            },
            "stakeholder",
        )
        groups = {group.value for group in PLEDGED_GROUPS[kind]}
        for commitment_id, group in self.commitments:
            if group in groups:
                self.add(
                    m.Pledge,
                    {
                        "id": self._next(m.Pledge),
                        "stakeholder_id": ident,
                        "commitment_id": commitment_id,
                        "applicable": True,
                        "note": None,
                    },
                )
                self.pairs.append((ident, commitment_id))

    def _pair(self, pair: tuple[int, int], count: int) -> None:
        """Evidence for one supporter on one commitment, and judgements citing it."""
        person, commitment = pair
        span = (END - START).days
        days = sorted(START + dt.timedelta(days=self.rng.randrange(span)) for _ in range(count))
        dated = [(day, self._evidence(person, commitment, day)) for day in days]
        if self.rng.random() < 0.08:
            return  # some pairs are still waiting for a first judgement (gaps in coverage)
        level = self.rng.randrange(0, 3)
        for year in sorted(self.rng.sample(range(2020, 2027), self.rng.randrange(2, 6))):
            effective = dt.date(year, self.rng.randrange(1, 7), self.rng.randrange(1, 28))
            level = max(0, min(3, level + self.rng.choice((-1, 0, 1, 1))))
            known = [ident for day, ident in dated if day <= effective]
            self._assessment(person, commitment, effective, level, known[-3:])

    def _evidence(self, person: int, commitment: int, day: dt.date) -> int:
        ident = self._next(m.Evidence)
        words = " ".join(self.rng.choice(WORDS) for _ in range(5))
        self.add(
            m.Evidence,
            {
                "id": ident,
                "uid": self.uid(),
                "title": f"Item {ident}: {words}",
                "summary": f"Synthetic evidence about {words}.",
                "kind": self.rng.choice(KINDS),
                "source_url": f"https://example.org/evidence/{ident}",
                "source_name": f"Source {ident % 211}",
                "effective": day,
                "published": None,
                "retrieved": None,
                "reliability": "reputable",
                "restricted": self.rng.random() < 0.05,
                "notes": None,
                "demo": False,
                "withdrawn": False,
                "created_at": self.now,
                "version": 1,
            },
            "evidence",
        )
        self.add(m.evidence_stakeholders, {"evidence_id": ident, "stakeholder_id": person})
        self.add(m.evidence_commitments, {"evidence_id": ident, "commitment_id": commitment})
        return ident

    def _assessment(
        self, person: int, commitment: int, effective: dt.date, level: int, cites: list[int]
    ) -> None:
        ident = self._next(m.Assessment)
        words = " ".join(self.rng.choice(WORDS) for _ in range(40))
        self.add(
            m.Assessment,
            {
                "id": ident,
                "uid": self.uid(),
                "stakeholder_id": person,
                "commitment_id": commitment,
                "level": LEVELS[level],
                "effective": effective,
                "recorded_at": self.now,
                "assessor": ACTOR,
                "rationale": f"Judged {LEVELS[level].replace('_', ' ')} from the evidence: "
                f"{words}.",
                "confidence": "medium",
                "origin": "independent_review",
                "method_version": METHOD_VERSION,
                "demo": False,
                "retracted": False,
            },
            "assessment",
        )
        for evidence_id in cites:
            self.add(m.assessment_evidence, {"assessment_id": ident, "evidence_id": evidence_id})

    # -- writing ------------------------------------------------------------------------------

    def write(self) -> None:
        """Insert every row and its chained audit entry in one transaction."""
        order = (
            m.Stakeholder,
            m.Pledge,
            m.Evidence,
            m.evidence_stakeholders,
            m.evidence_commitments,
            m.Assessment,
            m.assessment_evidence,
            m.Action,
            m.Sighting,
        )
        with self.database.write(actor=ACTOR) as tx:
            for table in order:
                rows = self.rows.get(table)
                if rows:
                    tx.session.execute(insert(table), rows)
            search_text.refresh(tx.session)  # derived, as every way in fills it
            hashes = {
                (entity.name, uid): rowstate.row_hash(state)
                for entity in rowstate.ENTITIES
                for uid, state in rowstate.stream(tx.session, entity)
            }
            rows = self._audit_rows(audit.head(tx.session), hashes)
            tx.session.execute(insert(m.AuditEntry), rows)

    def _audit_rows(
        self, head: audit.ChainHead, hashes: dict[tuple[str, str], str]
    ) -> list[dict[str, Any]]:
        """Each record's entry, with the hash of the state it was inserted with."""
        at = self.now.isoformat(timespec="microseconds") + "Z"
        prev, next_id, rows = head.hash, head.last_id + 1, []
        for action, entity, record_uid, values in self.audit:
            after = audit.canonical({k: _plain(v) for k, v in values.items()})
            fields = {
                "id": next_id,
                "at": at,
                "actor": ACTOR,
                "action": action,
                "entity": entity,
                "record": record_uid,
                "before": None,
                "after": after,
                "row_hash": hashes[(entity, record_uid)],
            }
            digest = audit.entry_hash(prev, fields)
            rows.append(
                {
                    "id": next_id,
                    "at": at,
                    "actor": ACTOR,
                    "action": action,
                    "entity": entity,
                    "record_uid": record_uid,
                    "before": None,
                    "after": after,
                    "prev_hash": prev,
                    "hash": digest,
                    "row_hash": fields["row_hash"],
                }
            )
            prev, next_id = digest, next_id + 1
        return rows


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value


def build_database(
    path: Path, *, supporters: int = 250, evidence: int = 100_000, seed: int = 2019
) -> dict[str, float]:
    """Create `path` (seeded with the Call) and fill it; returns counts and seconds taken."""
    started = time.perf_counter()
    database = open_app_database(path, actor=ACTOR)
    try:
        generator = Generator(database, seed)
        generator.build(supporters, evidence)
        generator.write()
    finally:
        database.dispose()
    return {
        "seconds": round(time.perf_counter() - started, 1),
        "evidence": len(generator.rows.get(m.Evidence, [])),
        "assessments": len(generator.rows.get(m.Assessment, [])),
        "actions": len(generator.rows.get(m.Action, [])),
        "sightings": len(generator.rows.get(m.Sighting, [])),
        "audit_entries": len(generator.audit),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the database file to create (must not exist)")
    parser.add_argument("--supporters", type=int, default=250)
    parser.add_argument("--evidence", type=int, default=100_000)
    args = parser.parse_args(argv)
    if args.out.exists():
        parser.error(f"{args.out} exists; give a new file name")
    figures = build_database(args.out, supporters=args.supporters, evidence=args.evidence)
    print(f"built {args.out}: {figures}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
