"""`check`: integrity, foreign keys, schema, audit chain, records against the log, anchor and
attachment hashes; and the quick check run when a database is opened."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.orm import Session

from pledge_tracker.db import anchor, audit, rowcheck
from pledge_tracker.db.migrate import current_revision, head_revision
from pledge_tracker.db.uow import Database
from pledge_tracker.services.attachments import first_damaged
from pledge_tracker.services.team_roles import sees_every_row

QUICK_SAMPLE = 500
_HIDDEN = (
    "cannot verify the rows hidden from {0} (team role {1}): restricted evidence, sightings "
    "and their audit entries are not visible to this role. Run check as an admin "
    "(pledge-tracker db grant --role admin) or as the database's owner"
)


@dataclass(frozen=True)
class CheckReport:
    """What `check` found: the first problem (None when all is well) and what passed."""

    problem: str | None
    passed: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return self.problem is None


class _Failed(Exception):
    """The first problem found; ends the check."""


def run_check(database: Database, *, quick: bool = False) -> CheckReport:
    """Every check in order, stopping at the first problem (`quick`: the sampled form)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        # SQLite's own checks run in C without the GIL: on their own connection, beside the
        # Python-heavy chain and record checks, their time mostly disappears.
        engine_checks = None if quick else pool.submit(_sqlite_checks, database)
        passed: list[str] = []
        problem = _log_checks(database, passed, quick=quick)
        found, first = engine_checks.result() if engine_checks is not None else (None, [])
    if found is not None:  # damage the engine sees is named before the rest
        return CheckReport(found, tuple(first))
    return CheckReport(problem, (*first, *passed))


def _log_checks(database: Database, passed: list[str], *, quick: bool) -> str | None:
    """Schema, chain, records, anchor and attachments; the first problem, or None."""
    try:
        if not sees_every_row(database):
            if quick:  # opening the app: the full check is an admin's to run
                passed.append("restricted rows hidden from this role: check them as an admin")
                return None
            _step(_HIDDEN.format(database.server_user, database.standing), "all rows", passed)
        with database.read() as session:
            _schema(database, passed)
            _chain(session, passed, quick=quick)
            # A cut or rewritten tail first (it explains unrecorded records); a missing
            # anchor after the records (it must not hide a changed one).
            _step(anchor.verify_tail(database), "audit log tail", passed)
            _records(session, passed, quick=quick)
            _step(anchor.missing(database), "audit anchor", passed)
            if not quick:
                damaged = first_damaged(session)
                if damaged is not None:
                    damaged = (
                        f"attachment {damaged} is damaged: its bytes no longer match their SHA-256"
                    )
                _step(damaged, "attachment hashes", passed)
    except _Failed as failed:
        return str(failed)
    return None


def quick_check(database: Database) -> CheckReport:
    """What opening a database runs: the chain head, a random sample of records, the anchor."""
    return run_check(database, quick=True)


def _step(problem: str | None, name: str, passed: list[str]) -> None:
    if problem is not None:
        raise _Failed(problem)
    passed.append(name)


def _sqlite_checks(database: Database) -> tuple[str | None, list[str]]:
    """SQLite's integrity and foreign-key checks (a worker thread, its own connection):
    the first problem, or None, and the checks that passed."""
    if not database.sqlite:
        return None, []
    with database.read() as session:
        verdict = session.execute(text("PRAGMA integrity_check")).scalar()
        if verdict != "ok":
            return f"SQLite integrity check failed: {verdict}", []
        broken = session.execute(text("PRAGMA foreign_key_check")).first()
    if broken is not None:
        table, rowid, parent, _ = broken
        message = f"table {table}, row {rowid}: refers to a missing record in {parent}"
        return message, ["integrity_check"]
    return None, ["integrity_check", "foreign_key_check"]


def _schema(database: Database, passed: list[str]) -> None:
    revision, head = current_revision(database.engine), head_revision()
    _step(
        None if revision == head else f"schema version is {revision}, expected {head}",
        f"schema {head}",
        passed,
    )


def _chain(session: Session, passed: list[str], *, quick: bool) -> None:
    problem = audit.verify_head(session) if quick else audit.verify(session)
    count = audit.head(session).count
    name = f"audit chain head (entry {count})" if quick else f"audit chain ({count} entries)"
    _step(None if problem is None else problem.message, name, passed)


def _records(session: Session, passed: list[str], *, quick: bool) -> None:
    """Every audited record (or a random sample) is what the audit log last recorded."""
    found = rowcheck.check_sample(session, QUICK_SAMPLE) if quick else rowcheck.check_all(session)
    problem = None
    if found.first is not None:
        problem = rowcheck.describe(session, found.first)
        if found.mismatches > 1:
            problem += f" ({found.mismatches} records differ{' in the sample' if quick else ''})"
    kind = "sampled records" if quick else "records"
    _step(problem, f"{kind} match the audit log ({found.checked})", passed)
