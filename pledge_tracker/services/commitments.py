"""Commitments: listing them, and correcting and verifying their wording."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database, Tx
from pledge_tracker.domain.dto import CommitmentDTO
from pledge_tracker.domain.errors import NotFoundError, ValidationError
from pledge_tracker.domain.validate import clean_field, name_key
from pledge_tracker.services.convert import commitment_dto, snapshot
from pledge_tracker.services.stale import check_version

_GROUP_ORDER = {"governments": 0, "online_service_providers": 1}


def list_commitments(session: Session) -> list[CommitmentDTO]:
    """Every commitment, grouped (governments, providers, joint) and numbered."""
    rows = session.scalars(select(m.Commitment)).all()
    rows = sorted(rows, key=lambda c: (_GROUP_ORDER.get(c.group, 2), c.number))
    return [commitment_dto(row) for row in rows]


def find(session: Session, code_or_title: str, field: str = "commitment") -> m.Commitment:
    """A commitment by code (GOV-1) or short title, ignoring case and accents."""
    key = name_key(code_or_title)
    for row in session.scalars(select(m.Commitment)):
        if key in (name_key(row.code), name_key(row.short_title)):
            return row
    raise NotFoundError(field, f"no commitment '{code_or_title}'")


def get(session: Session, commitment_id: int) -> m.Commitment:
    row = session.get(m.Commitment, commitment_id)
    if row is None:
        raise NotFoundError("commitment", f"no commitment with id {commitment_id}")
    return row


def read_one(database: Database, commitment_id: int) -> CommitmentDTO:
    """A commitment as stored now (a form's fresh copy after a save from a stale one)."""
    with database.read() as session:
        return commitment_dto(get(session, commitment_id))


def correct_wording(
    tx: Tx,
    commitment_id: int,
    *,
    wording: str,
    verified: bool,
    source: str | None = None,
    wording_fr: str | None = None,
    expected_version: int | None = None,
) -> CommitmentDTO:
    """Correct a commitment's wording; marking it verified records who, when and against what."""
    row = get(tx.session, commitment_id)
    check_version(
        row.version,
        expected_version,
        mine={"wording": wording, "verified": verified, "verified_source": source},
        theirs=lambda: {
            "wording": row.wording,
            "verified": row.wording_verified,
            "verified_source": row.verified_source,
        },
    )
    before = snapshot(row)
    row.wording = clean_field("commitments", "wording", wording)
    if wording_fr is not None:
        row.wording_fr = clean_field("commitments", "wording_fr", wording_fr) or None
    source_text = clean_field("commitments", "verified_source", source) or None
    if verified and not source_text:
        raise ValidationError(
            "verified_source", "say which official text you compared the wording with"
        )
    row.wording_verified = verified
    row.verified_by = tx.actor if verified else None
    row.verified_at = tx.now if verified else None
    row.verified_source = source_text if verified else None
    tx.session.flush()
    tx.audit(
        "verify_wording" if verified else "edit_wording",
        "commitment",
        row.uid,
        before,
        snapshot(row),
    )
    return commitment_dto(row)


def load_official_text(tx: Tx, path: Path, source: str) -> list[CommitmentDTO]:
    """Replace wording from a file of official text and mark it verified; all or nothing.

    The file (CSV or XLSX) has a `code` column (GOV-1…) and a `wording` column, and may
    have `wording_fr`. Every row must name a known commitment; any bad row refuses the file.
    """
    from pledge_tracker.services.transfer.readers import read_table

    table = read_table(path)
    headers = [str(h).strip().lower() for h in table.headers]
    for required in ("code", "wording"):
        if required not in headers:
            raise ValidationError(required, "this column is missing", file=path.name, row=1)
    column = {name: headers.index(name) for name in headers}
    changed: list[CommitmentDTO] = []
    for number, values in zip(table.numbers, table.rows, strict=True):

        def cell(name: str, values: list[object] = values) -> str | None:
            index = column.get(name)
            value = values[index] if index is not None and index < len(values) else None
            return None if value is None else str(value)

        try:
            row = find(tx.session, cell("code") or "", "code")
            changed.append(
                correct_wording(
                    tx,
                    row.id,
                    wording=cell("wording") or "",
                    wording_fr=cell("wording_fr"),
                    verified=True,
                    source=source,
                )
            )
        except ValidationError as exc:
            raise exc.at(file=path.name, row=number) from None
    return changed
