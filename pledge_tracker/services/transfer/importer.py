"""Importing a spreadsheet: every row checked, then all of it added in one transaction or none.

A dry run does exactly the same work in a rehearsal unit that is always rolled back (it has
no commit on any path), so what it reports is what the import would do. Rows already
present are skipped, which makes a second import of the same file add nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import OperationalError, SQLAlchemyError

from pledge_tracker.db.uow import Database, Tx
from pledge_tracker.domain.errors import (
    DiskFullError,
    PledgeError,
    TransactionLost,
    ValidationError,
    quoted_message,
)
from pledge_tracker.domain.reasons import REASONS
from pledge_tracker.domain.words import counted
from pledge_tracker.services.transfer import bulk
from pledge_tracker.services.transfer import rows as row_kinds
from pledge_tracker.services.transfer.cells import as_text
from pledge_tracker.services.transfer.columns import (
    auto_mapping,
    columns,
    detect_kind,
    missing_required,
)
from pledge_tracker.services.transfer.readers import Table, read_table

ADD, SKIP, ERROR = "add", "skip", "error"
# The column that names a row in a plan, even one too broken to parse.
LABEL_COLUMN = {
    "supporters": "name",
    "evidence": "title",
    "assessments": "supporter",
    "actions": "title",
    "sightings": "platform",
    "events": "title",
    "instruments": "name",
    "indicators": "metric",
    "incidents": "name",
    "activations": "incident",
}
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RowOutcome:
    """What one row did (or would do)."""

    row: int
    action: str  # add, skip or error
    label: str
    detail: str = ""
    field: str | None = None
    # A refused row's message template and values (domain/reasons.py), for other languages.
    reason: str = ""
    values: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ImportReport:
    file: str
    kind: str
    outcomes: tuple[RowOutcome, ...]
    applied: bool
    notices: tuple[str, ...] = ()

    def count(self, action: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.action == action)

    @property
    def errors(self) -> tuple[RowOutcome, ...]:
        return tuple(o for o in self.outcomes if o.action == ERROR)

    def summary(self) -> str:
        verb = "imported" if self.applied else "would import"
        return (
            f"{self.file}: {verb} {counted(self.count(ADD), self.kind)}, skipped "
            f"{self.count(SKIP)} already present, {counted(self.count(ERROR), 'row with errors')}"
        )


class ImportRefused(ValidationError):
    """At least one row is bad: nothing was imported. Names the first bad row."""

    def __init__(self, report: ImportReport) -> None:
        first = report.errors[0]
        more = len(report.errors) - 1
        reason = {0: "nothing_imported", 1: "nothing_imported_one_more"}.get(
            more, "nothing_imported_more"
        )
        values = {
            "more": str(more),
            **quoted_message("detail", first.detail, first.reason, dict(first.values)),
        }
        super().__init__(
            first.field or "",
            REASONS[reason].format(**values),
            file=report.file,
            row=first.row,
            reason=reason,
            values=values,
        )
        self.report = report


def import_spreadsheet(
    database: Database,
    path: Path,
    *,
    kind: str | None = None,
    mapping: dict[str, int] | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Read a CSV or XLSX file and import it (see `import_table`)."""
    table = read_table(path, kind)
    if kind is None:
        kind = detect_kind(table.headers, table.sheet or path.stem)
    return import_table(database, table, kind, mapping=mapping, dry_run=dry_run, progress=progress)


def resolve_mapping(table: Table, kind: str, mapping: dict[str, int] | None) -> dict[str, int]:
    """The column mapping to use, refused if a required column is not mapped."""
    chosen = auto_mapping(kind, table.headers) if mapping is None else dict(mapping)
    known = {column.name for column in columns(kind)}
    for name, index in chosen.items():
        if name not in known or not 0 <= index < len(table.headers):
            raise ValidationError.because(name, "not_import_column").at(file=table.file)
    missing = missing_required(kind, chosen)
    if missing:
        required = ", ".join(c.name for c in columns(kind) if c.required)
        raise ValidationError.because(
            missing[0], "missing_column", column=missing[0], kind=kind, required=required
        ).at(file=table.file)
    return chosen


def import_table(
    database: Database,
    table: Table,
    kind: str,
    *,
    mapping: dict[str, int] | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    row_by_row: bool = False,
) -> ImportReport:
    """Import every row of `table` as `kind`, or nothing if any row is bad.

    Raises ImportRefused (naming the first bad row) when a row fails; returns the report.
    The kinds in `bulk.APPLY` are checked row by row, then added together (`row_by_row`
    adds each as it is checked instead: the reference the bulk path is tested against).
    """
    chosen = resolve_mapping(table, kind, mapping)
    used = set(chosen.values())
    notices = tuple(
        f"column '{header}' is not used" for i, header in enumerate(table.headers) if i not in used
    )
    unit = database.rehearse() if dry_run else database.write()  # a rehearsal never commits
    try:
        with unit as tx:
            outcomes = _run(tx, table, kind, chosen, progress, row_by_row)
            report = ImportReport(table.file, kind, outcomes, not dry_run, notices)
            if report.errors:
                raise ImportRefused(report)
    except DiskFullError as exc:
        raise DiskFullError(exc.folder, "imported") from None
    return report


def _run(
    tx: Tx,
    table: Table,
    kind: str,
    mapping: dict[str, int],
    progress: Progress | None,
    row_by_row: bool,
) -> tuple[RowOutcome, ...]:
    lookups = row_kinds.Lookups.load(tx.session)
    present = row_kinds.existing_keys(kind, tx.session)
    seen: dict[row_kinds.Key, int] = {}
    outcomes: list[RowOutcome] = []
    staged: list[bulk.Staged] | None = None if row_by_row or kind not in bulk.APPLY else []
    total = len(table.rows)
    for done, (number, cells) in enumerate(zip(table.numbers, table.rows, strict=True)):
        values = {name: cells[index] for name, index in mapping.items()}
        outcomes.append(_one_row(tx, kind, number, values, lookups, present, seen, staged))
        if progress is not None and (done % 50 == 0 or done + 1 == total):
            progress(done + 1, total)
    if staged and not any(outcome.action == ERROR for outcome in outcomes):
        bulk.APPLY[kind](tx, staged)  # every row is good: add them all at once
    return tuple(outcomes)


def _one_row(
    tx: Tx,
    kind: str,
    number: int,
    values: dict[str, object],
    lookups: row_kinds.Lookups,
    present: set[row_kinds.Key],
    seen: dict[row_kinds.Key, int],
    staged: list[bulk.Staged] | None,
) -> RowOutcome:
    label = as_text(values.get(LABEL_COLUMN[kind]))[:80]
    try:
        prepared = row_kinds.prepare(kind, values, lookups)
        label = prepared.label
        earlier = next((seen[key] for key in prepared.keys if key in seen), None)
        if earlier is not None:
            return _said(number, SKIP, label, "same_as_row", row=str(earlier))
        if any(key in present for key in prepared.keys):
            return _said(number, SKIP, label, "already_present")
        if staged is not None and prepared.stage is not None:
            staged.append(prepared.stage(tx.session))  # checked now, added with the rest
        else:
            with tx.session.begin_nested():  # a failing row leaves nothing behind
                prepared.add(tx)
    except (TransactionLost, OperationalError):
        raise  # the unit itself failed (a full disk, an I/O error): not this row's fault
    except ValidationError as exc:
        said = tuple(exc.values.items())  # the message's values, for other languages
        return RowOutcome(number, ERROR, label, exc.message, exc.field or None, exc.reason, said)
    except PledgeError as exc:
        return RowOutcome(number, ERROR, label, str(exc))
    except SQLAlchemyError as exc:
        detail = str(getattr(exc, "orig", exc)).splitlines()[0][:200]
        return _said(number, ERROR, label, "database_refused", detail=detail)
    for key in prepared.keys:
        seen[key] = number
    return RowOutcome(number, ADD, label)


def _said(number: int, action: str, label: str, reason: str, **values: str) -> RowOutcome:
    """A row's outcome whose detail is a reason's template (domain/reasons.py) filled."""
    detail = REASONS[reason].format(**values)
    return RowOutcome(number, action, label, detail, None, reason, tuple(values.items()))
