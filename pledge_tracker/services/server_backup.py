"""Backups of a team server: a pg_dump file (custom format) with a manifest beside it.

The manifest is read in the very snapshot pg_dump copies (`pg_export_snapshot`), so its rows
per table and audit chain head describe exactly the dump, even while colleagues save. Both
files land whole or not at all (safe_files). By default they are kept under the app's
backups folder, in servers/<host>-<port>-<database>-<key>/ (`server_backups_dir`); the
newest manifest of a server is what `newest_manifest` returns (the chain head a new admin's
anchor is checked against).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session

from pledge_tracker.db import audit
from pledge_tracker.db.anchor import Anchor, database_key
from pledge_tracker.db.backup import sha256_file
from pledge_tracker.db.engine import is_sqlite
from pledge_tracker.db.pg_tools import find_tool, libpq_target, run_tool, server_major
from pledge_tracker.db.table_copy import count_rows
from pledge_tracker.db.uow import Database, translate_errors
from pledge_tracker.domain.dates import utcnow
from pledge_tracker.domain.errors import DatabaseError
from pledge_tracker.safe_files import atomic_output, backups_root, write_text

FORMAT = "pledge-tracker-server-backup"
FORMAT_VERSION = 1
_STAMP = "%Y%m%dT%H%M%S"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class Manifest:
    """What a server backup holds, as written beside its dump when it was taken."""

    path: Path  # the manifest file
    dump: Path
    database: str  # the server database's URL without its password
    taken_at: str  # UTC, ISO, with Z
    server_version: str
    schema: str | None
    audit_count: int
    audit_hash: str
    sha256: str  # of the dump file
    size: int
    counts: dict[str, int] = field(default_factory=dict)


def server_backups_dir(url: str) -> Path:
    """Where a server's backups are kept unless another place is given."""
    parsed = make_url(url)
    name = f"{parsed.host or 'local'}-{parsed.port or 5432}-{parsed.database or 'postgres'}"
    key = hashlib.sha256(server_database(url).encode("utf-8")).hexdigest()[:8]
    return backups_root() / "servers" / f"{_UNSAFE.sub('_', name)}-{key}"


def manifest_path(dump: Path) -> Path:
    return dump.with_name(dump.name + ".json")


def backup_server(url: str, out: Path | None = None) -> Manifest:
    """pg_dump the server database at `url` (to `out`, or the default folder) and its manifest."""
    if is_sqlite(url):
        raise DatabaseError("backup_server takes a PostgreSQL URL.")
    now = utcnow()
    if out is None:
        folder = server_backups_dir(url)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{make_url(url).database or 'postgres'}-{now.strftime(_STAMP)}Z.dump"
    else:
        target = out.expanduser()
    engine = create_engine(url)
    try:
        with translate_errors(), engine.connect() as raw:
            connection = raw.execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            )
            with connection.begin():
                snapshot = str(connection.scalar(text("SELECT pg_export_snapshot()")))
                version = str(connection.scalar(text("SHOW server_version")))
                described = _describe(connection)
                # pg_dump copies the snapshot this transaction holds open: the same rows.
                _dump(url, target, snapshot, version, allow_backups=out is None)
    finally:
        engine.dispose()
    data = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "database": server_database(url),
        "taken_at": now.replace(tzinfo=None).isoformat(timespec="seconds") + "Z",
        "server_version": version,
        "size": target.stat().st_size,
        "sha256": sha256_file(target),
        **described,
    }
    manifest = manifest_path(target)
    write_text(manifest, json.dumps(data, indent=1, sort_keys=True), allow_backups=out is None)
    found = read_manifest(target)
    assert found is not None
    return found


def _describe(connection: Any) -> dict[str, Any]:
    """Rows per table, the chain head and the schema revision, in the open snapshot."""
    session = Session(bind=connection)
    try:
        head = audit.head(session)
    finally:
        session.close()
    schema = connection.scalar(text("SELECT version_num FROM alembic_version"))
    return {
        "counts": count_rows(connection),
        "audit": {"count": head.count, "hash": head.hash},
        "schema": None if schema is None else str(schema),
    }


def _dump(url: str, target: Path, snapshot: str, version: str, *, allow_backups: bool) -> None:
    tool = find_tool("pg_dump", server_major(version))
    conninfo, env = libpq_target(url)
    with atomic_output(target, allow_backups=allow_backups) as partial:
        arguments = ["-Fc", "--no-password", f"--snapshot={snapshot}", "-f", str(partial)]
        run_tool(tool, [*arguments, "--dbname", conninfo], env, "pg_dump")


def read_manifest(dump: Path) -> Manifest | None:
    """The manifest beside a dump, or None if it is missing or not one of ours."""
    try:
        data = json.loads(manifest_path(dump).read_text(encoding="utf-8"))
        audit_head = data["audit"]
        return Manifest(
            path=manifest_path(dump),
            dump=dump,
            database=str(data["database"]),
            taken_at=str(data["taken_at"]),
            server_version=str(data.get("server_version", "")),
            schema=data.get("schema"),
            audit_count=int(audit_head["count"]),
            audit_hash=str(audit_head["hash"]),
            sha256=str(data["sha256"]),
            size=int(data.get("size", 0)),
            counts={str(k): int(v) for k, v in dict(data.get("counts") or {}).items()},
        )
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def list_server_backups(url: str, folder: Path | None = None) -> list[Manifest]:
    """The backups of this server database kept in `folder` (default: its own), newest first."""
    folder = folder or server_backups_dir(url)
    if not folder.is_dir():
        return []
    key = server_database(url)
    found = [read_manifest(dump) for dump in folder.glob("*.dump")]
    mine = [manifest for manifest in found if manifest is not None and manifest.database == key]
    return sorted(mine, key=lambda manifest: (manifest.taken_at, manifest.dump.name), reverse=True)


def newest_manifest(url: str, folder: Path | None = None) -> Manifest | None:
    """The newest backup manifest of the server database at `url` (None: no backup yet)."""
    return next(iter(list_server_backups(url, folder)), None)


def server_database(url: str) -> str:
    """Which server database a backup is of, whoever took it: the URL without user or
    password (a new admin's first `check` is vouched for by a colleague's backup)."""
    parsed = make_url(url)
    # Built anew: URL.set() takes None as "leave as it is", so it cannot drop the user.
    return URL.create(
        parsed.drivername, host=parsed.host, port=parsed.port, database=parsed.database
    ).render_as_string()


def newest_as_anchor(database: Database, _anchored_only: bool) -> Anchor | None:
    """The newest server backup's chain head, as outside evidence for `anchor.recover`.

    Every server backup counts: `backup` reads its head in the dump's own snapshot, and the
    manifest lives on this computer, outside the server's reach.
    """
    found = newest_manifest(database.url)
    if found is None:
        return None
    key = database_key(database.url)
    return Anchor(key, found.audit_count, found.audit_hash, None, found.taken_at, found.taken_at)


def taken_label(manifest: Manifest) -> str:
    """Its time in the user's time zone, e.g. "2026-11-29 08:31"."""
    moment = dt.datetime.fromisoformat(manifest.taken_at.rstrip("Z")).replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
