"""Refusing a save made from an out-of-date copy, with both versions for the user to compare."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping

from sqlalchemy.orm import Session

from pledge_tracker.db import rowstate
from pledge_tracker.domain.errors import ConflictError
from pledge_tracker.domain.reasons import REASONS

STALE_MESSAGE = REASONS["stale"]


def check_version(
    actual: int,
    expected: int | None,
    *,
    mine: object = None,
    theirs: Callable[[], object] | None = None,
) -> None:
    """Refuse a save based on a copy read at `expected` when the record is now at `actual`.

    `mine` is what the user typed (a frozen input dataclass or a field→value mapping);
    `theirs()` gives the stored record (its DTO or input), asked for only when refusing.
    The error carries both as field→value dicts over mine's fields, and the version to save
    against if the user keeps their own.
    """
    if expected is None or actual == expected:
        return
    raise _conflict(actual, mine, theirs)


def check_state(
    session: Session,
    entity: str,
    uid: str,
    expected: str | None,
    *,
    mine: object = None,
    theirs: Callable[[], object] | None = None,
) -> None:
    """`check_version` for records without a version column: `expected` is the hash of the
    record's whole state (db/rowstate.py) when the form read it; the audit seals the same."""
    if expected is None:
        return
    actual = state_hash(session, entity, uid)
    if actual != expected:
        raise _conflict(actual, mine, theirs)


def state_hash(session: Session, entity: str, uid: str) -> str:
    """The hash of a record's whole state now (what `check_state` compares)."""
    return rowstate.hashes_of(session, entity, [uid]).get(uid, "")


def _conflict(
    actual: int | str, mine: object, theirs: Callable[[], object] | None
) -> ConflictError:
    mine_fields = _fields(mine)
    theirs_fields = _fields(theirs()) if theirs is not None else None
    if mine_fields is not None and theirs_fields is not None:
        mine_fields = {k: v for k, v in mine_fields.items() if k in theirs_fields}
        theirs_fields = {k: theirs_fields[k] for k in mine_fields}
    else:
        mine_fields = theirs_fields = None
    conflict = ConflictError(STALE_MESSAGE, mine=mine_fields, theirs=theirs_fields, version=actual)
    return conflict.citing("stale")


def _fields(value: object) -> dict[str, object] | None:
    """A record's fields by name (a dataclass's, or a mapping's own)."""
    if isinstance(value, Mapping):
        return dict(value)
    if value is None or not dataclasses.is_dataclass(value) or isinstance(value, type):
        return None
    return {field.name: getattr(value, field.name) for field in dataclasses.fields(value)}
