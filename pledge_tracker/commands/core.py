"""init, stats, check and backup."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from pledge_tracker.commands.common import add_db, date_arg, db_of, open_db, shown_db
from pledge_tracker.db.backup import backup_file
from pledge_tracker.db.engine import database_url, sqlite_path
from pledge_tracker.domain.errors import IntegrityProblem
from pledge_tracker.services import queries, seed
from pledge_tracker.services.check import run_check


def register(subparsers: argparse._SubParsersAction) -> None:
    init = subparsers.add_parser("init", help="create a database seeded with the Christchurch Call")
    add_db(init)
    init.add_argument("--demo", action="store_true", help="also load public example evidence")
    init.set_defaults(func=cmd_init)

    stats = subparsers.add_parser("stats", help="counts, scores and coverage")
    add_db(stats)
    stats.add_argument("--json", action="store_true", help="print one JSON object")
    stats.add_argument("--as-of", type=date_arg, default=None, help="YYYY-MM-DD (default today)")
    stats.set_defaults(func=cmd_stats)

    check = subparsers.add_parser(
        "check", help="integrity, schema, audit chain, records against the log, attachments"
    )
    add_db(check)
    check.add_argument(
        "--quick",
        action="store_true",
        help="only the chain head, a random sample of records and the anchor (what opening runs)",
    )
    check.set_defaults(func=cmd_check)

    backup = subparsers.add_parser(
        "backup",
        help="a consistent online copy of the database (of a server: a pg_dump file and "
        "its manifest)",
    )
    add_db(backup)
    backup.add_argument(
        "--out",
        type=Path,
        help="the copy to write (required for a file; for a server, default: its folder "
        "in the backups folder)",
    )
    backup.set_defaults(func=cmd_backup, usage_error=backup.error)


def cmd_init(args: argparse.Namespace) -> int:
    database = open_db(args, create=True)
    try:
        if args.demo:
            with database.write() as tx:
                count = seed.load_demo_once(tx)
            print(
                f"loaded {count} demonstration evidence items"
                if count
                else "demonstration data is already loaded",
                file=sys.stderr,
            )
        with database.read() as session:
            counts = queries.record_counts(session)
    finally:
        database.dispose()
    print(
        f"{shown_db(args)}: {counts['commitments']} commitments, "
        f"{counts['stakeholders']} supporters, {counts['evidence']} evidence items, "
        f"{counts['assessments']} assessments"
    )
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    database = open_db(args)
    try:
        with database.read() as session:
            figures = queries.stats(session, args.as_of or dt.date.today())
    finally:
        database.dispose()
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=1))
    else:
        counts = figures["counts"]
        assert isinstance(counts, dict)
        for key, value in counts.items():
            print(f"{key:>15}: {value}")
        print(f"{'score':>15}: {figures['score']}")
        print(f"{'coverage':>15}: {figures['coverage']}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    database = open_db(args, read_only=_is_read_only(args))
    try:
        report = run_check(database, quick=args.quick)
    finally:
        database.dispose()
    if not report.ok:
        raise IntegrityProblem(f"check failed: {report.problem}")
    print("ok: " + ", ".join(report.passed))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    path = sqlite_path(database_url(db_of(args)))
    if path is None:
        return _backup_server(database_url(db_of(args)), args.out)
    if args.out is None:
        args.usage_error("backup of a file needs --out FILE")  # exits 2, with the usage
    database = open_db(args)  # refuses a damaged or foreign file before copying it
    database.dispose()
    target = backup_file(path, args.out)
    print(f"backed up {path} to {target}")
    return 0


def _backup_server(url: str, out: Path | None) -> int:
    from pledge_tracker.services.server_backup import backup_server

    manifest = backup_server(url, out)
    print(f"backed up {manifest.database} to {manifest.dump}")
    print(
        f"manifest {manifest.path}: {manifest.audit_count} audit entries, "
        f"server {manifest.server_version}"
    )
    return 0


def _is_read_only(args: argparse.Namespace) -> bool:
    import os

    path = sqlite_path(database_url(db_of(args)))
    return path is not None and path.exists() and not os.access(path, os.W_OK)
