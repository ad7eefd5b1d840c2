"""Hostile output paths and inputs: nothing the app writes may land on what it must keep.

The command line runs as a real process. `--out` naming the open database (directly, through
a symlink, a hard link or a `..` detour), its WAL, a backup or the input is refused with one
line and the database's bytes are unchanged; a read-only or full output folder is named with
its cause and leaves no partial file; a FIFO input is refused at once, not read forever.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db.backup import take_backup
from pledge_tracker.safe_files import OutputRefused, atomic_output, check_input, write_bytes
from tests.cli_process import run
from tests.reliability import tally
from tests.reliability.files import sha256

COMMANDS = {
    "export-csv": ("export", "--format", "csv"),
    "export-xlsx": ("export", "--format", "xlsx"),
    "package": ("export", "--format", "json"),
    "report": ("report", "scorecard"),
    "chart": ("chart", "heatmap"),
    "backup": ("backup",),
}


@pytest.fixture
def work(db_path: Path) -> Path:
    """A folder holding the database, where the command line runs (its app data inside)."""
    return db_path.parent


def _alias(kind: str, db: Path, work: Path) -> str:
    """Another name for the database (or a file beside it that must be kept)."""
    if kind == "same":
        return str(db)
    if kind == "symlink":
        (work / "link.csv").symlink_to(db)
        return str(work / "link.csv")
    if kind == "hardlink":
        os.link(db, work / "hard.csv")
        return str(work / "hard.csv")
    if kind == "dotdot":
        (work / "sub").mkdir()
        return f"./sub/../{db.name}"  # relative to the process's folder
    if kind == "wal":
        return f"{db}-wal"
    if kind == "dangling-symlink-to-journal":
        (work / "journal.csv").symlink_to(f"{db}-journal")
        return str(work / "journal.csv")
    raise AssertionError(kind)


def _refused(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert all(word in lines[0] for word in words), lines[0]


SUFFIX = {"chart": ".png", "report": ".pdf", "export-xlsx": ".xlsx", "package": ".zip"}


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_writer_refuses_the_open_database(command: str, db_path: Path, work: Path) -> None:
    target = db_path
    if command in ("chart",):  # it wants a .png name first: give the database one
        target = work / "call.png"
        target.symlink_to(db_path)
    before = sha256(db_path)
    result = run(*COMMANDS[command], "--db", db_path, "--out", target, cwd=work)
    _refused(result, "open database")
    assert sha256(db_path) == before
    tally.refused(f"out-is-database-{command}")


@pytest.mark.parametrize(
    "kind", ["symlink", "hardlink", "dotdot", "wal", "dangling-symlink-to-journal"]
)
@pytest.mark.parametrize("command", ["export-csv", "report"])
def test_other_names_of_the_database_are_refused(
    kind: str, command: str, db_path: Path, work: Path
) -> None:
    target = _alias(kind, db_path, work)
    before = sha256(db_path)
    result = run(*COMMANDS[command], "--db", db_path, "--out", target, cwd=work)
    _refused(result, "open database")
    assert sha256(db_path) == before
    tally.refused(f"out-alias-{kind}-{command}")


@pytest.mark.parametrize("command", ["export-csv", "package", "chart"])
def test_a_backup_is_never_overwritten(
    command: str, db_path: Path, work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLEDGE_TRACKER_DATA_DIR", str(work / "appdata"))  # the process's own
    backup = take_backup(db_path).path
    target = backup.with_name(backup.stem + SUFFIX.get(command, ".csv"))
    target.write_bytes(b"another file in the backups folder")
    before = sha256(backup), sha256(target)
    result = run(*COMMANDS[command], "--db", db_path, "--out", target, cwd=work)
    _refused(result, "backups folder")
    assert (sha256(backup), sha256(target)) == before
    tally.refused(f"out-is-backup-{command}")


_STEPS = st.lists(
    st.sampled_from(["dot", "detour", "dirlink", "filelink", "hardlink", "double-slash"]),
    min_size=1,
    max_size=4,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=_STEPS, suffix=st.sampled_from(["", "-wal", "-journal", "-shm"]))
def test_generated_aliases_of_the_database_are_refused(
    steps: list[str], suffix: str, db_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Any chain of ./, x/.., folder symlinks, file links: the same file is refused."""
    database = open_app_database(db_path)
    try:
        before = sha256(db_path)
        target = _build_alias(db_path, suffix, steps, tmp_path_factory.mktemp("alias"))
        with pytest.raises(OutputRefused, match="open database"):
            write_bytes(target, b"not a database")
        assert sha256(db_path) == before
    finally:
        database.dispose()
    tally.refused("out-generated-alias")


def _build_alias(db: Path, suffix: str, steps: list[str], scratch: Path) -> Path:
    folder, name = str(db.parent), db.name + suffix
    for number, step in enumerate(steps):
        if step == "dot":
            folder = f"{folder}/."
        elif step == "detour":
            Path(folder, f"d{number}").mkdir(exist_ok=True)
            folder = f"{folder}/d{number}/.."
        elif step == "double-slash":
            folder = f"{folder}//"
        elif step == "dirlink":
            link = scratch / f"dir{number}"
            link.symlink_to(os.path.realpath(folder), target_is_directory=True)
            folder = str(link)
        elif step == "filelink":
            link = scratch / f"file{number}"
            link.symlink_to(Path(folder, name))
            folder, name = str(scratch), link.name
        elif step == "hardlink" and Path(folder, name).exists():
            link = scratch / f"hard{number}"
            os.link(Path(folder, name), link)
            folder, name = str(scratch), link.name
    return Path(folder) / name


def test_the_input_file_is_never_overwritten(tmp_path: Path) -> None:
    source = tmp_path / "input.csv"
    source.write_text("title\nA fact\n", encoding="utf-8")
    check_input(source)
    (tmp_path / "again.csv").symlink_to(source)
    for target in (source, tmp_path / "again.csv", tmp_path / "." / "input.csv"):
        with pytest.raises(OutputRefused, match="input file"):
            write_bytes(target, b"x")
    assert source.read_text(encoding="utf-8") == "title\nA fact\n"
    tally.refused("out-is-input")


# --- inputs that are not files ---------------------------------------------------------------


@pytest.mark.parametrize("kind", ["fifo", "folder", "device"])
def test_input_that_is_not_a_regular_file_is_refused_at_once(
    kind: str, db_path: Path, work: Path
) -> None:
    if kind == "fifo":
        source = work / "pipe.csv"
        os.mkfifo(source)
    elif kind == "folder":
        source = work / "folder.csv"
        source.mkdir()
    else:
        source = work / "zero.csv"
        source.symlink_to("/dev/zero")
    started = time.monotonic()
    with pytest.raises(Exception) as refused:
        check_input(source)
    assert time.monotonic() - started < 1, "refusing the input must not wait for it"
    assert str(source) in str(refused.value)
    before = sha256(db_path)
    result = run("import", "--db", db_path, source, cwd=work, timeout=60)
    _refused(result, str(source))
    assert sha256(db_path) == before
    tally.refused(f"input-{kind}")


# --- read-only and full output folders -------------------------------------------------------


def _mount(*commands: list[str]) -> None:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a read-only or tiny file system needs root")
    for command in commands:
        if subprocess.run(command, capture_output=True, check=False).returncode != 0:
            pytest.skip(f"this machine does not allow '{' '.join(command[:3])}'")


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    source, mount = tmp_path / "ro-src", tmp_path / "ro"
    source.mkdir()
    mount.mkdir()
    (source / "old.csv").write_text("kept\n", encoding="utf-8")
    _mount(
        ["mount", "--bind", str(source), str(mount)],
        ["mount", "-o", "remount,bind,ro", str(mount)],
    )
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True, check=False)


@pytest.fixture
def full_folder(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "full"
    mount.mkdir()
    _mount(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)])
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True, check=False)


@pytest.mark.parametrize("command", ["export-csv", "package", "report", "chart", "backup"])
def test_a_read_only_output_folder_is_named_with_its_cause(
    command: str, db_path: Path, work: Path, read_only_folder: Path
) -> None:
    target = read_only_folder / f"new{SUFFIX.get(command, '.csv')}"
    result = run(*COMMANDS[command], "--db", db_path, "--out", target, cwd=work)
    _refused(result, str(read_only_folder), "read-only")
    assert sorted(p.name for p in read_only_folder.iterdir()) == ["old.csv"]
    tally.refused(f"out-read-only-{command}")


@pytest.mark.parametrize("command", ["export-xlsx", "package", "report", "backup"])
def test_a_full_output_folder_is_named_with_its_cause(
    command: str, demo_db_path: Path, full_folder: Path
) -> None:
    target = full_folder / f"out{SUFFIX.get(command, '.db')}"
    target.write_bytes(b"kept")
    result = run(*COMMANDS[command], "--db", demo_db_path, "--out", target, cwd=demo_db_path.parent)
    _refused(result, str(full_folder), "full")
    assert sorted(p.name for p in full_folder.iterdir()) == [target.name]
    assert target.read_bytes() == b"kept"
    tally.refused(f"out-full-{command}")


def test_a_failed_write_leaves_no_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    with pytest.raises(RuntimeError):
        with atomic_output(target) as partial:
            partial.write_bytes(b"half")
            raise RuntimeError("the writer failed half-way")
    assert list(tmp_path.iterdir()) == []
