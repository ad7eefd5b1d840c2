"""Staff's "Key findings" for a briefing: saved per language, period and scope, audited.

A briefing opens with findings drafted from the data; staff may rewrite them (in the
Reports page or with `report briefing --notes FILE`). The text is kept under a key naming
the language, the period and the supporters covered, and reused by every briefing with
the same key until it is changed.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Tx
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.scoring import months_before
from pledge_tracker.domain.validate import clean_field
from pledge_tracker.safe_files import check_input
from pledge_tracker.services.convert import snapshot
from pledge_tracker.services.report_data.records import ReportOptions


def notes_key(options: ReportOptions) -> str:
    """The language, period and scope a briefing's findings belong to."""
    since = options.since or months_before(options.as_of, 12)
    if options.stakeholders:
        scope = "named:" + ",".join(sorted({name.casefold() for name in options.stakeholders}))
    elif options.kind:
        scope = f"kind:{options.kind}"
    else:
        scope = "all"
    edition = "public" if options.public else "internal"
    return f"{options.lang}|{since.isoformat()}|{options.as_of.isoformat()}|{scope}|{edition}"


def findings(text: str) -> tuple[str, ...]:
    """One finding per paragraph (paragraphs separated by blank lines), trimmed."""
    paragraphs = text.replace("\r\n", "\n").replace("\r", "\n").split("\n\n")
    return tuple(" ".join(p.split()) for p in paragraphs if p.strip())


def saved(session: Session, key: str) -> tuple[str, ...] | None:
    """The findings saved for `key`, or None when staff have not written any."""
    text = session.scalar(select(m.ReportNote.text).where(m.ReportNote.key == key))
    return None if text is None else findings(text)


def save(tx: Tx, key: str, text: str) -> bool:
    """Keep `text` as the findings for `key` (audited); False when it is already saved as is."""
    cleaned = "\n\n".join(findings(clean_field("report_notes", "text", text) or ""))
    if not cleaned:
        raise ValidationError.because("notes", "findings_empty")
    key = clean_field("report_notes", "key", key) or ""
    row = tx.session.scalar(select(m.ReportNote).where(m.ReportNote.key == key))
    if row is not None and row.text == cleaned:
        return False
    if row is None:
        row = m.ReportNote(key=key, text=cleaned)
        tx.session.add(row)
        tx.session.flush()
        tx.audit("add", "report_note", row.uid, None, snapshot(row))
        return True
    before = snapshot(row)
    row.text = cleaned
    tx.session.flush()
    tx.audit("edit", "report_note", row.uid, before, snapshot(row))
    return True


def read_notes(path: Path) -> str:
    """A findings file's text: a regular file, UTF-8, not empty; refused with its name if not."""
    path = check_input(path, "notes")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValidationError.because(
            "notes", "notes_unreadable", path=str(path), detail=str(exc.strerror)
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError.because(
            "notes", "notes_not_utf8", path=str(path), byte=str(exc.start + 1)
        ) from None
    if not findings(text):
        raise ValidationError.because("notes", "notes_no_finding", path=str(path))
    return text
