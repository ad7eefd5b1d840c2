"""The frozen records a report prints: the user's options, and every line, section and total."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from pledge_tracker.domain.dto import CommitmentDTO, StakeholderDTO, Summary
from pledge_tracker.domain.instruments import LISTED, Binding, InstrumentDTO
from pledge_tracker.domain.kinds import Origin
from pledge_tracker.domain.levels import METHOD_VERSION, Level
from pledge_tracker.domain.scoring import (
    DEFAULT_FRESHNESS_MONTHS,
    DEFAULT_RANK_THRESHOLD,
    rankable,
)
from pledge_tracker.domain.takedown import PlatformFigures
from pledge_tracker.services.timeline import TimelineEntry


@dataclass(frozen=True)
class ReportOptions:
    """What the user chose: dates, whom, and for which readers."""

    as_of: dt.date
    since: dt.date | None = None  # default: twelve months before as_of
    stakeholders: tuple[str, ...] = ()  # names or country codes; empty: every active supporter
    kind: str | None = None
    public: bool = False  # leave restricted evidence out (and say how much)
    lang: str = "en"
    generated: dt.date | None = None  # default: today (tests pin it)
    freshness_months: int = DEFAULT_FRESHNESS_MONTHS
    recent_evidence: int = 5
    details: bool = False  # rationales, citations and the evidence appendix (full report)
    charts: tuple[str, ...] = ()  # dashboard charts to include (names in chart_data.BUILDERS)
    rank_threshold: float = DEFAULT_RANK_THRESHOLD  # coverage a supporter needs to be ranked
    reviewed_only: bool = False  # print only ratings a second officer has reviewed
    figures: bool = False  # each supporter's latest published figures (scorecards)


@dataclass(frozen=True)
class EvidenceLine:
    """One evidence item as printed: in a recent list or the appendix ([number])."""

    id: int
    title: str
    kind: str
    source_name: str | None
    source_url: str | None
    dated: dt.date | None
    published: dt.date | None
    retrieved: dt.date | None
    reliability: str
    demo: bool
    number: int = 0  # citation number in the full report (0: not cited)
    dated_precision: str = "day"  # how much of `dated` is known (day, month, year)
    restricted: bool = False  # internal only: marked as such wherever it is listed


@dataclass(frozen=True)
class FigureLine:
    """A supporter's latest published figure for one metric, with its cited source."""

    metric: str
    value: str  # exact decimal text, printed as recorded
    unit: str
    period_start: dt.date
    period_end: dt.date
    period_precision: str
    published: dt.date | None
    citation: int  # the source's report-wide citation number


@dataclass(frozen=True)
class ReplyLine:
    """A supporter's reply to a rating, as printed beside it."""

    text: str
    dated: dt.date
    source_url: str | None


@dataclass(frozen=True)
class Basis:
    """Who judged one rating and how it was checked."""

    origin: str
    confidence: str
    reviewed_by: str | None = None
    reviewed_at: dt.datetime | None = None
    reply: ReplyLine | None = None  # the latest live reply
    cited: int = 0  # live evidence items the judgement cites
    restricted: int = 0  # of which restricted

    @property
    def reviewed(self) -> bool:
        return self.reviewed_by is not None


@dataclass(frozen=True)
class CommitmentLine:
    """One supporter on one applicable commitment."""

    commitment: CommitmentDTO
    level: Level
    level_since: Level
    effective: dt.date | None
    evidence_count: int
    needs_review: bool
    rationale: str = ""
    citations: tuple[int, ...] = ()  # citation numbers of the evidence it rests on
    demo: bool = False  # the judgement is demonstration data
    effective_precision: str = "day"  # how much of `effective` is known
    basis: Basis | None = None  # who judged it and how it was checked (None: not judged)
    withheld: int = 0  # public editions: restricted items it cites, left out

    @property
    def all_withheld(self) -> bool:
        """Public editions: it cites evidence, and every cited item is restricted."""
        return bool(self.withheld) and self.basis is not None and self.withheld == self.basis.cited


@dataclass(frozen=True)
class LevelChange:
    """One supporter's level on one commitment that moved between `since` and `as_of`."""

    supporter: str
    commitment: CommitmentDTO
    before: Level
    after: Level
    effective: dt.date | None  # when the new level took effect
    rationale: str  # the first sentence of the judgement's rationale
    evidence: tuple[EvidenceLine, ...]  # the evidence the new judgement cites

    @property
    def regression(self) -> bool:
        return is_regression(self.before, self.after)


def is_regression(before: Level, after: Level) -> bool:
    """A level that fell, or newly marked as regressed (both assessed)."""
    now, then = after.score, before.score
    if now is None or then is None:
        return False
    return now < then or (after is Level.REGRESSED and before is not Level.REGRESSED)


@dataclass(frozen=True)
class SupporterReport:
    """One supporter's page: figures now and then, lines and recent evidence."""

    stakeholder: StakeholderDTO
    summary: Summary
    since: Summary
    lines: tuple[CommitmentLine, ...]
    evidence_count: int
    recent_evidence: tuple[EvidenceLine, ...]
    withheld: int = 0  # restricted items about this supporter left out of a public edition
    figures: tuple[FigureLine, ...] = ()  # latest published figure per metric (scorecards)
    figures_withheld: int = 0  # figures from restricted sources left out of a public edition

    @property
    def score_change(self) -> float | None:
        if self.summary.score is None or self.since.score is None:
            return None
        return round(self.summary.score - self.since.score, 1)

    @property
    def coverage_change(self) -> float | None:
        if self.summary.coverage is None or self.since.coverage is None:
            return None
        return round(self.summary.coverage - self.since.coverage, 3)

    @property
    def needs_review(self) -> int:
        return sum(line.needs_review for line in self.lines)

    @property
    def demo(self) -> bool:
        return any(line.demo for line in self.lines) or any(e.demo for e in self.recent_evidence)


@dataclass(frozen=True)
class ActionLine:
    supporter: str
    commitment_code: str | None
    title: str
    due: dt.date
    days_overdue: int


@dataclass(frozen=True)
class Changes:
    """How cells moved between `since` and `as_of`."""

    upgrades: int = 0
    downgrades: int = 0
    new: int = 0
    by_group: dict[str, tuple[int, int, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class SectionRow:
    supporter: StakeholderDTO
    line: CommitmentLine


@dataclass(frozen=True)
class CommitmentSection:
    commitment: CommitmentDTO
    title: str
    wording: str
    wording_translated: bool  # False where French was asked for but only English exists
    summary: Summary
    rows: tuple[SectionRow, ...]


@dataclass(frozen=True)
class BasisCounts:
    """The basis of a set of printed ratings, counted."""

    ratings: int = 0
    independent: int = 0
    self_report: int = 0
    reply: int = 0
    reviewed: int = 0

    @staticmethod
    def of(bases: Iterable[Basis]) -> BasisCounts:
        found: Counter[str] = Counter()
        for basis in bases:
            found["ratings"] += 1
            found[basis.origin] += 1
            found["reviewed"] += basis.reviewed
        return BasisCounts(
            ratings=found["ratings"],
            independent=found[Origin.INDEPENDENT_REVIEW.value],
            self_report=found[Origin.SELF_REPORT.value],
            reply=found[Origin.STAKEHOLDER_REPLY.value],
            reviewed=found["reviewed"],
        )


@dataclass(frozen=True)
class ReportData:
    """Everything one report prints, as of one date."""

    as_of: dt.date
    since: dt.date
    generated: dt.date
    lang: str
    public: bool
    scope: str  # "all", "kind" or "named"
    kind: str | None
    framework: str
    commitments: tuple[CommitmentDTO, ...]
    supporters: tuple[SupporterReport, ...]
    overall: Summary
    overall_since: Summary
    changes: Changes
    movers: tuple[SupporterReport, ...]
    overdue: tuple[ActionLine, ...]
    takedown: tuple[PlatformFigures, ...]  # on the reported clock in reports
    sightings: int
    evidence_total: int
    withheld: int
    restricted_shown: int  # restricted items counted or listed (editions that are not public)
    sections: tuple[CommitmentSection, ...] = ()
    appendix: tuple[EvidenceLine, ...] = ()
    charts: tuple[tuple[str, object], ...] = ()  # (chart name, its data from chart_data)
    method_version: str = METHOD_VERSION
    freshness_months: int = DEFAULT_FRESHNESS_MONTHS
    demo: bool = False  # some figure in the report's scope rests on demonstration data
    rank_threshold: float = DEFAULT_RANK_THRESHOLD
    unranked_movers: tuple[SupporterReport, ...] = ()  # moved, but too little assessed to rank
    regressions: tuple[LevelChange, ...] = ()  # every level that fell in the period
    findings: tuple[str, ...] | None = None  # staff's "Key findings" (None: draft from data)
    reviewed_only: bool = False  # only reviewed ratings are printed
    unreviewed_left_out: int = 0  # ratings left out by reviewed_only
    reviews_checked: bool = False  # reviewers are database users (a team server), not names
    key_dates: tuple[TimelineEntry, ...] = ()  # the timeline's entries in the period, by date
    # The crosswalk: every instrument, and by supporter id what binds it on the report date.
    instruments: tuple[InstrumentDTO, ...] = ()
    bindings: tuple[tuple[int, tuple[Binding, ...]], ...] = ()

    def bound(self, stakeholder_id: int) -> tuple[Binding, ...]:
        """The instruments a supporter's scorecard lists: those in force (or ended) then."""
        found = dict(self.bindings).get(stakeholder_id, ())
        return tuple(b for b in found if b.status in LISTED)

    @property
    def basis_counts(self) -> BasisCounts:
        """How many printed ratings are independent, self-reported, replies, reviewed."""
        return BasisCounts.of(
            line.basis for s in self.supporters for line in s.lines if line.basis is not None
        )

    @property
    def ranked(self) -> tuple[SupporterReport, ...]:
        """The supporters assessed enough to be compared (coverage at least the threshold)."""
        return tuple(s for s in self.supporters if rankable(s.summary, self.rank_threshold))

    @property
    def unranked(self) -> tuple[SupporterReport, ...]:
        """The others: "not enough assessed to rank", listed apart with their coverage."""
        return tuple(s for s in self.supporters if not rankable(s.summary, self.rank_threshold))

    @property
    def indicative(self) -> bool:
        """The overall score rests on less coverage than the ranking threshold."""
        return (self.overall.coverage or 0) < self.rank_threshold

    @property
    def unverified_wording(self) -> int:
        return sum(not c.wording_verified for c in self.commitments)
