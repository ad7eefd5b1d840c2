"""The briefing's "Key dates": the timeline's events in the report's period, by date."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable

from pledge_tracker.reports.blocks import Ctx, data_table
from pledge_tracker.reports.safe import para
from pledge_tracker.reports.sections import heading
from pledge_tracker.services.timeline import TimelineEntry


def date_of(ctx: Ctx, entry: TimelineEntry) -> str:
    """An entry's date written out at its precision, with its end when it spans days."""
    t = ctx.text
    start = t.date(entry.dated, entry.precision)
    if entry.end_date is None or entry.end_date == entry.dated:
        return start
    return f"{start} – {t.date(entry.end_date)}"


def key_dates(ctx: Ctx) -> list[Flowable]:
    """Every timeline entry whose date (as far as known) meets the period; † if unverified."""
    t, st, data = ctx.text, ctx.styles, ctx.data
    span = {"since": t.date(data.since), "date": t.date(data.as_of)}
    parts: list[Flowable] = [CondPageBreak(120), heading(ctx, "section.key_dates")]
    if not data.key_dates:
        return [*parts, para(t("key_dates.none", **span), st.body)]
    header = [t("col.date"), t("col.category"), t("col.event")]
    rows = [
        [
            para(date_of(ctx, entry), st.cell),
            para(t.get("event", entry.category), st.cell),
            para(entry.title + ("" if entry.verified else f" {t('unverified.mark')}"), st.cell),
        ]
        for entry in data.key_dates
    ]
    widths: list[float] = [110, 100, 0]
    widths[2] = ctx.width - sum(widths)
    parts += [para(t("key_dates.lead", **span), st.body), data_table(header, rows, widths)]
    if any(not entry.verified for entry in data.key_dates):
        parts.append(para(t("key_dates.unverified"), st.small))
    return parts
