"""wording: load the official text of the commitments from a file and mark it verified."""

from __future__ import annotations

import argparse
from pathlib import Path

from pledge_tracker.commands.common import add_db, open_db
from pledge_tracker.safe_files import check_input


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "wording",
        help="load the commitments' official wording from a CSV/XLSX file and mark it verified",
    )
    add_db(parser)
    parser.add_argument(
        "--from",
        dest="source_file",
        required=True,
        type=Path,
        help="CSV or XLSX with columns code, wording (and optionally wording_fr)",
    )
    parser.add_argument(
        "--source",
        required=True,
        help="the official text compared with, e.g. 'christchurchcall.com, retrieved 2026-11-29'",
    )
    parser.set_defaults(func=cmd_wording)


def cmd_wording(args: argparse.Namespace) -> int:
    from pledge_tracker.services.commitments import load_official_text

    check_input(args.source_file, "from")  # a FIFO or device would hang the reader
    database = open_db(args)
    try:
        with database.write() as tx:
            changed = load_official_text(tx, args.source_file, args.source)
    finally:
        database.dispose()
    codes = ", ".join(c.code for c in changed)
    print(f"verified the wording of {len(changed)} commitments: {codes}")
    return 0
