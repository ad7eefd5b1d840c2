"""Zip archives from strangers: inspected before anything is read, read with a byte budget.

Nothing here extracts to disk. Every entry is checked from the central directory first
(names, links, counts, declared sizes and compression ratios); bytes are then streamed with
a counter, so an entry that lies about its size is stopped at its limit.
"""

from __future__ import annotations

import hashlib
import re
import stat
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.reasons import REASONS

MiB = 1024 * 1024
_CHUNK = MiB
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class Limits:
    """How big an archive may be before it is refused unread."""

    max_entries: int
    max_total: int  # bytes, all entries uncompressed
    max_entry: int  # bytes, one entry uncompressed
    max_ratio: float  # uncompressed ÷ compressed, checked on entries above ratio_floor
    ratio_floor: int = MiB


# XLSX: a workbook's XML parts. Data packages: attachments may be up to 200 MB each.
XLSX_LIMITS = Limits(max_entries=2_000, max_total=512 * MiB, max_entry=256 * MiB, max_ratio=200)
PACKAGE_LIMITS = Limits(
    max_entries=100_000, max_total=8 * 1024 * MiB, max_entry=256 * MiB, max_ratio=200
)


class ArchiveRefused(ValidationError):
    """A hostile or damaged archive, refused before anything was extracted or written."""

    def __init__(
        self,
        file: str,
        message: str,
        *,
        reason: str = "",
        values: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__("archive", message, file=file, reason=reason, values=values)

    @classmethod
    def of(cls, file: str, reason: str, **values: str) -> ArchiveRefused:
        """The refusal whose message is the reason's template (domain/reasons.py) filled."""
        return cls(file, REASONS[reason].format(**values), reason=reason, values=values)


def open_zip(path: Path) -> zipfile.ZipFile:
    """The archive at `path`, refused with a clear message if it is not a zip archive."""
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError) as exc:
        raise ArchiveRefused.of(path.name, "not_a_zip", cause=_short(exc)) from None
    except NotImplementedError as exc:
        raise ArchiveRefused.of(path.name, "zip_feature", cause=str(exc)) from None


def entry_problem(info: zipfile.ZipInfo) -> str | None:
    """Why an entry's name or type is unsafe to honour, or None."""
    name = info.filename
    if not name or "\0" in name:
        return "has an empty or NUL name"
    if "\\" in name:
        return "uses a backslash (a Windows path)"
    if name.startswith("/"):
        return "is an absolute path"
    if _DRIVE.match(name):
        return "starts with a drive letter"
    if ".." in name.split("/"):
        return "climbs out of the folder ('..')"
    if len(name) > 255:
        return "has an overlong name"
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        return "is a symbolic link"
    if info.flag_bits & 0x1:
        return "is encrypted"
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        return "uses an unsupported compression method"
    return None


def inspect(archive: zipfile.ZipFile, file: str, limits: Limits) -> list[zipfile.ZipInfo]:
    """Every entry, after refusing the archive if any entry or the whole breaks a rule."""
    infos = archive.infolist()
    if len(infos) > limits.max_entries:
        raise ArchiveRefused(
            file, f"has {len(infos)} entries; at most {limits.max_entries} are accepted"
        )
    seen: set[str] = set()
    total = 0
    for info in infos:
        problem = entry_problem(info)
        if problem:
            raise ArchiveRefused(file, f"entry '{_printable(info.filename)}' {problem}")
        if info.filename in seen:
            raise ArchiveRefused(file, f"entry '{_printable(info.filename)}' appears twice")
        seen.add(info.filename)
        if info.file_size > limits.max_entry:
            raise ArchiveRefused(
                file,
                f"entry '{info.filename}' would unpack to {info.file_size // MiB} MiB; "
                f"the limit is {limits.max_entry // MiB} MiB",
            )
        if info.file_size > limits.ratio_floor and (
            info.file_size > limits.max_ratio * max(info.compress_size, 1)
        ):
            raise ArchiveRefused(
                file,
                f"entry '{info.filename}' is compressed "
                f"{info.file_size // max(info.compress_size, 1)} times: "
                "a decompression bomb is refused",
            )
        total += info.file_size
    if total > limits.max_total:
        raise ArchiveRefused(
            file,
            f"would unpack to {total // MiB} MiB; the limit is {limits.max_total // MiB} MiB",
        )
    return infos


def read_entry(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, file: str, limit: int
) -> tuple[bytes, str]:
    """An entry's bytes and SHA-256, streamed and stopped once past its size or `limit`."""
    buffer, digest = read_buffer(archive, info, file, limit)
    return bytes(buffer), digest


def read_buffer(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, file: str, limit: int
) -> tuple[bytearray, str]:
    """As read_entry, in one growing buffer that is never copied (for the large data member)."""
    buffer = bytearray()
    return buffer, _stream(archive, info, file, limit, buffer)


def hash_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, file: str, limit: int) -> str:
    """An entry's SHA-256, streamed under the same budget, keeping none of its bytes."""
    return _stream(archive, info, file, limit, None)


def _stream(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    file: str,
    limit: int,
    into: bytearray | None,
) -> str:
    budget = min(limit, info.file_size)
    digest = hashlib.sha256()
    size = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
                if size > budget:
                    raise ArchiveRefused(file, _too_big(info, limit, size))
                digest.update(chunk)
                if into is not None:
                    into += chunk
    except ArchiveRefused:
        raise
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise ArchiveRefused(file, f"entry '{info.filename}' is damaged ({_short(exc)})") from None
    except Exception as exc:  # zlib.error and friends from a crafted stream
        raise ArchiveRefused(file, f"entry '{info.filename}' is damaged ({_short(exc)})") from None
    return digest.hexdigest()


def _too_big(info: zipfile.ZipInfo, limit: int, size: int) -> str:
    if size > limit:
        return f"entry '{info.filename}' expands beyond {limit // MiB} MiB"
    return f"entry '{info.filename}' unpacks to more than it declares"


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:120] if text else type(exc).__name__


def _printable(name: str) -> str:
    return "".join(ch if ch.isprintable() else "?" for ch in name)[:120]
