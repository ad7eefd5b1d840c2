"""Everything a PDF report prints, read from the database into plain frozen dataclasses."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import CommitmentDTO, Matrix, SightingDTO, StakeholderDTO, Summary
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.kinds import StakeholderKind
from pledge_tracker.domain.levels import METHOD_VERSION, Level
from pledge_tracker.domain.scoring import DEFAULT_FRESHNESS_MONTHS, months_before, summarise
from pledge_tracker.domain.validate import choice
from pledge_tracker.services import stakeholders
from pledge_tracker.services.queries import matrix
from pledge_tracker.services.sightings import TakedownSummary, list_sightings, takedown_by_platform

CHUNK = 900  # below SQLite's bound-parameter limit
MOVERS = 10


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


@dataclass(frozen=True)
class SupporterReport:
    stakeholder: StakeholderDTO
    summary: Summary
    since: Summary
    lines: tuple[CommitmentLine, ...]
    evidence_count: int
    recent_evidence: tuple[EvidenceLine, ...]
    withheld: int = 0  # restricted items about this supporter left out of a public edition

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
class ReportData:
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
    takedown: tuple[TakedownSummary, ...]
    sightings: int
    evidence_total: int
    withheld: int
    restricted_shown: int  # restricted items counted or listed (editions that are not public)
    sections: tuple[CommitmentSection, ...] = ()
    appendix: tuple[EvidenceLine, ...] = ()
    charts: tuple[tuple[str, object], ...] = ()  # (chart name, its data from chart_data)
    method_version: str = METHOD_VERSION
    freshness_months: int = DEFAULT_FRESHNESS_MONTHS

    @property
    def unverified_wording(self) -> int:
        return sum(not c.wording_verified for c in self.commitments)


def load_report_data(database: Database, options: ReportOptions) -> ReportData:
    """Read everything a report needs in one read transaction (a consistent snapshot)."""
    with database.read() as session:
        return build_report_data(session, options)


def build_report_data(session: Session, options: ReportOptions) -> ReportData:
    """The report's data from an open session (see load_report_data)."""
    as_of, months = options.as_of, options.freshness_months
    since = options.since or months_before(as_of, 12)
    if since > as_of:
        raise ValidationError("since", f"{since} is after the as-of date {as_of}")
    now = matrix(session, as_of, freshness_months=months, include_inactive=True)
    before = matrix(session, since, freshness_months=months, include_inactive=True)
    chosen, scope, kind = _choose(session, now, options)
    ids = {person.id for person in chosen}
    shown, withheld, restricted = _linked_evidence(session, ids, options)
    details = _Details(session, now, chosen, options) if options.details else None
    counts = _Counts(session, shown, options)
    recent = _recent_evidence(session, ids, options)
    demo = set(session.scalars(select(m.Assessment.id).where(m.Assessment.demo.is_(True))))
    supporters = tuple(_supporter(now, before, p, counts, recent, details, demo) for p in chosen)
    sightings = _sightings(session, ids, scope, as_of)
    return ReportData(
        as_of=as_of,
        since=since,
        generated=options.generated or dt.date.today(),
        lang=options.lang,
        public=options.public,
        scope=scope,
        kind=kind,
        framework=_framework_name(session, options.lang),
        commitments=now.commitments,
        supporters=supporters,
        overall=summarise(line.level for s in supporters for line in s.lines),
        overall_since=summarise(line.level_since for s in supporters for line in s.lines),
        changes=_changes(supporters),
        movers=_movers(supporters),
        overdue=_overdue(session, chosen, now.commitments, as_of),
        takedown=tuple(takedown_by_platform(sightings)),
        sightings=len(sightings),
        evidence_total=len(shown),
        withheld=len(withheld | (details.withheld if details else set())),
        restricted_shown=len(restricted | (details.restricted_cited if details else set())),
        sections=details.sections(now.commitments, supporters, options.lang) if details else (),
        appendix=details.appendix() if details else (),
        charts=_charts(session, options, since, scope, kind, ids),
        freshness_months=months,
    )


def _choose(
    session: Session, grid: Matrix, options: ReportOptions
) -> tuple[list[StakeholderDTO], str, str | None]:
    """The supporters a report covers, in the matrix's (alphabetical) order."""
    people = [row.stakeholder for row in grid.rows]
    if options.stakeholders:
        wanted = {stakeholders.find(session, name).id for name in options.stakeholders}
        return [p for p in people if p.id in wanted], "named", None
    if options.kind:
        kind = choice(options.kind, StakeholderKind, "kind")
        return [p for p in people if p.active and p.kind is kind], "kind", kind.value
    return [p for p in people if p.active], "all", None


_DATED = func.coalesce(m.Evidence.effective, m.Evidence.published, m.Evidence.retrieved)


def _live(as_of: dt.date) -> tuple[object, ...]:
    """Evidence a report may count: not withdrawn, and dated on or before as_of."""
    return (m.Evidence.withdrawn.is_(False), _DATED <= as_of)


def _linked_evidence(
    session: Session, ids: set[int], options: ReportOptions
) -> tuple[set[int], set[int], set[int]]:
    """Evidence linked to the chosen supporters: ids shown, restricted ids withheld or shown."""
    rows = session.execute(
        select(
            m.evidence_stakeholders.c.evidence_id,
            m.evidence_stakeholders.c.stakeholder_id,
            m.Evidence.restricted,
        )
        .join(m.Evidence, m.Evidence.id == m.evidence_stakeholders.c.evidence_id)
        .where(*_live(options.as_of))
    ).all()
    shown: set[int] = set()
    withheld: set[int] = set()
    restricted_shown: set[int] = set()
    for evidence_id, person, restricted in rows:
        if person not in ids:
            continue
        (withheld if options.public and restricted else shown).add(evidence_id)
        if restricted and not options.public:
            restricted_shown.add(evidence_id)
    return shown, withheld, restricted_shown


class _Counts:
    """Evidence items per supporter and per supporter-commitment pair."""

    def __init__(self, session: Session, shown: set[int], options: ReportOptions) -> None:
        person = m.evidence_stakeholders.c.stakeholder_id
        commitment = m.evidence_commitments.c.commitment_id
        link = m.evidence_stakeholders.c.evidence_id
        query = (
            select(person, commitment, func.count())
            .join(m.evidence_commitments, m.evidence_commitments.c.evidence_id == link)
            .join(m.Evidence, m.Evidence.id == link)
            .where(*_live(options.as_of))
            .group_by(person, commitment)
        )
        person_query = (
            select(person, func.count())
            .join(m.Evidence, m.Evidence.id == link)
            .where(*_live(options.as_of))
            .group_by(person)
        )
        withheld: dict[int, int] = {}
        if options.public:
            hidden = person_query.where(m.Evidence.restricted.is_(True))
            withheld = dict(session.execute(hidden).all())  # type: ignore[arg-type]
            query = query.where(m.Evidence.restricted.is_(False))
            person_query = person_query.where(m.Evidence.restricted.is_(False))
        self.withheld = withheld
        self.pairs = {(s, c): n for s, c, n in session.execute(query).all()}
        self.people: dict[int, int] = dict(session.execute(person_query).all())  # type: ignore[arg-type]


def _recent_evidence(
    session: Session, ids: set[int], options: ReportOptions
) -> dict[int, list[EvidenceLine]]:
    """Each supporter's newest few evidence items dated on or before as_of."""
    person = m.evidence_stakeholders.c.stakeholder_id
    rank = func.row_number().over(
        partition_by=person, order_by=(_DATED.desc(), m.Evidence.id.desc())
    )
    inner = (
        select(person.label("person"), m.Evidence.id.label("id"), rank.label("rank"))
        .join(m.Evidence, m.Evidence.id == m.evidence_stakeholders.c.evidence_id)
        .where(*_live(options.as_of))
    )
    if options.public:
        inner = inner.where(m.Evidence.restricted.is_(False))
    ranked = inner.subquery()
    pairs = [
        (p, e)
        for p, e in session.execute(
            select(ranked.c.person, ranked.c.id).where(ranked.c.rank <= options.recent_evidence)
        ).all()
        if p in ids
    ]
    lines = _evidence_lines(session, {e for _, e in pairs})
    recent: dict[int, list[EvidenceLine]] = defaultdict(list)
    for p, e in pairs:
        recent[p].append(lines[e])
    for items in recent.values():
        items.sort(key=lambda e: (e.dated or dt.date.min, e.id), reverse=True)
    return recent


def _evidence_lines(session: Session, evidence_ids: Iterable[int]) -> dict[int, EvidenceLine]:
    columns = (
        m.Evidence.id,
        m.Evidence.title,
        m.Evidence.kind,
        m.Evidence.source_name,
        m.Evidence.source_url,
        _DATED,
        m.Evidence.published,
        m.Evidence.retrieved,
        m.Evidence.reliability,
        m.Evidence.demo,
    )
    result: dict[int, EvidenceLine] = {}
    for chunk in _chunks(sorted(evidence_ids)):
        for row in session.execute(select(*columns).where(m.Evidence.id.in_(chunk))).all():
            result[row[0]] = EvidenceLine(*row[:5], _as_date(row[5]), *row[6:])
    return result


def _as_date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _chunks(items: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _supporter(
    now: Matrix,
    before: Matrix,
    person: StakeholderDTO,
    counts: _Counts,
    recent: dict[int, list[EvidenceLine]],
    details: _Details | None,
    demo: set[int],
) -> SupporterReport:
    lines = []
    for commitment in now.commitments:
        cell = now.cell(person.id, commitment.id)
        if not cell.applicable:
            continue
        rationale, citations = details.of(cell.assessment_id) if details else ("", ())
        lines.append(
            CommitmentLine(
                commitment=commitment,
                level=cell.level,
                level_since=before.cell(person.id, commitment.id).level,
                effective=cell.effective,
                evidence_count=counts.pairs.get((person.id, commitment.id), 0),
                needs_review=cell.needs_review,
                rationale=rationale,
                citations=citations,
                demo=cell.assessment_id in demo,
            )
        )
    return SupporterReport(
        stakeholder=person,
        summary=summarise(line.level for line in lines),
        since=summarise(line.level_since for line in lines),
        lines=tuple(lines),
        evidence_count=counts.people.get(person.id, 0),
        recent_evidence=tuple(recent.get(person.id, ())),
        withheld=counts.withheld.get(person.id, 0),
    )


def _changes(supporters: tuple[SupporterReport, ...]) -> Changes:
    """Upgrades, downgrades and first assessments between since and as_of, per group."""
    by_group: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for report in supporters:
        for line in report.lines:
            now, then = line.level.score, line.level_since.score
            counts = by_group[line.commitment.group.value]
            if now is None:
                continue
            if then is None:
                counts[2] += 1
            elif now > then:
                counts[0] += 1
            elif now < then or (
                line.level is Level.REGRESSED and line.level_since is not Level.REGRESSED
            ):
                counts[1] += 1
    totals = [sum(c[i] for c in by_group.values()) for i in range(3)]
    return Changes(*totals, by_group={g: (c[0], c[1], c[2]) for g, c in by_group.items()})


def _movers(supporters: tuple[SupporterReport, ...]) -> tuple[SupporterReport, ...]:
    """The supporters whose score moved most since the earlier date (either way)."""
    moved = [s for s in supporters if s.score_change]
    moved.sort(key=lambda s: (-abs(s.score_change or 0), s.stakeholder.name))
    return tuple(moved[:MOVERS])


def _overdue(
    session: Session,
    chosen: list[StakeholderDTO],
    commitments: tuple[CommitmentDTO, ...],
    as_of: dt.date,
) -> tuple[ActionLine, ...]:
    """Actions due before as_of and not done by then, most overdue first."""
    names = {p.id: p.name for p in chosen}
    codes = {c.id: c.code for c in commitments}
    rows = session.execute(
        select(m.Action).where(m.Action.due < as_of).order_by(m.Action.due, m.Action.id)
    ).scalars()
    lines = []
    for row in rows:
        done_by_then = row.done and (row.done_on is None or row.done_on <= as_of)
        if row.stakeholder_id not in names or done_by_then or row.due is None:
            continue
        lines.append(
            ActionLine(
                supporter=names[row.stakeholder_id],
                commitment_code=codes.get(row.commitment_id) if row.commitment_id else None,
                title=row.title,
                due=row.due,
                days_overdue=(as_of - row.due).days,
            )
        )
    return tuple(lines)


def _sightings(session: Session, ids: set[int], scope: str, as_of: dt.date) -> list[SightingDTO]:
    """Sightings found by as_of; with a chosen set of supporters, only their platforms'."""
    end = dt.datetime.combine(as_of + dt.timedelta(days=1), dt.time())
    found = [s for s in list_sightings(session) if s.found_at < end]
    if scope == "all":
        return found
    return [s for s in found if s.stakeholder_id in ids]


def _framework_name(session: Session, lang: str) -> str:
    row = session.execute(select(m.Framework.name, m.Framework.name_fr).limit(1)).first()
    if row is None:
        return "Christchurch Call"
    return (row.name_fr if lang == "fr" else None) or row.name


def _restricted(session: Session, evidence_ids: set[int]) -> set[int]:
    result: set[int] = set()
    for chunk in _chunks(sorted(evidence_ids)):
        result.update(
            session.scalars(
                select(m.Evidence.id).where(m.Evidence.id.in_(chunk), m.Evidence.restricted)
            )
        )
    return result


def _rationales(session: Session, assessment_ids: list[int]) -> dict[int, str]:
    result: dict[int, str] = {}
    for chunk in _chunks(sorted(assessment_ids)):
        query = select(m.Assessment.id, m.Assessment.rationale).where(m.Assessment.id.in_(chunk))
        result.update((i, text) for i, text in session.execute(query).all())
    return result


def _citations(session: Session, assessment_ids: list[int]) -> dict[int, list[int]]:
    """The live evidence each assessment rests on."""
    link = m.assessment_evidence.c
    cited: dict[int, list[int]] = defaultdict(list)
    for chunk in _chunks(sorted(assessment_ids)):
        rows = session.execute(
            select(link.assessment_id, link.evidence_id)
            .join(m.Evidence, m.Evidence.id == link.evidence_id)
            .where(link.assessment_id.in_(chunk), m.Evidence.withdrawn.is_(False))
        ).all()
        for assessment_id, evidence_id in rows:
            cited[assessment_id].append(evidence_id)
    return cited


class _Details:
    """Rationales and numbered citations [n] of the judgements a full report prints."""

    def __init__(
        self, session: Session, grid: Matrix, chosen: list[StakeholderDTO], options: ReportOptions
    ) -> None:
        order = [
            cell.assessment_id
            for commitment in grid.commitments
            for person in chosen
            if (cell := grid.cell(person.id, commitment.id)).assessment_id is not None
        ]
        self._rationale = _rationales(session, order)
        cited = _citations(session, order)
        self._evidence = _evidence_lines(session, {e for ids in cited.values() for e in ids})
        restricted = _restricted(session, set(self._evidence))
        self.restricted_cited = set() if options.public else restricted
        self.withheld: set[int] = set()
        self._numbers: dict[int, int] = {}  # evidence id -> citation number, in first-cited order
        self._cites: dict[int, tuple[int, ...]] = {}
        for assessment_id in order:
            items = sorted(
                (self._evidence[e] for e in cited.get(assessment_id, ())),
                key=lambda e: (e.dated or dt.date.min, e.id),
            )
            numbers = []
            for item in items:
                if options.public and item.id in restricted:
                    self.withheld.add(item.id)
                else:
                    numbers.append(self._numbers.setdefault(item.id, len(self._numbers) + 1))
            self._cites[assessment_id] = tuple(numbers)

    def of(self, assessment_id: int | None) -> tuple[str, tuple[int, ...]]:
        if assessment_id is None:
            return "", ()
        return self._rationale.get(assessment_id, ""), self._cites.get(assessment_id, ())

    def appendix(self) -> tuple[EvidenceLine, ...]:
        return tuple(
            replace(self._evidence[evidence_id], number=number)
            for evidence_id, number in sorted(self._numbers.items(), key=lambda kv: kv[1])
        )

    def sections(
        self,
        commitments: tuple[CommitmentDTO, ...],
        supporters: tuple[SupporterReport, ...],
        lang: str,
    ) -> tuple[CommitmentSection, ...]:
        rows: dict[int, list[SectionRow]] = defaultdict(list)
        for report in supporters:
            for line in report.lines:
                rows[line.commitment.id].append(SectionRow(report.stakeholder, line))
        return tuple(_section(c, tuple(rows.get(c.id, ())), lang) for c in commitments)


def _section(
    commitment: CommitmentDTO, rows: tuple[SectionRow, ...], lang: str
) -> CommitmentSection:
    french = lang == "fr" and bool(commitment.wording_fr)
    title = commitment.short_title_fr if lang == "fr" and commitment.short_title_fr else None
    return CommitmentSection(
        commitment=commitment,
        title=title or commitment.short_title,
        wording=commitment.wording_fr if french and commitment.wording_fr else commitment.wording,
        wording_translated=lang != "fr" or french,
        summary=summarise(row.line.level for row in rows),
        rows=rows,
    )


def _charts(
    session: Session,
    options: ReportOptions,
    since: dt.date,
    scope: str,
    kind: str | None,
    ids: set[int],
) -> tuple[tuple[str, object], ...]:
    """The data of each dashboard chart the report includes, for the same supporters."""
    if not options.charts:
        return ()
    from pledge_tracker.services import chart_data  # charts are optional for scorecards

    chart_options = chart_data.ChartOptions(
        as_of=options.as_of,
        since=since,
        stakeholder_ids=frozenset(ids) if scope == "named" else frozenset(),
        kinds=frozenset({kind}) if kind else frozenset(),
        include_inactive=scope == "named",
        include_restricted=not options.public,
        freshness_months=options.freshness_months,
    )
    # Time series run from the Call's adoption; only "what changed" uses the report's since.
    whole = replace(chart_options, since=None)
    return tuple(
        (name, chart_data.build(name, session, chart_options if name == "changes" else whole))
        for name in options.charts
        if name in chart_data.BUILDERS
    )
