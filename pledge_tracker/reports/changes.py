"""What changed, and why: key findings, the key, regressions named, and change marks.

The briefing opens with "Key findings" (staff's text when saved for the same language,
period and scope, else drafted here from the data), then every report carries a short key;
the briefing names each regression with the judgement and evidence behind it.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from pledge_tracker.domain.levels import LEVEL_ORDER, Level
from pledge_tracker.domain.words import shorten
from pledge_tracker.reports.blocks import Ctx, data_table, spacer
from pledge_tracker.reports.safe import link_markup, markup, para, trusted
from pledge_tracker.reports.sections import heading
from pledge_tracker.reports.text import Text
from pledge_tracker.services.report_data import CommitmentLine, EvidenceLine, ReportData
from pledge_tracker.services.report_data.records import LevelChange

NAMED = 5  # regressions and gaps named in a drafted finding (the table names them all)


def change_mark(t: Text, line: CommitmentLine) -> str:
    """ "▲ was Limited", "▼ was Complete", "new", or "" when the level did not move."""
    before, after = line.level_since, line.level
    if before is after or (after.score is None and not after.counts_as_assessed):
        return ""
    if before.score is None:
        return t("change.new") if after.counts_as_assessed else ""
    if after.score is None:
        return ""
    rose = after.score > before.score
    if not rose and after.score == before.score and after is not Level.REGRESSED:
        return ""
    return t("change.up" if rose else "change.down", level=t.level(before))


def key(ctx: Ctx, *, since: bool = True) -> list[Flowable]:
    """What each level means and how score and coverage are computed, in two short lines."""
    t, st = ctx.text, ctx.styles
    items = []
    for level in LEVEL_ORDER:
        meaning = t(f"meaning.{level.value}")
        if level.score is None:
            items.append(t("key.level_plain", label=t.level(level), meaning=meaning))
        else:
            glyph, points = level.glyph, level.score
            items.append(
                t(
                    "key.level_item",
                    glyph=glyph,
                    label=t.level(level),
                    points=points,
                    meaning=meaning,
                )
            )
    moved = t("key.since", date=t.date(ctx.data.since)) if since else ""
    text = f"<b>{markup(t('key.title'))}.</b> " + markup(t("key.levels", levels="; ".join(items)))
    text += " " + markup(t("key.score", since=moved).strip())
    if own := t.own_titles_key(ctx.data.commitments):
        text += " " + markup(own)
    return [spacer(4), trusted(text, st.note)]


def draft(data: ReportData, t: Text) -> tuple[str, ...]:
    """Findings drafted from the data: regressions, largest gaps, stale ratings, wording."""
    since = t.date(data.since)
    found = []
    falls = data.regressions
    if falls:
        names = "; ".join(
            f"{c.supporter}, {c.commitment.code} ({t.level(c.before)} → {t.level(c.after)})"
            for c in falls[:NAMED]
        )
        template = "findings.regressions" if len(falls) <= NAMED else "findings.regressions_more"
        found.append(t(template, count=len(falls), since=since, names=names))
    else:
        found.append(t("findings.no_regressions", since=since))
    found.append(_gaps(data, t))
    assessed = sum(line.level.counts_as_assessed for s in data.supporters for line in s.lines)
    stale = sum(s.needs_review for s in data.supporters)
    months = data.freshness_months
    if stale:
        found.append(t("findings.stale", count=stale, total=assessed, months=months))
    else:
        found.append(t("findings.no_stale", months=months))
    unverified = data.unverified_wording
    if unverified:
        found.append(t("findings.unverified", count=unverified, total=len(data.commitments)))
    else:
        found.append(t("findings.verified"))
    return tuple(found)


def _gaps(data: ReportData, t: Text) -> str:
    """The supporters with the most applicable commitments not yet assessed."""
    gaps = [
        (s.summary.applicable - s.summary.assessed, s.stakeholder.name, s)
        for s in data.supporters
        if s.summary.applicable > s.summary.assessed
    ]
    if not gaps:
        return t("findings.no_gaps")
    gaps.sort(key=lambda g: (-g[0], g[1].casefold()))
    names = "; ".join(
        t(
            "findings.gap_item",
            name=name,
            assessed=report.summary.assessed,
            applicable=report.summary.applicable,
        )
        for _, name, report in gaps[:NAMED]
    )
    return t("findings.gaps", names=names)


def findings_page(ctx: Ctx) -> list[Flowable]:
    """The page that opens the briefing: staff's findings, or the draft, then the key."""
    t, st, data = ctx.text, ctx.styles, ctx.data
    written = data.findings
    parts: list[Flowable] = [heading(ctx, "section.findings")]
    for finding in written if written is not None else draft(data, t):
        parts += [trusted(f"•&nbsp;&nbsp;{markup(finding)}", st.body), spacer(3)]
    note = (
        t("findings.edited")
        if written is not None
        else t("findings.drafted", date=t.date(data.generated))
    )
    parts += [spacer(4), para(note, st.small), *key(ctx), PageBreak()]
    return parts


def regressions(ctx: Ctx) -> list[Flowable]:
    """Every regression in the period, named: supporter, commitment, from → to, date, why."""
    t, st, data = ctx.text, ctx.styles, ctx.data
    since, as_of = t.date(data.since), t.date(data.as_of)
    parts: list[Flowable] = [CondPageBreak(120), heading(ctx, "section.regressions")]
    if not data.regressions:
        return [*parts, para(t("regressions.none", since=since, date=as_of), st.body)]
    lead = t("regressions.lead", since=since, date=as_of, count=len(data.regressions))
    parts += [para(lead, st.small), para(t("changes.basis"), st.small), spacer(4)]
    widths: list[float] = [100, 90, 74, 56, 0]
    widths[4] = ctx.width - sum(widths)
    header = [
        t("col.supporter"),
        t("col.commitment"),
        t("col.from_to"),
        t("col.effective"),
        t("col.why"),
    ]
    rows = [_regression_row(ctx, change) for change in data.regressions]
    parts.append(data_table(header, rows, widths))
    return parts


def _regression_row(ctx: Ctx, change: LevelChange) -> list[object]:
    t, st = ctx.text, ctx.styles
    code = change.commitment.code
    title = shorten(t.title(change.commitment), 60)
    moved = f"{t.level(change.before)} → {t.level(change.after)}"
    why = markup(change.rationale) if change.rationale else markup(t("regressions.no_rationale"))
    cited = [_cited(t, item) for item in change.evidence]
    evidence = "<br/>".join(cited) if cited else markup(t("regressions.no_evidence"))
    return [
        para(change.supporter, st.cell),
        para(f"{code} {title}", st.cell),
        para(moved, st.cell),
        t.day(change.effective) if change.effective else t("none"),
        trusted(f'{why}<br/><font color="#5B6573">{evidence}</font>', st.cell),
    ]


def _cited(t: Text, item: EvidenceLine) -> str:
    """One cited item in a line: date, title, source and the whole address."""
    pieces = [markup(t.day(item.dated)), markup(item.title)]
    if item.source_name:
        pieces.append(markup(item.source_name))
    if item.source_url:
        pieces.append(link_markup(item.source_url))
    return " · ".join(pieces)
