"""The canonical state of each audited record, and its SHA-256, the same on every engine.

An audit entry stores the hash of the state its unit of work wrote; `check` recomputes it
from the tables. A state is a record's own columns (never its integer id) with each
foreign key turned into the referenced record's uid, and with its link rows folded in (an
evidence item's supporters, commitments and attachments; an assessment's cited evidence;
a supporter's pledges; an event's supporters and citing evidence), so that a change to a
link table changes its owner's hash.

Values are read raw from the driver's cursor (no type processing, so damaged text or dates
cannot raise; and fast) and normalised by column type in db/rowvalues.py: dates and times
in ISO form, booleans true/false, text and integers as they are. Changing an audited
table's columns changes every state: such a migration must write new baseline entries, as
0002 did. Derived columns (models.DERIVED_COLUMNS, such as the evidence's folded search
text) are left out: they say nothing the other columns do not, so adding one (0003) leaves
every state, and every recorded hash, as it was.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from typing import cast as typed

from sqlalchemy import (
    LargeBinary,
    Select,
    String,
    Table,
    cast,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.sqltypes import NullType

from pledge_tracker.db import models as m
from pledge_tracker.db import rowvalues
from pledge_tracker.db.audit import canonical

BATCH = 2000


@dataclass(frozen=True)
class Link:
    """Rows of a link table folded into their owner's state under `key`."""

    key: str
    table: Table
    owner: str  # the link table's column naming the owner's id
    target: Table  # the referenced table whose columns are taken
    target_fk: str  # the link table's column naming the target's id
    columns: tuple[str, ...]  # link-table columns kept besides the target's
    target_columns: tuple[str, ...] = ("uid",)


@dataclass(frozen=True)
class Entity:
    """An audited kind of record: its table, its foreign keys, its folded links."""

    name: str
    table: Table
    refs: tuple[tuple[str, Table], ...] = ()
    links: tuple[Link, ...] = ()

    @property
    def own_columns(self) -> tuple[str, ...]:
        """The columns in the state: not the id, the foreign keys or derived columns."""
        left_out = {"id", *(column for column, _ in self.refs)}
        left_out |= m.DERIVED_COLUMNS.get(self.table.name, frozenset())
        return tuple(c.key for c in self.table.columns if c.key not in left_out)


def _table(model: Any) -> Table:
    return typed(Table, model.__table__)


_F, _S, _C, _E = (
    _table(m.Framework),
    _table(m.Stakeholder),
    _table(m.Commitment),
    _table(m.Evidence),
)
_I = _table(m.Incident)
ENTITIES: tuple[Entity, ...] = (
    Entity("framework", _F),
    Entity("commitment", _C, (("framework_id", _F),)),
    Entity(
        "stakeholder",
        _S,
        links=(
            Link(
                "pledges",
                _table(m.Pledge),
                "stakeholder_id",
                _C,
                "commitment_id",
                ("applicable", "note"),
            ),
        ),
    ),
    Entity(
        "evidence",
        _E,
        links=(
            Link("stakeholders", m.evidence_stakeholders, "evidence_id", _S, "stakeholder_id", ()),
            Link("commitments", m.evidence_commitments, "evidence_id", _C, "commitment_id", ()),
            Link(
                "attachments",
                _table(m.EvidenceAttachment),
                "evidence_id",
                _table(m.Attachment),
                "attachment_id",
                ("filename",),
                ("sha256",),
            ),
        ),
    ),
    Entity(
        "assessment",
        _table(m.Assessment),
        (("stakeholder_id", _S), ("commitment_id", _C)),
        (Link("evidence", m.assessment_evidence, "assessment_id", _E, "evidence_id", ()),),
    ),
    Entity("reply", _table(m.Reply), (("assessment_id", _table(m.Assessment)),)),
    Entity("action", _table(m.Action), (("stakeholder_id", _S), ("commitment_id", _C))),
    Entity("sighting", _table(m.Sighting), (("stakeholder_id", _S), ("incident_id", _I))),
    Entity("report_note", _table(m.ReportNote)),
    Entity(
        "event",
        _table(m.Event),
        links=(
            Link("stakeholders", m.event_stakeholders, "event_id", _S, "stakeholder_id", ()),
            Link("evidence", m.event_evidence, "event_id", _E, "evidence_id", ()),
        ),
    ),
    Entity("membership", _table(m.Membership), (("member_id", _S),)),
    Entity(
        "instrument",
        _table(m.Instrument),
        (("struck_down_by_id", _table(m.Instrument)),),
        (
            Link("commitments", m.instrument_commitments, "instrument_id", _C, "commitment_id", ()),
            Link(
                "stakeholders", m.instrument_stakeholders, "instrument_id", _S, "stakeholder_id", ()
            ),
        ),
    ),
    Entity("indicator", _table(m.Indicator), (("stakeholder_id", _S), ("evidence_id", _E))),
    Entity("incident", _I),
    Entity("protocol_activation", _table(m.ProtocolActivation), (("incident_id", _I),)),
    Entity(
        "supporter_response",
        _table(m.SupporterResponse),
        (("incident_id", _I), ("stakeholder_id", _S), ("evidence_id", _E)),
    ),
)
BY_NAME = {entity.name: entity for entity in ENTITIES}


def row_hash(state: dict[str, Any]) -> str:
    """SHA-256 of a state's canonical text."""
    return hashlib.sha256(canonical(state).encode("utf-8")).hexdigest()


# --- reading states ---------------------------------------------------------------------------


def _raw(column: Any, blob: bool = False) -> Any:
    """A column read without the dialect's result processing (damaged values cannot raise).

    `blob`: text read as bytes, for SQLite text that is not valid UTF-8 (the driver refuses
    to decode it); decoded here, sound text gives the same state as before.
    """
    if blob and _is_text(column.type):
        return type_coerce(cast(column, LargeBinary), NullType()).label(column.key)
    return type_coerce(column, NullType()).label(column.key)


def _is_text(kind: Any) -> bool:
    return isinstance(kind, String)


def _fixers(kinds: Sequence[Any], blob: bool) -> list[tuple[int, rowvalues.Normaliser]]:
    """(position, function) for the values that need normalising; the rest stay as read."""
    found = []
    for position, kind in enumerate(kinds):
        convert = rowvalues.normaliser(kind)
        if convert is None and blob and _is_text(kind):
            convert = rowvalues.plain
        if convert is not None:
            found.append((position, convert))
    return found


def _main_query(entity: Entity, blob: bool = False) -> Select[Any]:
    table = entity.table
    columns = [table.c.id.label("_id"), *(_raw(table.c[n], blob) for n in entity.own_columns)]
    joined: Any = table
    for column, target in entity.refs:
        alias = target.alias(f"ref_{column}")
        columns.append(_raw(alias.c.uid, blob).label(column.removesuffix("_id")))
        joined = joined.outerjoin(alias, alias.c.id == table.c[column])
    return select(*columns).select_from(joined)


def _link_query(link: Link, blob: bool) -> Select[Any]:
    table, target = link.table, link.target
    return select(
        table.c[link.owner],
        *(_raw(target.c[name], blob) for name in link.target_columns),
        *(_raw(table.c[name], blob) for name in link.columns),
    ).select_from(table.outerjoin(target, target.c.id == table.c[link.target_fk]))


def _rows(session: Session, query: Select[Any]) -> Iterator[Sequence[Any]]:
    """A query's rows straight from the driver's cursor, in batches (no per-row wrapping)."""
    connection = session.connection()
    compiled = query.compile(dialect=connection.dialect)
    cursor = connection.connection.cursor()
    try:
        cursor.execute(str(compiled))
        while batch := cursor.fetchmany(BATCH):
            yield from batch
    finally:
        cursor.close()


def _link_map(
    session: Session, link: Link, owners: Sequence[int] | None, blob: bool
) -> dict[int, list]:
    """Each owner's link rows, normalised and sorted (one query)."""
    kinds = [link.target.c[n].type for n in link.target_columns]
    kinds += [link.table.c[n].type for n in link.columns]
    fixers = _fixers(kinds, blob)
    query = _link_query(link, blob)
    if owners is None:
        rows: Iterable[Sequence[Any]] = _rows(session, query)
    else:
        rows = session.execute(query.where(link.table.c[link.owner].in_(owners)))
    found: dict[int, list] = defaultdict(list)
    single = len(kinds) == 1
    for row in rows:
        values = list(row[1:])
        for position, convert in fixers:
            values[position] = convert(values[position])
        found[row[0]].append(values[0] if single else values)
    for values in found.values():
        if len(values) > 1:
            values.sort(key=repr)  # normalised values: the same text on every engine
    return found


def _states(
    entity: Entity, rows: Iterable[Sequence[Any]], links: dict[str, dict[int, list]], blob: bool
) -> Iterator[tuple[str, dict[str, Any]]]:
    names = list(entity.own_columns) + [c.removesuffix("_id") for c, _ in entity.refs]
    kinds = [entity.table.c[name].type for name in entity.own_columns]
    kinds += [entity.table.c.uid.type] * len(entity.refs)
    fixers = [(names[position], convert) for position, convert in _fixers(kinds, blob)]
    keyed = [(link.key, links[link.key]) for link in entity.links]
    for row in rows:
        state = dict(zip(names, row[1:], strict=True))
        for name, convert in fixers:
            state[name] = convert(state[name])
        for key, found in keyed:
            state[key] = found.get(row[0], [])
        yield str(state["uid"]), state


def stream(session: Session, entity: Entity) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every record's (uid, state), read in batches; each link table read with one query."""
    done = 0
    try:
        for item in _stream(session, entity, blob=False):
            yield item
            done += 1
    except Exception as exc:
        if not _undecodable(exc):
            raise
        for number, item in enumerate(_stream(session, entity, blob=True)):
            if number >= done:  # the records before were read and compared already
                yield item


def _stream(session: Session, entity: Entity, blob: bool) -> Iterator[tuple[str, dict]]:
    links = {link.key: _link_map(session, link, None, blob) for link in entity.links}
    rows = _rows(session, _main_query(entity, blob).order_by(entity.table.c.id))
    yield from _states(entity, rows, links, blob)


def states_of(session: Session, entity: Entity, uids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The states of the given records that exist (a missing uid is left out)."""
    try:
        return _states_of(session, entity, uids, blob=False)
    except Exception as exc:
        if not _undecodable(exc):
            raise
        return _states_of(session, entity, uids, blob=True)


def _states_of(
    session: Session, entity: Entity, uids: Sequence[str], blob: bool
) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(uids), 500):
        chunk = list(uids[start : start + 500])
        query = _main_query(entity, blob).where(entity.table.c.uid.in_(chunk))
        rows = session.execute(query).all()
        owners = [row[0] for row in rows]
        links = {link.key: _link_map(session, link, owners, blob) for link in entity.links}
        found.update(_states(entity, rows, links, blob))
    return found


def _undecodable(exc: Exception) -> bool:
    """SQLite's driver met stored text that is not UTF-8 (a damaged or planted value)."""
    return "could not decode" in str(getattr(exc, "orig", exc)).lower()


def hashes_of(session: Session, entity_name: str, uids: Sequence[str]) -> dict[str, str]:
    """Row hashes of the given records that exist."""
    entity = BY_NAME[entity_name]
    return {uid: row_hash(state) for uid, state in states_of(session, entity, uids).items()}
