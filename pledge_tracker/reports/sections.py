"""Sections the briefing and the full report share: cover, summary, supporters, actions."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, NextPageTemplate, PageBreak

from pledge_tracker.domain.kinds import StakeholderKind
from pledge_tracker.reports.blocks import (
    Ctx,
    LevelBar,
    data_table,
    demo_banner,
    figures_panel,
    spacer,
)
from pledge_tracker.reports.layout import Bookmark, Heading
from pledge_tracker.reports.safe import markup, para, shorten, trusted
from pledge_tracker.reports.styles import ALERT, MUTED, hex_colour
from pledge_tracker.services.report_data import SupporterReport
from pledge_tracker.services.sightings import BUCKETS, TakedownSummary

KIND_ORDER = {kind: index for index, kind in enumerate(StakeholderKind)}
NAMES_ON_COVER = 12


def heading(ctx: Ctx, key: str, level: int = 0) -> Heading:
    """A section heading that is also an outline entry."""
    title = ctx.text(key)
    style = ctx.styles.h1 if level == 0 else ctx.styles.h2
    return Heading(markup(title), style, title=title, level=level)


def cover(ctx: Ctx, title_key: str) -> list[Flowable]:
    """The cover page: title, dates, what the report covers, and its edition."""
    st, t, data = ctx.styles, ctx.text, ctx.data
    parts: list[Flowable] = [
        spacer(60),
        Heading(markup(t(title_key)), st.cover_title, title=t(title_key), level=0),
        spacer(6),
        para(data.framework, st.cover_sub),
        spacer(30),
        *([demo_banner(ctx), spacer(18)] if data.demo else []),
        trusted(f"<b>{markup(t('cover.as_of', date=t.date(data.as_of)))}</b>", st.h2),
        para(t("cover.since", date=t.date(data.since)), st.body),
        para(_scope_line(ctx), st.body),
        spacer(24),
    ]
    for line, alert in _edition_lines(ctx):
        colour = hex_colour(ALERT if alert else MUTED)
        parts.append(trusted(f'<font color="{colour}">{markup(line)}</font>', st.body))
    parts += [
        spacer(12),
        para(
            t("cover.generated", date=t.date(data.generated), app=t("app"), version=_version()),
            st.small,
        ),
        NextPageTemplate("body"),
        PageBreak(),
    ]
    return parts


def _version() -> str:
    from pledge_tracker import __version__

    return __version__


def _scope_line(ctx: Ctx) -> str:
    t, data = ctx.text, ctx.data
    count = len(data.supporters)
    if data.scope == "named":
        names = [s.stakeholder.name for s in data.supporters[:NAMES_ON_COVER]]
        shown = ", ".join(shorten(n, 60) for n in names)
        if count > NAMES_ON_COVER:
            shown += ", …"
        return t("cover.scope.named", count=count, names=shown)
    if data.scope == "kind" and data.kind:
        return t("cover.scope.kind", count=count, kind=t.get("kind", data.kind))
    return t("cover.scope.all", count=count)


def _edition_lines(ctx: Ctx) -> list[tuple[str, bool]]:
    t, data = ctx.text, ctx.data
    lines: list[tuple[str, bool]] = []
    if data.public:
        key = "cover.public" if data.withheld else "cover.public_none"
        lines.append((t(key, count=data.withheld), False))
    elif data.restricted_shown:
        lines.append((t("cover.restricted"), True))
    if data.unverified_wording:
        lines.append(
            (
                t("cover.unverified", count=data.unverified_wording, total=len(data.commitments)),
                False,
            )
        )
    return lines


def summary(ctx: Ctx) -> list[Flowable]:
    """The executive summary in figures."""
    st, t, data = ctx.styles, ctx.text, ctx.data
    since = t.date(data.since)
    overall, changes = data.overall, data.changes
    if overall.assessed:
        lead = t(
            "summary.lead",
            date=t.date(data.as_of),
            count=len(data.supporters),
            score=t.number(overall.score),
            coverage=t.percent(overall.coverage),
            since=since,
            up=changes.upgrades,
            down=changes.downgrades,
            new=changes.new,
        )
    else:
        lead = t("summary.lead_empty", date=t.date(data.as_of))
    review = sum(s.needs_review for s in data.supporters)
    score_change = (
        overall.score - data.overall_since.score
        if overall.score is not None and data.overall_since.score is not None
        else None
    )
    items = [
        (str(len(data.supporters)), t("fig.supporters"), ""),
        (t.number(overall.score), t("fig.score"), _change_note(ctx, score_change)),
        (t.percent(overall.coverage), t("fig.coverage"), _coverage_note(ctx)),
        (str(data.evidence_total), t("fig.evidence"), ""),
        (str(changes.upgrades), t("fig.upgrades", date=since), ""),
        (str(changes.downgrades), t("fig.downgrades", date=since), ""),
        (str(changes.new), t("fig.new", date=since), ""),
        (str(review), t("fig.review"), ""),
        (str(len(data.overdue)), t("fig.overdue"), ""),
    ]
    if data.public:
        items.append((str(data.withheld), t("fig.withheld"), ""))
    parts: list[Flowable] = [heading(ctx, "section.summary"), para(lead, st.body), spacer(4)]
    parts.append(figures_panel(ctx, items, columns=4 if len(items) <= 8 else 5))
    if overall.applicable:
        parts += [spacer(10), LevelBar(ctx, overall.levels, height=18)]
    return parts


def _change_note(ctx: Ctx, change: float | None) -> str:
    t = ctx.text
    if change is None:
        return ""
    if round(change, 1) == 0:
        return t("fig.no_change", date=t.date(ctx.data.since))
    return t("fig.change", change=t.change(change), date=t.date(ctx.data.since))


def _coverage_note(ctx: Ctx) -> str:
    now, then = ctx.data.overall.coverage, ctx.data.overall_since.coverage
    if now is None or then is None:
        return ""
    t = ctx.text
    if round(now - then, 3) == 0:
        return t("fig.no_change", date=t.date(ctx.data.since))
    return t("fig.change", change=t.change(now - then, percent=True), date=t.date(ctx.data.since))


def movers(ctx: Ctx) -> list[Flowable]:
    t, data = ctx.text, ctx.data
    parts: list[Flowable] = [CondPageBreak(120), heading(ctx, "section.movers")]
    if not data.movers:
        parts.append(
            para(
                t("movers.none", since=t.date(data.since), date=t.date(data.as_of)), ctx.styles.body
            )
        )
        return parts
    header = [
        t("col.supporter"),
        t("col.kind"),
        t("col.before", date=t.day(data.since)),
        t("col.now", date=t.day(data.as_of)),
        t("col.change"),
    ]
    rows = [
        [
            para(report.stakeholder.name, ctx.styles.cell),
            para(t.get("kind", report.stakeholder.kind.value), ctx.styles.cell),
            t.number(report.since.score),
            t.number(report.summary.score),
            t.change(report.score_change),
        ]
        for report in data.movers
    ]
    widths = [0, 120, 70, 70, 60]
    widths[0] = ctx.width - sum(widths)
    extra = [("ALIGN", (2, 0), (-1, -1), "RIGHT")]
    return [*parts, data_table(header, rows, widths, extra)]


def supporters(ctx: Ctx) -> list[Flowable]:
    """Every supporter covered: score, change, coverage; each row is an outline entry."""
    t, st, data = ctx.text, ctx.styles, ctx.data
    parts: list[Flowable] = [PageBreak(), heading(ctx, "section.supporters")]
    if not data.supporters:
        return [*parts, para(t("supporters.none"), st.body)]
    ordered = sorted(
        data.supporters, key=lambda s: (KIND_ORDER[s.stakeholder.kind], s.stakeholder.name.lower())
    )
    header = [
        t("col.supporter"),
        t("col.kind"),
        t("col.score"),
        t("col.change"),
        t("col.coverage"),
        t("col.review"),
        t("col.evidence"),
    ]
    rows = [_supporter_row(ctx, report) for report in ordered]
    widths = [0, 108, 44, 50, 54, 44, 58]
    widths[0] = ctx.width - sum(widths)
    extra: list[tuple[Any, ...]] = [("ALIGN", (2, 0), (-1, -1), "RIGHT")]
    for index, report in enumerate(ordered, start=1):
        if report.summary.score is None:
            extra.append(("TEXTCOLOR", (2, index), (2, index), MUTED))
    return [*parts, data_table(header, rows, widths, extra)]


def _supporter_row(ctx: Ctx, report: SupporterReport) -> list[Any]:
    t, st = ctx.text, ctx.styles
    person = report.stakeholder
    name = [Bookmark(shorten(person.name, 80), level=1), para(person.name, st.cell)]
    return [
        name,
        para(t.get("kind", person.kind.value), st.cell),
        t.number(report.summary.score) if report.summary.score is not None else t("none"),
        t.change(report.score_change) if report.score_change is not None else "",
        t.percent(report.summary.coverage),
        str(report.needs_review) if report.needs_review else "",
        str(report.evidence_count),
    ]


def overdue(ctx: Ctx) -> list[Flowable]:
    t, st, data = ctx.text, ctx.styles, ctx.data
    parts: list[Flowable] = [CondPageBreak(120), heading(ctx, "section.overdue")]
    if not data.overdue:
        return [*parts, para(t("overdue.none", date=t.date(data.as_of)), st.body)]
    header = [t("col.supporter"), t("col.code"), t("col.action"), t("col.due"), t("col.overdue")]
    rows = [
        [
            para(action.supporter, st.cell),
            action.commitment_code or "",
            para(action.title, st.cell),
            t.day(action.due),
            str(action.days_overdue),
        ]
        for action in data.overdue
    ]
    widths = [120, 50, 0, 58, 56]
    widths[2] = ctx.width - sum(widths)
    return [*parts, data_table(header, rows, widths, [("ALIGN", (4, 0), (4, -1), "RIGHT")])]


def takedown(ctx: Ctx) -> list[Flowable]:
    """Each platform's sightings in disjoint buckets that add up to 100 % (when there are any)."""
    t, st, data = ctx.text, ctx.styles, ctx.data
    if not data.sightings:
        return []
    parts: list[Flowable] = [
        CondPageBreak(120),
        heading(ctx, "section.takedown"),
        para(t("takedown.lead", count=data.sightings), st.body),
        para(t("takedown.shares"), st.small),
        spacer(2),
    ]
    header = [t("col.platform"), t("col.sightings")]
    header += [t(f"takedown.{bucket}") for bucket in BUCKETS]
    header.append(t("col.median"))
    rows = [_takedown_row(ctx, item) for item in data.takedown]
    widths = [0, 48, 54, 54, 54, 54, 54, 66]
    widths[0] = ctx.width - sum(widths)
    return [*parts, data_table(header, rows, widths, [("ALIGN", (1, 0), (-1, -1), "RIGHT")])]


def _takedown_row(ctx: Ctx, item: TakedownSummary) -> list[Any]:
    t = ctx.text
    shares = [
        f"{count}\n({t('percent', value=share)})"
        for count, share in zip(item.counts, item.percents(), strict=True)
    ]
    median = (
        t("takedown.median", hours=t.number(item.median_hours), count=item.median_of)
        if item.median_hours is not None
        else t("none")
    )
    return [para(item.platform, ctx.styles.cell), str(item.sightings), *shares, median]
