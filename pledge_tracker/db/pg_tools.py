"""PostgreSQL's own client programs (pg_dump, pg_restore): found, and run on a URL.

The password never appears on a command line (where `ps` would show it): the programs get
the URL without it and the password in PGPASSWORD. A program that is missing or fails ends
in one line saying which and why.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from pledge_tracker.domain.errors import DatabaseError

INSTALL_ROOT = Path("/usr/lib/postgresql")  # Debian and Ubuntu: one folder per version
_VERSION = re.compile(r"(\d+)")
TIMEOUT_SECONDS = 6 * 3600  # a very large server; a hung program is not waited for forever


def find_tool(name: str, server_major: int | None = None) -> Path:
    """The program `name`: the server's own major version first (pg_dump must not be older
    than the server), then the one on PATH, then the newest installed."""
    installed = sorted(INSTALL_ROOT.glob(f"*/bin/{name}"), key=_major_of, reverse=True)
    matching = [path for path in installed if _major_of(path) == server_major]
    on_path = shutil.which(name)
    for candidate in (*matching, *([Path(on_path)] if on_path else []), *installed):
        if os.access(candidate, os.X_OK):
            return candidate
    raise DatabaseError(
        f"{name} was not found (looked on PATH and in {INSTALL_ROOT}/*/bin). Install PostgreSQL's "
        "client programs (e.g. 'apt install postgresql-client'), then try again."
    )


def libpq_target(url: str) -> tuple[str, dict[str, str]]:
    """The URL as PostgreSQL's programs read it (no driver name, no password) and the
    environment that carries the password."""
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    plain = URL.create(
        "postgresql",
        username=parsed.username,
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
        query=parsed.query,
    )
    return plain.render_as_string(hide_password=False), env


def run_tool(tool: Path, arguments: list[str], env: dict[str, str], what: str) -> None:
    """Run a client program; its first error line becomes the message if it fails."""
    try:
        result = subprocess.run(
            [str(tool), *arguments],
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise DatabaseError(f"{what} failed: {tool.name} could not be run ({exc})") from None
    if result.returncode != 0:
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        first = next((line for line in lines if "error" in line.lower()), lines[0] if lines else "")
        raise DatabaseError(f"{what} failed: {first.strip()[:300] or f'exit {result.returncode}'}")


def server_major(version: str) -> int | None:
    """16 for "16.4 (Debian 16.4-1)"."""
    match = _VERSION.match(version.strip())
    return int(match.group(1)) if match else None


def _major_of(path: Path) -> int:
    try:
        return int(path.parent.parent.name)
    except ValueError:
        return 0
