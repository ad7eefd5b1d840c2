"""Every file the app writes goes through here: atomic, fsynced, never over what it must keep.

`atomic_output` yields a temporary name beside the target; when the writer is done, the file
is fsynced, renamed over the target and the folder fsynced, so a target is replaced whole or
not at all. Before anything is written the target is refused if it is, by identity (device
and inode, or the resolved path for a name that does not exist yet), an open database or its
-wal/-journal/-shm, anything in the backups folder, or a file the process is reading as
input. A read-only or full folder ends in one line naming the folder and the cause.
"""

from __future__ import annotations

import errno
import os
import stat
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pledge_tracker.domain.errors import ValidationError

DATABASE_COMPANIONS = ("", "-wal", "-journal", "-shm")
_databases: dict[str, int] = {}  # resolved path -> how many open Database objects use it
_inputs: dict[str, Path] = {}
_CAUSES = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the folder is on a read-only file system",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
}


class OutputRefused(ValidationError):
    """The output file named is one the app must not overwrite, or cannot be written."""


def protect_database(path: Path) -> None:
    """Never write over this database file or its -wal, -journal and -shm companions."""
    key = os.path.realpath(path)
    _databases[key] = _databases.get(key, 0) + 1


def release_database(path: Path) -> None:
    """The database was closed (once for each `protect_database`)."""
    key = os.path.realpath(path)
    if _databases.get(key, 0) > 1:
        _databases[key] -= 1
    else:
        _databases.pop(key, None)


def check_input(path: Path, field: str = "file") -> Path:
    """An input file, refused unless it is a regular file; no output may overwrite it.

    A FIFO, a device or a folder is refused before it is opened (reading one could hang).
    """
    path = Path(path).expanduser()
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        raise ValidationError(field, f"{path} cannot be read ({_cause(exc)})") from None
    if not stat.S_ISREG(mode):
        what = "a folder" if stat.S_ISDIR(mode) else "not a regular file"
        raise ValidationError(field, f"{path} is {what}; give a file")
    _inputs[os.path.realpath(path)] = path
    return path


def refuse_protected(target: Path, *, allow_backups: bool = False) -> Path:
    """`target`, unless writing there would destroy the database, a backup or the input."""
    target = Path(target).expanduser()
    if target.is_dir():
        raise OutputRefused("out", f"{target} is a folder; give a file name")
    for opened in list(_databases):
        for suffix in DATABASE_COMPANIONS:
            if _same_file(target, Path(f"{opened}{suffix}")):
                what = "the open database" if not suffix else f"the open database's {suffix[1:]}"
                raise OutputRefused("out", f"{target} is {what} ({opened}); choose another file")
    for source in _inputs.values():
        if _same_file(target, source):
            raise OutputRefused("out", f"{target} is the input file; choose another file")
    if not allow_backups and _inside(target, backups_root()):
        raise OutputRefused(
            "out", f"{target} is in the backups folder {backups_root()}; choose another folder"
        )
    return target


@contextmanager
def atomic_output(target: Path, *, allow_backups: bool = False) -> Iterator[Path]:
    """A temporary name beside `target` to write; renamed over it when the block succeeds."""
    target = refuse_protected(target, allow_backups=allow_backups)
    folder = target.parent
    if not folder.is_dir():
        raise OutputRefused("out", f"the folder {folder} does not exist")
    # Only a name: the writer creates the file, so it gets the user's usual permissions.
    partial = folder / f".{target.name}.{uuid.uuid4().hex[:12]}.partial"
    try:
        yield partial
        fsync_file(partial)
        refuse_protected(target, allow_backups=allow_backups)  # nothing swapped in meanwhile
        os.replace(partial, target)
        fsync_folder(folder)
    except OSError as exc:
        if not _about_output(exc, partial, target):
            raise
        raise OutputRefused("out", f"{folder} cannot be written: {_cause(exc)}") from None
    finally:
        _remove(partial)


def write_bytes(target: Path, content: bytes, *, allow_backups: bool = False) -> Path:
    """Write `content` to `target` whole or not at all."""
    target = Path(target).expanduser()
    with atomic_output(target, allow_backups=allow_backups) as partial:
        with open(partial, "xb") as handle:
            handle.write(content)
    return target


def write_text(target: Path, content: str, *, allow_backups: bool = False) -> Path:
    """Write `content` as UTF-8 to `target` whole or not at all."""
    return write_bytes(target, content.encode("utf-8"), allow_backups=allow_backups)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (not possible on every platform, e.g. Windows)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems refuse fsync on a folder; the file itself was synced
    finally:
        os.close(descriptor)


def backups_root() -> Path:
    from pledge_tracker.paths import data_dir

    return data_dir() / "backups"


def _same_file(target: Path, other: Path) -> bool:
    """Whether two names are one file: same inode if both exist, else the same place."""
    mine, theirs = _identity(target), _identity(other)
    if mine is not None and theirs is not None:
        return mine == theirs
    if os.path.realpath(target) == os.path.realpath(other):
        return True
    # A name not yet existing, in a folder reached another way (bind mount, hard-linked path).
    return target.name == other.name and _identity(target.parent) == _identity(other.parent)


def _inside(target: Path, folder: Path) -> bool:
    """Whether `target` lies in `folder` (by the folder's identity, then by resolved path)."""
    wanted = _identity(folder)
    if wanted is not None:
        for parent in Path(os.path.realpath(target)).parents:
            if _identity(parent) == wanted:
                return True
    return Path(os.path.realpath(folder)) in Path(os.path.realpath(target)).parents


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except (OSError, ValueError):
        return None
    return found.st_dev, found.st_ino


def _about_output(exc: OSError, partial: Path, target: Path) -> bool:
    named = {str(partial), str(target)}
    return exc.filename in named or exc.filename2 in named or exc.errno in _CAUSES


def _cause(exc: OSError) -> str:
    return _CAUSES.get(exc.errno or 0) or (exc.strerror or type(exc).__name__).lower()


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass  # e.g. a read-only folder, where it was never created
