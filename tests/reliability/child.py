"""The crash harness's child: write numbered units through the app and report each commit.

    python -m tests.reliability.child DB --start N     write units N, N+1, … until killed
    python -m tests.reliability.child DB --serve       a fork server (POSIX): for each line
                                                       "run N [DB]" on stdin, fork a writer

Each acknowledgement ("ok N") is written to stdout only after the unit of work's commit has
returned, so every unit the parent saw acknowledged must survive a kill. The fork server
exists for speed: importing the app takes longer than many kills, so it imports once and
forks a fresh writer (a new process, with its own database connections) per kill; the
writer reports its pid ("pid P") so that the parent can SIGKILL exactly that process, and
the server reports "exit STATUS" once the writer is gone. "writing" says the writer has
opened the database and starts its units.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from pledge_tracker.bootstrap import open_app_database
from tests.reliability.harness import ACTOR, find_target, write_unit


def _say(line: str) -> None:
    os.write(1, (line + "\n").encode())  # unbuffered: nothing is held back in the process


def write_until_killed(db: Path, start: int, limit: int) -> None:
    database = open_app_database(db, actor=ACTOR, create=False)
    target = find_target(database)
    _say("writing")  # opened: from here on a kill lands among the units of work
    for n in range(start, start + limit):
        write_unit(database, target, n)
        _say(f"ok {n}")  # after commit returned: the parent may now count on unit n
    database.dispose()


def serve(db: Path, limit: int) -> int:
    """The fork server: one writer per "run N [DB]" line, until stdin closes."""
    sys.stdout.flush()
    _say("ready")
    for line in sys.stdin:
        command = line.split()
        if len(command) not in (2, 3) or command[0] != "run":
            continue
        target = Path(command[2]) if len(command) == 3 else db
        pid = os.fork()
        if pid == 0:  # the writer
            code = 0
            try:
                _say(f"pid {os.getpid()}")
                write_until_killed(target, int(command[1]), limit)
            except BaseException as exc:  # reported, never silent
                _say(f"error {type(exc).__name__}: {exc}".replace("\n", " "))
                code = 1
            os._exit(code)
        _, status = os.waitpid(pid, 0)
        _say(f"exit {status}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.reliability.child")
    parser.add_argument("db", type=Path)
    parser.add_argument("--start", type=int, default=1)
    parser.add_argument("--limit", type=int, default=1_000_000, help="units per writer")
    parser.add_argument("--serve", action="store_true", help="fork server mode (POSIX)")
    parser.add_argument("--go-file", type=Path, help="wait until this file exists, then write")
    args = parser.parse_args(argv)
    if args.serve:
        return serve(args.db, args.limit)
    _say(f"pid {os.getpid()}")
    while args.go_file is not None and not args.go_file.exists():
        time.sleep(0.005)  # lets two writers start at the same moment
    write_until_killed(args.db, args.start, args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
