"""The detail panel's text: a cell's wording, history, evidence and actions as simple HTML."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from html import escape
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

from pledge_tracker.domain.dates import iso_as_known
from pledge_tracker.domain.dto import (
    ActionDTO,
    AssessmentDTO,
    CommitmentDTO,
    EvidenceDTO,
    ReplyDTO,
)
from pledge_tracker.domain.kinds import Confidence, EvidenceKind, Origin, Reliability
from pledge_tracker.domain.levels import LEVEL_COLOURS, Level
from pledge_tracker.domain.validate import is_safe_link
from pledge_tracker.ui import locale_text
from pledge_tracker.ui.labels import label, level_label
from pledge_tracker.ui.models.cell_detail import CellDetail
from pledge_tracker.ui.widgets.level_style import glyph_colour, is_neutral

SAFE_SCHEMES = ("http", "https")


def safe_href(url: str | None) -> str | None:
    """A link the panel may open: http or https only (never file:, javascript: ...)."""
    if not url or not is_safe_link(url):
        return None
    return url if urlsplit(url).scheme.lower() in SAFE_SCHEMES else None


def _label(vocabulary: type[StrEnum], value: str) -> str:
    return escape(label(vocabulary, value))


def badge(level: Level) -> str:
    """A level as its glyph on the level's colour, followed by its name."""
    name = f"<b>{escape(level_label(level))}</b>"
    if is_neutral(level):
        return f"<span>{escape(level.glyph)}</span> {name}" if level.glyph else name
    colour, ink = LEVEL_COLOURS[level], glyph_colour(level).name()
    glyph = f"<span style='background-color:{colour}; color:{ink}'>&nbsp;{level.glyph}&nbsp;</span>"
    return f"{glyph} {name}"


def render(detail: CellDetail, as_of: dt.date, *, warn: str = "#9A5B00") -> str:
    """The whole panel for one cell."""
    parts = [_heading(detail, as_of, warn), _wording(detail.commitment, warn)]
    parts.append(_history(detail.history, as_of, detail.replies))
    parts.append(_evidence(detail.evidence, set(detail.cited_ids)))
    parts.append(_actions(detail.open_actions, detail.today, warn))
    return "".join(parts)


def _heading(detail: CellDetail, as_of: dt.date, warn: str) -> str:
    cell, commitment = detail.cell, detail.commitment
    lines = [
        f"<p style='font-size:large'><b>{escape(detail.stakeholder.name)}</b></p>",
        f"<p><b>{escape(commitment.code)}</b> · {escape(locale_text.title(commitment))}</p>",
    ]
    facts = QCoreApplication.translate("DetailPanel", "as of {0}").format(
        locale_text.written_date(as_of)
    )
    if cell.effective:
        effective = iso_as_known(cell.effective, cell.effective_precision)
        facts += " · " + QCoreApplication.translate("DetailPanel", "effective {0}").format(
            effective
        )
    if cell.assessor:
        facts += " · " + QCoreApplication.translate("DetailPanel", "by {0}").format(
            escape(cell.assessor)
        )
    lines.append(f"<p>{badge(cell.level)} — {facts}</p>")
    if cell.needs_review:
        lines.append(
            f"<p style='color:{warn}'>⚑ "
            + QCoreApplication.translate(
                "DetailPanel",
                "Needs review: the evidence behind this judgement is older than the freshness age.",
            )
            + "</p>"
        )
    if not cell.applicable:
        lines.append(
            "<p>"
            + QCoreApplication.translate(
                "DetailPanel", "This supporter is not bound by this commitment."
            )
            + "</p>"
        )
    return "".join(lines)


def _wording(commitment: CommitmentDTO, warn: str) -> str:
    title = QCoreApplication.translate("DetailPanel", "Commitment wording")
    head = f"<h4>{title}</h4>"
    if commitment.wording_verified:
        when = (
            locale_text.written_date(commitment.verified_at.date())
            if commitment.verified_at
            else ""
        )
        mark = "✓ " + QCoreApplication.translate(
            "DetailPanel", "Verified by {0} on {1} against {2}"
        ).format(
            escape(commitment.verified_by or "?"), when, escape(commitment.verified_source or "?")
        )
        mark_html = f"<p>{mark}</p>"
    else:
        mark = "⚠ " + QCoreApplication.translate(
            "DetailPanel", "Wording not yet verified against the official text"
        )
        mark_html = f"<p style='color:{warn}'><b>{mark}</b></p>"
    return head + mark_html + f"<p><i>{escape(commitment.wording)}</i></p>"


def _review(item: AssessmentDTO) -> str:
    """Whether a second officer reviewed the judgement, and who (display name on a desktop)."""
    if item.reviewed_by is None:
        return QCoreApplication.translate("DetailPanel", "Not reviewed")
    when = locale_text.written_date(item.reviewed_at.date()) if item.reviewed_at else ""
    return "✓ " + QCoreApplication.translate("DetailPanel", "Reviewed by {0} on {1}").format(
        escape(item.reviewed_by), when
    )


def _replies(answers: list[ReplyDTO]) -> str:
    lines = []
    for answer in answers:
        text = QCoreApplication.translate("DetailPanel", "Supporter's reply ({0}): {1}").format(
            answer.dated.isoformat(), escape(answer.text)
        )
        href = safe_href(answer.source_url)
        if href:
            source_word = QCoreApplication.translate("DetailPanel", "source")
            text += f" <a href='{escape(href, quote=True)}'>{source_word}</a>"
        lines.append(f"<br><i>{text}</i>")
    return "".join(lines)


def _history(
    history: tuple[AssessmentDTO, ...], as_of: dt.date, answers: tuple[ReplyDTO, ...] = ()
) -> str:
    title = QCoreApplication.translate("DetailPanel", "Assessment history")
    head = f"<h4>{title} ({len(history)})</h4>"
    if not history:
        return (
            head
            + "<p>"
            + QCoreApplication.translate("DetailPanel", "No judgement recorded yet.")
            + "</p>"
        )
    rows = []
    for item in history:
        later = item.effective > as_of
        meta = " · ".join(
            [
                iso_as_known(item.effective, item.effective_precision),
                _label(Origin, item.origin),
                QCoreApplication.translate("DetailPanel", "{0} confidence").format(
                    _label(Confidence, item.confidence)
                ),
                escape(item.assessor),
            ]
        )
        note = (
            " <i>(" + QCoreApplication.translate("DetailPanel", "after the as-of date") + ")</i>"
            if later
            else ""
        )
        demo = (
            " <i>(" + QCoreApplication.translate("DetailPanel", "demonstration data") + ")</i>"
            if item.demo
            else ""
        )
        cited = QCoreApplication.translate(
            "DetailPanel", "%n evidence item(s) cited", None, len(item.evidence_ids)
        )
        replies = _replies([a for a in answers if a.assessment_id == item.id])
        rows.append(
            f"<p>{badge(item.level)}{note}{demo}<br><small>{meta}</small>"
            f"<br>{escape(item.rationale) or '—'}<br><small>{cited} · {_review(item)}</small>"
            f"{replies}</p>"
        )
    return head + "".join(rows)


def _evidence(items: tuple[EvidenceDTO, ...], cited: set[int]) -> str:
    title = QCoreApplication.translate("DetailPanel", "Evidence")
    head = f"<h4>{title} ({len(items)})</h4>"
    if not items:
        return (
            head
            + "<p>"
            + QCoreApplication.translate(
                "DetailPanel", "No evidence linked to this supporter and commitment."
            )
            + "</p>"
        )
    entries = []
    for item in items:
        source = escape(
            item.source_name
            or item.source_url
            or QCoreApplication.translate("DetailPanel", "no source given")
        )
        href = safe_href(item.source_url)
        if href:
            source = f"<a href='{escape(href, quote=True)}'>{source}</a>"
        facts = [
            _label(EvidenceKind, item.kind),
            iso_as_known(item.dated, item.dated_precision)
            if item.dated
            else QCoreApplication.translate("DetailPanel", "undated"),
            source,
            _label(Reliability, item.reliability),
        ]
        badges = []
        if item.id in cited:
            badges.append(QCoreApplication.translate("DetailPanel", "cited"))
        if item.restricted:
            badges.append(QCoreApplication.translate("DetailPanel", "restricted"))
        if item.attachments:
            badges.append(
                QCoreApplication.translate(
                    "DetailPanel", "%n attachment(s)", None, len(item.attachments)
                )
            )
        badge = f" <small>[{escape(', '.join(badges))}]</small>" if badges else ""
        entries.append(
            f"<li><b>{escape(item.title)}</b>{badge}<br><small>{' · '.join(facts)}</small></li>"
        )
    return head + "<ul>" + "".join(entries) + "</ul>"


def _actions(steps: tuple[ActionDTO, ...], today: dt.date, warn: str) -> str:
    if not steps:
        return ""
    entries = []
    for step in steps:
        due = (
            step.due.isoformat()
            if step.due
            else QCoreApplication.translate("DetailPanel", "no due date")
        )
        due_word = QCoreApplication.translate("DetailPanel", "due {0}")
        text = f"{escape(step.title)} <small>({due_word.format(due)})</small>"
        if step.overdue(today):
            overdue = QCoreApplication.translate("DetailPanel", "Overdue")
            text = f"<span style='color:{warn}'><b>{overdue}:</b> {text}</span>"
        entries.append(f"<li>{text}</li>")
    title = QCoreApplication.translate("DetailPanel", "Open actions")
    return f"<h4>{title} ({len(steps)})</h4><ul>" + "".join(entries) + "</ul>"
