"""How a rating's basis is printed: origin, confidence, review, reply, withheld evidence.

Public editions name roles, not people: a review reads "reviewed by a second officer".
"""

from __future__ import annotations

from pledge_tracker.reports.blocks import Ctx
from pledge_tracker.reports.text import Text
from pledge_tracker.services.report_data import (
    BasisCounts,
    CommitmentLine,
    EvidenceLine,
    ReportData,
)

REPLY_LIMIT = 400  # characters of a reply beside a rating (the database keeps it whole)


def basis_lines(ctx: Ctx, line: CommitmentLine) -> list[str]:
    """Under a level: its origin and confidence, then whether (and by whom) it was reviewed."""
    basis, t = line.basis, ctx.text
    if basis is None:
        return []
    origin = t.get("basis.origin", basis.origin)
    confidence = t.get("basis.confidence", basis.confidence)
    return [f"{origin} · {confidence}", review_text(ctx, line)]


def card_basis(ctx: Ctx, line: CommitmentLine) -> list[str]:
    """A scorecard's shorter form: origin (confidence); the review mark only when reviewed."""
    basis, t = line.basis, ctx.text
    if basis is None:
        return []
    short = t(
        "basis.short",
        origin=t.get("basis.origin", basis.origin),
        confidence=t.get("basis.confidence_short", basis.confidence),
    )
    return [short, review_text(ctx, line)] if basis.reviewed else [short]


def review_text(ctx: Ctx, line: CommitmentLine) -> str:
    basis, t = line.basis, ctx.text
    if basis is None or basis.reviewed_by is None:
        return t("basis.unreviewed")
    if ctx.data.public:
        return t("basis.reviewed_role")
    return t("basis.reviewed_by", name=basis.reviewed_by)


def reply_text(ctx: Ctx, line: CommitmentLine, limit: int = REPLY_LIMIT) -> str:
    """The supporter's reply beside the rating (plain text), or ""."""
    reply = line.basis.reply if line.basis else None
    if reply is None:
        return ""
    text = " ".join(reply.text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    if reply.source_url:
        text += f" ({reply.source_url})"
    return ctx.text("basis.reply", date=ctx.text.day(reply.dated), text=text)


def withheld_text(t: Text, line: CommitmentLine) -> str:
    """Public editions: what a rating whose cited evidence is all restricted says, or ""."""
    if not line.all_withheld:
        return ""
    if line.withheld == 1:
        return t("basis.withheld.one")
    return t("basis.withheld.other", count=line.withheld)


def restricted_mark(ctx: Ctx, item: EvidenceLine) -> str:
    """Internal editions: the mark of a restricted item where it is listed, or ""."""
    return ctx.text("basis.restricted") if item.restricted and not ctx.data.public else ""


def counts_notes(t: Text, data: ReportData, lines: list[CommitmentLine] | None = None) -> str:
    """How many ratings are independent, self-reported, reviewed; and how reviews are checked."""
    if lines is None:
        counts = data.basis_counts
    else:
        counts = BasisCounts.of(line.basis for line in lines if line.basis is not None)
    notes = []
    if data.reviewed_only:
        notes.append(t("basis.reviewed_only", count=data.unreviewed_left_out))
    notes.append(
        t(
            "basis.counts",
            ratings=counts.ratings,
            independent=counts.independent,
            self_report=counts.self_report,
            reply=counts.reply,
            reviewed=counts.reviewed,
        )
    )
    if counts.reviewed and not data.reviews_checked:
        notes.append(t("basis.not_checked"))
    return " ".join(notes)
