"""The incident report's sections: what happened, protocols and responses, takedown, what was
still online, and sources. Charts are the charts package's, drawn from the service's figures.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from pledge_tracker.charts import incident_timeline
from pledge_tracker.charts import takedown as takedown_charts
from pledge_tracker.charts.takedown import RemovalCurves, WeeklyCounts
from pledge_tracker.domain.words import shorten
from pledge_tracker.reports.blocks import data_table, spacer
from pledge_tracker.reports.figures import DPI, figure_image
from pledge_tracker.reports.layout import Heading
from pledge_tracker.reports.safe import link_markup, markup, para, trusted
from pledge_tracker.reports.takedown_table import takedown_table

ADDRESS_SHOWN = 240  # characters of an address (the exports hold it whole, defanged)

if TYPE_CHECKING:
    from pledge_tracker.reports.incident import IncidentCtx


def heading(ctx: IncidentCtx, key: str, **values: object) -> Heading:
    title = ctx.text(key, **values)
    return Heading(markup(title), ctx.styles.h1, title=title, level=1)


def moment(value: dt.datetime | None, none: str = "—") -> str:
    """A UTC moment in tables: 2025-03-10 01:40."""
    return value.strftime("%Y-%m-%d %H:%M") if value is not None else none


def hours(ctx: IncidentCtx, value: float) -> str:
    return ctx.text.number(value)


def chart(ctx: IncidentCtx, draw: Any, size: tuple[float, float], data: Any) -> Flowable:
    figure = takedown_charts.new_figure(draw, size, data, lang=ctx.data.lang, dpi=DPI)
    return KeepTogether([figure_image(figure, ctx.width), spacer(8)])


def what_happened(ctx: IncidentCtx) -> list[Flowable]:
    t, st, incident = ctx.text, ctx.styles, ctx.data.incident
    local = incident.local_time
    occurred = t(
        "incident.occurred",
        local=f"{t.date(local.date())} {local:%H:%M}",
        zone=incident.time_zone,
        utc=moment(incident.occurred_at),
    )
    parts: list[Flowable] = [heading(ctx, "section.incident.what"), para(occurred, st.body)]
    if incident.place:
        parts.append(para(t("incident.place", place=incident.place), st.body))
    parts.append(para(incident.description or t("incident.no_description"), st.body))
    return parts


def responses(ctx: IncidentCtx) -> list[Flowable]:
    """The 72-hour timeline, then every activation and every response with its delay."""
    t, st, times = ctx.text, ctx.styles, ctx.data.times
    parts: list[Flowable] = [
        CondPageBreak(160),
        heading(ctx, "section.incident.response"),
        para(t("incident.response.lead", utc=moment(times.incident.occurred_at)), st.small),
        spacer(4),
        chart(ctx, incident_timeline.draw_timeline, incident_timeline.figsize(times), times),
    ]
    if times.activations:
        header = [
            t("col.protocol"),
            t("col.activated"),
            t("col.hours_after"),
            t("col.closed"),
            t("col.activated_by"),
        ]
        rows = [
            [
                para(t(f"protocol.{a.protocol.value}"), st.cell),
                moment(a.activated_at),
                hours(ctx, a.hours_from_incident),
                moment(a.closed_at, t("none")),
                para(a.activated_by or t("none"), st.cell),
            ]
            for a in times.activations
        ]
        widths: list[float] = [0, 80, 50, 80, 110]
        widths[0] = ctx.width - sum(widths)
        parts += [
            data_table(header, rows, widths, [("ALIGN", (2, 0), (2, -1), "RIGHT")]),
            spacer(6),
        ]
    else:
        parts.append(para(t("incident.no_activation"), st.body))
    if times.responses:
        parts.append(_responses_table(ctx))
    else:
        parts.append(para(t("incident.no_response"), st.body))
    return parts


def _responses_table(ctx: IncidentCtx) -> Flowable:
    t, st = ctx.text, ctx.styles
    header = [t("col.supporter"), t("col.first_action"), t("col.hours_after"), t("col.what_done")]
    rows = []
    for r in ctx.data.times.responses:
        done = markup(r.action)
        if r.evidence_title:
            done += "<br/>" + markup(t("incident.evidence", title=r.evidence_title))
        elif r.evidence_id is not None:  # restricted, in a public edition
            done += "<br/>" + markup(t("incident.evidence_withheld"))
        rows.append(
            [
                para(r.supporter, st.cell),
                moment(r.first_action_at),
                hours(ctx, r.hours_from_incident),
                trusted(done, st.cell),
            ]
        )
    widths: list[float] = [110, 80, 50, 0]
    widths[3] = ctx.width - sum(widths)
    return data_table(header, rows, widths, [("ALIGN", (2, 0), (2, -1), "RIGHT")])


def takedown(ctx: IncidentCtx) -> list[Flowable]:
    """The lead, the table on both clocks with the total, the cumulative and weekly charts."""
    t, st, data = ctx.text, ctx.styles, ctx.data
    figures = data.figures
    parts: list[Flowable] = [CondPageBreak(160), heading(ctx, "section.incident.takedown")]
    if not figures.total.sightings:
        return [*parts, para(t("incident.takedown.none"), st.body)]
    platforms = ", ".join(row.platform for row in figures.rows)
    lead = t(
        "incident.takedown.lead",
        count=figures.total.sightings,
        platforms=platforms,
        date=t.date(data.as_of),
        online=t.count(figures.total.online),
    )
    curves = RemovalCurves(
        data.as_of, figures.total.sightings, data.found_curve, data.reported_curve
    )
    weeks = WeeklyCounts(data.as_of, data.weeks)
    return [
        *parts,
        para(lead, st.body),
        para(t("takedown.clocks"), st.small),
        spacer(2),
        takedown_table(t, st, ctx.width, figures.rows, figures.total),
        spacer(8),
        chart(
            ctx, takedown_charts.draw_removal_curve, takedown_charts.curve_figsize(curves), curves
        ),
        chart(ctx, takedown_charts.draw_weekly, takedown_charts.weekly_figsize(weeks), weeks),
    ]


def still_online(ctx: IncidentCtx) -> list[Flowable]:
    """Every copy still online at the report's date, oldest first, its address defanged."""
    t, st, data = ctx.text, ctx.styles, ctx.data
    day = t.date(data.as_of)
    parts: list[Flowable] = [CondPageBreak(120), heading(ctx, "section.incident.online", date=day)]
    if not data.online:
        return [*parts, para(t("incident.online.none", date=day), st.body)]
    header = [
        t("col.platform"),
        t("col.address"),
        t("col.found_at"),
        t("col.online_for"),
        t("col.found_how"),
        t("col.views"),
    ]
    rows = [
        [
            para(item.platform, st.cell),
            para(shorten(item.address, ADDRESS_SHOWN), st.cell),  # defanged, never a link
            moment(item.found_at),
            _age(ctx, item.age_hours),
            para(t(f"found_how.{item.found_how.value}"), st.cell),
            t.count(item.views) if item.views is not None else t("none"),
        ]
        for item in data.online
    ]
    widths: list[float] = [70, 0, 78, 54, 64, 44]
    widths[1] = ctx.width - sum(widths)
    lead = para(t("incident.online.lead", count=len(data.online)), st.small)
    extra = [("ALIGN", (3, 0), (3, -1), "RIGHT"), ("ALIGN", (5, 0), (5, -1), "RIGHT")]
    return [*parts, lead, spacer(2), data_table(header, rows, widths, extra)]


def _age(ctx: IncidentCtx, age_hours: float) -> str:
    whole = int(age_hours)
    return ctx.text("incident.age", days=whole // 24, hours=whole % 24)


def sources(ctx: IncidentCtx) -> list[Flowable]:
    t, st = ctx.text, ctx.styles
    parts: list[Flowable] = [CondPageBreak(80), heading(ctx, "section.incident.sources")]
    links = ctx.data.sources
    if not links:
        return [*parts, para(t("incident.sources.none"), st.body)]
    return [*parts, *(trusted(f"• {link_markup(url)}", st.body) for url in links)]
