"""The briefing's sections in HTML: opening, findings, summary, charts, dates, movers, lists."""

from __future__ import annotations

from pledge_tracker.reports import changes, rankings, sections
from pledge_tracker.reports.basis import counts_notes
from pledge_tracker.reports.blocks import Ctx
from pledge_tracker.reports.html.charts import chart_figure
from pledge_tracker.reports.html.levels import level_counts
from pledge_tracker.reports.html.markup import Safe, bullets, join, pairs, para, table, tag
from pledge_tracker.reports.html.takedown import takedown_table
from pledge_tracker.reports.key_dates import date_of


def wrap(content: Safe) -> Safe:
    """A wide table in a box that scrolls sideways instead of widening the page."""
    return tag("div", content, class_="table-wrap")


def section(t_key: str, ctx: Ctx, *parts: Safe) -> Safe:
    return tag("section", join([tag("h2", ctx.text(t_key)), *parts]))


def opening(ctx: Ctx) -> Safe:
    """What the PDF's cover says: framework, dates, scope and the edition."""
    t, data = ctx.text, ctx.data
    lines = [
        para(data.framework, "note"),
        tag("p", tag("strong", t("cover.as_of", date=t.date(data.as_of)))),
        para(t("cover.since", date=t.date(data.since))),
        para(sections.scope_line(ctx)),
    ]
    lines += [
        para(line, "alert" if alert else "note") for line, alert in sections.edition_lines(ctx)
    ]
    return join(lines)


def body(ctx: Ctx) -> list[Safe]:
    """Everything after the opening, as in the PDF briefing."""
    return [
        findings(ctx),
        summary(ctx),
        *([charts(ctx)] if ctx.data.charts else []),
        key_dates(ctx),
        movers(ctx),
        regressions(ctx),
        overdue(ctx),
        *([takedown(ctx)] if ctx.data.sightings else []),
        supporters(ctx),
    ]


def findings(ctx: Ctx) -> Safe:
    t, data = ctx.text, ctx.data
    written = data.findings
    items = list(written if written is not None else changes.draft(data, t))
    note = (
        t("findings.edited")
        if written is not None
        else t("findings.drafted", date=t.date(data.generated))
    )
    return section("section.findings", ctx, bullets(items), para(note, "note"))


def summary(ctx: Ctx) -> Safe:
    """The lead sentence (with the thin-coverage warning), the figures, the level counts."""
    t, data = ctx.text, ctx.data
    overall = data.overall
    if overall.assessed:
        lead = t(
            "summary.lead",
            date=t.date(data.as_of),
            count=len(data.supporters),
            score=t.number(overall.score),
            coverage=t.percent(overall.coverage),
            since=t.date(data.since),
            up=data.changes.upgrades,
            down=data.changes.downgrades,
            new=data.changes.new,
        )
    else:
        lead = t("summary.lead_empty", date=t.date(data.as_of))
    parts = [para(lead)]
    if overall.assessed and data.indicative:
        warning = t(
            "summary.indicative",
            coverage=t.percent(overall.coverage),
            threshold=t.percent(data.rank_threshold),
        )
        parts.append(para(warning, "alert"))
    notes = counts_notes(t, data)
    if data.reviewed_only:
        notes += " " + t("basis.no_charts")
    since = t.date(data.since)
    items = [
        (t("fig.supporters"), str(len(data.supporters))),
        (t("fig.score"), t.number(overall.score)),
        (t("fig.coverage"), t.percent(overall.coverage)),
        (t("fig.evidence"), t.count(data.evidence_total)),
        (t("fig.upgrades", date=since), t.count(data.changes.upgrades)),
        (t("fig.downgrades", date=since), t.count(data.changes.downgrades)),
        (t("fig.new", date=since), t.count(data.changes.new)),
        (t("fig.review"), t.count(sum(s.needs_review for s in data.supporters))),
        (t("fig.overdue"), t.count(len(data.overdue))),
    ]
    if data.public:
        items.append((t("fig.withheld"), t.count(data.withheld)))
    parts += [para(notes, "note"), pairs(items), para(t("changes.basis"), "note")]
    if overall.applicable:
        parts.append(level_counts(ctx, overall.levels, t("html.levels_all")))
    return section("section.summary", ctx, *parts)


def charts(ctx: Ctx) -> Safe:
    return section(
        "section.charts",
        ctx,
        *(chart_figure(ctx.text, name, data) for name, data in ctx.data.charts),
    )


def key_dates(ctx: Ctx) -> Safe:
    t, data = ctx.text, ctx.data
    span = {"since": t.date(data.since), "date": t.date(data.as_of)}
    if not data.key_dates:
        return section("section.key_dates", ctx, para(t("key_dates.none", **span)))
    rows = [
        [
            date_of(ctx, e),
            t.get("event", e.category),
            e.title + ("" if e.verified else f" {t('unverified.mark')}"),
        ]
        for e in data.key_dates
    ]
    header = [t("col.date"), t("col.category"), t("col.event")]
    parts = [para(t("key_dates.lead", **span)), wrap(table(t("section.key_dates"), header, rows))]
    if any(not e.verified for e in data.key_dates):
        parts.append(para(t("key_dates.unverified"), "note"))
    return section("section.key_dates", ctx, *parts)


def movers(ctx: Ctx) -> Safe:
    t, data = ctx.text, ctx.data
    since, as_of = t.date(data.since), t.date(data.as_of)
    if not data.movers and not data.unranked_movers:
        return section("section.movers", ctx, para(t("movers.none", since=since, date=as_of)))
    parts = [para(rankings.rule(ctx, "rank.movers"), "note")]
    header = [
        t("col.supporter"),
        t("col.kind"),
        t("col.before_coverage", date=t.day(data.since)),
        t("col.now_coverage", date=t.day(data.as_of)),
        t("col.change"),
    ]
    rises = [r for r in data.movers if (r.score_change or 0) > 0]
    falls = [r for r in data.movers if (r.score_change or 0) < 0]
    for title, chosen, none in (
        ("movers.rises", rises, "movers.none_rises"),
        ("movers.falls", falls, "movers.none_falls"),
    ):
        parts.append(tag("h3", t(title)))
        rows = [
            [
                t.supporter(r.stakeholder),
                t.get("kind", r.stakeholder.kind.value),
                rankings.scored(ctx, r.since).replace("\n", " "),
                rankings.scored(ctx, r.summary).replace("\n", " "),
                t.change(r.score_change),
            ]
            for r in chosen
        ]
        parts.append(
            wrap(table(t(title), header, rows, numeric=(2, 3, 4)))
            if rows
            else para(t(none), "note")
        )
    if data.unranked_movers:
        names = ", ".join(rankings.with_coverage(ctx, r) for r in data.unranked_movers)
        parts.append(
            para(f"{t('rank.apart_count', count=len(data.unranked_movers))} {names}", "note")
        )
    return section("section.movers", ctx, *parts)


def regressions(ctx: Ctx) -> Safe:
    t, data = ctx.text, ctx.data
    since, as_of = t.date(data.since), t.date(data.as_of)
    if not data.regressions:
        return section(
            "section.regressions", ctx, para(t("regressions.none", since=since, date=as_of))
        )
    header = [
        t("col.supporter"),
        t("col.commitment"),
        t("col.from_to"),
        t("col.effective"),
        t("col.why"),
    ]
    rows = []
    for change in data.regressions:
        cited = [
            " · ".join(
                p for p in (t.day(i.dated), i.title, i.source_name or "", i.source_url or "") if p
            )
            for i in change.evidence
        ]
        why = change.rationale or t("regressions.no_rationale")
        rows.append(
            [
                change.supporter,
                f"{change.commitment.code} {change.commitment.short_title}",
                f"{t.level(change.before)} → {t.level(change.after)}",
                t.day(change.effective) if change.effective else t("none"),
                "\n".join([why, *(cited or [t("regressions.no_evidence")])]),
            ]
        )
    lead = t("regressions.lead", since=since, date=as_of, count=len(data.regressions))
    return section(
        "section.regressions",
        ctx,
        para(lead),
        para(t("changes.basis"), "note"),
        wrap(table(t("section.regressions"), header, rows)),
    )


def overdue(ctx: Ctx) -> Safe:
    t, data = ctx.text, ctx.data
    if not data.overdue:
        return section("section.overdue", ctx, para(t("overdue.none", date=t.date(data.as_of))))
    header = [t("col.supporter"), t("col.code"), t("col.action"), t("col.due"), t("col.overdue")]
    rows = [
        [a.supporter, a.commitment_code or "", a.title, t.day(a.due), t.count(a.days_overdue)]
        for a in data.overdue
    ]
    return section(
        "section.overdue", ctx, wrap(table(t("section.overdue"), header, rows, numeric=(4,)))
    )


def takedown(ctx: Ctx) -> Safe:
    """Each platform's sightings on both clocks."""
    t, data = ctx.text, ctx.data
    lead = [para(t("takedown.lead", count=data.sightings)), para(t("takedown.clocks"), "note")]
    shown = takedown_table(t, t("section.takedown"), data.takedown)
    return section("section.takedown", ctx, *lead, shown)


def supporters(ctx: Ctx) -> Safe:
    """Ranked supporters by kind and score; the rest apart, with coverage and no score."""
    t, data = ctx.text, ctx.data
    if not data.supporters:
        return section("section.supporters", ctx, para(t("supporters.none")))
    parts = [para(rankings.rule(ctx), "note")]
    ranked = rankings.ranked_order(data.ranked)
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
            t.supporter(r.stakeholder),
            t.get("kind", r.stakeholder.kind.value),
            t.number(r.summary.score),
            t.percent(r.summary.coverage),
            t.change(r.score_change) if r.score_change is not None else "",
            t.count(r.needs_review) if r.needs_review else "",
            t.count(r.evidence_count),
        ]
        for r in ranked
    ]
    if rows:
        parts.append(wrap(table(t("section.supporters"), header, rows, numeric=(2, 3, 4, 5, 6))))
    else:
        parts.append(para(t("rank.none", threshold=t.percent(data.rank_threshold))))
    unranked = rankings.unranked_order(data.unranked)
    if unranked:
        header = [
            t("col.supporter"),
            t("col.kind"),
            t("col.coverage"),
            t("col.assessed"),
            t("col.evidence"),
        ]
        rows = [
            [
                t.supporter(r.stakeholder),
                t.get("kind", r.stakeholder.kind.value),
                t.percent(r.summary.coverage),
                t("card.review_value", count=r.summary.assessed, total=r.summary.applicable),
                t.count(r.evidence_count),
            ]
            for r in unranked
        ]
        parts += [
            tag("h3", t("section.unranked")),
            wrap(table(t("section.unranked"), header, rows, numeric=(2, 3, 4))),
        ]
    if any(s.stakeholder.unverified for s in data.supporters):
        parts.append(para(t("unverified.key"), "note"))
    return section("section.supporters", ctx, *parts)
