"""The context's directory of supporters and commitments follows the changes it is told of."""

from __future__ import annotations

from pledge_tracker.domain.changes import Changes
from pledge_tracker.domain.dto import StakeholderInput
from pledge_tracker.services import stakeholders
from tests.reference import COMMITMENTS, SUPPORTERS


def test_the_directory_lists_a_new_supporter_after_a_write(context) -> None:
    before = context.directory()
    assert len(before.supporters) == SUPPORTERS and len(before.commitments) == COMMITMENTS
    assert context.directory() is before  # kept, not read again
    context.write(lambda tx: stakeholders.add(tx, StakeholderInput("New Partner", "partner")))
    after = context.directory()
    assert "New Partner" in {p.name for p in after.supporters}


def test_a_change_to_something_else_keeps_the_directory(context) -> None:
    before = context.directory()
    context.data_changed.emit(Changes.of({"evidence"}))
    assert context.directory() is before
    context.database_replaced.emit()
    assert context.directory() is not before
