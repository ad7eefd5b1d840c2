"""Helpers for the shell's UI tests: finding records, waiting for the matrix, counting rows."""

from __future__ import annotations

from sqlalchemy import func, select

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.services import commitments, stakeholders
from pledge_tracker.ui.views.matrix_view import MatrixView


def ids(database: Database, supporter: str, code: str) -> tuple[int, int]:
    """(stakeholder id, commitment id) of a supporter by name and a commitment by code."""
    with database.read() as session:
        return stakeholders.find(session, supporter).id, commitments.find(session, code).id


def wait_for_matrix(qtbot, view: MatrixView) -> None:
    """Until the matrix computed in the worker is on screen."""
    qtbot.waitUntil(lambda: not view.is_busy and view.model.rowCount() > 0, timeout=10_000)


def count(database: Database, model: type) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def audit_count(database: Database) -> int:
    return count(database, m.AuditEntry)
