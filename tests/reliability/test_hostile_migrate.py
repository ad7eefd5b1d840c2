"""Hostile inputs to `migrate` and the server restore: refused in one line, nothing changed.

A target file holding any bytes at all is not overwritten; a source whose records were
changed behind the app's back does not arrive as a trusted copy (the copy is removed); a
server dump whose manifest is any text but the one written with it is not restored.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pledge_tracker.cli import main
from tests.reliability import tally
from tests.reliability.files import raw_sql

UNREACHABLE = "postgresql+psycopg://nobody:secret@127.0.0.1:9/none"
FAST = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
SLOW = settings(
    max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def one_line_refusal(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert code == 1, out + err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    return err


@FAST
@given(content=st.binary(min_size=1, max_size=4096))
def test_a_target_file_holding_anything_is_not_overwritten(
    content: bytes, demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "target.db"
    target.write_bytes(content)

    one_line_refusal(capsys, "migrate", "--from", str(demo_db_path), "--to", str(target))

    assert target.read_bytes() == content
    tally.refused("migrate into a file holding bytes")


@SLOW
@given(
    row=st.integers(min_value=1, max_value=27),
    body=st.text(min_size=1, max_size=40).filter(lambda text: "\x00" not in text),
)
def test_a_source_changed_behind_the_apps_back_does_not_arrive(
    row: int,
    body: str,
    demo_db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A membership's body changed with sqlite3 (its audit entry untouched): the copy fails
    its check on arrival and is removed; the source is left as it was."""
    source = tmp_path / "source.db"
    shutil.copy(demo_db_path, source)
    raw_sql(
        source,
        f"UPDATE memberships SET body = body || '{body.replace(chr(39), '')}!' WHERE id = {row}",
    )
    before = source.read_bytes()
    target = tmp_path / "copy.db"

    err = one_line_refusal(capsys, "migrate", "--from", str(source), "--to", str(target))

    assert "failed its check" in err and "was removed" in err
    assert not target.exists()
    assert source.read_bytes() == before
    tally.refused("migrate of a source changed behind the app's back")


@FAST
@given(
    manifest=st.one_of(
        st.text(max_size=300),
        st.dictionaries(st.sampled_from(["audit", "sha256", "counts", "database"]), st.text()),
        st.lists(st.integers(), max_size=5),
    )
)
def test_a_server_dump_with_any_other_manifest_is_refused(
    manifest: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = tmp_path / "server.dump"
    dump.write_bytes(b"PGDMP\x01\x0e\x00")
    text = manifest if isinstance(manifest, str) else json.dumps(manifest)
    (tmp_path / "server.dump.json").write_text(text, encoding="utf-8")

    err = one_line_refusal(capsys, "restore", "--db", UNREACHABLE, "--from", str(dump))

    assert "manifest" in err
    assert dump.read_bytes() == b"PGDMP\x01\x0e\x00"
    tally.refused("server restore with a foreign manifest")


@pytest.fixture(params=[300, 800], ids=["schema-does-not-fit", "records-do-not-fit"])
def small_disk(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Path]:
    """A small tmpfs: less room than the demonstration database (1.2 MB) needs."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    disk = tmp_path / "disk"
    disk.mkdir()
    mount = ["mount", "-t", "tmpfs", "-o", f"size={request.param}k", "tmpfs", str(disk)]
    if subprocess.run(mount, capture_output=True, check=False).returncode != 0:
        pytest.skip("this machine does not allow mounting a tmpfs")
    try:
        yield disk
    finally:
        subprocess.run(["umount", str(disk)], capture_output=True, check=False)


def test_a_copy_onto_a_full_disk_is_refused_and_leaves_nothing(
    demo_db_path: Path, small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = demo_db_path.read_bytes()

    err = one_line_refusal(
        capsys, "migrate", "--from", str(demo_db_path), "--to", str(small_disk / "copy.db")
    )

    assert "full" in err and "was removed" in err
    assert list(small_disk.iterdir()) == []
    assert demo_db_path.read_bytes() == before
    tally.refused("migrate onto a full disk")
