"""The composition root: open a database, upgraded and seeded, ready for the services."""

from __future__ import annotations

from pathlib import Path

from pledge_tracker.db.backup import backup_file
from pledge_tracker.db.migrate import open_database
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dates import utcnow
from pledge_tracker.paths import backups_dir
from pledge_tracker.services import seed


def open_app_database(
    db: str | Path,
    *,
    actor: str | None = None,
    read_only: bool = False,
    create: bool = True,
    seed_new: bool = True,
) -> Database:
    """Open a database for the app or the command line; a new one is seeded with the Call."""
    database, created = open_database(
        str(db), actor=actor, read_only=read_only, create=create, backup=pre_migration_backup
    )
    if created and seed_new:
        with database.write(actor="Pledge Tracker (seed)") as tx:
            seed.seed_call(tx)
    return database


def pre_migration_backup(path: Path) -> Path:
    """A verified copy of a database taken before its schema is upgraded."""
    folder = backups_dir(path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = utcnow().strftime("%Y%m%dT%H%M%S")
    return backup_file(path, folder / f"{path.stem}-pre-upgrade-{stamp}.db")
