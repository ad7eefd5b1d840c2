"""Plain frozen dataclasses that cross layer boundaries (services hand these to the UI)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from pledge_tracker.domain.defang import defang
from pledge_tracker.domain.kinds import CommitmentGroup, StakeholderKind
from pledge_tracker.domain.levels import Level


@dataclass(frozen=True)
class CommitmentDTO:
    id: int
    uid: str
    code: str
    group: CommitmentGroup
    number: int
    short_title: str
    wording: str
    wording_verified: bool
    wording_fr: str | None = None
    short_title_fr: str | None = None
    verified_by: str | None = None
    verified_at: dt.datetime | None = None
    verified_source: str | None = None
    version: int = 1


@dataclass(frozen=True)
class StakeholderDTO:
    id: int
    uid: str
    name: str
    kind: StakeholderKind
    country_code: str | None
    joined: dt.date | None
    joined_verified: bool = True
    joined_basis: str | None = None
    founding: bool = False
    active: bool = True
    notes: str | None = None
    source_url: str | None = None
    version: int = 1
    joined_precision: str = "day"  # day, month or year: how much of `joined` is known
    membership_verified: bool = True  # the reference sources confirm it is a supporter

    @property
    def unverified(self) -> bool:
        """Whether its membership or its join date is unverified or inferred (marked †)."""
        return not self.membership_verified or (
            self.joined is not None and not self.joined_verified
        )


@dataclass(frozen=True)
class StakeholderInput:
    """What a user types to add or edit a supporter."""

    name: str
    kind: StakeholderKind | str
    country_code: str | None = None
    joined: dt.date | str | None = None
    founding: bool = False
    notes: str | None = None
    source_url: str | None = None
    joined_precision: str = "day"

    @classmethod
    def of(cls, supporter: StakeholderDTO) -> StakeholderInput:
        """A supporter's current details as the input that would save them again."""
        return cls(
            name=supporter.name,
            kind=supporter.kind,
            country_code=supporter.country_code,
            joined=supporter.joined,
            founding=supporter.founding,
            notes=supporter.notes,
            source_url=supporter.source_url,
            joined_precision=supporter.joined_precision,
        )


@dataclass(frozen=True)
class AttachmentRef:
    sha256: str
    filename: str
    size: int


@dataclass(frozen=True)
class EvidenceDTO:
    id: int
    uid: str
    title: str
    summary: str
    kind: str
    source_url: str | None
    source_name: str | None
    effective: dt.date | None
    published: dt.date | None
    retrieved: dt.date | None
    reliability: str
    restricted: bool
    notes: str | None
    demo: bool
    stakeholder_ids: tuple[int, ...] = ()
    commitment_ids: tuple[int, ...] = ()
    attachments: tuple[AttachmentRef, ...] = ()
    withdrawn: bool = False
    version: int = 1
    effective_precision: str = "day"  # day, month or year: how much of `effective` is known

    @property
    def dated(self) -> dt.date | None:
        """The date the evidence speaks for: effective, else published, else retrieved."""
        return self.effective or self.published or self.retrieved

    @property
    def dated_precision(self) -> str:
        """How much of `dated` is known: only the effective date may be partial."""
        return self.effective_precision if self.effective else "day"


@dataclass(frozen=True)
class EvidenceInput:
    """What a user types to add or edit an evidence item."""

    title: str
    summary: str = ""
    kind: str = "other"
    source_url: str | None = None
    source_name: str | None = None
    effective: dt.date | str | None = None
    published: dt.date | str | None = None
    retrieved: dt.date | str | None = None
    reliability: str = "reputable"
    restricted: bool = False
    notes: str | None = None
    stakeholder_ids: tuple[int, ...] = ()
    commitment_ids: tuple[int, ...] = ()
    effective_precision: str = "day"

    @classmethod
    def of(cls, item: EvidenceDTO) -> EvidenceInput:
        """An item's current details as the input that would save them again."""
        return cls(
            title=item.title,
            summary=item.summary,
            kind=item.kind,
            source_url=item.source_url,
            source_name=item.source_name,
            effective=item.effective,
            published=item.published,
            retrieved=item.retrieved,
            reliability=item.reliability,
            restricted=item.restricted,
            notes=item.notes,
            stakeholder_ids=item.stakeholder_ids,
            commitment_ids=item.commitment_ids,
            effective_precision=item.effective_precision,
        )


@dataclass(frozen=True)
class AssessmentDTO:
    id: int
    uid: str
    stakeholder_id: int
    commitment_id: int
    level: Level
    effective: dt.date
    recorded_at: dt.datetime
    assessor: str
    rationale: str
    confidence: str
    origin: str
    method_version: str
    demo: bool = False
    retracted: bool = False
    evidence_ids: tuple[int, ...] = ()
    effective_precision: str = "day"  # day, month or year: how much of `effective` is known
    reviewed_by: str | None = None
    reviewed_at: dt.datetime | None = None


@dataclass(frozen=True)
class ReplyDTO:
    """A supporter's reply to one judgement of it."""

    id: int
    uid: str
    assessment_id: int
    text: str
    dated: dt.date
    source_url: str | None
    recorded_at: dt.datetime
    recorded_by: str
    withdrawn: bool = False


@dataclass(frozen=True)
class ReplyInput:
    """What a user types to record a supporter's reply to a judgement."""

    assessment_id: int
    text: str
    dated: dt.date | str | None = None
    source_url: str | None = None


@dataclass(frozen=True)
class AssessmentInput:
    """What a user chooses to record a judgement."""

    stakeholder_id: int
    commitment_id: int
    level: Level | str
    effective: dt.date | str | None = None
    rationale: str = ""
    confidence: str = "medium"
    origin: str = "independent_review"
    evidence_ids: tuple[int, ...] = ()
    effective_precision: str = "day"


@dataclass(frozen=True)
class ActionInput:
    """What a form says about an action: the services' keyword arguments (`asdict`)."""

    stakeholder_id: int
    title: str
    commitment_id: int | None = None
    due: dt.date | None = None
    notes: str | None = None

    @classmethod
    def of(cls, action: ActionDTO) -> ActionInput:
        return cls(
            action.stakeholder_id, action.title, action.commitment_id, action.due, action.notes
        )


@dataclass(frozen=True)
class ActionDTO:
    id: int
    uid: str
    stakeholder_id: int
    commitment_id: int | None
    title: str
    due: dt.date | None
    done: bool
    done_on: dt.date | None
    notes: str | None

    def overdue(self, today: dt.date) -> bool:
        return not self.done and self.due is not None and self.due < today


@dataclass(frozen=True)
class SightingDTO:
    id: int
    uid: str
    stakeholder_id: int | None
    platform: str
    url: str
    found_at: dt.datetime
    reported_at: dt.datetime | None
    removed_at: dt.datetime | None
    views: int | None
    notes: str | None
    incident_id: int | None = None
    found_how: str = "own_search"  # domain/kinds.FoundHow
    order_at: dt.datetime | None = None  # a removal order's time: the EU's hour runs from it
    order_law: str | None = None
    instrument_uid: str | None = None
    content_ref: str | None = None
    restricted: bool = False

    @property
    def address(self) -> str:
        """The address as it may be shown: defanged (never the live `url`)."""
        return defang(self.url)


@dataclass(frozen=True)
class Cell:
    """One supporter on one commitment, as of a date."""

    stakeholder_id: int
    commitment_id: int
    level: Level
    applicable: bool = True
    effective: dt.date | None = None
    assessor: str | None = None
    assessment_id: int | None = None
    needs_review: bool = False
    effective_precision: str = "day"  # how much of `effective` is known


@dataclass(frozen=True)
class Summary:
    """Score and coverage over a set of cells."""

    score: float | None
    coverage: float | None
    assessed: int
    applicable: int
    levels: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class StakeholderRow:
    stakeholder: StakeholderDTO
    summary: Summary
    last_assessed: dt.date | None = None
    evidence_count: int = 0


@dataclass(frozen=True)
class Matrix:
    """Every supporter on every commitment, as of a date."""

    as_of: dt.date
    commitments: tuple[CommitmentDTO, ...]
    rows: tuple[StakeholderRow, ...]
    cells: dict[tuple[int, int], Cell]
    overall: Summary

    def cell(self, stakeholder_id: int, commitment_id: int) -> Cell:
        return self.cells.get(
            (stakeholder_id, commitment_id),
            Cell(stakeholder_id, commitment_id, Level.NOT_APPLICABLE, applicable=False),
        )
