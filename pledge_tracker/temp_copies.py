"""Temporary copies of attachments for other programs to open, all in one folder per process.

Opening an attachment writes a verified, read-only copy for the desktop to hand to
another program. Every copy lives under one folder named after this process
(`<temp>/pledge-tracker-open-<pid>`), removed when the app shuts down; a folder left by a
process that no longer runs (a crash) is removed at the next start. A folder of another
copy of the app still running is left alone.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

PREFIX = "pledge-tracker-open-"


def root() -> Path:
    """Where the per-process folders live: the system's temporary folder."""
    return Path(tempfile.gettempdir())


def folder() -> Path:
    """This process's folder (not created)."""
    return root() / f"{PREFIX}{os.getpid()}"


def write_copy(filename: str, content: bytes) -> Path:
    """A read-only copy of `content` named like `filename`, in this process's folder.

    Each copy gets its own sub-folder, so two attachments with one name never clash and the
    other program sees the name the user knows.
    """
    safe = re.sub(r"[^\w.\- ]", "_", Path(filename).name).strip() or "attachment"
    own = folder()
    own.mkdir(mode=0o700, exist_ok=True)
    target = Path(tempfile.mkdtemp(dir=own)) / safe
    target.write_bytes(content)
    target.chmod(0o400)
    return target


def remove_own() -> None:
    """Remove this process's folder and every copy in it (at the app's shutdown)."""
    _remove(folder())


def remove_stale() -> list[Path]:
    """Remove the folders of processes that no longer run; returns those removed."""
    removed = []
    for candidate in root().glob(f"{PREFIX}*"):
        pid = candidate.name.removeprefix(PREFIX)
        if not pid.isdigit() or int(pid) == os.getpid() or _running(int(pid)):
            continue
        _remove(candidate)
        removed.append(candidate)
    return removed


def _running(pid: int) -> bool:
    """Whether a process with this id runs (on Windows, assumed so unless it cannot be)."""
    if sys.platform == "win32":
        return _running_on_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _running_on_windows(pid: int) -> bool:
    import ctypes

    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    kernel.CloseHandle(handle)
    return True


def _remove(path: Path) -> None:
    """Remove a folder tree; read-only copies are made writable first (Windows needs it)."""
    if path.is_symlink() or not path.is_dir():  # never follow a planted link elsewhere
        return
    shutil.rmtree(path, onerror=_make_writable_and_retry)


def _make_writable_and_retry(function: Callable[..., Any], name: str, _info: Any) -> None:
    try:
        os.chmod(name, stat.S_IWRITE | stat.S_IREAD | stat.S_IEXEC)
        function(name)
    except OSError:
        pass  # still in use by the other program: the next start removes it
