"""Bulk-insert synthetic evidence straight into a seeded database (read-side scale tests).

Plain SQLAlchemy Core executemany (the folded search text filled as the app fills it), no
audit entries: these rows exist only to measure
and exercise the read side at 100,000 items.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import uuid
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import insert, select

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import models as m
from pledge_tracker.db.search_text import folded
from pledge_tracker.db.uow import Database

KINDS = ("legislation", "policy_change", "transparency_report", "news_report", "self_report")
WORDS = ("online", "safety", "removal", "crisis", "protocol", "terrorist", "content", "report")


def bulk_insert_evidence(database: Database, count: int, *, seed: int = 7) -> None:
    """Add `count` evidence items, each linked to one supporter and one commitment."""
    rng = random.Random(seed)
    now = dt.datetime(2024, 1, 1)
    with database.read() as session:
        supporters = list(session.scalars(select(m.Stakeholder.id)))
        commitments = list(session.scalars(select(m.Commitment.id)))
        start = (session.scalar(select(m.Evidence.id).order_by(m.Evidence.id.desc())) or 0) + 1
    items, people, pledges = [], [], []
    for offset in range(count):
        ident = start + offset
        words = " ".join(rng.choice(WORDS) for _ in range(3))
        items.append(
            {
                "id": ident,
                "uid": str(uuid.UUID(int=rng.getrandbits(128))),
                "title": f"Synthetic item {ident}: {words}",
                "summary": f"Generated for a scale test ({words}).",
                "kind": KINDS[ident % len(KINDS)],
                "source_url": f"https://example.org/item/{ident}",
                "source_name": f"Source {ident % 97}",
                "effective": dt.date(2015, 1, 1) + dt.timedelta(days=ident % 3650),
                "reliability": "reputable",
                "restricted": ident % 10 == 0,
                "demo": False,
                "withdrawn": False,
                "created_at": now,
                "version": 1,
            }
        )
        items[-1]["search_text"] = folded(SimpleNamespace(notes=None, **items[-1]))
        people.append({"evidence_id": ident, "stakeholder_id": rng.choice(supporters)})
        pledges.append({"evidence_id": ident, "commitment_id": rng.choice(commitments)})
    with database.engine.begin() as connection:
        connection.execute(insert(m.Evidence), items)
        connection.execute(insert(m.evidence_stakeholders), people)
        connection.execute(insert(m.evidence_commitments), pledges)


_BIG: dict[str, Path] = {}


def big_database_template(tmp_path_factory: pytest.TempPathFactory, count: int = 100_000) -> Path:
    """A seeded database plus `count` synthetic items, built once per test session."""
    key = str(count)
    if key not in _BIG:
        path = tmp_path_factory.mktemp("big") / f"evidence-{count}.db"
        database = open_app_database(path, actor="test seed")
        try:
            bulk_insert_evidence(database, count)
        finally:
            database.dispose()
        _BIG[key] = path
    return _BIG[key]


def open_big_copy(
    tmp_path_factory: pytest.TempPathFactory, target: Path, count: int = 100_000
) -> Database:
    """A private, writable copy of the big database."""
    shutil.copy(big_database_template(tmp_path_factory, count), target)
    return open_app_database(target, actor="Test Officer")
