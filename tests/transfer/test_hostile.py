"""Hostile archives: each refused with a clear message, nothing written anywhere."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.services.transfer import archive, import_file
from tests.transfer.conftest import Entries, state


def build(path: Path, entries: Entries, *, manifest: bool = True, **infos: zipfile.ZipInfo) -> Path:
    """A package of `entries`, its manifest rewritten to list them with their true hashes."""
    entries = dict(entries)
    if manifest and "manifest.json" in entries:
        doc = json.loads(entries["manifest.json"])
        doc["files"] = {
            n: hashlib.sha256(d).hexdigest() for n, d in entries.items() if n != "manifest.json"
        }
        entries["manifest.json"] = json.dumps(doc).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zipped:
        for name, data in entries.items():
            zipped.writestr(infos.get(name, name), data)
    return path


def _tree(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def _with(name: str, data: bytes = b"evil") -> Callable[[Entries], Entries]:
    return lambda entries: {**entries, name: data}


def _symlink(entries: Entries) -> Entries:
    return entries  # the link itself is added through a ZipInfo below


CASES: dict[str, tuple[Callable[[Entries], Entries], str]] = {
    "dot-dot": (_with("../../evil.txt"), "climbs out of the folder"),
    "nested dot-dot": (_with("attachments/../../evil.txt"), "climbs out of the folder"),
    "absolute": (_with("/tmp/evil.txt"), "absolute path"),
    "drive letter": (_with("C:/evil.txt"), "drive letter"),
    "backslash": (_with("..\\..\\evil.txt"), "backslash"),
    "unlisted entry": (_with("notes.txt"), "not listed in the manifest"),
    "attachment not named by its hash": (_with("attachments/" + "0" * 64), "named by its SHA"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_unsafe_entries_are_refused(
    case: str, valid: Entries, database: Database, tmp_path: Path, monkeypatch
) -> None:
    mutate, message = CASES[case]
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    entries = mutate(valid)
    # "unlisted" keeps the original manifest; the others are listed so only the name is wrong
    path = build(tmp_path / "hostile.zip", entries, manifest=case != "unlisted entry")
    before, tree = state(database), _tree(tmp_path.parent)
    with pytest.raises(PledgeError, match=message):
        import_file(database, path)
    assert state(database) == before
    assert _tree(tmp_path.parent) == tree  # nothing extracted, here or above
    assert not list(work.iterdir())


def test_symlink_entry_is_refused(valid: Entries, database: Database, tmp_path: Path) -> None:
    link = zipfile.ZipInfo("attachments/link")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    path = build(tmp_path / "h.zip", {**valid, "attachments/link": b"/etc/passwd"}, **{
        "attachments/link": link
    })  # fmt: skip
    before = state(database)
    with pytest.raises(PledgeError, match="symbolic link"):
        import_file(database, path)
    assert state(database) == before


def test_manifest_hash_mismatch_is_refused(
    valid: Entries, database: Database, tmp_path: Path
) -> None:
    data = valid["data.json"].replace(b'"New Zealand"', b'"New Zealandia"')
    path = build(tmp_path / "h.zip", {**valid, "data.json": data}, manifest=False)
    before = state(database)
    with pytest.raises(PledgeError, match="does not match the manifest"):
        import_file(database, path)
    assert state(database) == before


def test_missing_manifest_is_refused(valid: Entries, database: Database, tmp_path: Path) -> None:
    entries = {k: v for k, v in valid.items() if k != "manifest.json"}
    with pytest.raises(PledgeError, match=r"no manifest\.json"):
        import_file(database, build(tmp_path / "h.zip", entries))


def test_not_a_zip_is_refused(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "h.zip"
    path.write_text("title,effective\n", encoding="utf-8")
    with pytest.raises(PledgeError, match="not a readable zip"):
        import_file(database, path)


def test_decompression_bomb_is_refused_by_ratio(
    valid: Entries, database: Database, tmp_path: Path
) -> None:
    path = build(tmp_path / "bomb.zip", {**valid, "attachments/" + "a" * 64: bytes(20 * 2**20)})
    assert os.path.getsize(path) < 200_000
    with pytest.raises(PledgeError, match="decompression bomb"):
        import_file(database, path)


def test_too_many_entries_and_too_large_are_refused(
    valid: Entries, database: Database, tmp_path: Path, monkeypatch
) -> None:
    small = archive.Limits(max_entries=1, max_total=10**9, max_entry=10**9, max_ratio=1000)
    monkeypatch.setattr(archive, "PACKAGE_LIMITS", small)
    with pytest.raises(PledgeError, match="2 entries; at most 1"):
        import_file(database, build(tmp_path / "h.zip", valid))
    tight = archive.Limits(max_entries=10, max_total=10**9, max_entry=1000, max_ratio=1000)
    monkeypatch.setattr(archive, "PACKAGE_LIMITS", tight)
    with pytest.raises(PledgeError, match="would unpack to"):
        import_file(database, build(tmp_path / "h.zip", valid))
    total = archive.Limits(max_entries=10, max_total=1000, max_entry=10**9, max_ratio=1000)
    monkeypatch.setattr(archive, "PACKAGE_LIMITS", total)
    with pytest.raises(PledgeError, match=r"would unpack to .* the limit"):
        import_file(database, build(tmp_path / "h.zip", valid))


def test_an_entry_that_lies_about_its_size_is_stopped(
    valid: Entries, database: Database, tmp_path: Path
) -> None:
    """The central directory says data.json is 100 bytes; it streams far more."""
    path = build(tmp_path / "liar.zip", valid)
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zipped:
        info = zipped.getinfo("data.json")
    central = raw.find(b"PK\x01\x02" + raw[info.header_offset + 4 : info.header_offset + 6])
    while raw[central + 46 : central + 46 + len(b"data.json")] != b"data.json":
        central = raw.find(b"PK\x01\x02", central + 4)
    struct.pack_into("<I", raw, central + 24, 100)  # uncompressed size in the directory
    path.write_bytes(bytes(raw))
    before = state(database)
    with pytest.raises(PledgeError, match=r"data\.json. (is damaged|unpacks to more)"):
        import_file(database, path)
    assert state(database) == before


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["tables"]["assessments"].append({"id": 1}), "a value is required"),
        (lambda d: d["tables"]["stakeholders"][0].update(kind="villain"), "not a known value"),
        (lambda d: d["tables"]["pledges"][0].update(stakeholder_id=99999), "missing stakeholders"),
        (lambda d: d["tables"].update(secrets=[]), "unknown table"),
        (lambda d: d["tables"]["stakeholders"][0].update(joined="yesterday"), "not a valid"),
        (
            lambda d: d["tables"]["stakeholders"][1].update(
                uid=d["tables"]["stakeholders"][0]["uid"]
            ),
            "twice",
        ),
    ],
)
def test_hostile_data_is_refused_even_with_a_true_manifest(
    valid: Entries, tmp_path: Path, change, message: str
) -> None:
    data = json.loads(valid["data.json"])
    change(data)
    path = build(tmp_path / "h.zip", {**valid, "data.json": json.dumps(data).encode()})
    empty = open_app_database(tmp_path / "empty.db", seed_new=False)
    try:
        with pytest.raises(PledgeError, match=message):
            import_file(empty, path)
        assert state(empty)[0]["audit_entries"] == 0
    finally:
        empty.dispose()


def test_a_broken_audit_chain_is_refused(valid: Entries, tmp_path: Path) -> None:
    data = json.loads(valid["data.json"])
    data["tables"]["audit_entries"][3]["actor"] = "someone else"
    path = build(tmp_path / "h.zip", {**valid, "data.json": json.dumps(data).encode()})
    empty = open_app_database(tmp_path / "empty.db", seed_new=False)
    try:
        with pytest.raises(PledgeError, match="audit log is broken"):
            import_file(empty, path)
        assert sum(state(empty)[0].values()) == 0
    finally:
        empty.dispose()


def test_xlsx_bomb_is_refused(database: Database, tmp_path: Path) -> None:
    import openpyxl

    plain = tmp_path / "plain.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["title", "effective"])
    workbook.save(plain)
    with zipfile.ZipFile(plain) as src:
        entries = {name: src.read(name) for name in src.namelist()}
    entries["xl/media/zeros.bin"] = bytes(20 * 2**20)
    path = build(tmp_path / "bomb.xlsx", entries, manifest=False)
    with pytest.raises(PledgeError, match="decompression bomb"):
        import_file(database, path)
