"""restore, backups and anchor: the rotating backups and the audit anchor from the command line."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from pledge_tracker.commands.common import add_db, db_of, open_db
from pledge_tracker.db import anchor
from pledge_tracker.db.backup import list_backups
from pledge_tracker.db.engine import database_url, sqlite_path
from pledge_tracker.services.restore import restore


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "restore", help="restore a backup (the current file is kept aside first)"
    )
    add_db(parser)
    parser.add_argument(
        "--from", dest="source", required=True, type=Path, help="the backup file to restore"
    )
    parser.set_defaults(func=cmd_restore)

    parser = subparsers.add_parser("backups", help="list the rotating backups of a database")
    add_db(parser)
    parser.add_argument("--json", action="store_true", help="print a JSON list")
    parser.set_defaults(func=cmd_backups)

    parser = subparsers.add_parser(
        "anchor", help="show (or confirm) the audit chain head kept outside the database"
    )
    add_db(parser)
    parser.add_argument(
        "--confirm",
        "--reset",
        dest="confirm",
        action="store_true",
        help="accept the database's current audit log and anchor it (an audited step: after "
        "the anchor file was lost, or the database file replaced on purpose)",
    )
    parser.set_defaults(func=cmd_anchor)


def cmd_restore(args: argparse.Namespace) -> int:
    url = database_url(db_of(args))
    if sqlite_path(url) is None:
        return _restore_server(url, args.source)
    result = restore(db_of(args), args.source)
    taken = f" (taken {result.taken})" if result.taken else ""
    print(f"restored {result.database} from {result.restored_from}{taken}")
    print(f"audit log: {result.audit_entries} entries, verified")
    if result.kept_aside is not None:
        print(f"the previous file was kept as {result.kept_aside}")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    path = sqlite_path(database_url(db_of(args)))
    if path is None:
        return _server_backups(database_url(db_of(args)), as_json=args.json)
    backups = list_backups(path)
    if args.json:
        rows = [
            {
                "path": str(b.path),
                "taken_at": b.taken_at.isoformat() + "Z",
                "reason": b.reason,
                "size": b.size,
                "source": b.source,
                "audit_entries": b.audit_count,
            }
            for b in backups
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    if not backups:
        print(f"no backups of {path} yet")
        return 0
    for b in backups:
        entries = "?" if b.audit_count is None else str(b.audit_count)
        other = "" if b.source in (None, str(path.resolve())) else f"  (of {b.source})"
        print(
            f"{b.label}  {b.reason:<11} {_size(b.size):>9}  {entries:>6} audit entries  "
            f"{b.path}{other}"
        )
    return 0


def _restore_server(url: str, source: Path) -> int:
    from pledge_tracker.services.server_restore import restore_server

    result = restore_server(url, source)
    print(f"restored {result.database} from {result.restored_from} (taken {result.taken})")
    print(f"audit log: {result.audit_entries} entries, verified against the manifest")
    return 0


def _server_backups(url: str, *, as_json: bool) -> int:
    """A server's pg_dump backups kept in its default folder, newest first."""
    from pledge_tracker.services.server_backup import (
        list_server_backups,
        server_backups_dir,
        taken_label,
    )

    found = list_server_backups(url)
    if as_json:
        rows = [
            {
                "path": str(m.dump),
                "taken_at": m.taken_at,
                "size": m.size,
                "server_version": m.server_version,
                "audit_entries": m.audit_count,
            }
            for m in found
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    if not found:
        print(f"no backups of {anchor.database_key(url)} yet in {server_backups_dir(url)}")
        return 0
    for m in found:
        print(f"{taken_label(m)}  {_size(m.size):>9}  {m.audit_count:>6} audit entries  {m.dump}")
    return 0


def cmd_anchor(args: argparse.Namespace) -> int:
    database = open_db(args)
    try:
        if args.confirm:
            confirmed = anchor.confirm(database, "confirmed from the command line")
            print(
                f"anchor confirmed (audited): {confirmed.count} entries, "
                f"head {confirmed.hash[:16]}…"
            )
            return 0
        current = anchor.load(database.url)
        problem = anchor.verify(database)
        if current is None:
            print(f"MISSING: {problem}" if problem else "no anchor is kept: the log is empty")
        else:
            print(
                f"anchor: {current.count} entries, head {current.hash[:16]}…, "
                f"updated {current.updated} UTC, history since {current.since} UTC"
            )
            print("the database matches it" if problem is None else f"MISMATCH: {problem}")
        return 0 if problem is None else 1
    finally:
        database.dispose()


def _size(size: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size} B"
