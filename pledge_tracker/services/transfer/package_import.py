"""Importing a data package: an exact copy into an empty database, else a merge.

Into an empty database the package is restored as it was written: every row with its ids
and uids, every attachment, and the audit log whose chain is verified before the commit (the
restore adds no entry of its own, so `stats --json` of the copy equals the original's).
Into a database that holds records it is merged (see merge.py); conflicts that the caller
did not settle refuse the whole import, listing each one.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import func, insert, select

from pledge_tracker.db import anchor, audit, search_index, search_text
from pledge_tracker.db.sequences import reset_sequences
from pledge_tracker.db.uow import Database, Tx
from pledge_tracker.domain.errors import DiskFullError, PledgeError, ValidationError
from pledge_tracker.domain.words import counted
from pledge_tracker.services.transfer.merge import Conflict, Merger, chooser
from pledge_tracker.services.transfer.package import DATA, Package, open_package
from pledge_tracker.services.transfer.schema import TABLES

Progress = Callable[[int, int], None]
RESTORE, MERGE = "restore", "merge"
_CHUNK = 500
# Table name → the entity name the UI and the audit log use.
ENTITIES = {
    "frameworks": "framework",
    "commitments": "commitment",
    "stakeholders": "stakeholder",
    "evidence": "evidence",
    "assessments": "assessment",
    "actions": "action",
    "sightings": "sighting",
    "indicators": "indicator",
    "report_notes": "report note",
    "events": "event",
    "memberships": "membership",
    "instruments": "instrument",
    "attachments": "attachment",
    "audit_entries": "audit entry",
}


@dataclass(frozen=True)
class PackageReport:
    file: str
    mode: str  # restore or merge
    applied: bool
    added: dict[str, int] = field(default_factory=dict)
    same: dict[str, int] = field(default_factory=dict)
    conflicts: tuple[Conflict, ...] = ()
    unresolved: tuple[Conflict, ...] = ()
    overwritten: int = 0
    created: str = ""
    app_version: str = ""

    def summary(self) -> str:
        verb = "" if self.applied else "would be "
        added = ", ".join(counted(n, k) for k, n in self.added.items() if n) or "nothing"
        if self.mode == RESTORE:
            return f"{self.file}: {verb}restored into an empty database ({added})"
        kept = len(self.conflicts) - self.overwritten - len(self.unresolved)
        conflicts = counted(len(self.conflicts), "conflict")
        return (
            f"{self.file}: {verb}merged; added {added}; {sum(self.same.values())} already "
            f"present; {conflicts} ({self.overwritten} taken from the package, {kept} kept as "
            f"here, {len(self.unresolved)} unresolved)"
        )


class ConflictsUnresolved(PledgeError):
    """The package and this database disagree on records nobody chose between."""

    def __init__(self, report: PackageReport) -> None:
        first = report.unresolved[0]
        super().__init__(
            f"{report.file}: {len(report.unresolved)} records differ here and in the package "
            f"(first: {first.entity} '{first.label}', {first.key}); nothing was imported. "
            "Choose for each: keep this database's version or take the package's."
        )
        self.report = report


def is_empty(tx: Tx) -> bool:
    """True when no table holds a row (a database created without the seed)."""
    return all(not tx.session.scalar(select(func.count()).select_from(table)) for table in TABLES)


def import_package(
    database: Database,
    path: Path,
    *,
    dry_run: bool = False,
    resolutions: Mapping[str, str] | None = None,
    default: str | None = None,
    progress: Progress | None = None,
) -> PackageReport:
    """Restore or merge a package; every check on the archive runs before the write begins."""
    choose = chooser(resolutions, default)
    with open_package(Path(path)) as package:
        unit = database.rehearse() if dry_run else database.write()  # a rehearsal never commits
        try:
            with unit as tx:
                if is_empty(tx):
                    report = _restore(tx, package, progress, database.sqlite)
                else:
                    report = _merge(tx, package, choose, progress)
                search_text.refresh(tx.session)  # derived: never taken from the package
                if database.sqlite and report.mode == RESTORE:
                    search_index.rebuild(tx.session)  # derived too: made from the text again
                report = _finished(report, applied=not dry_run)
                if report.unresolved and not dry_run:
                    raise ConflictsUnresolved(report)
        except DiskFullError as exc:
            raise DiskFullError(exc.folder, "imported") from None
    if report.applied and report.mode == RESTORE:
        _anchor(database)
    return report


def _anchor(database: Database) -> None:
    """The restored chain is this database's history from now on: anchor its head."""
    try:
        anchor.reset(database)
    except (OSError, PledgeError):  # a second line of evidence; the restore has landed
        logging.getLogger(__name__).warning("audit anchor not written", exc_info=True)


def _finished(report: PackageReport, *, applied: bool) -> PackageReport:
    return replace(report, applied=applied)


def _created(package: Package) -> str:
    return str(package.manifest.get("created", ""))


def _version(package: Package) -> str:
    return str(package.manifest.get("app_version", ""))


def _restore(tx: Tx, package: Package, progress: Progress | None, sqlite: bool) -> PackageReport:
    total = sum(len(rows) for rows in package.tables.values()) or 1
    done = 0
    for table in TABLES:
        rows = package.tables[table.name]
        if table.name == "attachments":
            rows = [{**row, "content": package.attachment(row["sha256"])} for row in rows]
        for start in range(0, len(rows), _CHUNK):
            tx.session.execute(insert(table), rows[start : start + _CHUNK])
            done += len(rows[start : start + _CHUNK])
            if progress is not None:
                progress(done, total)
    problem = audit.verify(tx.session)
    if problem is not None:
        raise ValidationError.because("audit", "package_audit_broken", cause=problem.message).at(
            file=package.file
        )
    if not sqlite:
        _reset_sequences(tx)
    added = {ENTITIES[name]: len(package.tables[name]) for name in ENTITIES if package.tables[name]}
    tx.changed.update(ENTITIES.values())
    return PackageReport(
        package.file,
        RESTORE,
        False,
        added=added,
        created=_created(package),
        app_version=_version(package),
    )


def _reset_sequences(tx: Tx) -> None:
    """PostgreSQL: ids were given explicitly, so move each sequence past them."""
    reset_sequences(tx.session, TABLES)


def _merge(
    tx: Tx,
    package: Package,
    choose: Callable[[Conflict], str | None],
    progress: Progress | None,
) -> PackageReport:
    merger = Merger(tx, package, choose)
    merger.run(progress)
    if merger.added or merger.overwritten:
        tx.audit(
            "import_package",
            "package",
            package.manifest["files"][DATA],
            None,
            {
                "file": package.file,
                "created": package.manifest.get("created"),
                "added": dict(merger.added),
                "overwritten": merger.overwritten,
                "kept": len(merger.conflicts) - merger.overwritten,
            },
        )
    return PackageReport(
        package.file,
        MERGE,
        False,
        added=dict(Counter(merger.added)),
        same=dict(merger.same),
        conflicts=tuple(merger.conflicts),
        unresolved=tuple(merger.unresolved),
        overwritten=merger.overwritten,
        created=_created(package),
        app_version=_version(package),
    )
