"""migrate: the whole database copied between SQLite and PostgreSQL, verified on arrival."""

from __future__ import annotations

import argparse
import sys
import time

from pledge_tracker.services.migrate_copy import migrate

BIG_COPY = 20_000  # rows: beyond this, progress is shown on stderr
_EVERY_SECONDS = 1.0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "migrate",
        help="copy a whole database into an empty one (SQLite file ⇄ PostgreSQL server), "
        "then verify counts, figures and the audit chain there",
    )
    parser.add_argument(
        "--from", dest="source", required=True, help="the database to copy: a file or a URL"
    )
    parser.add_argument(
        "--to",
        dest="target",
        required=True,
        help="an empty database: a new file, or a postgresql+psycopg:// URL",
    )
    parser.set_defaults(func=cmd_migrate)


def cmd_migrate(args: argparse.Namespace) -> int:
    result = migrate(args.source, args.target, progress=_Progress())
    print(f"copied {result.rows} rows from {result.source} to {result.target}")
    print(f"verified: {', '.join(result.passed)}; audit log: {result.audit_entries} entries")
    return 0


class _Progress:
    """Rows copied so far, on stderr, for a big copy (at most once a second)."""

    def __init__(self) -> None:
        self.shown_at = 0.0

    def __call__(self, table: str, done: int, total: int) -> None:
        now = time.monotonic()
        if total < BIG_COPY or (now - self.shown_at < _EVERY_SECONDS and done < total):
            return
        self.shown_at = now
        print(f"pledge-tracker: copied {done} of {total} rows ({table})", file=sys.stderr)
