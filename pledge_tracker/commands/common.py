"""What every sub-command shares: the --db option, dates, opening the database."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db.engine import sqlite_path, without_password
from pledge_tracker.db.storage import network_warning
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dates import parse_date
from pledge_tracker.paths import default_database

EARLIEST_ARG, LATEST_ARG = dt.date(1900, 1, 1), dt.date(2999, 12, 31)


def add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        help="database file or SQLAlchemy URL (default: the app's own database)",
    )


def db_of(args: argparse.Namespace) -> str:
    return getattr(args, "db", None) or str(default_database())


def shown_db(args: argparse.Namespace) -> str:
    """The database as printed for a user: a server's URL never shows its password."""
    return without_password(db_of(args))


def open_db(args: argparse.Namespace, *, create: bool = False, read_only: bool = False) -> Database:
    """The database named by --db, which must exist unless `create`.

    A database on a network file system opens, with the warning on stderr.
    """
    database = open_app_database(db_of(args), create=create, read_only=read_only)
    path = sqlite_path(database.url)
    warning = network_warning(path) if path is not None else None
    if warning:
        print(f"pledge-tracker: warning: {warning}", file=sys.stderr)
    return database


def date_arg(text: str) -> dt.date:
    """argparse type for YYYY-MM-DD (a usage error, exit 2, otherwise)."""
    try:
        value = parse_date(text, "date")
    except Exception as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    assert value is not None
    if not EARLIEST_ARG <= value <= LATEST_ARG:  # the reports count days and quarters around it
        raise argparse.ArgumentTypeError(
            f"{text} is out of range; give a date from {EARLIEST_ARG} to {LATEST_ARG}"
        )
    return value
