"""db grant: team roles on a shared PostgreSQL server, from the command line."""

from __future__ import annotations

import argparse
import sys

from pledge_tracker.commands.common import add_db, db_of, open_db
from pledge_tracker.db.engine import database_url, is_sqlite
from pledge_tracker.db.roles import ROLES
from pledge_tracker.domain.errors import DatabaseError, ValidationError
from pledge_tracker.services.team_roles import check_user_name, grant


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("db", help="manage a shared PostgreSQL database (team roles)")
    commands = parser.add_subparsers(dest="db_command", metavar="DB_COMMAND", required=True)
    granting = commands.add_parser(
        "grant", help="create or update a database user with a team role the server enforces"
    )
    add_db(granting)
    granting.add_argument("--user", required=True, help="the database user (login role)")
    granting.add_argument(
        "--role", required=True, choices=ROLES, help="what the user may do (see README)"
    )
    granting.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the user's password from the first line of standard input",
    )
    granting.add_argument(
        "--cleared",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="whether the user may see restricted evidence and sightings (default: unchanged)",
    )
    granting.set_defaults(func=cmd_grant)


def cmd_grant(args: argparse.Namespace) -> int:
    if is_sqlite(database_url(db_of(args))):  # refused before any file is opened or made
        raise DatabaseError("roles need a PostgreSQL server: give --db postgresql+psycopg://…")
    check_user_name(args.user)
    password = _password(args) if args.password_stdin else None
    database = open_db(args)
    try:
        result = grant(database, args.user, args.role, password=password, cleared=args.cleared)
    finally:
        database.dispose()
    verb = "created" if result.created else "updated"
    clearance = {None: "", True: ", cleared for restricted rows", False: ", not cleared"}
    print(f"{verb} {result.user}: team role {result.role}{clearance[result.cleared]}")
    return 0


def _password(args: argparse.Namespace) -> str:
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise ValidationError("password", "no password on standard input (--password-stdin)")
    return line
