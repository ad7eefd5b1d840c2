"""The tables that compare supporters: who moved most, and the supporters' scores.

Only supporters whose coverage reaches the ranking threshold are compared; the others are
listed apart as "not enough assessed to rank", with their coverage and no score, so that a
score resting on a few commitments never stands beside one resting on most of them.
"""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from pledge_tracker.domain.dto import Summary
from pledge_tracker.domain.kinds import StakeholderKind
from pledge_tracker.domain.validate import collation_key
from pledge_tracker.domain.words import shorten
from pledge_tracker.reports.blocks import Ctx, data_table, spacer, unverified_key
from pledge_tracker.reports.layout import Bookmark, Heading
from pledge_tracker.reports.safe import markup, para, trusted
from pledge_tracker.reports.sections import heading
from pledge_tracker.reports.styles import styles
from pledge_tracker.services.report_data import SupporterReport

KIND_ORDER = {kind: index for index, kind in enumerate(StakeholderKind)}
_LOOSE_H2 = ParagraphStyle("h2_loose", parent=styles().h2, keepWithNext=0)


def rule(ctx: Ctx, key: str = "rank.rule") -> str:
    """The ranking rule in words, with the threshold ("at least 50% … assessed")."""
    return ctx.text(key, threshold=ctx.text.percent(ctx.data.rank_threshold))


def scored(ctx: Ctx, summary: Summary) -> str:
    """A score with the coverage it rests on, on two lines: "41.7\\n(42%)"."""
    t = ctx.text
    if summary.score is None:
        return t("none")
    return f"{t.number(summary.score)}\n({t.percent(summary.coverage)})"


def movers(ctx: Ctx) -> list[Flowable]:
    """The ranked supporters whose score moved most, then those moved but not ranked."""
    t, st, data = ctx.text, ctx.styles, ctx.data
    parts: list[Flowable] = [CondPageBreak(120), heading(ctx, "section.movers")]
    since, as_of = t.date(data.since), t.date(data.as_of)
    if not data.movers and not data.unranked_movers:
        return [*parts, para(t("movers.none", since=since, date=as_of), st.body)]
    parts += [para(rule(ctx, "rank.movers"), st.small), spacer(4)]
    if data.movers:
        rises = [r for r in data.movers if (r.score_change or 0) > 0]
        falls = [r for r in data.movers if (r.score_change or 0) < 0]
        for title, chosen, none in (
            ("movers.rises", rises, "movers.none_rises"),
            ("movers.falls", falls, "movers.none_falls"),
        ):
            parts.append(para(t(title), st.h3))
            parts.append(_movers_table(ctx, chosen) if chosen else para(t(none), st.small))
    else:
        parts.append(para(t("movers.none_ranked", since=since, date=as_of), st.body))
    if data.unranked_movers:
        names = ", ".join(with_coverage(ctx, report) for report in data.unranked_movers)
        label = t("rank.apart_count", count=len(data.unranked_movers))
        parts.append(trusted(f"<b>{markup(label)}</b> {markup(names)}", st.small))
    shown = [*data.movers, *data.unranked_movers]
    return parts + unverified_key(ctx, [s.stakeholder for s in shown])


def _movers_table(ctx: Ctx, chosen: list[SupporterReport]) -> Flowable:
    """Supporters with their score (and coverage) then and now, and the change."""
    t, st, data = ctx.text, ctx.styles, ctx.data
    header = [
        t("col.supporter"),
        t("col.kind"),
        t("col.before_coverage", date=t.day(data.since)),
        t("col.now_coverage", date=t.day(data.as_of)),
        t("col.change"),
    ]
    rows = [
        [
            para(t.supporter(report.stakeholder), st.cell),
            para(t.get("kind", report.stakeholder.kind.value), st.cell),
            scored(ctx, report.since),
            scored(ctx, report.summary),
            t.change(report.score_change),
        ]
        for report in chosen
    ]
    widths: list[float] = [0, 110, 80, 80, 56]
    widths[0] = ctx.width - sum(widths)
    return data_table(header, rows, widths, [("ALIGN", (2, 0), (-1, -1), "RIGHT")])


def with_coverage(ctx: Ctx, report: SupporterReport) -> str:
    coverage = ctx.text.percent(report.summary.coverage)
    return ctx.text(
        "rank.name_coverage",
        name=shorten(ctx.text.supporter(report.stakeholder), 80),
        coverage=coverage,
    )


def ranked_order(reports: Iterable[SupporterReport]) -> list[SupporterReport]:
    """Ranked supporters as every edition lists them: by kind, best score first, by name."""
    return sorted(
        reports,
        key=lambda s: (
            KIND_ORDER[s.stakeholder.kind],
            -(s.summary.score or 0),
            collation_key(s.stakeholder.name),
        ),
    )


def unranked_order(reports: Iterable[SupporterReport]) -> list[SupporterReport]:
    """Supporters too thinly covered to rank, as every edition lists them: by kind, name."""
    return sorted(
        reports, key=lambda s: (KIND_ORDER[s.stakeholder.kind], collation_key(s.stakeholder.name))
    )


def supporters(ctx: Ctx) -> list[Flowable]:
    """Every supporter covered; each row is an outline entry.

    Ranked ones by kind, then score (best first), with coverage beside every score; the
    rest apart, by kind and name, with coverage and no score.
    """
    t, st, data = ctx.text, ctx.styles, ctx.data
    parts: list[Flowable] = [PageBreak(), heading(ctx, "section.supporters")]
    if not data.supporters:
        return [*parts, para(t("supporters.none"), st.body)]
    parts += [para(rule(ctx), st.small), spacer(4)]
    ranked = ranked_order(data.ranked)
    if ranked:
        parts.append(_ranked_table(ctx, ranked))
    else:
        parts.append(para(t("rank.none", threshold=t.percent(data.rank_threshold)), st.body))
    unranked = unranked_order(data.unranked)
    if unranked:
        # Not kept with the table (keepWithNext would push a long table to a new page);
        # the conditional break keeps the heading off the foot of a page instead.
        title = t("section.unranked")
        parts += [
            CondPageBreak(80),
            Heading(markup(title), _LOOSE_H2, title=title, level=1),
            _unranked_table(ctx, unranked),  # its rows nest under its heading in the outline
        ]
    return parts + unverified_key(ctx, [s.stakeholder for s in data.supporters])


def _ranked_table(ctx: Ctx, ordered: list[SupporterReport]) -> Flowable:
    t = ctx.text
    header = [
        t("col.supporter"),
        t("col.kind"),
        t("col.score"),
        t("col.coverage"),
        t("col.change"),
        t("col.review"),
        t("col.evidence"),
    ]
    rows = [
        [
            _name(ctx, report),
            para(t.get("kind", report.stakeholder.kind.value), ctx.styles.cell),
            t.number(report.summary.score),
            t.percent(report.summary.coverage),
            t.change(report.score_change) if report.score_change is not None else "",
            str(report.needs_review) if report.needs_review else "",
            str(report.evidence_count),
        ]
        for report in ordered
    ]
    widths: list[float] = [0, 108, 44, 54, 50, 44, 58]
    widths[0] = ctx.width - sum(widths)
    return data_table(header, rows, widths, [("ALIGN", (2, 0), (-1, -1), "RIGHT")])


def _unranked_table(ctx: Ctx, ordered: list[SupporterReport]) -> Flowable:
    t = ctx.text
    header = [
        t("col.supporter"),
        t("col.kind"),
        t("col.coverage"),
        t("col.assessed"),
        t("col.evidence"),
    ]
    rows = [
        [
            _name(ctx, report, level=2),
            para(t.get("kind", report.stakeholder.kind.value), ctx.styles.cell),
            t.percent(report.summary.coverage),
            t("card.review_value", count=report.summary.assessed, total=report.summary.applicable),
            str(report.evidence_count),
        ]
        for report in ordered
    ]
    widths: list[float] = [0, 108, 54, 70, 58]
    widths[0] = ctx.width - sum(widths)
    return data_table(header, rows, widths, [("ALIGN", (2, 0), (-1, -1), "RIGHT")])


def _name(ctx: Ctx, report: SupporterReport, level: int = 1) -> list[Flowable]:
    """The supporter's name, and its outline entry at `level`."""
    name = report.stakeholder.name
    return [
        Bookmark(shorten(name, 80), level=level),
        para(ctx.text.supporter(report.stakeholder), ctx.styles.cell),
    ]
