"""A package's records against the field limits, and its contents against its manifest.

Both run after the rows are typed and before the caller may write anything, so a restore
and a merge refuse alike: a value the forms would refuse (named by table, record and
field), or a package whose record counts or audit head differ from what its manifest says.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pledge_tracker.db.audit import GENESIS
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.limits import LIMITS
from pledge_tracker.domain.validate import check_record
from pledge_tracker.services.transfer.archive import ArchiveRefused


class RecordRefused(ValidationError):
    """One value in a package breaks the field limits: names the member, record and field.

    Carries the refusal's reason and values (domain/reasons.py), for other languages.
    """

    def __init__(
        self, file: str, member: str, table: str, number: int, uid: str, error: ValidationError
    ) -> None:
        self.member, self.table, self.number, self.uid = member, table, number, uid
        super().__init__(
            error.field, error.message, file=file, reason=error.reason, values=error.values
        )

    @property
    def record(self) -> str:
        """The record as the message names it: its uid and row, or its row alone."""
        return f"{self.uid} (row {self.number})" if self.uid else f"row {self.number}"

    def describe(self) -> str:
        return (
            f"{self.file}: {self.member}, {self.table} record {self.record}, "
            f"field '{self.field}': {self.message}"
        )


def check_records(
    tables: dict[str, list[dict[str, Any]]],
    file: str,
    member: str,
    today: dt.date | None = None,
) -> None:
    """Every row of every table the limits cover; the first bad value refuses the package."""
    for table in LIMITS:
        for number, row in enumerate(tables.get(table, []), start=1):
            try:
                check_record(table, row, today=today)
            except ValidationError as exc:
                uid = _printable(row["uid"]) if row.get("uid") else ""
                raise RecordRefused(file, member, table, number, uid, exc) from None


def counts_of(tables: dict[str, list[dict[str, Any]]]) -> dict[str, int]:
    """The record counts an export writes in its manifest (queries.record_counts' rules)."""
    counts = {name: len(rows) for name, rows in tables.items()}
    counts["assessments"] = sum(not row["retracted"] for row in tables["assessments"])
    counts["evidence"] = sum(not row["withdrawn"] for row in tables["evidence"])
    return counts


def check_manifest(
    manifest: dict[str, Any], tables: dict[str, list[dict[str, Any]]], file: str
) -> None:
    """The manifest's record counts and audit head must describe the data it came with."""
    counts = manifest.get("counts")
    if not isinstance(counts, dict):
        raise ArchiveRefused(file, "manifest.json gives no record counts")
    actual = counts_of(tables)
    for name, stated in sorted(counts.items()):
        if name not in actual:
            raise ArchiveRefused(file, f"manifest.json counts an unknown table '{str(name)[:40]}'")
        if stated != actual[name]:
            raise ArchiveRefused(
                file,
                f"manifest.json says {stated!r} {name} but data.json holds {actual[name]} "
                "(altered or damaged)",
            )
    head = manifest.get("audit_head")
    entries = tables["audit_entries"]
    last = max(entries, key=lambda row: row["id"]) if entries else None
    count, digest = (last["id"], last["hash"]) if last else (0, GENESIS)
    if not isinstance(head, dict) or head.get("count") != count or head.get("hash") != digest:
        stated = head.get("hash") if isinstance(head, dict) else None
        raise ArchiveRefused(
            file,
            f"manifest.json's audit head ({_short(stated)}, {_count(head)} entries) differs "
            f"from data.json's audit log ({digest[:12]}…, {count} entries)",
        )


def _printable(text: str) -> str:
    """A value quoted in a one-line message: no control characters, at most 40 characters."""
    shown = "".join(ch if ch.isprintable() else "?" for ch in text[:40])
    return shown + ("…" if len(text) > 40 else "")


def _short(digest: object) -> str:
    return f"{digest[:12]}…" if isinstance(digest, str) else "missing"


def _count(head: object) -> object:
    return head.get("count") if isinstance(head, dict) else "no"
