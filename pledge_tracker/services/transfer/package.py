"""Data packages: the whole database as a .zip (manifest, data.json, attachments by SHA-256).

Writing takes one read snapshot. Reading refuses, before anything is written anywhere, an
archive with unsafe entries, sizes beyond the limits, a missing or unreadable manifest, a
file whose SHA-256 differs from the manifest's, data that breaks the schema's rules or the
field limits (domain/limits.py), or record counts and an audit head other than the
manifest's. data.json is read once, capped at MAX_DATA before a byte is parsed, and typed
row by row in place, so memory holds one copy of the records (see README, "Data packages").
"""

from __future__ import annotations

import json
import re
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from pledge_tracker import __version__
from pledge_tracker.db import audit
from pledge_tracker.db import models as m
from pledge_tracker.db.migrate import head_revision
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dates import utcnow
from pledge_tracker.domain.errors import IntegrityProblem
from pledge_tracker.safe_files import atomic_output
from pledge_tracker.services import queries
from pledge_tracker.services.attachments import sha256
from pledge_tracker.services.transfer import archive, package_upgrade
from pledge_tracker.services.transfer.archive import ArchiveRefused
from pledge_tracker.services.transfer.compact_json import ascii_text
from pledge_tracker.services.transfer.package_checks import check_manifest, check_records
from pledge_tracker.services.transfer.schema import TABLES, coerce_tables, plain

FORMAT = "pledge-tracker-package"
FORMAT_VERSION = 1
MANIFEST, DATA = "manifest.json", "data.json"
MAX_MANIFEST = 64 * archive.MiB
MAX_DATA = 256 * archive.MiB  # data.json; more is refused before it is read
_ATTACHMENT = re.compile(r"^attachments/[0-9a-f]{64}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    counts: dict[str, int]
    attachments: int
    audit_head: str


def dump_tables(session: Session) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows as JSON-ready dicts, in primary-key order (attachment bytes apart)."""
    tables: dict[str, list[dict[str, Any]]] = {}
    for table in TABLES:
        derived = m.DERIVED_COLUMNS.get(table.name, frozenset())  # recomputed on import
        cols = [c for c in table.columns if c.key != "content" and c.key not in derived]
        rows = session.execute(select(*cols).order_by(*table.primary_key.columns)).mappings()
        tables[table.name] = [{key: plain(value) for key, value in row.items()} for row in rows]
    return tables


def export_package(
    database: Database, path: Path, progress: Progress | None = None
) -> ExportSummary:
    """Write the whole database (audit log and attachments included) as a data package."""
    with database.read() as session:  # one snapshot: the data and the files agree
        tables = dump_tables(session)
        counts = queries.record_counts(session)
        head = audit.head(session)
        files: dict[str, str] = {}
        digests = [row["sha256"] for row in tables["attachments"]]
        with atomic_output(path) as partial:
            with zipfile.ZipFile(partial, "w") as zipped:
                data = json.dumps(
                    {"tables": tables}, ensure_ascii=False, sort_keys=True, separators=(",", ":")
                ).encode("utf-8")
                _write(zipped, DATA, data, files)
                for done, digest in enumerate(digests, start=1):
                    _write(zipped, f"attachments/{digest}", _verified(session, digest), files)
                    if progress is not None:
                        progress(done, len(digests))
                manifest = {
                    "format": FORMAT,
                    "format_version": FORMAT_VERSION,
                    "app_version": __version__,
                    "schema_revision": head_revision(),
                    "created": utcnow().isoformat(timespec="seconds") + "Z",
                    "counts": counts,
                    "audit_head": {"count": head.count, "hash": head.hash},
                    "files": files,
                }
                zipped.writestr(MANIFEST, json.dumps(manifest, indent=1, sort_keys=True))
    return ExportSummary(Path(path), counts, len(digests), head.hash)


def _write(zipped: zipfile.ZipFile, name: str, data: bytes, files: dict[str, str]) -> None:
    # Stored, not deflated, where deflating would compress it beyond what an import accepts.
    small = len(zlib.compress(data, 1)) * (archive.PACKAGE_LIMITS.max_ratio / 2) < len(data)
    method = zipfile.ZIP_STORED if small else zipfile.ZIP_DEFLATED
    zipped.writestr(name, data, compress_type=method)
    files[name] = sha256(data)


def _verified(session: Session, digest: str) -> bytes:
    content = session.scalar(select(m.Attachment.content).where(m.Attachment.sha256 == digest))
    if content is None or sha256(content) != digest:
        raise IntegrityProblem(
            f"attachment {digest[:12]}… is damaged (its bytes no longer match their SHA-256); "
            "run 'pledge-tracker check' and restore a good backup before exporting"
        )
    return content


@dataclass
class Package:
    """An opened, verified package: its manifest, typed tables and attachment reader."""

    file: str
    manifest: dict[str, Any]
    tables: dict[str, list[dict[str, Any]]]
    _zip: zipfile.ZipFile
    _infos: dict[str, zipfile.ZipInfo]
    upgraded_from: str | None = None  # the schema revision of an older version's package

    def attachment(self, digest: str) -> bytes:
        """An attachment's bytes, verified again against the name they are stored under."""
        name = f"attachments/{digest}"
        if name not in self._infos:
            raise ArchiveRefused.of(self.file, "attachment_missing", digest=digest[:12])
        content, actual = archive.read_entry(
            self._zip, self._infos[name], self.file, archive.PACKAGE_LIMITS.max_entry
        )
        if actual != digest:
            raise ArchiveRefused.of(self.file, "attachment_altered", digest=digest[:12])
        return content


def read_manifest(path: Path) -> dict[str, Any]:
    """A package's manifest (after the archive's safety checks), for a quick preview."""
    path = Path(path)
    with archive.open_zip(path) as zipped:
        infos = {i.filename: i for i in archive.inspect(zipped, path.name, archive.PACKAGE_LIMITS)}
        return _manifest(zipped, infos, path.name)


@contextmanager
def open_package(path: Path, limits: archive.Limits | None = None) -> Iterator[Package]:
    """Open and verify a package; every check runs before the caller may write anything.

    A package an older version wrote is verified against its own schema, then upgraded
    (package_upgrade) and opened as this version's.
    """
    path, limits = Path(path), limits or archive.PACKAGE_LIMITS
    with archive.open_zip(path) as zipped:
        infos = {info.filename: info for info in archive.inspect(zipped, path.name, limits)}
        manifest = _manifest(zipped, infos, path.name)
        if not package_upgrade.check_revision(manifest, path.name):
            typed = _verified_data(zipped, infos, manifest, path.name, limits, TABLES, True)
            yield Package(path.name, manifest, typed, zipped, infos)
            return
        with tempfile.TemporaryDirectory(prefix="pledge-upgrade-") as work:
            revision = str(manifest["schema_revision"])
            with package_upgrade.schema_at(revision, Path(work)) as (older, tables):
                # Field limits are this version's: they are applied to the upgraded package.
                typed = _verified_data(zipped, infos, manifest, path.name, limits, tables, False)
                old = Package(path.name, manifest, typed, zipped, infos)
                package_upgrade.load_rows(older, tables, typed, old.attachment)
            del typed, old
            newer = package_upgrade.upgrade_to_package(older, Path(work) / "upgraded.zip")
            with open_package(newer, limits) as package:
                package.file = path.name  # messages name the user's file
                package.upgraded_from = revision
                yield package


def _verified_data(
    zipped: zipfile.ZipFile,
    infos: dict[str, zipfile.ZipInfo],
    manifest: dict[str, Any],
    file: str,
    limits: archive.Limits,
    tables: Sequence[Table],
    field_limits: bool,
) -> dict[str, list[dict[str, Any]]]:
    """The package's rows, typed by `tables`, after every check on files, records and counts."""
    files = manifest["files"]
    for name in sorted(set(files) - {DATA}):
        actual = archive.hash_entry(zipped, infos[name], file, limits.max_entry)
        _same_hash(name, actual, files[name], file)
    typed = _read_data(zipped, infos[DATA], files[DATA], file, tables)
    if field_limits:
        check_records(typed, file, DATA)
    _check_attachment_files(typed, files, infos, file)
    check_manifest(manifest, typed, file)
    return typed


def _same_hash(name: str, actual: str, expected: str, file: str) -> None:
    if actual != expected:
        raise ArchiveRefused.of(file, "entry_altered", name=name)


def _read_data(
    zipped: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    expected: str,
    file: str,
    tables: Sequence[Table] = TABLES,
) -> dict[str, list[dict[str, Any]]]:
    """data.json read once (hash checked), parsed, then typed in place: one copy at a time."""
    if info.file_size > MAX_DATA:
        raise ArchiveRefused(file, f"{DATA} expands beyond {MAX_DATA / archive.MiB:g} MiB")
    raw, actual = archive.read_buffer(zipped, info, file, MAX_DATA)
    _same_hash(DATA, actual, expected, file)
    try:
        text = ascii_text(raw)  # frees the bytes; one byte per character however wide
    except UnicodeDecodeError as exc:
        raise ArchiveRefused(file, f"{DATA} is not valid JSON ({str(exc)[:80]})") from None
    del raw
    rows = _data_tables(text, file)
    del text
    return coerce_tables(rows, file, tables)


def _manifest(zipped: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], file: str) -> dict:
    if MANIFEST not in infos:
        raise ArchiveRefused.of(file, "no_manifest")
    raw, _ = archive.read_entry(zipped, infos[MANIFEST], file, MAX_MANIFEST)
    manifest = _json(raw, file, MANIFEST)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ArchiveRefused.of(file, "not_a_manifest")
    if manifest.get("format_version") != FORMAT_VERSION:
        version = repr(manifest.get("format_version"))
        raise ArchiveRefused.of(file, "package_format", version=version)
    package_upgrade.check_revision(manifest, file)  # a newer version's package: refused
    files = manifest.get("files")
    if not isinstance(files, dict) or DATA not in files:
        raise ArchiveRefused(file, "manifest.json does not list data.json")
    for name, digest in files.items():
        if not isinstance(digest, str) or not _HEX64.match(digest):
            raise ArchiveRefused(file, f"manifest.json gives no valid SHA-256 for '{name}'")
        if name != DATA and not _ATTACHMENT.match(str(name)):
            raise ArchiveRefused(file, f"manifest.json lists an unexpected file '{name}'")
        if name != DATA and name.removeprefix("attachments/") != digest:
            raise ArchiveRefused(file, f"'{name}' is not named by its SHA-256 in the manifest")
        if name not in infos:
            raise ArchiveRefused(file, f"'{name}' is listed in the manifest but missing")
    extra = sorted(set(infos) - set(files) - {MANIFEST})
    if extra:
        raise ArchiveRefused(file, f"entry '{extra[0]}' is not listed in the manifest")
    return manifest


def _utf8(raw: bytes | bytearray, file: str, name: str = DATA) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArchiveRefused(file, f"{name} is not valid JSON ({str(exc)[:80]})") from None


def _json(raw: bytes | bytearray | str, file: str, name: str) -> Any:
    text = raw if isinstance(raw, str) else _utf8(raw, file, name)
    try:
        return json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise ArchiveRefused(file, f"{name} is not valid JSON ({str(exc)[:80]})") from None


def _data_tables(text: str, file: str) -> dict[str, Any]:
    data = _json(text, file, DATA)
    tables = data.get("tables") if isinstance(data, dict) else None
    if not isinstance(tables, dict):
        raise ArchiveRefused(file, "data.json holds no tables")
    return tables


def _check_attachment_files(
    tables: dict[str, list[dict[str, Any]]],
    files: dict[str, str],
    infos: dict[str, zipfile.ZipInfo],
    file: str,
) -> None:
    for row in tables.get("attachments", []):
        name = f"attachments/{row['sha256']}"
        if files.get(name) != row["sha256"] or infos[name].file_size != row["size"]:
            raise ArchiveRefused.of(file, "attachment_unmatched", digest=row["sha256"][:12])
