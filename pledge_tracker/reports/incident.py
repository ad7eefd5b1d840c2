"""The incident report: what happened, the crisis protocols and responses, and the takedown.

One PDF for one incident, as of a date, in a public edition (restricted sightings left out,
restricted evidence withheld, both counted) or an internal one (marked not for publication).
Addresses of copies appear only defanged. Figures come from the metrics service through
services/report_data/incident.py; the sections are in reports/incident_sections.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import IO

from reportlab.platypus import Flowable

from pledge_tracker import __version__
from pledge_tracker.domain.words import shorten
from pledge_tracker.reports import incident_sections as sections
from pledge_tracker.reports.blocks import banner, keywords, short_name, spacer
from pledge_tracker.reports.layout import Cancelled, Heading, PageInfo, Progress, ReportDoc
from pledge_tracker.reports.safe import markup, para, trusted
from pledge_tracker.reports.styles import ALERT, MUTED, Styles, hex_colour, styles
from pledge_tracker.reports.text import Text
from pledge_tracker.services.report_data.incident import IncidentReportData


@dataclass(frozen=True)
class IncidentCtx:
    """What every part of the incident report needs: data, words, styles, text width."""

    data: IncidentReportData
    text: Text
    styles: Styles
    width: float


def page_info(data: IncidentReportData, t: Text) -> PageInfo:
    """The running head and foot: the incident, the date, the edition."""
    name = data.incident.name
    if data.public:
        edition, alert = t("footer.public"), False
    elif data.restricted_shown or data.evidence_withheld:
        edition, alert = t("footer.restricted"), True
    else:
        edition, alert = "", False
    return PageInfo(
        title=t("report.incident"),
        framework=short_name(data.framework),
        as_of_text=t("incident.header", incident=shorten(name, 50), date=t.date(data.as_of)),
        footer_text=t(
            "cover.generated", date=t.date(data.generated), app=t("app"), version=__version__
        ),
        page_text=t("page"),
        edition_text=edition,
        edition_alert=alert,
        banner_text=t("demo.banner") if data.demo else "",
        subject=t("incident.subject", incident=data.incident.name, date=t.date(data.as_of)),
        lang=data.lang,
        keywords=keywords(t, data.framework),
        generated=data.generated,
    )


def render(
    data: IncidentReportData,
    out: str | IO[bytes],
    *,
    paper: str = "a4",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write the incident report to `out` (a path or a binary stream); returns the page count."""
    t = Text(data.lang)
    doc = ReportDoc(
        out,
        page_info(data, t),
        paper=paper,
        progress=progress,
        cancelled=cancelled,
        expected_pages=3 + len(data.online) // 30,
    )
    return doc.render(story(IncidentCtx(data, t, styles(), doc.width - 12)))


def story(ctx: IncidentCtx) -> list[Flowable]:
    return [
        *title_block(ctx),
        *sections.what_happened(ctx),
        *sections.responses(ctx),
        *sections.takedown(ctx),
        *sections.still_online(ctx),
        *sections.sources(ctx),
    ]


def title_block(ctx: IncidentCtx) -> list[Flowable]:
    """The report's name and the incident's, the date, the edition, the demonstration mark."""
    t, st, data = ctx.text, ctx.styles, ctx.data
    name = t("incident.title", incident=data.incident.name)
    parts: list[Flowable] = [
        Heading(markup(name), st.title, title=name, level=0),
        para(t("incident.as_of", date=t.date(data.as_of)), st.subtitle),
        spacer(4),
    ]
    if data.demo:
        parts += [banner(t("demo.banner"), ctx.width), spacer(6)]
    for line, alert in edition_lines(ctx):
        colour = hex_colour(ALERT if alert else MUTED)
        parts.append(trusted(f'<font color="{colour}">{markup(line)}</font>', st.body))
    command = f'incident --incident "{data.incident.name}"'
    parts.append(para(t("access.note", command=command), st.small))  # where the HTML edition is
    return [*parts, spacer(6)]


def edition_lines(ctx: IncidentCtx) -> list[tuple[str, bool]]:
    """What the edition leaves out (public) or holds (internal), counted."""
    t, data = ctx.text, ctx.data
    lines: list[tuple[str, bool]] = []
    if data.public:
        key = "incident.public" if data.withheld else "incident.public_none"
        lines.append((t(key, count=data.withheld), False))
        if data.evidence_withheld:
            lines.append((t("incident.evidence_hidden", count=data.evidence_withheld), False))
    elif data.restricted_shown:
        lines.append((t("incident.restricted", count=data.restricted_shown), True))
    return lines
