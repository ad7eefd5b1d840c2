"""The crosswalk in print: instruments × commitments, and what binds each supporter on a date.

A struck-down or repealed instrument is listed as such after that date (never as in force);
one not yet applicable on the report date is left off a scorecard. Facts the reference does
not verify, and memberships it does not verify, carry the † mark.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from pledge_tracker.domain.instruments import Binding, InstrumentDTO, InstrumentStatus
from pledge_tracker.domain.kinds import StakeholderKind
from pledge_tracker.reports.blocks import Ctx, cell_text, data_table, spacer
from pledge_tracker.reports.safe import para
from pledge_tracker.reports.sections import heading
from pledge_tracker.reports.styles import BOLD
from pledge_tracker.reports.text import EN

MARK_COLUMN = (
    22  # width of one commitment's column in the grid (at least; wide enough for its code)
)


def status_line(
    ctx: Ctx, item: InstrumentDTO, status: InstrumentStatus, *, extent: bool = True
) -> str:
    """The status on the report date with the date that makes it so (and what was struck
    down, unless `extent` is False: the grid's narrow column leaves it to the scorecards)."""
    t, dates = ctx.text, item.dates
    words = status_word(ctx, item, status)
    detail = ""
    if status is InstrumentStatus.STRUCK_DOWN and dates.struck_down:
        when = t.date(dates.struck_down.day, dates.struck_down.precision)
        detail = (
            t("instrument.struck_down_by", date=when, decision=item.struck_down_by)
            if item.struck_down_by
            else t("instrument.struck_down", date=when)
        )
        if extent and item.struck_down_extent:
            detail += f" ({item.struck_down_extent})"
    elif status is InstrumentStatus.REPEALED and dates.repealed:
        detail = t("instrument.repealed", date=t.date(dates.repealed.day, dates.repealed.precision))
    elif status is InstrumentStatus.IN_FORCE:
        start = dates.applies_from or dates.in_force
        if start is not None:
            key = "instrument.applies" if dates.applies_from else "instrument.in_force"
            detail = t(key, date=t.date(start.day, start.precision))
    elif status is InstrumentStatus.NOT_YET and dates.applies_from:
        start = dates.applies_from
        detail = t("instrument.applies", date=t.date(start.day, start.precision))
    elif dates.adopted:
        detail = t("instrument.adopted", date=t.date(dates.adopted.day, dates.adopted.precision))
    return t("labelled", label=words, value=detail) if detail else words


def status_word(ctx: Ctx, item: InstrumentDTO, status: InstrumentStatus) -> str:
    """The status in a word; a decision is decided and a protocol agreed, not adopted."""
    kind_key = f"status.{status.value}.{item.kind.value}"
    return ctx.text(kind_key) if kind_key in EN else ctx.text(f"status.{status.value}")


def _name(ctx: Ctx, item: InstrumentDTO, binding: Binding | None = None) -> str:
    unverified = not item.verified or (binding is not None and not binding.membership_verified)
    return f"{item.name} {ctx.text('unverified.mark')}" if unverified else item.name


def card_lines(ctx: Ctx, stakeholder_id: int) -> tuple[list[str], bool]:
    """Each instrument binding the supporter on the report date as a line, and whether any
    carries the † mark (PDF and HTML print the same lines)."""
    t, listed = ctx.text, ctx.data.bound(stakeholder_id)
    lines = []
    for binding in listed:
        item = binding.instrument
        line = f"{_name(ctx, item, binding)} — {status_line(ctx, item, binding.status)}"
        if binding.through:
            line += f" ({t('instrument.through', body=binding.through)})"
        lines.append(line)
    marked = any(not b.instrument.verified or not b.membership_verified for b in listed)
    return lines, marked


def card_section(ctx: Ctx, stakeholder_id: int) -> list[Flowable]:
    """A scorecard's list of the instruments binding the supporter on the report date."""
    t, st = ctx.text, ctx.styles
    when = t.date(ctx.data.as_of)
    parts: list[Flowable] = [para(t("card.instruments", date=when), st.h3)]
    lines, marked = card_lines(ctx, stakeholder_id)
    if not lines:
        return [*parts, para(t("card.instruments_none", date=when), st.small)]
    parts += [para(f"• {line}", st.small) for line in lines]
    if marked:
        parts.append(para(t("crosswalk.unverified"), st.small))
    return parts


def full_section(ctx: Ctx) -> list[Flowable]:
    """The full report's crosswalk: the grid, then each government's instruments on the date."""
    t, st, data = ctx.text, ctx.styles, ctx.data
    when = t.date(data.as_of)
    parts: list[Flowable] = [heading(ctx, "section.crosswalk")]
    if not data.instruments:
        return [*parts, para(t("crosswalk.none"), st.body)]
    parts += [para(t("crosswalk.lead", date=when), st.note), spacer(4), _grid(ctx)]
    parts += [spacer(8), para(t("crosswalk.by_government", date=when), st.h3)]
    rows = _government_rows(ctx)
    if rows:
        widths = [140.0, ctx.width - 140.0]
        header = [t("col.supporter"), t("col.instruments")]
        parts.append(data_table(header, rows, widths))
    else:
        parts.append(para(t("crosswalk.by_government_none", date=when), st.small))
    parts += [spacer(3), para(t("crosswalk.unverified"), st.small)]
    return parts


def _codes(ctx: Ctx) -> list[str]:
    """The commitments some instrument implements, in the catalogue's order."""
    used = {code for item in ctx.data.instruments for code in item.commitment_codes}
    return [c.code for c in ctx.data.commitments if c.code in used]


def _grid(ctx: Ctx) -> Any:
    t, data = ctx.text, ctx.data
    codes = _codes(ctx)
    fixed = [0.0, 80.0, 110.0]
    # Narrower marks only when many commitments are implemented: the table keeps to the page.
    widest = max((stringWidth(code, BOLD, 9) for code in codes), default=0.0) + 16
    mark = min(max(MARK_COLUMN, widest), (ctx.width - sum(fixed) - 120.0) / max(1, len(codes)))
    fixed[0] = ctx.width - sum(fixed) - mark * len(codes)
    widths = [*fixed, *([mark] * len(codes))]
    header = [t("col.instrument"), t("col.jurisdictions"), t("col.status", date=t.day(data.as_of))]
    rows: list[list[Any]] = []
    for item, (name, places, status) in zip(data.instruments, grid_texts(ctx), strict=True):
        rows.append(
            [
                cell_text(name, widths[0]),
                cell_text(places, widths[1]),
                cell_text(status, widths[2]),
                *("●" if code in item.commitment_codes else "" for code in codes),
            ]
        )
    return data_table([*header, *codes], rows, widths)


def grid_texts(ctx: Ctx) -> list[tuple[str, str, str]]:
    """Each instrument's name (and kind), jurisdictions and status on the report date."""
    t, data = ctx.text, ctx.data
    return [
        (
            f"{_name(ctx, item)} ({t.get('instrument_kind', item.kind.value)})",
            ", ".join(item.jurisdictions),
            status_line(ctx, item, item.status_on(data.as_of), extent=False),
        )
        for item in data.instruments
    ]


def government_lines(ctx: Ctx) -> list[tuple[str, list[str]]]:
    """Each government with instruments binding it on the report date: its name and a line
    per instrument ("name: status")."""
    t, data = ctx.text, ctx.data
    governments = []
    for report in data.supporters:
        person = report.stakeholder
        if person.kind is not StakeholderKind.GOVERNMENT:
            continue
        lines = [
            t(
                "labelled",
                label=_name(ctx, binding.instrument, binding),
                value=status_word(ctx, binding.instrument, binding.status),
            )
            for binding in data.bound(person.id)
        ]
        if lines:
            governments.append((t.supporter(person), lines))
    return governments


def _government_rows(ctx: Ctx) -> list[list[Any]]:
    return [
        [cell_text(name, 140), cell_text("\n".join(lines), ctx.width - 140)]
        for name, lines in government_lines(ctx)
    ]
