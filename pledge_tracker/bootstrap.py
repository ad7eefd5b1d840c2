"""The composition root: open a database, upgraded and seeded, ready for the services."""

from __future__ import annotations

import logging
from pathlib import Path

from pledge_tracker.db import anchor
from pledge_tracker.db.backup import daily_backup, take_backup
from pledge_tracker.db.engine import sqlite_path
from pledge_tracker.db.migrate import open_database
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.services import (
    assessments,
    catalogue,
    reference_events,
    reference_instruments,
    seed,
    server_backup,
)

# A server's newest backup manifest vouches for a new admin's first anchor (the desktop's
# own backups do so for a file).
anchor.register_server_manifest(server_backup.newest_as_anchor)


def open_app_database(
    db: str | Path,
    *,
    actor: str | None = None,
    read_only: bool = False,
    create: bool = True,
    seed_new: bool = True,
    upkeep_later: bool = False,
) -> Database:
    """Open a database for the app or the command line; a new one is seeded with the Call.

    `upkeep_later`: the daily backup (a copy and a check of the whole file) is left for
    `upkeep(database)`, which the window runs in a worker after its first paint. SQLite's
    check of every page stays here: a damaged file is refused (and a backup offered)
    before anything is shown or written.
    """
    upgraded: list[Path] = []

    def backup_then_upgrade(path: Path) -> Path:
        upgraded.append(path)
        return pre_migration_backup(path)

    database, created = open_database(
        str(db),
        actor=actor,
        read_only=read_only,
        create=create,
        backup=backup_then_upgrade,
    )
    if created:
        anchor.forget(database.url)  # a new audit history begins at this path
    else:
        if not upkeep_later:
            _daily_backup(database)
        _recover_anchor(database)
        _upgrade_catalogue(database)
        _add_reference_events(database)
    if upgraded:  # once, with the schema upgrade: never a way to launder a later change
        _neutral_demo_assessor(database)
    if created and seed_new:
        with database.write(actor="Pledge Tracker (seed)") as tx:
            seed.seed_call(tx)
    return database


def pre_migration_backup(path: Path) -> Path:
    """A verified copy of a database taken before its schema is upgraded (in the rotating set)."""
    return take_backup(path, reason="pre-upgrade").path


def _recover_anchor(database: Database) -> None:
    """A missing outside anchor comes back only if the newest trusted backup vouches for it."""
    if database.read_only:
        return
    try:
        anchor.recover(database)
    except (OSError, PledgeError) as exc:  # evidence only: never keeps the user from their data
        logging.getLogger(__name__).warning("audit anchor not recovered: %s", exc)


def _neutral_demo_assessor(database: Database) -> None:
    """Upgrade: demonstration judgements once recorded under the user's name move to the
    neutral assessor, one audit entry each (databases made before demo data was neutral)."""
    if database.read_only:
        return
    with database.read() as session:
        if not assessments.named_demo_judgements(session):
            return
    with database.write(actor="Pledge Tracker (upgrade)") as tx:
        corrected = assessments.neutral_demo_assessor(tx)
    logging.getLogger(__name__).info("%d demonstration judgements made neutral", corrected)


def _upgrade_catalogue(database: Database) -> None:
    """Bring the commitments up to the shipped reference revision; a database that is up to
    date (the usual case) is only read, never written."""
    if database.read_only:
        return
    reference = seed.load_reference()
    try:
        with database.read() as session:
            stale = catalogue.pending_changes(session, reference)
            lacking = any(reference_instruments.pending(session))
        if not stale and not lacking:
            return
        with database.write(actor="Pledge Tracker (upgrade)") as tx:
            changes = catalogue.upgrade_catalogue(tx, reference)
            reference_instruments.load(
                tx, reference, reason=reference_instruments.reason(reference)
            )
    except (PledgeError, ValueError) as exc:
        # Busy, full, or a damaged value that `check` will name: the user still gets their
        # data, and the upgrade is tried again at the next open.
        logging.getLogger(__name__).warning("catalogue not upgraded: %s", exc)
        return
    for change in changes:
        logging.getLogger(__name__).info(
            "catalogue %s %s: %s", change.change, change.code, change.reason
        )


def _add_reference_events(database: Database) -> None:
    """Add the reference's timeline events a database lacks (audited); read-only when none."""
    if database.read_only:
        return
    reference = seed.load_reference()
    try:
        with database.read() as session:
            if not reference_events.missing(session, reference):
                return
        with database.write(actor="Pledge Tracker (upgrade)") as tx:
            added = reference_events.add_missing(tx, reference)
    except (PledgeError, ValueError) as exc:  # as for the catalogue: tried again next time
        logging.getLogger(__name__).warning("reference events not added: %s", exc)
        return
    logging.getLogger(__name__).info("%d reference events added", added)


def upkeep(database: Database) -> None:
    """What `open_app_database(..., upkeep_later=True)` left: the daily backup (safe in a
    worker: it reads the file through its own connection)."""
    _daily_backup(database)


def _daily_backup(database: Database) -> None:
    """At most one verified backup a day, when a writable SQLite database is opened."""
    path = sqlite_path(database.url)
    if path is None or database.read_only:
        return
    try:
        daily_backup(path)
    except PledgeError as exc:  # a backup problem must not keep the user from their data
        logging.getLogger(__name__).warning("daily backup of %s failed: %s", path, exc)
