"""The scorecards in HTML: one section per supporter, as the PDF prints them."""

from __future__ import annotations

from pledge_tracker.domain.kinds import StakeholderKind
from pledge_tracker.reports.basis import (
    card_basis,
    counts_notes,
    reply_text,
    restricted_mark,
    withheld_text,
)
from pledge_tracker.reports.blocks import Ctx
from pledge_tracker.reports.changes import change_mark
from pledge_tracker.reports.html import instruments
from pledge_tracker.reports.html.briefing import wrap
from pledge_tracker.reports.html.levels import badge, level_counts
from pledge_tracker.reports.html.markup import Safe, join, pairs, para, table, tag
from pledge_tracker.reports.scorecard import card_figures, local_numbers
from pledge_tracker.services.report_data import SupporterReport


def body(ctx: Ctx) -> list[Safe]:
    if not ctx.data.supporters:
        return [para(ctx.text("supporters.none"))]
    return [card(ctx, report) for report in ctx.data.supporters]


def card(ctx: Ctx, report: SupporterReport) -> Safe:
    """A supporter: name, who they are, figures, levels, the commitments, cited evidence."""
    t, person = ctx.text, report.stakeholder
    parts = [tag("h2", t.supporter(person)), para(subtitle(ctx, report))]
    if person.unverified:
        parts.append(para(t("unverified.key"), "note"))
    if report.demo:
        parts.append(para(t("card.demo"), "alert"))
    parts.append(pairs(figures(ctx, report)))
    if report.lines:
        parts += [
            level_counts(ctx, report.summary.levels, t("card.chart", count=len(report.lines))),
            tag("h3", t("card.commitments")),
            wrap(commitments(ctx, report)),
            para(f"{t('basis.card_key')} {counts_notes(t, ctx.data, list(report.lines))}", "note"),
        ]
    else:
        parts.append(para(t("card.none_applicable")))
    parts += [instruments.card(ctx, person.id), published(ctx, report), cited(ctx, report)]
    return tag("section", join(parts), aria_label=person.name)


def subtitle(ctx: Ctx, report: SupporterReport) -> str:
    """Country, kind and date joined, founding, still active: as the PDF's line under the name."""
    t, person = ctx.text, report.stakeholder
    kind = t.get("kind", person.kind.value)
    if person.joined:
        partial = "" if person.joined_precision == "day" else ".partial"
        line = t(
            f"card.kind_joined{partial}",
            kind=kind,
            date=t.date(person.joined, person.joined_precision),
        )
    else:
        line = t("card.joined_unknown", kind=kind)
    pieces = [line]
    if person.country_code and person.kind is not StakeholderKind.ONLINE_SERVICE_PROVIDER:
        pieces.insert(0, person.country_code)
    if person.founding:
        pieces.append(t("card.founding"))
    if not person.active:
        pieces.append(t("card.inactive"))
    return " · ".join(pieces)


def figures(ctx: Ctx, report: SupporterReport) -> list[tuple[str | Safe, str | Safe]]:
    """The PDF's figures (score marked indicative on thin coverage, and the changes), label
    first, the note beside its value."""
    pairs_shown: list[tuple[str | Safe, str | Safe]] = []
    for value, label, note in card_figures(ctx, report):
        shown = join([value, tag("span", note, class_="note")], " ") if note else value
        pairs_shown.append((label, shown))
    return pairs_shown


def commitments(ctx: Ctx, report: SupporterReport) -> Safe:
    t = ctx.text
    numbers = local_numbers(report)
    header = [
        t("col.code"),
        t("col.commitment"),
        t("col.level"),
        t("col.effective"),
        t("col.since", date=t.day(ctx.data.since)),
        t("col.cited"),
        t("col.review"),
    ]
    rows = []
    for line in report.lines:
        c = line.commitment
        title = (c.short_title_fr if t.lang == "fr" else None) or c.short_title
        extra = [withheld_text(t, line), reply_text(ctx, line)]
        level = join(
            [badge(t, line.level), *(tag("span", b, class_="note") for b in card_basis(ctx, line))],
            "<br>",
        )
        rows.append(
            [
                c.code,
                "\n".join([title, *(piece for piece in extra if piece)]),
                level,
                t.day(line.effective, line.effective_precision) if line.effective else "",
                change_mark(t, line),
                ", ".join(f"[{numbers[n]}]" for n in line.citations if n in numbers),
                t("review.short") if line.needs_review else "",
            ]
        )
    return table(t("card.commitments") + f" · {report.stakeholder.name}", header, rows)


def published(ctx: Ctx, report: SupporterReport) -> Safe:
    """The supporter's latest published figures (metric, figure, unit, period, source)."""
    t = ctx.text
    if not report.figures:
        return Safe("")
    numbers = local_numbers(report)
    header = [t("col.metric"), t("col.figure"), t("col.unit"), t("col.period"), t("col.source")]
    rows = [
        [
            f.metric,
            t.exact(f.value),
            f.unit,
            t(
                "figure.period",
                start=t.day(f.period_start, f.period_precision),
                end=t.day(f.period_end, f.period_precision),
            ),
            f"[{numbers[f.citation]}]",
        ]
        for f in report.figures
    ]
    title = f"{t('card.figures')} · {report.stakeholder.name}"
    return join(
        [
            tag("h3", title),
            para(t("card.figures_lead", date=t.date(ctx.data.as_of)), "note"),
            wrap(table(title, header, rows, numeric=(1,))),
        ]
    )


def cited(ctx: Ctx, report: SupporterReport) -> Safe:
    """The evidence the ratings cite, numbered as in the table; then the edition's notes."""
    t = ctx.text
    numbers = local_numbers(report)
    title = f"{t('card.cited')} · {report.stakeholder.name}"
    parts = [tag("h3", title)]
    if numbers:
        items = {item.number: item for item in ctx.data.appendix}
        rows = []
        for number, local in numbers.items():
            item = items[number]
            kind = t.get("evidence", item.kind)
            if item.demo:
                kind += f" ({t('demo.mark')})"
            if mark := restricted_mark(ctx, item):
                kind += f"\n{mark}"
            source = " · ".join(p for p in (item.source_name or "", item.source_url or "") if p)
            rows.append(
                [
                    f"[{local}]",
                    t.day(item.dated, item.dated_precision),
                    kind,
                    "\n".join(p for p in (item.title, source) if p),
                ]
            )
        header = [t("col.number"), t("col.dates"), t("col.kind"), t("col.ref_item")]
        parts += [para(t("card.cited_lead"), "note"), wrap(table(title, header, rows))]
    else:
        parts.append(para(t("card.cited_none"), "note"))
    notes = []
    if report.needs_review:
        notes.append(t("review.legend", months=ctx.data.freshness_months))
    if ctx.data.public:
        notes.append(t("card.withheld", count=report.withheld))
        if report.figures_withheld:
            notes.append(t("card.figures_withheld", count=report.figures_withheld))
    if notes:
        parts.append(para(" ".join(notes), "note"))
    return join(parts)
