"""Where a database file lives: network file systems and read-only places, detected early.

SQLite relies on the file system's locks; over SMB/NFS those are broken often enough that
SQLite's own documentation says not to do it, and WAL mode cannot work there at all. We
warn instead of refusing, because a user may have no other place, and show the way out
(a team PostgreSQL server).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath
from urllib.parse import quote

# File system types (as /proc/mounts and macOS `mount` name them) that live on another machine
# or are shared with one: their locking cannot be trusted by SQLite.
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "openafs",
        "coda", "9p", "vboxsf", "virtiofs", "prl_fs", "vmhgfs", "ceph", "glusterfs",
        "lustre", "gpfs", "beegfs", "davfs", "webdav", "afpfs", "sshfs", "ocfs2", "gfs2",
        "fuse.sshfs", "fuse.rclone", "fuse.glusterfs", "fuse.s3fs", "fuse.davfs2",
        "fuse.vmhgfs-fuse", "fuse.gvfsd-fuse", "fuse.afpfs", "fuse.ceph", "fuse.cephfs",
        "fuse.juicefs", "fuse.gcsfuse", "fuse.goofys", "fuse.seaweedfs",
    }
)  # fmt: skip
DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a mapped network drive

_OCTAL = re.compile(r"\\([0-7]{3})")
_MAC_MOUNT = re.compile(r"^(?P<source>.+?) on (?P<point>.+?) \((?P<type>[^,)]+)")


@dataclass(frozen=True)
class Mount:
    point: str
    fstype: str
    options: tuple[str, ...] = ()


def parse_proc_mounts(text: str) -> list[Mount]:
    """The mounts listed in /proc/mounts (octal escapes such as \\040 for a space decoded)."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _OCTAL.sub(lambda m: chr(int(m.group(1), 8)), fields[1])
        options = tuple(fields[3].split(",")) if len(fields) > 3 else ()
        mounts.append(Mount(point, fields[2].lower(), options))
    return mounts


def parse_mac_mount(text: str) -> list[Mount]:
    """The mounts printed by macOS `mount`: "//u@srv/share on /Volumes/share (smbfs, …)"."""
    mounts = []
    for line in text.splitlines():
        match = _MAC_MOUNT.match(line.strip())
        if match:
            mounts.append(Mount(match["point"], match["type"].strip().lower()))
    return mounts


def mount_of(path: str, mounts: list[Mount]) -> Mount | None:
    """The mount holding `path`: the longest mount point that is a prefix of it."""
    best: Mount | None = None
    for mount in mounts:
        point = mount.point.rstrip("/") or "/"
        inside = path == point or path.startswith(point if point == "/" else point + "/")
        if inside and (best is None or len(point) > len(best.point.rstrip("/") or "/")):
            best = mount
    return best


def is_network_type(fstype: str) -> bool:
    fstype = fstype.lower()
    return fstype in NETWORK_FILESYSTEMS or fstype.removeprefix("fuse.") in NETWORK_FILESYSTEMS


def windows_network_kind(path: str, drive_type: Callable[[str], int] | None = None) -> str | None:
    """ "a network share (UNC path)" or "a mapped network drive", or None, for a Windows path."""
    text = path.replace("/", "\\")
    if text.upper().startswith("\\\\?\\UNC\\") or (
        text.startswith("\\\\")
        and not text.startswith("\\\\?\\")
        and not text.startswith("\\\\.\\")
    ):
        return "a network share (UNC path)"
    drive = PureWindowsPath(text).drive
    if len(drive) == 2 and drive[1] == ":":
        get_type = drive_type or _get_drive_type
        try:
            if get_type(drive + "\\") == DRIVE_REMOTE:
                return f"a mapped network drive ({drive})"
        except OSError:
            return None
    return None


def _get_drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def _read_mounts(platform: str) -> list[Mount]:
    try:
        if platform.startswith("linux"):
            return parse_proc_mounts(
                Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
            )
        if platform == "darwin":
            result = subprocess.run(
                ["/sbin/mount"], capture_output=True, text=True, timeout=5, check=False
            )
            return parse_mac_mount(result.stdout)
    except (OSError, subprocess.SubprocessError):
        pass
    return []  # other platforms: nothing known, nothing claimed


def network_filesystem(
    path: Path | str,
    *,
    mounts: list[Mount] | None = None,
    platform: str | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> str | None:
    """What network file system holds `path` ("nfs4", "a mapped network drive"…), or None.

    `mounts`, `platform` and `drive_type` are for tests; by default the running system is asked.
    """
    platform = platform or sys.platform
    if platform.startswith("win"):
        return windows_network_kind(str(path), drive_type)
    text = str(path)
    if not mounts and mounts is not None:
        return None
    resolved = text if mounts is not None else os.path.realpath(text)
    mount = mount_of(resolved, mounts if mounts is not None else _read_mounts(platform))
    if mount is not None and is_network_type(mount.fstype):
        return f"{mount.fstype} (mounted at {mount.point})"
    return None


def network_warning(path: Path | str, **detect: object) -> str | None:
    """The warning to show for a database on a network file system, or None."""
    kind = network_filesystem(path, **detect)  # type: ignore[arg-type]
    if kind is None:
        return None
    return (
        f"This database is on a network file system: {kind}. SQLite is not safe there: "
        "network file locking can fail, and two people using the file at once can damage it "
        "(Pledge Tracker uses SQLite's rollback journal there, never WAL, which lowers the risk "
        "but does not remove it). "
        "Keep the file on this computer's own disk (copy it with 'pledge-tracker backup'), "
        "or, for a team, use a shared PostgreSQL server: "
        "pledge-tracker --db postgresql+psycopg://USER@SERVER/pledge_tracker "
        "(install the 'postgres' extra: pip install 'pledge-tracker[postgres]')."
    )


def cannot_write(path: Path) -> str | None:
    """Why the database at `path` cannot be written (read-only file, folder or disk), or None.

    SQLite needs the folder too: it creates its journal (-wal, -shm) beside the file.
    """
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        return f"the file {path.name} is read-only"
    if _read_only_mount(folder):
        return f"the disk or share holding {folder} is read-only"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"the folder {folder} cannot be written"
    return None


def _read_only_mount(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # Windows has no statvfs
        return False


def needs_immutable(path: Path) -> bool:
    """True when a read-only database can only be read with SQLite's immutable flag.

    A WAL reader needs a -shm file; on read-only media it can neither create nor lock one.
    (Immutable reads ignore a left-over -wal: a file copied with one should be opened
    where it can be written, so that SQLite folds the -wal in first.)
    """
    if _read_only_mount(path.parent):
        return True
    shm = path.with_name(path.name + "-shm")
    return not shm.exists() and not os.access(path.parent, os.W_OK | os.X_OK)


def read_only_uri(path: Path) -> str:
    """A SQLite URI opening `path` read-only (immutable where no -shm can be used)."""
    uri = f"file:{quote(str(path))}?mode=ro"
    return uri + "&immutable=1" if needs_immutable(path) else uri


def read_only_url(path: Path) -> str:
    """The same as a SQLAlchemy URL (which unquotes its path once, hence quoted twice)."""
    uri = f"sqlite:///file:{quote(quote(str(path)))}?mode=ro&uri=true"
    return uri + "&immutable=1" if needs_immutable(path) else uri
