"""Running the command line as a real process, with its own application-data folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run(*args: str | Path, cwd: Path, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """`python -m pledge_tracker ARGS` in `cwd`, its app data under `cwd/appdata`."""
    env = dict(os.environ, PLEDGE_TRACKER_DATA_DIR=str(cwd / "appdata"))
    return subprocess.run(
        [sys.executable, "-m", "pledge_tracker", *map(str, args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
