"""The app's own errors: each carries a one-line message a user can act on."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Self

from pledge_tracker.domain.reasons import REASONS


class PledgeError(Exception):
    """Base of every error the app reports to a user instead of a traceback."""

    # The message's template (domain/reasons.py) and its values, for other languages;
    # "" for a message written out where it is raised.
    reason: str = ""
    values: Mapping[str, str] = MappingProxyType({})

    @classmethod
    def reasoned(cls, reason: str, **values: str) -> Self:
        """The error whose message is the reason's template filled with `values`.

        For errors made from their message alone; ValidationError has `because` (a field first).
        """
        return cls(REASONS[reason].format(**values)).citing(reason, **values)

    def citing(self, reason: str, **values: str) -> Self:
        """This error, telling which template (and values) its message was filled from."""
        self.reason = reason
        self.values = dict(values)
        return self


class ValidationError(PledgeError):
    """Bad input: names the field (and the file and row when it came from one)."""

    def __init__(
        self,
        field: str,
        message: str,
        *,
        file: str | None = None,
        row: int | None = None,
        reason: str = "",
        values: Mapping[str, str] | None = None,
    ) -> None:
        self.field = field
        self.message = message
        self.file = file
        self.row = row
        self.reason = reason
        self.values = dict(values or {})
        super().__init__(self.describe())

    @classmethod
    def because(cls, field: str, reason: str, **values: str) -> ValidationError:
        """The error whose message is the reason's template filled with `values`."""
        return cls(field, REASONS[reason].format(**values), reason=reason, values=values)

    def describe(self) -> str:
        where = []
        if self.file:
            where.append(str(self.file))
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.field:
            where.append(f"field '{self.field}'")
        prefix = ", ".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message

    def at(self, *, file: str | None = None, row: int | None = None) -> ValidationError:
        """The same error, placed in a file and row."""
        return ValidationError(
            self.field,
            self.message,
            file=file or self.file,
            row=row if row else self.row,
            reason=self.reason,
            values=self.values,
        )


class NotFoundError(ValidationError):
    """A named record does not exist."""


class ConflictError(PledgeError):
    """The record was changed by someone else since it was read.

    When the service knows both versions it carries them, field by field (plain values):
    `mine` is what the user tried to save, `theirs` what is stored now, at `version`; a
    save made again against `version` replaces theirs with mine (a version number, or
    for records without one the hash of the stored state).
    """

    def __init__(
        self,
        message: str,
        *,
        mine: Mapping[str, object] | None = None,
        theirs: Mapping[str, object] | None = None,
        version: int | str | None = None,
    ) -> None:
        super().__init__(message)
        self.mine = dict(mine) if mine is not None else None
        self.theirs = dict(theirs) if theirs is not None else None
        self.version = version

    @property
    def both_known(self) -> bool:
        """Whether both versions are here, so the user can choose between them."""
        return self.mine is not None and self.theirs is not None


class DatabaseError(PledgeError):
    """The database cannot be opened or used; the message says what to do."""


class NewerDatabaseError(DatabaseError):
    """The file was written by a newer version of the app."""


class DamagedDatabaseError(DatabaseError):
    """The file is damaged (or truncated); the message names the newest good backup."""


class DatabaseBusyError(DatabaseError):
    """Another program held the database lock for too long."""


class ReadOnlyDatabaseError(DatabaseError):
    """A write was attempted on a database opened read-only."""


class IntegrityProblem(PledgeError):
    """`check` found a damaged or tampered record."""


class DiskFullError(DatabaseError):
    """The disk holding the database filled up: the unit was rolled back whole."""

    def __init__(self, folder: object, undone: str = "saved") -> None:
        self.folder = folder
        super().__init__(
            f"The disk holding {folder} is full; nothing was {undone}. "
            "Free some space, then try again."
        )
        # One template for each thing undone, so that each reads whole in other languages.
        reason = f"disk_full_{undone}"
        if reason in REASONS:
            self.citing(reason, folder=str(folder))


class TransactionLost(DatabaseError):
    """SQLite ended a unit's transaction by itself (after a full disk or I/O error)."""


def quoted_message(
    name: str, message: str, reason: str, values: Mapping[str, str]
) -> dict[str, str]:
    """A message given as the value `name` of another's template, with its own reason.

    The outer message's values then carry the inner one's reason and values beside its
    English, so that ui/error_text.py can translate both (`name`, `name:reason`, `name.key`).
    """
    said = {name: message}
    if reason:
        said[f"{name}:reason"] = reason
        said.update({f"{name}.{key}": value for key, value in values.items()})
    return said


def shown(value: object, most: int = 60) -> str:
    """A value quoted in a message: printable (line breaks and controls as ?) and short."""
    text = str(value)
    printable = "".join(ch if ch.isprintable() else "?" for ch in text[:most])
    return printable + ("…" if len(text) > most else "")
