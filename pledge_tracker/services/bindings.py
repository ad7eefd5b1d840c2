"""Memberships of bodies, and which instruments bind which supporter on a day.

An instrument binds the supporters linked to it, and every member of a body named among its
jurisdictions for as long as the membership holds; its status on the day comes from its own
dates (domain/instruments.status_on).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Tx
from pledge_tracker.domain.dates import parse_date, parse_precision
from pledge_tracker.domain.errors import NotFoundError
from pledge_tracker.domain.instruments import (
    Binding,
    Dated,
    InstrumentDTO,
    InstrumentStatus,
    MembershipDTO,
)
from pledge_tracker.domain.validate import check_record, clean_field, safe_link
from pledge_tracker.services import instruments
from pledge_tracker.services.convert import snapshot


def list_memberships(session: Session, member_id: int | None = None) -> list[MembershipDTO]:
    """Memberships (of one supporter, or all), by body then member."""
    query = select(m.Membership, m.Stakeholder.name).join(
        m.Stakeholder, m.Stakeholder.id == m.Membership.member_id
    )
    if member_id is not None:
        query = query.where(m.Membership.member_id == member_id)
    found = [_membership_dto(row, name) for row, name in session.execute(query)]
    return sorted(found, key=lambda x: (x.body.casefold(), x.member.casefold()))


def add_membership(
    tx: Tx,
    *,
    member_id: int,
    body: str,
    since: str | dt.date | None = None,
    since_precision: str = "day",
    until: str | dt.date | None = None,
    until_precision: str = "day",
    verified: bool = False,
    source_url: str | None = None,
    note: str | None = None,
    reason: str | None = None,
) -> MembershipDTO:
    """A supporter's membership of a body; audited (with `reason` when the upgrade adds it)."""
    person = tx.session.get(m.Stakeholder, member_id)
    if person is None:
        raise NotFoundError("member", f"no supporter with id {member_id}")
    start, start_precision = parse_precision(
        since_precision, parse_date(since, "since"), "since_precision"
    )
    end, end_precision = parse_precision(
        until_precision, parse_date(until, "until"), "until_precision"
    )
    check_record("memberships", {"since": start, "until": end})
    row = m.Membership(
        member_id=member_id,
        body=clean_field("memberships", "body", body),
        since=start,
        since_precision=start_precision,
        until=end,
        until_precision=end_precision,
        verified=verified,
        source_url=safe_link(source_url) or None,
        note=clean_field("memberships", "note", note) or None,
    )
    tx.session.add(row)
    tx.session.flush()
    after = snapshot(row) | ({"reason": reason} if reason else {})
    tx.audit("add", "membership", row.uid, None, after)
    return _membership_dto(row, person.name)


def _membership_dto(row: m.Membership, member: str) -> MembershipDTO:
    return MembershipDTO(
        id=row.id,
        uid=row.uid,
        member_id=row.member_id,
        member=member,
        body=row.body,
        since=Dated(row.since, row.since_precision) if row.since else None,
        until=Dated(row.until, row.until_precision) if row.until else None,
        verified=row.verified,
        source_url=row.source_url,
        note=row.note,
    )


def bindings(session: Session, stakeholder_id: int, on: dt.date) -> list[Binding]:
    """The instruments binding a supporter on a day, each with its status then and why."""
    return bindings_for(session, [stakeholder_id], on).get(stakeholder_id, [])


def bindings_for(
    session: Session, stakeholder_ids: list[int], on: dt.date
) -> dict[int, list[Binding]]:
    """`bindings` for many supporters at once (a report's), read with three queries."""
    every = instruments.list_instruments(session)
    wanted = set(stakeholder_ids)
    memberships: dict[int, list[MembershipDTO]] = defaultdict(list)
    for item in list_memberships(session):
        if item.member_id in wanted and item.holds_on(on):
            memberships[item.member_id].append(item)
    found: dict[int, list[Binding]] = {}
    for person in stakeholder_ids:
        found[person] = _binding(every, person, memberships[person], on)
    return found


def _binding(
    every: list[InstrumentDTO], person: int, held: list[MembershipDTO], on: dt.date
) -> list[Binding]:
    bodies = {item.body.casefold(): item for item in held}
    result = []
    for item in every:
        status = item.status_on(on)
        if person in item.stakeholder_ids:
            result.append(Binding(item, status, None))
            continue
        through = next(
            (bodies[j.casefold()] for j in item.jurisdictions if j.casefold() in bodies), None
        )
        if through is not None:
            result.append(Binding(item, status, through.body, through.verified))
    return result


def in_force(session: Session, stakeholder_id: int, on: dt.date) -> list[Binding]:
    """Only the instruments in force on the day (the query the crosswalk's column shows)."""
    return [
        b for b in bindings(session, stakeholder_id, on) if b.status is InstrumentStatus.IN_FORCE
    ]
