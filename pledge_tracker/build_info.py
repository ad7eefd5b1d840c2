"""Which build is running: the version and, in a packaged app, the date and commit built from.

`make dist` (packaging/pledge-tracker.spec) writes build_info.json beside this module inside
the bundle; the file is generated at each build and never committed, so a checkout or a
pip install has none and calls itself a "development build".
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from pledge_tracker import __version__

BUILD_FILE = Path(__file__).with_name("build_info.json")


@dataclass(frozen=True)
class BuildInfo:
    """The version, and for a packaged build the day it was built and its git commit."""

    version: str
    built: dt.date | None = None  # None: a development build (a checkout or pip install)
    commit: str | None = None

    @property
    def is_development(self) -> bool:
        return self.built is None

    def describe(self) -> str:
        """One line for `--version` and the log: "0.1.0 (built 2026-12-01, commit 1a2b3c)"."""
        if self.built is None:
            return f"{self.version} (development build)"
        commit = f", commit {self.commit}" if self.commit else ""
        return f"{self.version} (built {self.built.isoformat()}{commit})"


def build_record(built: dt.date, commit: str | None) -> dict[str, str | None]:
    """What the build writes to build_info.json (the version is the package's own)."""
    return {"version": __version__, "built": built.isoformat(), "commit": commit}


def read_build_info(path: Path | None = None) -> BuildInfo:
    """The running build (`path`: BUILD_FILE); without a readable build file, a development
    build."""
    try:
        data = json.loads((path or BUILD_FILE).read_text("utf-8"))
        built = dt.date.fromisoformat(str(data["built"]))
    except (OSError, ValueError, KeyError, TypeError):
        return BuildInfo(__version__)
    commit = data.get("commit")
    return BuildInfo(
        str(data.get("version") or __version__), built, str(commit) if commit else None
    )
