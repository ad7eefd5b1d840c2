"""Assessments are append-only: officers judging the same cell at once both keep their work,
and concurrent appends from separate processes leave one linear audit chain.

Runs on SQLite always and, with a server (PLEDGE_TRACKER_TEST_PG_URL), on PostgreSQL.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import audit
from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import AssessmentInput
from pledge_tracker.services import assessments
from pledge_tracker.services.check import run_check
from tests.db.postgres_server import POSTGRES_ONLY

APPENDS_EACH = 8
OFFICERS = ("Officer Aroha", "Officer Bernard")


@pytest.fixture(params=[pytest.param("sqlite"), pytest.param("postgres", marks=POSTGRES_ONLY)])
def url(request: pytest.FixtureRequest, db_path: Path) -> Iterator[str]:
    """A seeded database on SQLite or on the PostgreSQL test server."""
    if request.param == "sqlite":
        yield str(db_path)
        return
    pg = str(request.getfixturevalue("pg_url"))
    open_app_database(pg, actor="Setup").dispose()  # migrated and seeded once, up front
    yield pg


def _cell(database: Database) -> tuple[int, int]:
    """A supporter and a commitment it pledged: one cell of the matrix."""
    with database.read() as session:
        pledge = session.scalars(select(m.Pledge).order_by(m.Pledge.id)).first()
        assert pledge is not None
        return pledge.stakeholder_id, pledge.commitment_id


def _judge(officer: str, cell: tuple[int, int], number: int) -> AssessmentInput:
    return AssessmentInput(
        cell[0], cell[1], "limited", "2024-01-01", rationale=f"{officer}, judgement {number}"
    )


def _append(url: str, officer: str, cell: tuple[int, int], start: object) -> None:
    """One process: its own connection, APPENDS_EACH assessments of the same cell."""
    database = open_app_database(url, actor=officer)
    try:
        start.wait(30)  # type: ignore[attr-defined]  (a multiprocessing Event)
        for number in range(APPENDS_EACH):
            with database.write() as tx:
                assessments.record(tx, _judge(officer, cell, number))
    finally:
        database.dispose()


def test_two_officers_assessing_one_cell_both_keep_their_judgements(url: str) -> None:
    first = open_app_database(url, actor=OFFICERS[0])
    second = open_app_database(url, actor=OFFICERS[1])
    try:
        cell = _cell(first)
        # Both read the cell, then both save: neither save is refused or overwritten.
        with first.write() as tx_a:
            assessments.record(tx_a, _judge(OFFICERS[0], cell, 0))
        with second.write() as tx_b:
            assessments.record(tx_b, _judge(OFFICERS[1], cell, 0))
        with first.read() as session:
            kept = {a.rationale for a in assessments.history(session, *cell)}
        assert {f"{o}, judgement 0" for o in OFFICERS} <= kept
        assert run_check(first).ok
    finally:
        first.dispose()
        second.dispose()


def test_concurrent_appends_from_two_processes_all_land_on_one_chain(url: str) -> None:
    database = open_app_database(url, actor="Lead")
    try:
        cell = _cell(database)
        with database.read() as session:
            entries_before = session.scalar(select(func.count()).select_from(m.AuditEntry))
        spawn = multiprocessing.get_context("spawn")  # a clean interpreter: no shared engine
        start = spawn.Event()
        workers = [
            spawn.Process(target=_append, args=(url, officer, cell, start)) for officer in OFFICERS
        ]
        for worker in workers:
            worker.start()
        start.set()
        for worker in workers:
            worker.join(120)
        assert [worker.exitcode for worker in workers] == [0, 0]
        with database.read() as session:
            rationales = [a.rationale for a in assessments.history(session, *cell)]
            entries = session.execute(
                select(m.AuditEntry.actor, m.AuditEntry.prev_hash, m.AuditEntry.hash)
                .where(m.AuditEntry.id > entries_before)
                .order_by(m.AuditEntry.id)
            ).all()
            assert audit.verify(session) is None  # every entry chains to the one before
        for officer in OFFICERS:
            mine = {f"{officer}, judgement {n}" for n in range(APPENDS_EACH)}
            assert mine <= set(rationales), f"{officer}'s judgements were lost"
        # Signed by the name each officer gave on a file, by their login on a server.
        signers = OFFICERS if database.sqlite else [database.server_user] * len(OFFICERS)
        assert sorted(e.actor for e in entries) == sorted(signers * APPENDS_EACH)
        # Linear: each new entry's prev_hash is the hash of the entry just before it.
        assert all(b.prev_hash == a.hash for a, b in pairwise(entries))
        report = run_check(database)
        assert report.ok, report.problem
    finally:
        database.dispose()
