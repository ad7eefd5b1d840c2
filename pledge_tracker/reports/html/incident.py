"""The incident report in HTML: what happened, responses, takedown, still online, sources.

The PDF's charts (timeline, removal curve, weekly counts) are drawn from the figures these
tables print; the HTML edition gives the tables themselves.
"""

from __future__ import annotations

from pledge_tracker import __version__
from pledge_tracker.domain.words import shorten
from pledge_tracker.reports.html.briefing import wrap
from pledge_tracker.reports.html.document import document
from pledge_tracker.reports.html.markup import Safe, bullets, join, para, table, tag
from pledge_tracker.reports.html.takedown import takedown_table
from pledge_tracker.reports.incident import IncidentCtx, edition_lines
from pledge_tracker.reports.incident_sections import ADDRESS_SHOWN, moment
from pledge_tracker.reports.styles import styles
from pledge_tracker.reports.text import Text
from pledge_tracker.services.report_data.incident import IncidentReportData


def incident_html(data: IncidentReportData) -> str:
    """The whole HTML file of one incident's report."""
    t = Text(data.lang)
    ctx = IncidentCtx(data, t, styles(), 0)
    opening = [para(t("incident.as_of", date=t.date(data.as_of)))]
    opening += [para(line, "alert" if alert else "note") for line, alert in edition_lines(ctx)]
    parts = [
        *opening,
        what_happened(ctx),
        responses(ctx),
        takedown(ctx),
        still_online(ctx),
        sources(ctx),
    ]
    footer = t("cover.generated", date=t.date(data.generated), app=t("app"), version=__version__)
    return document(
        t,
        t("incident.title", incident=data.incident.name),
        join(parts),
        subject=t("incident.subject", incident=data.incident.name, date=t.date(data.as_of)),
        demo=data.demo,
        footer=footer,
    )


def _section(ctx: IncidentCtx, key: str, *parts: Safe, **values: object) -> Safe:
    return tag("section", join([tag("h2", ctx.text(key, **values)), *parts]))


def what_happened(ctx: IncidentCtx) -> Safe:
    t, incident = ctx.text, ctx.data.incident
    local = incident.local_time
    occurred = t(
        "incident.occurred",
        local=f"{t.date(local.date())} {local:%H:%M}",
        zone=incident.time_zone,
        utc=moment(incident.occurred_at),
    )
    parts = [para(occurred)]
    if incident.place:
        parts.append(para(t("incident.place", place=incident.place)))
    parts.append(para(incident.description or t("incident.no_description")))
    return _section(ctx, "section.incident.what", *parts)


def responses(ctx: IncidentCtx) -> Safe:
    """Every protocol activation and every supporter's first response, with its delay."""
    t, times = ctx.text, ctx.data.times
    parts = [para(t("incident.response.lead", utc=moment(times.incident.occurred_at)), "note")]
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
                t(f"protocol.{a.protocol.value}"),
                moment(a.activated_at),
                t.number(a.hours_from_incident),
                moment(a.closed_at, t("none")),
                a.activated_by or t("none"),
            ]
            for a in times.activations
        ]
        parts.append(wrap(table(t("col.protocol"), header, rows, numeric=(2,))))
    else:
        parts.append(para(t("incident.no_activation")))
    if times.responses:
        header = [
            t("col.supporter"),
            t("col.first_action"),
            t("col.hours_after"),
            t("col.what_done"),
        ]
        rows = []
        for r in times.responses:
            done = [r.action]
            if r.evidence_title:
                done.append(t("incident.evidence", title=r.evidence_title))
            elif r.evidence_id is not None:
                done.append(t("incident.evidence_withheld"))
            rows.append(
                [
                    r.supporter,
                    moment(r.first_action_at),
                    t.number(r.hours_from_incident),
                    "\n".join(done),
                ]
            )
        parts.append(wrap(table(t("col.first_action"), header, rows, numeric=(2,))))
    else:
        parts.append(para(t("incident.no_response")))
    return _section(ctx, "section.incident.response", *parts)


def takedown(ctx: IncidentCtx) -> Safe:
    t, data = ctx.text, ctx.data
    figures = data.figures
    if not figures.total.sightings:
        return _section(ctx, "section.incident.takedown", para(t("incident.takedown.none")))
    lead = t(
        "incident.takedown.lead",
        count=figures.total.sightings,
        platforms=", ".join(row.platform for row in figures.rows),
        date=t.date(data.as_of),
        online=t.count(figures.total.online),
    )
    caption = t("section.incident.takedown")
    shown = takedown_table(t, caption, [*figures.rows, figures.total])
    return _section(
        ctx, "section.incident.takedown", para(lead), para(t("takedown.clocks"), "note"), shown
    )


def still_online(ctx: IncidentCtx) -> Safe:
    t, data = ctx.text, ctx.data
    day = t.date(data.as_of)
    if not data.online:
        return _section(
            ctx, "section.incident.online", para(t("incident.online.none", date=day)), date=day
        )
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
            item.platform,
            shorten(item.address, ADDRESS_SHOWN),  # defanged, never a link
            moment(item.found_at),
            t("incident.age", days=int(item.age_hours) // 24, hours=int(item.age_hours) % 24),
            t(f"found_how.{item.found_how.value}"),
            t.count(item.views) if item.views is not None else t("none"),
        ]
        for item in data.online
    ]
    caption = t("section.incident.online", date=day)
    lead = para(t("incident.online.lead", count=len(data.online)), "note")
    return _section(
        ctx,
        "section.incident.online",
        lead,
        wrap(table(caption, header, rows, numeric=(3, 5))),
        date=day,
    )


def sources(ctx: IncidentCtx) -> Safe:
    links = ctx.data.sources
    if not links:
        return _section(ctx, "section.incident.sources", para(ctx.text("incident.sources.none")))
    return _section(ctx, "section.incident.sources", bullets(list(links)))
