"""A database on a network file system is recognised, and the warning shows the way out."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledge_tracker.db.storage import (
    network_filesystem,
    network_warning,
    parse_mac_mount,
    parse_proc_mounts,
)

PROC_MOUNTS = r"""
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
tmpfs /tmp tmpfs rw,nosuid 0 0
server:/export/team /mnt/team nfs4 rw,vers=4.2,addr=10.0.0.2 0 0
server:/export/old /mnt/old nfs rw,vers=3 0 0
//fileserver/Policy\040Unit /mnt/Policy\040Unit cifs rw,vers=3.1.1 0 0
//nas/share /media/nas smb3 rw 0 0
//nas/legacy /media/legacy smbfs rw 0 0
user@host:/home/user /home/me/remote fuse.sshfs rw,nosuid 0 0
drive /mnt/gdrive fuse.rclone rw 0 0
hostshare /mnt/host 9p rw,trans=virtio 0 0
vbox /media/sf_shared vboxsf rw 0 0
/dev/sdb1 /mnt/team/local-disk ext4 rw 0 0
/dev/sdc1 /mnt/usb vfat rw 0 0
"""

LINUX_CASES = [
    ("/home/me/pledge.db", None),
    ("/tmp/pledge.db", None),
    ("/mnt/team/pledge.db", "nfs4"),
    ("/mnt/old/sub/dir/pledge.db", "nfs"),
    ("/mnt/Policy Unit/pledge.db", "cifs"),
    ("/media/nas/pledge.db", "smb3"),
    ("/media/legacy/pledge.db", "smbfs"),
    ("/home/me/remote/pledge.db", "fuse.sshfs"),
    ("/mnt/gdrive/pledge.db", "fuse.rclone"),
    ("/mnt/host/pledge.db", "9p"),
    ("/media/sf_shared/pledge.db", "vboxsf"),
    ("/mnt/team/local-disk/pledge.db", None),  # a local disk mounted inside a share
    ("/mnt/teamwork/pledge.db", None),  # a prefix of the name is not the mount
    ("/mnt/usb/pledge.db", None),
]


@pytest.mark.parametrize(("path", "fstype"), LINUX_CASES)
def test_linux_mount_table(path: str, fstype: str | None) -> None:
    found = network_filesystem(path, mounts=parse_proc_mounts(PROC_MOUNTS), platform="linux")
    if fstype is None:
        assert found is None
    else:
        assert found is not None and found.startswith(f"{fstype} ")


def test_octal_escapes_in_mount_points_are_decoded() -> None:
    points = [m.point for m in parse_proc_mounts(PROC_MOUNTS)]
    assert "/mnt/Policy Unit" in points


MAC_MOUNT = """
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)
//aroha@fileserver/Policy on /Volumes/Policy (smbfs, nodev, nosuid, mounted by aroha)
server:/export on /Volumes/export (nfs, asynchronous)
"""


@pytest.mark.parametrize(
    ("path", "fstype"),
    [
        ("/Users/aroha/pledge.db", None),
        ("/Volumes/Policy/pledge.db", "smbfs"),
        ("/Volumes/export/team/pledge.db", "nfs"),
    ],
)
def test_macos_mount_output(path: str, fstype: str | None) -> None:
    found = network_filesystem(path, mounts=parse_mac_mount(MAC_MOUNT), platform="darwin")
    assert (found or "").split(" ")[0] == (fstype or "")


def _drive_types(root: str) -> int:
    return {"Z:\\": 4, "C:\\": 3, "E:\\": 2}.get(root.upper(), 1)  # 4 = DRIVE_REMOTE


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (r"\\fileserver\policy\pledge.db", "a network share (UNC path)"),
        ("//fileserver/policy/pledge.db", "a network share (UNC path)"),
        (r"\\?\UNC\fileserver\policy\pledge.db", "a network share (UNC path)"),
        (r"Z:\Team\pledge.db", "a mapped network drive (Z:)"),
        (r"z:\Team\pledge.db", "a mapped network drive (z:)"),
        (r"C:\Users\aroha\pledge.db", None),
        (r"E:\pledge.db", None),  # a USB stick
        (r"\\?\C:\Users\aroha\pledge.db", None),  # a long local path is not a share
    ],
)
def test_windows_paths(path: str, expected: str | None) -> None:
    assert network_filesystem(path, platform="win32", drive_type=_drive_types) == expected


def test_windows_drive_type_failure_claims_nothing() -> None:
    def broken(_root: str) -> int:
        raise OSError("no such drive")

    assert network_filesystem(r"Q:\pledge.db", platform="win32", drive_type=broken) is None


def test_the_warning_says_why_and_shows_the_postgresql_way() -> None:
    text = network_warning(
        "/mnt/team/pledge.db", mounts=parse_proc_mounts(PROC_MOUNTS), platform="linux"
    )
    assert text is not None
    assert "nfs4" in text and "/mnt/team" in text
    assert "SQLite is not safe there" in text
    assert "--db postgresql+psycopg://" in text
    assert "postgres" in text


def test_no_warning_on_a_local_disk(tmp_path: Path) -> None:
    assert network_warning(tmp_path / "pledge.db") is None  # this machine's real mount table


def test_an_unknown_platform_claims_nothing() -> None:
    assert network_filesystem("/net/share/pledge.db", platform="plan9") is None
