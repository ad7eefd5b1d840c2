"""`check`: integrity, foreign keys, schema version, audit chain and attachment hashes."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text

from pledge_tracker.db import anchor, audit
from pledge_tracker.db.migrate import current_revision, head_revision
from pledge_tracker.db.uow import Database
from pledge_tracker.services.attachments import first_damaged


@dataclass(frozen=True)
class CheckReport:
    """What `check` found: the first problem (None when all is well) and what passed."""

    problem: str | None
    passed: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return self.problem is None


def run_check(database: Database) -> CheckReport:
    passed: list[str] = []
    with database.read() as session:
        if database.sqlite:
            verdict = session.execute(text("PRAGMA integrity_check")).scalar()
            if verdict != "ok":
                return CheckReport(f"SQLite integrity check failed: {verdict}", tuple(passed))
            passed.append("integrity_check")
            broken = session.execute(text("PRAGMA foreign_key_check")).first()
            if broken is not None:
                table, rowid, parent, _ = broken
                return CheckReport(
                    f"table {table}, row {rowid}: refers to a missing record in {parent}",
                    tuple(passed),
                )
            passed.append("foreign_key_check")
        revision, head = current_revision(database.engine), head_revision()
        if revision != head:
            return CheckReport(f"schema version is {revision}, expected {head}", tuple(passed))
        passed.append(f"schema {head}")
        problem = audit.verify(session)
        if problem is not None:
            return CheckReport(problem.message, tuple(passed))
        passed.append(f"audit chain ({audit.head(session).count} entries)")
        tail = anchor.verify(database)  # a rewritten or cut tail keeps a valid chain
        if tail is not None:
            return CheckReport(tail, tuple(passed))
        passed.append("audit anchor")
        damaged = first_damaged(session)
        if damaged is not None:
            return CheckReport(
                f"attachment {damaged} is damaged: its bytes no longer match their SHA-256",
                tuple(passed),
            )
        passed.append("attachment hashes")
    return CheckReport(None, tuple(passed))
