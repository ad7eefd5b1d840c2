"""The full report: the briefing, then every commitment, the evidence appendix and the method."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Preformatted

from pledge_tracker.domain.levels import LEVEL_ORDER, Level
from pledge_tracker.reports import briefing, instruments, sections
from pledge_tracker.reports.basis import (
    basis_lines,
    counts_notes,
    reply_text,
    restricted_mark,
    withheld_text,
)
from pledge_tracker.reports.blocks import (
    SWATCH,
    Ctx,
    cell_text,
    cover_renderer,
    data_table,
    level_text,
    spacer,
    swatch_commands,
    unverified_key,
)
from pledge_tracker.reports.citation_links import citations, entry_number
from pledge_tracker.reports.contents import anchor_name, contents_block
from pledge_tracker.reports.layout import Heading
from pledge_tracker.reports.safe import link_markup, markup, para, split_text, trusted
from pledge_tracker.reports.styles import ALERT, WHITE, ZEBRA, hex_colour
from pledge_tracker.services.report_data import (
    CommitmentLine,
    CommitmentSection,
    EvidenceLine,
    ReportData,
    SectionRow,
)


def estimate_pages(data: ReportData) -> int:
    rows = sum(len(s.rows) for s in data.sections)
    return (
        briefing.estimate_pages(data)
        + 2
        + len(data.sections)
        + rows // 12
        + len(data.appendix) // 25
    )


def story(ctx: Ctx) -> list[Flowable]:
    parts = [*sections.cover(ctx, "report.full")]
    own = ctx.text.own_titles_key(ctx.data.commitments)  # the key to ‡ in the titles
    parts += [*contents_block(ctx.text("section.contents"), ctx.width, own), PageBreak()]
    parts += briefing.body(ctx)
    parts += [PageBreak(), sections.heading(ctx, "section.commitments")]
    legend = ctx.text("review.legend", months=ctx.data.freshness_months)
    parts.append(para(legend, ctx.styles.note))
    if own := ctx.text.own_titles_key(ctx.data.commitments):
        parts.append(para(own, ctx.styles.note))
    parts.append(para(counts_notes(ctx.text, ctx.data), ctx.styles.note))
    cited: set[int] = set()  # citation numbers printed so far: the first place links back
    for index, section in enumerate(ctx.data.sections):
        if index:
            parts.append(CondPageBreak(160))
        parts += commitment(ctx, section, cited)
    parts += [PageBreak(), *instruments.full_section(ctx)]
    parts += appendix(ctx, cited)
    parts += methodology(ctx)
    return parts


def commitment(ctx: Ctx, section: CommitmentSection, cited: set[int]) -> list[Flowable]:
    """One commitment: its wording with its verification mark, and every supporter's level.

    Citation numbers link to the appendix; those not in `cited` yet are marked as the place
    the appendix links back to (and added to it).
    """
    st, t = ctx.styles, ctx.text
    c = section.commitment
    title = f"{c.code} · {t.title(c)}"
    anchor = anchor_name("commitment", c.code)
    parts: list[Flowable] = [
        Heading(markup(title), st.h2, title=title, level=1, anchor=anchor),
        para(t.get("group", c.group.value), st.small),
        spacer(3),
        *[para(piece, st.wording) for piece in split_text(section.wording)],
        _verification(ctx, section),
        spacer(3),
    ]
    if not section.rows:
        return [*parts, para(t("commitment.none"), st.body)]
    summary = section.summary
    key = "commitment.summary" if summary.score is not None else "commitment.summary_none"
    line = t(
        key,
        assessed=summary.assessed,
        applicable=summary.applicable,
        score=t.number(summary.score),
    )
    parts.append(para(line, st.body))
    judged = [row for row in section.rows if row.line.level is not Level.NOT_ASSESSED]
    if judged:
        parts.append(_rows_table(ctx, judged, cited))
    waiting = [t.supporter(row.supporter) for row in section.rows if row not in judged]
    if waiting:
        label = t("labelled", label=f"{t.level(Level.NOT_ASSESSED)} ({len(waiting)})", value="")
        parts += [
            spacer(3),
            trusted(f"<b>{markup(label)}</b>{markup(', '.join(waiting))}", st.small),
        ]
    return parts + unverified_key(ctx, [row.supporter for row in section.rows])


def _verification(ctx: Ctx, section: CommitmentSection) -> Paragraph:
    t, c = ctx.text, section.commitment
    notes = []
    if c.wording_verified:
        when = t.date(c.verified_at.date()) if c.verified_at else t("none")
        notes.append(
            markup(
                t(
                    "commitment.verified",
                    who=c.verified_by or "?",
                    date=when,
                    source=c.verified_source or "?",
                )
            )
        )
    else:
        colour = hex_colour(ALERT)
        notes.append(f'<font color="{colour}">⚠ {markup(t("commitment.unverified"))}</font>')
    if not section.wording_translated:
        notes.append(markup(t("commitment.no_french")))
    return trusted(" ".join(notes), ctx.styles.note)


def _rows_table(ctx: Ctx, judged: list[SectionRow], cited: set[int]) -> Flowable:
    """Supporter, level, date and rationale; a long rationale continues on further rows."""
    t = ctx.text
    widths: list[float] = [SWATCH, 100, 96, 54, 0]
    widths[4] = ctx.width - sum(widths)
    header = ["", t("col.supporter"), t("col.level"), t("col.effective"), t("col.rationale")]
    rows: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = [
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), 0),
    ]
    continued: dict[int, dict[int, Any]] = {}
    for index, item in enumerate(judged):
        line = item.line
        pieces = _rationale(ctx, line, widths[4], cited)
        first = len(rows) + 1
        name = t("continued", name=t.supporter(item.supporter))
        level = f"{line.level.glyph} {t.level(line.level)}"
        for row in range(first + 1, first + len(pieces)):
            continued[row] = {1: cell_text(name, widths[1]), 2: cell_text(level, widths[2])}
        for number, piece in enumerate(pieces):
            rows.append(
                [
                    "",
                    cell_text(t.supporter(item.supporter), widths[1]) if number == 0 else "",
                    _level(ctx, line, widths[2]) if number == 0 else "",
                    _effective(ctx, line) if number == 0 else "",
                    piece,
                ]
            )
        last = len(rows)
        for row in range(first, last + 1):
            extra += swatch_commands(0, row, line.level)
        band = ZEBRA if index % 2 else WHITE
        extra.append(("BACKGROUND", (1, first), (-1, last), band))
        if line.needs_review:
            extra.append(("TEXTCOLOR", (3, first), (3, first), ALERT))
    return data_table(header, rows, widths, extra, zebra=False, continued=continued)


def _effective(ctx: Ctx, line: CommitmentLine) -> str:
    """The judgement's date, with the needs-review mark (glyph and word) under it."""
    day = ctx.text.day(line.effective, line.effective_precision) if line.effective else ""
    return f"{day}\n{ctx.text('review.short')}" if line.needs_review else day


def _level(ctx: Ctx, line: CommitmentLine, width: float) -> Any:
    """The level, then its basis: origin and confidence, and its review."""
    level = f"{line.level.glyph} {ctx.text.level(line.level)}"
    return cell_text("\n".join([level, *basis_lines(ctx, line)]), width)


def _rationale(ctx: Ctx, line: CommitmentLine, width: float, cited: set[int]) -> list[Any]:
    """The rationale in row-sized pieces (plain cells: quick to lay out), then its citations.

    After them: (public editions) the withheld-evidence line, then the supporter's reply.
    """
    cells = [cell_text(piece, width) for piece in split_text(line.rationale) or [ctx.text("none")]]
    notes: list[Flowable] = []
    if line.citations:
        notes.append(citations(ctx, line.citations, cited))
    if withheld := withheld_text(ctx.text, line):
        notes.append(para(withheld, ctx.styles.cell))
    if notes:
        last = cells[-1]
        text = Preformatted(last, ctx.styles.cell) if isinstance(last, str) else last
        cells[-1] = [text, *notes]
    if reply := reply_text(ctx, line):
        cells += [cell_text(piece, width) for piece in split_text(reply)]
    return cells


def appendix(ctx: Ctx, cited: set[int]) -> list[Flowable]:
    """Every cited evidence item with its number, source, link and dates.

    One table, whose header repeats at the top of each page it continues on (never in the
    middle of a page); each number links back to where the item is first cited.
    """
    st, t, data = ctx.styles, ctx.text, ctx.data
    parts: list[Flowable] = [PageBreak(), sections.heading(ctx, "section.appendix")]
    if data.public and data.withheld:
        parts.append(para(t("appendix.withheld", count=data.withheld), st.note))
    if not data.appendix:
        return [*parts, para(t("appendix.none"), st.body)]
    parts.append(para(t("appendix.lead"), st.body))
    header = [t("col.number"), t("col.item"), t("col.dates")]
    widths: list[float] = [32, 0, 76]
    widths[1] = ctx.width - sum(widths)
    rows = [_appendix_row(ctx, item, cited) for item in data.appendix]
    table = data_table(header, rows, widths, [("ALIGN", (0, 0), (0, -1), "RIGHT")])
    table._longTableOptimize = 1  # a long table splits page by page without re-measuring all
    parts.append(table)
    return parts


def _appendix_row(ctx: Ctx, item: EvidenceLine, cited: set[int]) -> list[Any]:
    t, st = ctx.text, ctx.styles
    facts = [t.get("evidence", item.kind), t.get("reliability", item.reliability)]
    if item.demo:
        facts.append(t("demo.mark"))
    if mark := restricted_mark(ctx, item):
        facts.append(mark)
    lines = [f"<b>{markup(item.title)}</b>", markup(" · ".join(facts))]
    source = [markup(item.source_name)] if item.source_name else []
    if item.source_url:
        source.append(link_markup(item.source_url))
    if source:
        lines.append(" · ".join(source))
    dates = [t.day(item.dated, item.dated_precision)]
    if item.published and item.published != item.dated:
        dates.append(t("appendix.published", date=t.day(item.published)))
    if item.retrieved and item.retrieved != item.dated:
        dates.append(t("appendix.retrieved", date=t.day(item.retrieved)))
    return [
        entry_number(item.number, cited),
        trusted("<br/>".join(lines), st.cell),
        "\n".join(dates),
    ]


def methodology(ctx: Ctx) -> list[Flowable]:
    """The scale, scoring, coverage, as-of and freshness rules, and the method version."""
    st, t, data = ctx.styles, ctx.text, ctx.data
    parts: list[Flowable] = [
        CondPageBreak(300),
        sections.heading(ctx, "section.methodology"),
        para(t("method.scale"), st.body),
    ]
    header = ["", t("method.col.level"), t("method.col.points"), t("method.col.meaning")]
    rows = []
    extra: list[tuple[Any, ...]] = [("ALIGN", (2, 0), (2, -1), "RIGHT")]
    for index, level in enumerate(LEVEL_ORDER, start=1):
        points = str(level.score) if level.score is not None else t("none")
        rows.append(
            [
                "",
                trusted(level_text(t, level), st.cell),
                points,
                para(t(f"meaning.{level.value}"), st.cell),
            ]
        )
        extra += swatch_commands(0, index, level)
    widths: list[float] = [SWATCH, 120, 44, 0]
    widths[3] = ctx.width - sum(widths)
    parts += [data_table(header, rows, widths, extra), spacer(6)]
    for key in ("method.score", "method.coverage", "method.as_of"):
        parts.append(para(t(key), st.body))
    parts.append(para(t("method.rank", threshold=t.percent(data.rank_threshold)), st.body))
    parts.append(para(t("basis.method"), st.body))
    if not data.public:
        parts.append(para(t("basis.restricted_note"), st.body))
    parts.append(para(t("method.freshness", months=data.freshness_months), st.body))
    parts.append(para(t("method.version", version=data.method_version), st.body))
    parts.append(para(t("method.links"), st.body))
    parts.append(para(t("unverified.key"), st.body))
    return parts


# Write the full report to `out` (a path or a binary stream); returns the page count.
render = cover_renderer("report.full", story, estimate_pages)
