"""SQLAlchemy 2 typed models for every entity in DESIGN.md."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# Columns computed from a record's other columns (kept by the app, never typed): left out of
# the audited state (db/rowstate.py), audit entries and data packages, and recomputed after
# a package is restored or merged (db/search_text.py).
DERIVED_COLUMNS: dict[str, frozenset[str]] = {"evidence": frozenset({"search_text"})}


def new_uid() -> str:
    """A stable identifier that survives export and merge between databases."""
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Framework(Base):
    __tablename__ = "frameworks"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(Text)
    name_fr: Mapped[str | None] = mapped_column(Text)
    adopted: Mapped[dt.date | None] = mapped_column(Date)
    source_url: Mapped[str | None] = mapped_column(Text)
    commitments: Mapped[list[Commitment]] = relationship(back_populates="framework")


class Commitment(Base):
    __tablename__ = "commitments"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    framework_id: Mapped[int] = mapped_column(ForeignKey("frameworks.id"))
    code: Mapped[str] = mapped_column(String(20), unique=True)
    group: Mapped[str] = mapped_column(String(60))
    number: Mapped[int] = mapped_column(Integer)
    short_title: Mapped[str] = mapped_column(Text)
    short_title_fr: Mapped[str | None] = mapped_column(Text)
    wording: Mapped[str] = mapped_column(Text)
    wording_fr: Mapped[str | None] = mapped_column(Text)
    wording_verified: Mapped[bool] = mapped_column(Boolean, default=False)
    verified_by: Mapped[str | None] = mapped_column(Text)
    verified_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    verified_source: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)
    framework: Mapped[Framework] = relationship(back_populates="commitments")
    __mapper_args__ = {"version_id_col": version}


class Stakeholder(Base):
    __tablename__ = "stakeholders"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    name: Mapped[str] = mapped_column(Text)
    # Lower-cased, accent-free name: duplicates are refused regardless of case or accents.
    name_key: Mapped[str] = mapped_column(Text, unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    country_code: Mapped[str | None] = mapped_column(String(2))
    joined: Mapped[dt.date | None] = mapped_column(Date)
    joined_precision: Mapped[str] = mapped_column(String(5), default="day", server_default="day")
    joined_verified: Mapped[bool] = mapped_column(Boolean, default=True)
    joined_basis: Mapped[str | None] = mapped_column(Text)
    # False where the reference sources could not confirm that it is a supporter at all.
    membership_verified: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    founding: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str | None] = mapped_column(Text)
    source_url: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class Pledge(Base):
    """That a supporter is bound by a commitment (derived from kind; can be overridden)."""

    __tablename__ = "pledges"
    id: Mapped[int] = mapped_column(primary_key=True)
    stakeholder_id: Mapped[int] = mapped_column(ForeignKey("stakeholders.id"))
    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitments.id"))
    applicable: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (UniqueConstraint("stakeholder_id", "commitment_id"),)


assessment_evidence = Table(
    "assessment_evidence",
    Base.metadata,
    Column("assessment_id", ForeignKey("assessments.id"), primary_key=True),
    Column("evidence_id", ForeignKey("evidence.id"), primary_key=True),
)

evidence_stakeholders = Table(
    "evidence_stakeholders",
    Base.metadata,
    Column("evidence_id", ForeignKey("evidence.id"), primary_key=True),
    Column("stakeholder_id", ForeignKey("stakeholders.id"), primary_key=True, index=True),
)

evidence_commitments = Table(
    "evidence_commitments",
    Base.metadata,
    Column("evidence_id", ForeignKey("evidence.id"), primary_key=True),
    Column("commitment_id", ForeignKey("commitments.id"), primary_key=True, index=True),
)


class Assessment(Base):
    """A dated judgement; append-only (a retraction is a flag, never a deletion)."""

    __tablename__ = "assessments"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    stakeholder_id: Mapped[int] = mapped_column(ForeignKey("stakeholders.id"))
    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitments.id"))
    level: Mapped[str] = mapped_column(String(30))
    effective: Mapped[dt.date] = mapped_column(Date)
    effective_precision: Mapped[str] = mapped_column(String(5), default="day", server_default="day")
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    assessor: Mapped[str] = mapped_column(Text)
    rationale: Mapped[str] = mapped_column(Text, default="")
    confidence: Mapped[str] = mapped_column(String(20), default="medium")
    origin: Mapped[str] = mapped_column(String(40), default="independent_review")
    method_version: Mapped[str] = mapped_column(String(20))
    demo: Mapped[bool] = mapped_column(Boolean, default=False)
    retracted: Mapped[bool] = mapped_column(Boolean, default=False)
    # The second officer who checked this judgement (display name on a desktop database).
    reviewed_by: Mapped[str | None] = mapped_column(Text)
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    evidence: Mapped[list[Evidence]] = relationship(secondary=assessment_evidence)
    __table_args__ = (
        Index("ix_assessments_pair", "stakeholder_id", "commitment_id", "effective"),
        # Each pair's latest live judgement in one index descent (migration 0011).
        Index(
            "ix_assessments_latest",
            "stakeholder_id",
            "commitment_id",
            "effective",
            "recorded_at",
            "id",
            sqlite_where=text("retracted = 0"),
            postgresql_where=text("retracted = false"),
        ),
    )


class Reply(Base):
    """A supporter's reply to one judgement of it, printed beside the rating."""

    __tablename__ = "assessment_replies"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    dated: Mapped[dt.date] = mapped_column(Date)
    source_url: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(Text)
    # Withdrawn replies (an undone addition) are hidden everywhere but kept for the audit.
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)


class Evidence(Base):
    __tablename__ = "evidence"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(40))
    source_url: Mapped[str | None] = mapped_column(Text)
    source_name: Mapped[str | None] = mapped_column(Text)
    effective: Mapped[dt.date | None] = mapped_column(Date, index=True)
    effective_precision: Mapped[str] = mapped_column(String(5), default="day", server_default="day")
    published: Mapped[dt.date | None] = mapped_column(Date)
    retrieved: Mapped[dt.date | None] = mapped_column(Date)
    reliability: Mapped[str] = mapped_column(String(20), default="reputable")
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)
    demo: Mapped[bool] = mapped_column(Boolean, default=False)
    # Withdrawn evidence (an undone addition) is hidden everywhere but kept for the audit.
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Derived (see DERIVED_COLUMNS): the searchable fields folded by domain/search.py,
    # kept on every ORM write by the events below and by `refresh_search_text`.
    search_text: Mapped[str | None] = mapped_column(Text)
    stakeholders: Mapped[list[Stakeholder]] = relationship(secondary=evidence_stakeholders)
    commitments: Mapped[list[Commitment]] = relationship(secondary=evidence_commitments)
    attachments: Mapped[list[EvidenceAttachment]] = relationship(
        cascade="all, delete-orphan", order_by="EvidenceAttachment.id"
    )
    __mapper_args__ = {"version_id_col": version}


class Attachment(Base):
    """A file's bytes, stored once, named by their SHA-256."""

    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)


class EvidenceAttachment(Base):
    __tablename__ = "evidence_attachments"
    id: Mapped[int] = mapped_column(primary_key=True)
    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence.id"), index=True)
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachments.id"))
    filename: Mapped[str] = mapped_column(Text)
    attachment: Mapped[Attachment] = relationship()


class Action(Base):
    __tablename__ = "actions"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    stakeholder_id: Mapped[int] = mapped_column(ForeignKey("stakeholders.id"))
    commitment_id: Mapped[int | None] = mapped_column(ForeignKey("commitments.id"))
    title: Mapped[str] = mapped_column(Text)
    due: Mapped[dt.date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class Sighting(Base):
    __tablename__ = "sightings"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    stakeholder_id: Mapped[int | None] = mapped_column(ForeignKey("stakeholders.id"))
    platform: Mapped[str] = mapped_column(Text)
    url: Mapped[str] = mapped_column(Text)
    found_at: Mapped[dt.datetime] = mapped_column(DateTime)
    reported_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    removed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    views: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    # Crisis response (migration 0010): the incident it follows, how it was found, the
    # removal order it was the subject of (the EU's hour runs from `order_at`), what the
    # content was, and whether it is kept out of public reports.
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incidents.id"), index=True)
    found_how: Mapped[str] = mapped_column(
        String(20), default="own_search", server_default="own_search"
    )  # domain/kinds.FoundHow
    order_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    order_law: Mapped[str | None] = mapped_column(Text)  # the law or order, as cited
    instrument_uid: Mapped[str | None] = mapped_column(String(36))  # linked later
    content_ref: Mapped[str | None] = mapped_column(Text)  # a content hash or reference
    restricted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    __table_args__ = (Index("ix_sightings_platform_found", "platform", "found_at"),)


class ReportNote(Base):
    """Staff's "Key findings" for a briefing: one text per language, period and scope."""

    __tablename__ = "report_notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    # lang|since|as_of|scope: the briefing it belongs to (services/report_notes.notes_key).
    key: Mapped[str] = mapped_column(Text, unique=True)
    text: Mapped[str] = mapped_column(Text)


class AuditEntry(Base):
    """One change to one record, chained by SHA-256 to the entry before it."""

    __tablename__ = "audit_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    record_uid: Mapped[str] = mapped_column(String(64))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    # SHA-256 of the record's state this entry wrote (db/rowstate.py); null: gone or none.
    row_hash: Mapped[str | None] = mapped_column(String(64))
    # Holds the content of restricted evidence or a restricted sighting (migration 0013):
    # outside the hash; on a server only roles cleared for restricted rows see the entry.
    # No Python default: the baselines of migrations before 0013 insert without the column.
    restricted: Mapped[bool] = mapped_column(Boolean, server_default=false())
    __table_args__ = (Index("ix_audit_entries_record", "entity", "record_uid"),)


event_stakeholders = Table(
    "event_stakeholders",
    Base.metadata,
    Column("event_id", ForeignKey("events.id"), primary_key=True),
    Column("stakeholder_id", ForeignKey("stakeholders.id"), primary_key=True, index=True),
)

# Evidence items citing an event: part of the event's audited state (db/rowstate.py), so
# citing one never changes an evidence item's recorded hash.
event_evidence = Table(
    "event_evidence",
    Base.metadata,
    Column("event_id", ForeignKey("events.id"), primary_key=True),
    Column("evidence_id", ForeignKey("evidence.id"), primary_key=True, index=True),
)


class Event(Base):
    """A dated event on the Call's timeline (a summit, a law, a crisis), with its sources."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    dated: Mapped[dt.date] = mapped_column(Date, index=True)
    dated_precision: Mapped[str] = mapped_column(String(5), default="day")
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    category: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text, default="")
    # One link per line, in the order given.
    sources: Mapped[str] = mapped_column(Text, default="")
    verified: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    stakeholders: Mapped[list[Stakeholder]] = relationship(secondary=event_stakeholders)
    evidence: Mapped[list[Evidence]] = relationship(secondary=event_evidence)


class Membership(Base):
    """That a supporter is a member of a body (e.g. the European Union), from and until when."""

    __tablename__ = "memberships"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    member_id: Mapped[int] = mapped_column(ForeignKey("stakeholders.id"), index=True)
    # The body by name: a body need not be a supporter itself (the EU is not; its Commission is).
    body: Mapped[str] = mapped_column(Text)
    since: Mapped[dt.date | None] = mapped_column(Date)
    since_precision: Mapped[str] = mapped_column(String(5), default="day")
    until: Mapped[dt.date | None] = mapped_column(Date)
    until_precision: Mapped[str] = mapped_column(String(5), default="day")
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    source_url: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)


instrument_commitments = Table(
    "instrument_commitments",
    Base.metadata,
    Column("instrument_id", ForeignKey("instruments.id"), primary_key=True),
    Column("commitment_id", ForeignKey("commitments.id"), primary_key=True, index=True),
)

instrument_stakeholders = Table(
    "instrument_stakeholders",
    Base.metadata,
    Column("instrument_id", ForeignKey("instruments.id"), primary_key=True),
    Column("stakeholder_id", ForeignKey("stakeholders.id"), primary_key=True, index=True),
)


class Instrument(Base):
    """A law, regulation, court decision, code or protocol that makes commitments binding.

    It binds the supporters linked to it and, through memberships, every member of a body
    named among its jurisdictions, from its date of application (domain/instruments.py).
    """

    __tablename__ = "instruments"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20))
    # One jurisdiction a line: a country's or body's name ("Australia", "European Union").
    jurisdictions: Mapped[str] = mapped_column(Text, default="")
    adopted: Mapped[dt.date | None] = mapped_column(Date)
    adopted_precision: Mapped[str] = mapped_column(String(5), default="day")
    in_force: Mapped[dt.date | None] = mapped_column(Date)
    in_force_precision: Mapped[str] = mapped_column(String(5), default="day")
    applies_from: Mapped[dt.date | None] = mapped_column(Date)
    applies_from_precision: Mapped[str] = mapped_column(String(5), default="day")
    struck_down: Mapped[dt.date | None] = mapped_column(Date)
    struck_down_precision: Mapped[str] = mapped_column(String(5), default="day")
    # The court decision that struck it down (in part: `struck_down_extent` says which part).
    struck_down_by_id: Mapped[int | None] = mapped_column(ForeignKey("instruments.id"))
    struck_down_extent: Mapped[str | None] = mapped_column(Text)
    repealed: Mapped[dt.date | None] = mapped_column(Date)
    repealed_precision: Mapped[str] = mapped_column(String(5), default="day")
    obligations: Mapped[str] = mapped_column(Text, default="")
    penalties: Mapped[str | None] = mapped_column(Text)
    # Source links, one a line.
    sources: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str | None] = mapped_column(Text)
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)
    commitments: Mapped[list[Commitment]] = relationship(secondary=instrument_commitments)
    stakeholders: Mapped[list[Stakeholder]] = relationship(secondary=instrument_stakeholders)
    __mapper_args__ = {"version_id_col": version}


class Indicator(Base):
    """A figure a supporter published (in a transparency report), traced to its evidence."""

    __tablename__ = "indicators"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    stakeholder_id: Mapped[int] = mapped_column(ForeignKey("stakeholders.id"))
    metric: Mapped[str] = mapped_column(Text)
    # Exact decimal text (domain/indicators.py): a float would print 0.1 + 0.2 wrongly.
    value: Mapped[str] = mapped_column(String(40))
    unit: Mapped[str] = mapped_column(Text)
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    period_precision: Mapped[str] = mapped_column(String(5), default="day")
    published: Mapped[dt.date | None] = mapped_column(Date)
    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence.id"), index=True)
    notes: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (Index("ix_indicators_series", "stakeholder_id", "metric", "period_end"),)


# --- crisis response: incidents, protocol activations, supporters' responses --------------------


class Incident(Base):
    """An attack or event that everything after it (activations, responses, copies) follows."""

    __tablename__ = "incidents"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    name: Mapped[str] = mapped_column(Text, unique=True)
    # When it happened, in UTC; `time_zone` is the IANA zone it was given in (shown local).
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime)
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC")
    place: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    sources: Mapped[str | None] = mapped_column(Text)  # one link per line
    demo: Mapped[bool] = mapped_column(Boolean, default=False)


class ProtocolActivation(Base):
    """One activation of a crisis protocol for an incident."""

    __tablename__ = "protocol_activations"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"), index=True)
    protocol: Mapped[str] = mapped_column(String(40))  # domain/kinds.Protocol
    activated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    activated_by: Mapped[str | None] = mapped_column(Text)
    sources: Mapped[str | None] = mapped_column(Text)  # one link per line
    notes: Mapped[str | None] = mapped_column(Text)


class SupporterResponse(Base):
    """A supporter's first action after an incident, and what it did."""

    __tablename__ = "supporter_responses"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"), index=True)
    stakeholder_id: Mapped[int] = mapped_column(ForeignKey("stakeholders.id"))
    first_action_at: Mapped[dt.datetime] = mapped_column(DateTime)
    action: Mapped[str] = mapped_column(Text)  # what was done
    evidence_id: Mapped[int | None] = mapped_column(ForeignKey("evidence.id"))
