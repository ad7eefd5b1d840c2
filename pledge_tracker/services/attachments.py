"""Attachments: bytes stored once inside the database, named and verified by SHA-256."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.domain.errors import IntegrityProblem, ValidationError

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024


def sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


@dataclass(frozen=True)
class PendingFile:
    """A file about to be attached, with the SHA-256 the user was shown when it was added."""

    path: Path
    sha256: str | None = None


def read_file(path: str | Path | PendingFile, field: str = "attachment") -> tuple[str, bytes]:
    """A file's name and bytes, read once, refused with a clear message if it cannot be read.

    For a PendingFile the bytes read must still have the hash the user was shown: a file
    changed on disk since is refused (its stored hash is always that of the stored bytes).
    """
    expected = path.sha256 if isinstance(path, PendingFile) else None
    file = Path(path.path if isinstance(path, PendingFile) else path)
    if not file.is_file():
        raise ValidationError.because(field, "not_attachable", file=str(file))
    size = file.stat().st_size
    if size > MAX_ATTACHMENT_BYTES:
        raise ValidationError.because(
            field, "attachment_too_big", name=file.name, size=str(size // 2**20)
        )
    try:
        content = file.read_bytes()
    except OSError as exc:
        raise ValidationError.because(
            field, "attachment_unreadable", name=file.name, detail=str(exc.strerror)
        ) from None
    if expected is not None and sha256(content) != expected:
        raise ValidationError.because(
            field,
            "attachment_changed",
            name=file.name,
            then=expected[:12],
            now=sha256(content)[:12],
        )
    return file.name, content


def store(session: Session, content: bytes) -> m.Attachment:
    """The stored attachment for these bytes, adding it only if new (content addressing)."""
    digest = sha256(content)
    row = session.scalars(select(m.Attachment).where(m.Attachment.sha256 == digest)).first()
    if row is None:
        row = m.Attachment(sha256=digest, size=len(content), content=content)
        session.add(row)
        session.flush()
    return row


def load(session: Session, digest: str) -> bytes:
    """An attachment's bytes, verified against the hash that names them."""
    row = session.scalars(select(m.Attachment).where(m.Attachment.sha256 == digest)).first()
    if row is None:
        raise ValidationError.because("attachment", "no_attachment", digest=digest[:12])
    if sha256(row.content) != row.sha256:
        raise IntegrityProblem(
            f"attachment {row.sha256[:12]}… is damaged: its bytes no longer match their SHA-256"
        )
    return row.content


def first_damaged(session: Session) -> str | None:
    """The hash of the first attachment whose bytes no longer match it, or None."""
    ids = session.scalars(select(m.Attachment.id).order_by(m.Attachment.id)).all()
    for attachment_id in ids:
        digest, content = session.execute(
            select(m.Attachment.sha256, m.Attachment.content).where(
                m.Attachment.id == attachment_id
            )
        ).one()
        if sha256(content) != digest:
            return digest
    return None
