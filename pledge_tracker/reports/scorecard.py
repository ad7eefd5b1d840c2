"""The scorecard report: one page per supporter."""

from __future__ import annotations

from typing import IO, Any

from reportlab.platypus import CondPageBreak, Flowable, KeepInFrame, PageBreak, Table

from pledge_tracker.domain.kinds import StakeholderKind
from pledge_tracker.domain.scoring import rankable
from pledge_tracker.domain.words import shorten
from pledge_tracker.reports import instruments
from pledge_tracker.reports.basis import (
    card_basis,
    counts_notes,
    reply_text,
    restricted_mark,
    withheld_text,
)
from pledge_tracker.reports.blocks import (
    SWATCH,
    Ctx,
    LevelBar,
    cell_text,
    data_table,
    demo_banner,
    figures_panel,
    make_ctx,
    page_info,
    spacer,
    swatch_commands,
    unverified_key,
)
from pledge_tracker.reports.changes import change_mark, key
from pledge_tracker.reports.figure_table import figures_block
from pledge_tracker.reports.layout import Cancelled, Heading, Progress, ReportDoc
from pledge_tracker.reports.safe import link_markup, markup, para, trusted
from pledge_tracker.reports.sections import access_note
from pledge_tracker.reports.styles import ALERT, BOLD, MUTED
from pledge_tracker.services.report_data import CommitmentLine, ReportData, SupporterReport

CARD_REPLY_LIMIT = 200  # characters of a supporter's reply on a scorecard


def render(
    data: ReportData,
    out: str | IO[bytes],
    *,
    paper: str = "a4",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write the scorecards to `out` (a path or a binary stream); returns the page count."""
    probe = make_ctx(data, 0)
    doc = ReportDoc(
        out,
        page_info(probe, "report.scorecard"),
        paper=paper,
        progress=progress,
        cancelled=cancelled,
        expected_pages=max(1, len(data.supporters)),
    )
    ctx = make_ctx(data, doc.width - 12)
    return doc.render(story(ctx, doc.height - 12))


def story(ctx: Ctx, height: float) -> list[Flowable]:
    """One page per supporter, each kept to its page."""
    if not ctx.data.supporters:
        return [para(ctx.text("supporters.none"), ctx.styles.body), access_note(ctx, "scorecard")]
    flowables: list[Flowable] = []
    for index, report in enumerate(ctx.data.supporters):
        if index:
            flowables.append(PageBreak())
        flowables += page(ctx, report, height, first=not index)
    return flowables


def page(ctx: Ctx, report: SupporterReport, height: float, first: bool = False) -> list[Flowable]:
    """A supporter's page: the ratings kept to one page, then the evidence they cite.

    The list of cited evidence is printed whole; when it is long it continues on the next
    page (its header repeated) rather than being cut.
    """
    block = _evidence_block(ctx, report)
    top = _fixed_part(ctx, report)
    if first:  # the first page says where the accessible edition is
        top[2:2] = [access_note(ctx, "scorecard"), spacer(4)]
    if not local_numbers(report):  # nothing cited: its one line stays on the ratings' page
        return [KeepInFrame(ctx.width, height, [*top, *block[1:]], "shrink")]
    fixed = KeepInFrame(ctx.width, height, top, mode="shrink")
    return [fixed, *figures_block(ctx, report, local_numbers(report)), *block]


def _fixed_part(ctx: Ctx, report: SupporterReport) -> list[Flowable]:
    st, t, person = ctx.styles, ctx.text, report.stakeholder
    name = t.supporter(person)  # marked †, with its key just below
    parts: list[Flowable] = [
        Heading(markup(name), st.title, title=shorten(person.name, 80), level=0),
        trusted(_subtitle(ctx, report), st.subtitle),
        *unverified_key(ctx, [person]),
        *([demo_banner(ctx), spacer(6)] if ctx.data.demo else []),
        figures_panel(ctx, card_figures(ctx, report)),
        spacer(8),
    ]
    if report.lines:
        parts += [
            para(t("card.chart", count=len(report.lines)), st.small),
            spacer(2),
            LevelBar(ctx, report.summary.levels),
            para(t("card.commitments"), st.h3),
            _commitments_table(ctx, report),
            spacer(2),
            _basis_note(ctx, report),
            *key(ctx),  # on the page it explains (the cited list may continue overleaf)
        ]
    else:
        parts.append(para(t("card.none_applicable"), st.body))
    return [*parts, spacer(4), *instruments.card_section(ctx, person.id)]


def _subtitle(ctx: Ctx, report: SupporterReport) -> str:
    t, person = ctx.text, report.stakeholder
    kind = t.get("kind", person.kind.value)
    if person.joined:
        partial = "" if person.joined_precision == "day" else ".partial"
        when = t.date(person.joined, person.joined_precision)
        line = t(f"card.kind_joined{partial}", kind=kind, date=when)
    else:
        line = t("card.joined_unknown", kind=kind)
    pieces = [markup(line)]
    if person.country_code and person.kind is not StakeholderKind.ONLINE_SERVICE_PROVIDER:
        pieces.insert(0, markup(person.country_code))
    if person.founding:
        pieces.append(f'<font name="{BOLD}">{markup(t("card.founding"))}</font>')
    if not person.active:
        pieces.append(f'<font color="#{ALERT.hexval()[2:]}">{markup(t("card.inactive"))}</font>')
    return " · ".join(pieces)


def card_figures(ctx: Ctx, report: SupporterReport) -> list[tuple[str, str, str]]:
    t, data, summary = ctx.text, ctx.data, report.summary
    since = t.date(data.since)
    if summary.score is None:
        score_note = ""
    elif report.since.score is None:
        score_note = t("fig.no_earlier", date=since)
    elif report.score_change:
        score_note = t("fig.change", change=t.change(report.score_change), date=since)
    else:
        score_note = t("fig.no_change", date=since)
    if summary.score is not None and not rankable(summary, data.rank_threshold):
        flag = t("fig.indicative", threshold=t.percent(data.rank_threshold))
        score_note = f"{flag} · {score_note}"
    coverage_change = report.coverage_change
    coverage_note = (
        t("fig.change", change=t.change(coverage_change, percent=True), date=since)
        if coverage_change
        else t("fig.no_change", date=since)
    )
    assessed = sum(line.level.counts_as_assessed for line in report.lines)
    return [
        (
            t.number(summary.score) if summary.score is not None else t("none"),
            t("card.score"),
            score_note,
        ),
        (t.percent(summary.coverage), t("card.coverage"), coverage_note),
        (str(report.evidence_count), t("card.evidence"), ""),
        (
            t("card.review_value", count=report.needs_review, total=assessed),
            t("card.review"),
            "",
        ),
    ]


def _commitments_table(ctx: Ctx, report: SupporterReport) -> Table:
    t = ctx.text
    widths: list[float] = [SWATCH, 40, 0, 98, 52, 80, 42, 44]
    widths[2] = ctx.width - sum(widths)
    header = [
        "",
        t("col.code"),
        t("col.commitment"),
        t("col.level"),
        t("col.effective"),
        t("col.since", date=t.date(ctx.data.since)),
        t("col.cited"),
        t("col.review"),
    ]
    numbers = local_numbers(report)
    rows: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = []
    for index, line in enumerate(report.lines, start=1):
        commitment = line.commitment
        title = t.title(commitment)
        level = f"{line.level.glyph} {t.level(line.level)}".strip()
        cited = ", ".join(str(numbers[n]) for n in line.citations if n in numbers)
        rows.append(
            [
                "",
                commitment.code,
                cell_text(_title_lines(ctx, title, line), widths[2]),
                cell_text("\n".join([level, *card_basis(ctx, line)]), widths[3]),
                t.day(line.effective, line.effective_precision) if line.effective else "",
                cell_text(change_mark(t, line), widths[5]),
                cell_text(cited, widths[6]),
                t("review.short") if line.needs_review else "",
            ]
        )
        extra += swatch_commands(0, index, line.level)
        if line.needs_review:
            extra.append(("TEXTCOLOR", (7, index), (7, index), ALERT))
        if line.level.glyph == "":
            extra.append(("TEXTCOLOR", (3, index), (3, index), MUTED))
    extra.append(("LEFTPADDING", (0, 0), (0, -1), 0))
    extra.append(("RIGHTPADDING", (0, 0), (0, -1), 0))
    return data_table(header, rows, widths, extra)


def _title_lines(ctx: Ctx, title: str, line: CommitmentLine) -> str:
    """The commitment's title, then the supporter's reply and any withheld-evidence line."""
    extra = [withheld_text(ctx.text, line), reply_text(ctx, line, CARD_REPLY_LIMIT)]
    return "\n".join([title, *(piece for piece in extra if piece)])


def _basis_note(ctx: Ctx, report: SupporterReport) -> Flowable:
    """The basis of this supporter's ratings, counted (and how reviews are checked)."""
    notes = counts_notes(ctx.text, ctx.data, list(report.lines))
    return para(f"{ctx.text('basis.card_key')} {notes}", ctx.styles.note)


def local_numbers(report: SupporterReport) -> dict[int, int]:
    """The report-wide citation numbers of this supporter's evidence, renumbered 1, 2, 3…"""
    numbers: dict[int, int] = {}
    for line in report.lines:
        for number in line.citations:
            numbers.setdefault(number, len(numbers) + 1)
    for figure in report.figures:  # published figures cite their sources after the ratings
        numbers.setdefault(figure.citation, len(numbers) + 1)
    return numbers


def _evidence_block(ctx: Ctx, report: SupporterReport) -> list[Flowable]:
    """The evidence the ratings cite, each item whole; then the notes and the key."""
    t, st = ctx.text, ctx.styles
    numbers = local_numbers(report)
    # Named, because the list may continue on a page of its own.
    title = f"{t('card.cited')} · {report.stakeholder.name}"
    block: list[Flowable] = [CondPageBreak(60), para(title, st.h3)]
    if numbers:
        block += [para(t("card.cited_lead"), st.small), spacer(2)]
        block.append(_references(ctx, numbers))
    else:
        block.append(para(t("card.cited_none"), st.small))
    notes = []
    if report.needs_review:
        notes.append(t("review.legend", months=ctx.data.freshness_months))
    if report.demo:
        notes.append(t("card.demo"))
    if ctx.data.public:
        notes.append(t("card.withheld", count=report.withheld))
        if report.figures_withheld:
            notes.append(t("card.figures_withheld", count=report.figures_withheld))
    if notes:
        block += [spacer(4), para(" ".join(notes), st.note)]
    return block


def _references(ctx: Ctx, numbers: dict[int, int]) -> Table:
    """[n], date, kind, and the item's title, source and whole address (wrapped, never cut)."""
    t, st = ctx.text, ctx.styles
    cited = {item.number: item for item in ctx.data.appendix}
    rows = []
    for number, local in numbers.items():
        item = cited[number]
        kind = t.get("evidence", item.kind)
        if item.demo:
            kind += f" ({t('demo.mark')})"
        if mark := restricted_mark(ctx, item):
            kind += f"\n{mark}"
        lines = markup(item.title) + _source(item)
        dated = t.day(item.dated, item.dated_precision)
        rows.append([f"[{local}]", dated, cell_text(kind, 90), trusted(lines, st.cell)])
    widths: list[float] = [26, 56, 90, ctx.width - 172]
    header = [t("col.number"), t("col.dates"), t("col.kind"), t("col.ref_item")]
    return data_table(header, rows, widths, [("ALIGN", (0, 0), (0, -1), "RIGHT")])


def _source(item: Any) -> str:
    """The source's name and whole address on a second, muted line (linked if safe)."""
    parts = [markup(item.source_name)] if item.source_name else []
    if item.source_url:
        parts.append(link_markup(item.source_url))
    if not parts:
        return ""
    return '<br/><font color="#5B6573">' + " · ".join(parts) + "</font>"
