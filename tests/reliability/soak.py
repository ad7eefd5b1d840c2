"""The crash soak: kill a writing child with SIGKILL at random moments and check every time.

    python -m tests.reliability.soak --kills 1000        (what `make reliability` runs)

After every kill the database must pass integrity_check and foreign_key_check, the app's
`check` (audit chain and its outside anchor included), hold every unit the child reported
as committed, and hold no half unit. A fresh database is started every --per-db kills so
that the checks stay quick. Prints kills done, databases checked, writes verified, failures.
"""

from __future__ import annotations

import argparse
import os
import random
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.reliability.harness import verify

REPO = Path(__file__).resolve().parents[2]
READ_TIMEOUT = 60.0


@dataclass
class Figures:
    kills: int = 0
    checks: int = 0
    databases: int = 0
    writes_verified: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        return "\n".join(
            [
                f"kills done:        {self.kills}",
                f"databases checked: {self.checks} (after every kill; "
                f"{self.databases} database files)",
                f"writes verified:   {self.writes_verified} acknowledged units found whole",
                f"failures:          {len(self.failures)}",
                f"time:              {self.seconds:.1f} s",
            ]
        )


class ForkServer:
    """The child process (python -m tests.reliability.child --serve) and its pipe."""

    def __init__(self, db: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.child", str(db), "--serve"],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self.fd = self.process.stdout.fileno()
        self.pending = b""
        self.selector = selectors.DefaultSelector()
        self.selector.register(self.fd, selectors.EVENT_READ)
        if self.readline() != "ready":
            raise RuntimeError("the harness child did not start")

    def readline(self) -> str:
        """The next line, read straight from the pipe: a buffered reader could hold lines
        back where select() cannot see them."""
        while b"\n" not in self.pending:
            if not self.selector.select(READ_TIMEOUT):
                raise TimeoutError("the harness child said nothing for a minute")
            chunk = os.read(self.fd, 65536)
            if not chunk:
                raise RuntimeError("the harness child ended unexpectedly")
            self.pending += chunk
        line, self.pending = self.pending.split(b"\n", 1)
        return line.decode().strip()

    def run_and_kill(
        self, db: Path, start: int, delay: float, *, while_opening: bool = False
    ) -> tuple[set[int], list[str], bool]:
        """Start a writer at unit `start` and SIGKILL it `delay` s after it began writing
        (or, `while_opening`, after it started); returns what it acknowledged."""
        assert self.process.stdin is not None
        self.process.stdin.write(f"run {start} {db}\n")
        self.process.stdin.flush()
        acked: set[int] = set()
        errors: list[str] = []
        first = self.readline()
        if not first.startswith("pid "):
            raise RuntimeError(f"unexpected answer from the harness child: {first}")
        if not while_opening:  # wait until it writes, so the load on the machine matters less
            line = self.readline()
            if line.startswith("error "):
                errors.append(line)
            elif line != "writing":
                raise RuntimeError(f"unexpected answer from the harness child: {line}")
        time.sleep(delay)
        try:
            os.kill(int(first.split()[1]), signal.SIGKILL)
        except ProcessLookupError:
            pass  # it had already finished (or failed): its lines say which
        while True:
            line = self.readline()
            if line.startswith("ok "):
                acked.add(int(line.split()[1]))
            elif line.startswith("error "):
                errors.append(line)
            elif line.startswith("exit "):
                status = int(line.split()[1])
                killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
                return acked, errors, killed

    def close(self) -> None:
        assert self.process.stdin is not None
        try:
            self.process.stdin.close()
        except OSError:
            pass  # it is gone already
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def make_template(folder: Path) -> Path:
    """A seeded database to copy for each round (seeding takes longer than many kills)."""
    from pledge_tracker.bootstrap import open_app_database

    template = folder / "template.db"
    open_app_database(template, actor="crash soak").dispose()
    return template


def soak(
    kills: int,
    workdir: Path,
    *,
    per_db: int = 25,
    max_delay: float = 0.25,
    seed: int | None = None,
    progress: Callable[[Figures], None] | None = None,
) -> Figures:
    """Run `kills` kill-and-check rounds in `workdir`; the figures (failures listed)."""
    rng = random.Random(seed)
    figures = Figures()
    started = time.monotonic()
    template = make_template(workdir)
    server: ForkServer | None = None
    try:
        rounds = 0
        while figures.kills < kills and rounds < 2 * kills + 10:  # a writer may fail, not hang
            db = workdir / f"soak-{figures.databases + 1:04d}.db"
            shutil.copy(template, db)
            figures.databases += 1
            server = server or ForkServer(db)
            acknowledged: set[int] = set()
            next_unit = 1
            for _ in range(min(per_db, kills - figures.kills)):
                rounds += 1
                opening = rng.random() < 0.2  # one kill in five lands while it opens
                try:
                    acked, errors, killed = server.run_and_kill(
                        db, next_unit, rng.uniform(0, max_delay / (4 if opening else 1)),
                        while_opening=opening,
                    )  # fmt: skip
                except (TimeoutError, RuntimeError) as exc:  # the harness itself: say so, go on
                    figures.failures.append(f"{db.name}: harness child failed: {exc}")
                    server.close()
                    server = None
                    break
                figures.kills += killed
                figures.failures += [f"{db.name}: writer failed: {e}" for e in errors]
                acknowledged |= acked
                verdict = verify(db, acknowledged)
                figures.checks += 1
                figures.writes_verified += len(acked & verdict.units)
                figures.failures += [f"{db.name} after kill {figures.kills}: {p}" for p in
                                     verdict.problems]  # fmt: skip
                next_unit = max(verdict.units | acknowledged, default=0) + 1
                if not killed and not errors and not acked:
                    figures.failures.append(f"{db.name}: the writer neither wrote nor was killed")
            if progress is not None:
                progress(figures)
    finally:
        if server is not None:
            server.close()
        figures.seconds = time.monotonic() - started
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.reliability.soak")
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--per-db", type=int, default=25, help="kills before a fresh database")
    parser.add_argument("--max-delay", type=float, default=0.25, help="seconds before a kill")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    workdir = Path(tempfile.mkdtemp(prefix="pledge-soak-"))
    os.environ["PLEDGE_TRACKER_DATA_DIR"] = str(workdir / "appdata")  # the child inherits it
    print(f"crash soak: {args.kills} kills, seed {seed}, in {workdir}", flush=True)

    def progress(figures: Figures) -> None:
        print(
            f"  {figures.kills} kills, {figures.writes_verified} writes verified, "
            f"{len(figures.failures)} failures, {time.monotonic() - t0:.0f} s",
            flush=True,
        )

    t0 = time.monotonic()
    try:
        figures = soak(
            args.kills, workdir, per_db=args.per_db, max_delay=args.max_delay, seed=seed,
            progress=progress,
        )  # fmt: skip
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    print(figures.summary())
    for failure in figures.failures[:50]:
        print(f"FAILURE: {failure}")
    return 1 if figures.failures else 0


if __name__ == "__main__":
    sys.exit(main())
