"""Loading a report's data in one read: the orchestration, plus actions, sightings and charts."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import CommitmentDTO, Matrix, StakeholderDTO
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.scoring import months_before, summarise
from pledge_tracker.domain.takedown import TakedownFilter
from pledge_tracker.services import bindings, instruments, report_notes, timeline
from pledge_tracker.services import takedown as takedown_figures
from pledge_tracker.services.queries import shared_matrix
from pledge_tracker.services.report_data.basis import assessment_ids, load_basis, reviewed_only
from pledge_tracker.services.report_data.changes import regressions
from pledge_tracker.services.report_data.citations import Details
from pledge_tracker.services.report_data.evidence import (
    EvidenceCounts,
    linked_evidence,
    recent_evidence,
)
from pledge_tracker.services.report_data.figures import with_figures
from pledge_tracker.services.report_data.records import ActionLine, ReportData, ReportOptions
from pledge_tracker.services.report_data.supporters import (
    choose,
    count_changes,
    supporter_report,
    top_movers,
)


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
    now = shared_matrix(session, as_of, months)
    before = shared_matrix(session, since, months)
    basis = load_basis(session, assessment_ids(now, before))
    left_out: set[tuple[int, int]] = set()
    if options.reviewed_only:
        now, left_out = reviewed_only(now, basis)
        before, _ = reviewed_only(before, basis)
    chosen, scope, kind = choose(session, now, options)
    ids = {person.id for person in chosen}
    shown, withheld, restricted = linked_evidence(session, ids, options)
    # Rationales and citations: the scorecard cites evidence, the briefing names regressions.
    details = Details(session, now, chosen, options)
    counts = EvidenceCounts(session, shown, options)
    recent = recent_evidence(session, ids, options)
    demo = set(session.scalars(select(m.Assessment.id).where(m.Assessment.demo.is_(True))))
    supporters = tuple(
        supporter_report(now, before, p, counts, recent, details, demo, basis, options.public)
        for p in chosen
    )
    if options.figures:  # before the appendix: figures cite their sources in it
        supporters = with_figures(session, supporters, details, as_of, options.public)
    chosen_ids = None if scope == "all" else tuple(sorted(ids))
    takedown = takedown_figures.figures(
        session,
        TakedownFilter.for_report(as_of, public=options.public, stakeholder_ids=chosen_ids),
    )
    appendix = details.appendix()
    movers, unranked_movers = top_movers(supporters, options.rank_threshold)
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
        changes=count_changes(supporters),
        movers=movers,
        unranked_movers=unranked_movers,
        rank_threshold=options.rank_threshold,
        reviewed_only=options.reviewed_only,
        unreviewed_left_out=sum(person in ids for person, _ in left_out),
        # A team server records the database user as reviewer; elsewhere a display name.
        reviews_checked=session.get_bind().dialect.name == "postgresql",
        overdue=_overdue(session, chosen, now.commitments, as_of),
        takedown=takedown.rows,
        sightings=takedown.total.sightings,
        evidence_total=len(shown),
        withheld=len(withheld | details.withheld),
        restricted_shown=len(restricted | details.restricted_cited),
        sections=(
            details.sections(now.commitments, supporters, options.lang) if options.details else ()
        ),
        regressions=regressions(supporters, appendix),
        findings=report_notes.saved(session, report_notes.notes_key(options)),
        appendix=appendix,
        charts=_charts(session, options, since, scope, kind, ids),
        key_dates=tuple(timeline.between(session, since, as_of)),
        freshness_months=months,
        instruments=tuple(instruments.list_instruments(session)),
        bindings=tuple(
            (person, tuple(found))
            for person, found in bindings.bindings_for(
                session, [p.id for p in chosen], as_of
            ).items()
        ),
        demo=_rests_on_demo(session, (now, before), ids, demo, shown)
        or any(item.demo for item in appendix),
    )


def _rests_on_demo(
    session: Session, grids: tuple[Matrix, ...], ids: set[int], demo: set[int], shown: set[int]
) -> bool:
    """Whether a judgement (now or at `since`) or evidence item in scope is demonstration data."""
    for grid in grids:
        for (person, _), cell in grid.cells.items():
            if person in ids and cell.assessment_id in demo:
                return True
    listed = session.scalars(select(m.Evidence.id).where(m.Evidence.demo.is_(True)))
    return not shown.isdisjoint(listed)


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


def _framework_name(session: Session, lang: str) -> str:
    row = session.execute(select(m.Framework.name, m.Framework.name_fr).limit(1)).first()
    if row is None:
        return "Christchurch Call"
    return (row.name_fr if lang == "fr" else None) or row.name


def _charts(
    session: Session,
    options: ReportOptions,
    since: dt.date,
    scope: str,
    kind: str | None,
    ids: set[int],
) -> tuple[tuple[str, object], ...]:
    """The data of each dashboard chart the report includes, for the same supporters."""
    if not options.charts or options.reviewed_only:
        return ()  # the charts count every rating: a reviewed-only edition leaves them out
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
