"""The crosswalk in HTML: the instruments binding a supporter, and the full report's table.

The lines are the PDF's own (reports/instruments.py); the full report lists each
instrument's commitments as codes in a column rather than the PDF's grid of marks, so the
table reads in order and reflows at any zoom.
"""

from __future__ import annotations

from pledge_tracker.reports import instruments
from pledge_tracker.reports.blocks import Ctx
from pledge_tracker.reports.html.briefing import section, wrap
from pledge_tracker.reports.html.markup import Safe, bullets, join, para, table, tag


def card(ctx: Ctx, stakeholder_id: int) -> Safe:
    """A scorecard's instruments binding the supporter on the report date."""
    t = ctx.text
    when = t.date(ctx.data.as_of)
    lines, marked = instruments.card_lines(ctx, stakeholder_id)
    parts = [tag("h3", t("card.instruments", date=when))]
    if not lines:
        return join([*parts, para(t("card.instruments_none", date=when), "note")])
    parts.append(bullets(lines))
    if marked:
        parts.append(para(t("crosswalk.unverified"), "note"))
    return join(parts)


def crosswalk(ctx: Ctx) -> Safe:
    """The full report's instruments, the commitments each implements, and who they bind."""
    t, data = ctx.text, ctx.data
    when = t.date(data.as_of)
    if not data.instruments:
        return section("section.crosswalk", ctx, para(t("crosswalk.none")))
    header = [
        t("col.instrument"),
        t("col.jurisdictions"),
        t("col.status", date=t.day(data.as_of)),
        t("section.commitments"),
    ]
    rows = [
        [name, places, status, ", ".join(_codes(ctx, item.commitment_codes))]
        for item, (name, places, status) in zip(
            data.instruments, instruments.grid_texts(ctx), strict=True
        )
    ]
    parts = [
        para(t("crosswalk.lead", date=when), "note"),
        wrap(table(t("section.crosswalk"), header, rows)),
        tag("h3", t("crosswalk.by_government", date=when)),
    ]
    governments = instruments.government_lines(ctx)
    if governments:
        caption = t("crosswalk.by_government", date=when)
        header = [t("col.supporter"), t("col.instruments")]
        parts.append(wrap(table(caption, header, [[n, "\n".join(ls)] for n, ls in governments])))
    else:
        parts.append(para(t("crosswalk.by_government_none", date=when), "note"))
    parts.append(para(t("crosswalk.unverified"), "note"))
    return section("section.crosswalk", ctx, *parts)


def _codes(ctx: Ctx, implemented: tuple[str, ...]) -> list[str]:
    """The codes of the commitments an instrument implements, in the catalogue's order."""
    return [c.code for c in ctx.data.commitments if c.code in implemented]
