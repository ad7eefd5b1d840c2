"""The accessible HTML edition: structure a screen reader needs, contrast, reflow, parity.

Built from the demonstration database as a user would get it (`report … --format html`),
in English and French, for the briefing (with its charts) and the scorecards.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pledge_tracker.db.uow import Database
from pledge_tracker.domain.levels import LEVEL_ORDER
from pledge_tracker.domain.scoring import rankable
from pledge_tracker.reports.basis import counts_notes
from pledge_tracker.reports.build import html_bytes, incident_html_bytes, options_for
from pledge_tracker.reports.html import palette
from pledge_tracker.reports.html.style import stylesheet
from pledge_tracker.reports.text import Text
from pledge_tracker.services.demo_incident import NAME
from pledge_tracker.services.report_data import ReportOptions, load_report_data
from pledge_tracker.services.report_data.incident import IncidentReportOptions
from tests.cli_process import run
from tests.reports.html_checks import (
    FIXED_WIDTH,
    HEX,
    check_headings,
    check_images,
    check_no_script,
    check_tables,
    check_widths,
    parse,
    squeezed,
    style_text,
    text,
)

AS_OF = dt.date(2026, 11, 1)
CASES = [(kind, lang) for kind in ("briefing", "scorecard") for lang in ("en", "fr")]


def options(lang: str) -> ReportOptions:
    return ReportOptions(as_of=AS_OF, lang=lang, generated=dt.date(2026, 12, 1))


def contrast(first: str, second: str) -> float:
    """WCAG 2.1 contrast ratio, computed here (not with the app's own helper)."""

    def lum(colour: str) -> float:
        rgb = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    high, low = sorted((lum(first), lum(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize(("kind", "lang"), CASES)
def test_html_edition_is_navigable_and_described(
    demo_database: Database, kind: str, lang: str
) -> None:
    page = html_bytes(kind, demo_database, options(lang)).decode("utf-8")
    root = parse(page)
    t = Text(lang)
    assert root.get("lang") == lang
    assert text(root.find(".//h1")) == t(f"report.{kind}")
    assert root.find(".//head/title") is not None
    check_headings(root)
    assert check_tables(root) >= 2
    images = check_images(root)
    data = load_report_data(demo_database, options_for(kind, options(lang)))
    assert images == len(data.charts)  # every chart of the PDF is here, described
    check_widths(root)
    check_no_script(root)
    assert not root.findall(".//link") and 'src="http' not in page  # self-contained


@pytest.mark.parametrize(("kind", "lang"), CASES)
def test_html_edition_carries_the_pdf_markings(
    demo_database: Database, kind: str, lang: str
) -> None:
    """Demonstration data, self-reported ratings and thin coverage are said as in the PDF."""
    t = Text(lang)
    data = load_report_data(demo_database, options_for(kind, options(lang)))
    body = text(parse(html_bytes(kind, demo_database, options(lang)).decode("utf-8")))
    assert data.demo and squeezed(t("demo.banner")) in body
    if kind == "briefing":
        assert squeezed(counts_notes(t, data)) in body  # independent / self-reported
        indicative = t(
            "summary.indicative",
            coverage=t.percent(data.overall.coverage),
            threshold=t.percent(data.rank_threshold),
        )
        assert data.indicative == (squeezed(indicative) in body)
        return
    thin = [s for s in data.supporters if s.summary.score is not None]
    thin = [s for s in thin if not rankable(s.summary, data.rank_threshold)]
    flag = squeezed(t("fig.indicative", threshold=t.percent(data.rank_threshold)))
    assert body.count(flag) == len(thin) > 0
    for report in data.supporters:
        if report.lines:
            notes = counts_notes(t, data, list(report.lines))
            assert squeezed(f"{t('basis.card_key')} {notes}") in body
    assert body.count(squeezed(t("card.demo"))) == sum(s.demo for s in data.supporters)


def test_colours_meet_wcag_aa(demo_database: Database) -> None:
    """Every text colour on its background, and every level badge, reaches 4.5:1."""
    for use, ink, background in palette.TEXT_PAIRS:
        assert contrast(ink, background) >= 4.5, use
    pairs = palette.level_pairs()
    assert set(pairs) == set(LEVEL_ORDER)
    for level, (ink, background) in pairs.items():
        assert contrast(ink, background) >= 4.5, level
    # The page uses no colour outside the palette (so the pairs above are all there is).
    css = style_text(parse(html_bytes("briefing", demo_database, options("en")).decode()))
    known = {c.upper() for _, a, b in palette.TEXT_PAIRS for c in (a, b)}
    known |= {c.upper() for pair in pairs.values() for c in pair}
    known |= {palette.RULE.upper()}
    assert {c.upper() for c in HEX.findall(css)} <= known
    assert contrast(palette.RULE, palette.PAPER) >= 3  # rules and badge borders: 3:1


def test_stylesheet_has_no_fixed_width() -> None:
    css = stylesheet()
    assert "max-width" in css
    assert FIXED_WIDTH.search("main { width: 800px; }")  # the check itself bites
    assert not FIXED_WIDTH.search(css)


def test_cli_writes_the_html_edition(demo_db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "scorecards.html"
    args = ["--db", demo_db_path, "report", "scorecard", "--format", "html", "--out", out]
    result = run(*args, "--lang", "fr", "--as-of", AS_OF.isoformat(), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "accessible HTML" in result.stderr and len(result.stderr.splitlines()) == 1
    root = parse(out.read_text(encoding="utf-8"))
    assert root.get("lang") == "fr"
    check_headings(root)
    assert not list(tmp_path.glob("*.tmp*"))  # written atomically, nothing left beside it


def test_incident_html_edition_is_navigable(demo_database: Database) -> None:
    options = IncidentReportOptions(incident=NAME, as_of=AS_OF, lang="fr", generated=AS_OF)
    root = parse(incident_html_bytes(demo_database, options).decode("utf-8"))
    assert root.get("lang") == "fr"
    check_headings(root)
    assert check_tables(root) >= 2
    check_widths(root)
    check_no_script(root)
    assert Text("fr")("demo.banner") in text(root)
