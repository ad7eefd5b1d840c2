"""The command line: argparse, dispatch, and exit statuses 0 / 1 / 2 without tracebacks."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from pledge_tracker.build_info import read_build_info
from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.system_check import desktop_problem
from pledge_tracker.terminal import SafeArgumentParser, neutralised_output

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = SafeArgumentParser(
        prog="pledge-tracker",
        description="Hold the Christchurch Call's supporters to account. "
        "Without a command, opens the desktop app.",
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {read_build_info().describe()}"
    )
    add_db_option(parser, default=None)
    # The command families (and what they import: Alembic, openpyxl, reportlab) load here,
    # once a command is asked for; opening the window needs none of them (window_wanted).
    from pledge_tracker.commands import COMMAND_MODULES

    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def window_only(argv: Sequence[str]) -> tuple[bool, str | None]:
    """Whether the arguments ask for nothing but the window, and the --db they give (None:
    the default database). A command, --help or anything not understood is not for the
    window alone: the full parser answers it."""
    db: str | None = None
    rest = list(argv)
    while rest:
        word = rest.pop(0)
        if word == "--db" and rest and not rest[0].startswith("-"):
            db = rest.pop(0)
        elif word.startswith("--db=") and len(word) > len("--db="):
            db = word[len("--db=") :]
        else:
            return False, None
    return True, db


def main(argv: Sequence[str] | None = None) -> int:
    with neutralised_output():
        arguments = sys.argv[1:] if argv is None else list(argv)
        alone, db = window_only(arguments)
        if alone:
            return _open_window(db)
        parser = build_parser()
        args = parser.parse_args(arguments)
        if args.command is None:
            return _open_window(args.db)
        return _run(args)


def _open_window(db: str | None) -> int:
    problem = desktop_problem()
    if problem is not None:  # Qt would abort with a core dump instead
        print(f"pledge-tracker: {problem}", file=sys.stderr)
        return EXIT_FAILED
    from pledge_tracker.ui.app import run_app  # the GUI is imported only when opened

    return run_app(db)


def add_db_option(parser: argparse.ArgumentParser, default: object = argparse.SUPPRESS) -> None:
    parser.add_argument(
        "--db",
        default=default,
        help="database file or SQLAlchemy URL (default: the app's own database)",
    )


def _run(args: argparse.Namespace) -> int:
    # A writer that failed half-way (full disk) may complain again when its half-closed file
    # is collected; the user has been told once, the log gets the rest.
    sys.unraisablehook = _log_unraisable
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
    except OverflowError as exc:  # a date or number beyond what the calendar or file holds
        print(f"pledge-tracker: a date or number is out of range ({exc})", file=sys.stderr)
        return EXIT_FAILED
    except UnicodeError as exc:  # e.g. a file name or cell with bytes that are not UTF-8
        what = getattr(exc, "object", b"")
        shown = what.decode("utf-8", "backslashreplace") if isinstance(what, bytes) else what
        print(
            f"pledge-tracker: '{shown[:80]}' is not valid text ({getattr(exc, 'reason', exc)}); "
            "nothing was changed",
            file=sys.stderr,
        )
        return EXIT_FAILED
    except OSError as exc:
        where = exc.filename or "a file"
        print(f"pledge-tracker: {where}: {(exc.strerror or str(exc)).lower()}", file=sys.stderr)
        return EXIT_FAILED
    except Exception:  # a bug: log it whole, tell the user one line
        _report_bug(args.command)
        return EXIT_FAILED


def _log_unraisable(unraisable: sys.UnraisableHookArgs) -> None:
    logging.getLogger("pledge_tracker").debug("ignored while cleaning up: %r", unraisable.exc_value)


def _report_bug(command: str) -> None:
    """Write the traceback to the log; if the log cannot be written, the user still hears why."""
    from pledge_tracker.logs import log_failure, setup_logging

    error = sys.exc_info()[1]
    try:
        path = setup_logging()
        logging.getLogger("pledge_tracker").exception("unexpected error in %s", command)
        failure = log_failure() if path is not None else OSError("it cannot be opened")
    except Exception as exc:
        failure = exc
    if failure is None:
        where = f"details were written to {path}"
    else:
        where = f"the log could not be written ({failure})"
    print(
        f"pledge-tracker: unexpected internal error: {type(error).__name__}: {error}; {where}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    sys.exit(main())
