"""Sections the briefing and the full report share: cover, summary, supporters, actions."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, NextPageTemplate, PageBreak

from pledge_tracker.domain.words import shorten
from pledge_tracker.reports.basis import counts_notes
from pledge_tracker.reports.blocks import (
    Ctx,
    LevelBar,
    data_table,
    demo_banner,
    figures_panel,
    spacer,
)
from pledge_tracker.reports.contents import anchor_name
from pledge_tracker.reports.layout import Heading
from pledge_tracker.reports.safe import markup, para, trusted
from pledge_tracker.reports.styles import ALERT, MUTED, hex_colour
from pledge_tracker.reports.takedown_table import takedown_table

NAMES_ON_COVER = 12


def heading(ctx: Ctx, key: str, level: int = 0) -> Heading:
    """A section heading that is also an outline entry.

    A top-level one is also a destination: the contents list it and running heads name it.
    """
    title = ctx.text(key)
    style = ctx.styles.h1 if level == 0 else ctx.styles.h2
    anchor = anchor_name(key) if level == 0 else None
    return Heading(markup(title), style, title=title, level=level, anchor=anchor)


def cover(ctx: Ctx, title_key: str) -> list[Flowable]:
    """The cover page: title, dates, what the report covers, and its edition."""
    st, t, data = ctx.styles, ctx.text, ctx.data
    parts: list[Flowable] = [
        spacer(60),
        Heading(markup(t(title_key)), st.cover_title, title=t(title_key), level=0),
        spacer(6),
        para(data.framework, st.cover_sub),
        spacer(30),
        *([demo_banner(ctx), spacer(18)] if data.demo else []),
        trusted(f"<b>{markup(t('cover.as_of', date=t.date(data.as_of)))}</b>", st.h2),
        para(t("cover.since", date=t.date(data.since)), st.body),
        para(scope_line(ctx), st.body),
        spacer(24),
    ]
    for line, alert in edition_lines(ctx):
        colour = hex_colour(ALERT if alert else MUTED)
        parts.append(trusted(f'<font color="{colour}">{markup(line)}</font>', st.body))
    parts += [
        spacer(12),
        para(
            t("cover.generated", date=t.date(data.generated), app=t("app"), version=_version()),
            st.small,
        ),
        spacer(6),
        access_note(ctx, title_key.removeprefix("report.")),
        NextPageTemplate("body"),
        PageBreak(),
    ]
    return parts


def access_note(ctx: Ctx, command: str) -> Flowable:
    """Where the accessible edition is (the PDF cannot be tagged for screen readers)."""
    return para(ctx.text("access.note", command=command), ctx.styles.small)


def _version() -> str:
    from pledge_tracker import __version__

    return __version__


def scope_line(ctx: Ctx) -> str:
    t, data = ctx.text, ctx.data
    count = len(data.supporters)
    if data.scope == "named":
        names = [s.stakeholder.name for s in data.supporters[:NAMES_ON_COVER]]
        shown = ", ".join(shorten(n, 60) for n in names)
        if count > NAMES_ON_COVER:
            shown += ", …"
        return t("cover.scope.named", count=count, names=shown)
    if data.scope == "kind" and data.kind:
        return t("cover.scope.kind", count=count, kind=t.get("kind", data.kind))
    return t("cover.scope.all", count=count)


def edition_lines(ctx: Ctx) -> list[tuple[str, bool]]:
    t, data = ctx.text, ctx.data
    lines: list[tuple[str, bool]] = []
    if data.public:
        key = "cover.public" if data.withheld else "cover.public_none"
        lines.append((t(key, count=data.withheld), False))
    elif data.restricted_shown:
        lines.append((t("cover.restricted"), True))
    if data.unverified_wording:
        lines.append(
            (
                t("cover.unverified", count=data.unverified_wording, total=len(data.commitments)),
                False,
            )
        )
    return lines


def summary(ctx: Ctx) -> list[Flowable]:
    """The executive summary in figures."""
    st, t, data = ctx.styles, ctx.text, ctx.data
    since = t.date(data.since)
    overall, changes = data.overall, data.changes
    if overall.assessed:
        lead = t(
            "summary.lead",
            date=t.date(data.as_of),
            count=len(data.supporters),
            score=t.number(overall.score),
            coverage=t.percent(overall.coverage),
            since=since,
            up=changes.upgrades,
            down=changes.downgrades,
            new=changes.new,
        )
        if data.indicative:
            threshold = t.percent(data.rank_threshold)
            lead += " " + t(
                "summary.indicative", coverage=t.percent(overall.coverage), threshold=threshold
            )
    else:
        lead = t("summary.lead_empty", date=t.date(data.as_of))
    review = sum(s.needs_review for s in data.supporters)
    score_change = (
        overall.score - data.overall_since.score
        if overall.score is not None and data.overall_since.score is not None
        else None
    )
    items = [
        (str(len(data.supporters)), t("fig.supporters"), ""),
        (t.number(overall.score), t("fig.score"), _score_note(ctx, score_change)),
        (t.percent(overall.coverage), t("fig.coverage"), _coverage_note(ctx)),
        (str(data.evidence_total), t("fig.evidence"), ""),
        (str(changes.upgrades), t("fig.upgrades", date=since), ""),
        (str(changes.downgrades), t("fig.downgrades", date=since), ""),
        (str(changes.new), t("fig.new", date=since), ""),
        (str(review), t("fig.review"), ""),
        (str(len(data.overdue)), t("fig.overdue"), ""),
    ]
    if data.public:
        items.append((str(data.withheld), t("fig.withheld"), ""))
    parts: list[Flowable] = [heading(ctx, "section.summary"), para(lead, st.body), spacer(4)]
    notes = counts_notes(t, data)
    if data.reviewed_only:
        notes += " " + t("basis.no_charts")
    parts += [para(notes, st.note), spacer(4)]
    parts.append(figures_panel(ctx, items, columns=4 if len(items) <= 8 else 5))
    parts.append(para(t("changes.basis"), st.small))  # the counts are by effective date
    if overall.applicable:
        parts += [spacer(10), LevelBar(ctx, overall.levels, height=18)]
    return parts


def _score_note(ctx: Ctx, change: float | None) -> str:
    """The overall score's change, after "indicative" when it rests on too little coverage."""
    note = _change_note(ctx, change)
    if not ctx.data.indicative or ctx.data.overall.score is None:
        return note
    flag = ctx.text("fig.indicative", threshold=ctx.text.percent(ctx.data.rank_threshold))
    return f"{flag} · {note}" if note else flag


def _change_note(ctx: Ctx, change: float | None) -> str:
    t = ctx.text
    if change is None:
        return ""
    if round(change, 1) == 0:
        return t("fig.no_change", date=t.date(ctx.data.since))
    return t("fig.change", change=t.change(change), date=t.date(ctx.data.since))


def _coverage_note(ctx: Ctx) -> str:
    now, then = ctx.data.overall.coverage, ctx.data.overall_since.coverage
    if now is None or then is None:
        return ""
    t = ctx.text
    if round(now - then, 3) == 0:
        return t("fig.no_change", date=t.date(ctx.data.since))
    return t("fig.change", change=t.change(now - then, percent=True), date=t.date(ctx.data.since))


def overdue(ctx: Ctx) -> list[Flowable]:
    t, st, data = ctx.text, ctx.styles, ctx.data
    parts: list[Flowable] = [CondPageBreak(120), heading(ctx, "section.overdue")]
    if not data.overdue:
        return [*parts, para(t("overdue.none", date=t.date(data.as_of)), st.body)]
    header = [t("col.supporter"), t("col.code"), t("col.action"), t("col.due"), t("col.overdue")]
    rows = [
        [
            para(action.supporter, st.cell),
            action.commitment_code or "",
            para(action.title, st.cell),
            t.day(action.due),
            str(action.days_overdue),
        ]
        for action in data.overdue
    ]
    widths: list[float] = [120, 50, 0, 58, 56]
    widths[2] = ctx.width - sum(widths)
    return [*parts, data_table(header, rows, widths, [("ALIGN", (4, 0), (4, -1), "RIGHT")])]


def takedown(ctx: Ctx) -> list[Flowable]:
    """Each platform's sightings on both clocks, in buckets that add up to 100 % (if any)."""
    t, st, data = ctx.text, ctx.styles, ctx.data
    if not data.sightings:
        return []
    return [
        CondPageBreak(120),
        heading(ctx, "section.takedown"),
        para(t("takedown.lead", count=data.sightings), st.body),
        para(t("takedown.clocks"), st.small),
        spacer(2),
        takedown_table(t, st, ctx.width, data.takedown),
    ]
