"""The full report's own parts in HTML: every commitment, the evidence appendix, the method."""

from __future__ import annotations

from pledge_tracker.domain.levels import LEVEL_ORDER, Level
from pledge_tracker.reports.basis import (
    basis_lines,
    counts_notes,
    reply_text,
    restricted_mark,
    withheld_text,
)
from pledge_tracker.reports.blocks import Ctx
from pledge_tracker.reports.html import instruments
from pledge_tracker.reports.html.briefing import section, wrap
from pledge_tracker.reports.html.levels import badge
from pledge_tracker.reports.html.markup import Safe, join, para, table, tag
from pledge_tracker.services.report_data import CommitmentSection, EvidenceLine


def body(ctx: Ctx) -> list[Safe]:
    t = ctx.text
    notes = [
        para(t("review.legend", months=ctx.data.freshness_months), "note"),
        para(counts_notes(t, ctx.data), "note"),
    ]
    commitments = section(
        "section.commitments", ctx, *notes, *(commitment(ctx, s) for s in ctx.data.sections)
    )
    return [commitments, instruments.crosswalk(ctx), appendix(ctx), methodology(ctx)]


def commitment(ctx: Ctx, part: CommitmentSection) -> Safe:
    """A commitment's wording and verification, then every supporter's level and rationale."""
    t, c = ctx.text, part.commitment
    parts = [tag("h3", f"{c.code} · {part.title}"), para(t.get("group", c.group.value), "note")]
    parts += [tag("blockquote", part.wording)]
    if c.wording_verified:
        when = t.date(c.verified_at.date()) if c.verified_at else t("none")
        parts.append(
            para(
                t(
                    "commitment.verified",
                    who=c.verified_by or "?",
                    date=when,
                    source=c.verified_source or "?",
                ),
                "note",
            )
        )
    else:
        parts.append(para(f"⚠ {t('commitment.unverified')}", "alert"))
    if not part.wording_translated:
        parts.append(para(t("commitment.no_french"), "note"))
    if not part.rows:
        return join([*parts, para(t("commitment.none"))])
    summary = part.summary
    key = "commitment.summary" if summary.score is not None else "commitment.summary_none"
    parts.append(
        para(
            t(
                key,
                assessed=summary.assessed,
                applicable=summary.applicable,
                score=t.number(summary.score),
            )
        )
    )
    judged = [row for row in part.rows if row.line.level is not Level.NOT_ASSESSED]
    header = [t("col.supporter"), t("col.level"), t("col.effective"), t("col.rationale")]
    rows = []
    for row in judged:
        line = row.line
        level = join(
            [
                badge(t, line.level),
                *(tag("span", b, class_="note") for b in basis_lines(ctx, line)),
            ],
            "<br>",
        )
        effective = t.day(line.effective, line.effective_precision) if line.effective else ""
        if line.needs_review:
            effective += f"\n{t('review.short')}"
        why = [line.rationale or t("none")]
        if line.citations:
            why.append(t("cites", numbers=" ".join(f"[{n}]" for n in line.citations)))
        why += [piece for piece in (withheld_text(t, line), reply_text(ctx, line)) if piece]
        rows.append([t.supporter(row.supporter), level, effective, "\n".join(why)])
    if rows:
        parts.append(wrap(table(f"{c.code} · {part.title}", header, rows)))
    waiting = [t.supporter(row.supporter) for row in part.rows if row not in judged]
    if waiting:
        parts.append(
            para(f"{t.level(Level.NOT_ASSESSED)} ({len(waiting)}): {', '.join(waiting)}", "note")
        )
    return tag("section", join(parts), aria_label=f"{c.code} · {part.title}")


def appendix(ctx: Ctx) -> Safe:
    t, data = ctx.text, ctx.data
    parts = []
    if data.public and data.withheld:
        parts.append(para(t("appendix.withheld", count=data.withheld), "note"))
    if not data.appendix:
        return section("section.appendix", ctx, *parts, para(t("appendix.none")))
    header = [t("col.number"), t("col.item"), t("col.dates")]
    rows = [_appendix_row(ctx, item) for item in data.appendix]
    parts += [para(t("appendix.lead")), wrap(table(t("section.appendix"), header, rows))]
    return section("section.appendix", ctx, *parts)


def _appendix_row(ctx: Ctx, item: EvidenceLine) -> list[str | Safe]:
    t = ctx.text
    facts = [t.get("evidence", item.kind), t.get("reliability", item.reliability)]
    if item.demo:
        facts.append(t("demo.mark"))
    if mark := restricted_mark(ctx, item):
        facts.append(mark)
    source = " · ".join(p for p in (item.source_name or "", item.source_url or "") if p)
    dates = [t.day(item.dated, item.dated_precision)]
    if item.published and item.published != item.dated:
        dates.append(t("appendix.published", date=t.day(item.published)))
    if item.retrieved and item.retrieved != item.dated:
        dates.append(t("appendix.retrieved", date=t.day(item.retrieved)))
    described = join(
        [tag("strong", item.title), " · ".join(facts), *([source] if source else [])], "<br>"
    )
    return [f"[{item.number}]", described, "\n".join(dates)]


def methodology(ctx: Ctx) -> Safe:
    """The scale with each level's points and meaning, then the rules of the method."""
    t, data = ctx.text, ctx.data
    header = [t("method.col.level"), t("method.col.points"), t("method.col.meaning")]
    rows = [
        [
            badge(t, level),
            str(level.score) if level.score is not None else t("none"),
            t(f"meaning.{level.value}"),
        ]
        for level in LEVEL_ORDER
    ]
    parts = [
        para(t("method.scale")),
        wrap(table(t("section.methodology"), header, rows, numeric=(1,))),
    ]
    texts = [t(key) for key in ("method.score", "method.coverage", "method.as_of")]
    texts += [t("method.rank", threshold=t.percent(data.rank_threshold)), t("basis.method")]
    if not data.public:
        texts.append(t("basis.restricted_note"))
    texts += [
        t("method.freshness", months=data.freshness_months),
        t("method.version", version=data.method_version),
        t("method.links"),
        t("unverified.key"),
    ]
    return section("section.methodology", ctx, *parts, *(para(text) for text in texts))
