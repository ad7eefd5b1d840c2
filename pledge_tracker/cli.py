"""The command line: argparse, dispatch, and exit statuses 0 / 1 / 2 without tracebacks."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from pledge_tracker import __version__
from pledge_tracker.commands import COMMAND_MODULES
from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.system_check import desktop_problem

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pledge-tracker",
        description="Hold the Christchurch Call's supporters to account. "
        "Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_db_option(parser, default=None)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def add_db_option(parser: argparse.ArgumentParser, default: object = argparse.SUPPRESS) -> None:
    parser.add_argument(
        "--db",
        default=default,
        help="database file or SQLAlchemy URL (default: the app's own database)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        problem = desktop_problem()
        if problem is not None:  # Qt would abort with a core dump instead
            print(f"pledge-tracker: {problem}", file=sys.stderr)
            return EXIT_FAILED
        from pledge_tracker.ui.app import run_app  # the GUI is imported only when opened

        return run_app(args.db)
    try:
        return int(args.func(args) or EXIT_OK)
    except PledgeError as exc:
        print(f"pledge-tracker: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:  # output piped into `head` and cut short: not an error
        sys.stdout = open(os.devnull, "w")
        return EXIT_OK
    except KeyboardInterrupt:
        print("pledge-tracker: interrupted; nothing half-done was kept.", file=sys.stderr)
        return EXIT_FAILED
    except Exception:  # a bug: log it whole, tell the user one line
        from pledge_tracker.logs import log_path, setup_logging

        setup_logging()
        logging.getLogger("pledge_tracker").exception("unexpected error in %s", args.command)
        print(
            f"pledge-tracker: unexpected internal error; details were written to {log_path()}",
            file=sys.stderr,
        )
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
