"""No text overlaps, crosses the margin or leaves its table cell: every report kind, in English
and French, on A4 and Letter, with the longest names and titles and every level label printed.

Read from the PDF's own character positions (tests/reports/layout_check.py).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest

from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import StakeholderInput
from pledge_tracker.domain.levels import Level
from pledge_tracker.reports.build import incident_bytes
from pledge_tracker.reports.text import CATALOGUES
from pledge_tracker.services import stakeholders
from pledge_tracker.services.report_data.incident import IncidentReportOptions
from tests import takedown_demo
from tests.reference import REFERENCE
from tests.reports.conftest import GENERATED, add_judgement, build
from tests.reports.layout_check import faults, running_heads

LONGEST_NAME = max((s["name"] for s in REFERENCE["supporters"]), key=len)
LONGEST_TITLE = max(REFERENCE["commitments"], key=lambda c: len(c["short_title"]))
# The synthetic supporter: the reference's longest name, made unique and longer still.
SYNTHETIC = f"{LONGEST_NAME} Synthetic"
# The longest title first, so that it carries the longest French label ("Aucune preuve trouvée").
LEVELS = [
    Level.NO_EVIDENCE,
    Level.NOT_STARTED,
    Level.SUBSTANTIAL,
    Level.REGRESSED,
    Level.COMPLETE,
    Level.LIMITED,
    Level.NOT_APPLICABLE,
]


def catalogue_words(lang: str) -> frozenset[str]:
    """Every word the catalogue of `lang` prints, its placeholders left out."""
    return frozenset(
        word
        for value in CATALOGUES[lang].values()
        for word in re.sub(r"\{[^}]*\}", " ", value).split()
    )


@pytest.fixture(scope="module")
def laid_out(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The demo data, an incident, and a provider named longest, judged at every level."""
    from pledge_tracker.bootstrap import open_app_database
    from tests.conftest import _template, copy_anchored

    folder = tmp_path_factory.mktemp("layout")
    with pytest.MonkeyPatch.context() as patch:  # its own data folder, as every test has
        patch.setenv("PLEDGE_TRACKER_DATA_DIR", str(folder / "appdata"))
        patch.setenv("XDG_CONFIG_HOME", str(folder / "config"))
        copy_anchored(_template(tmp_path_factory, demo=True), folder / "demo.db")
        database = open_app_database(folder / "demo.db", actor="Test Officer")
        yield from _laid_out(database)


def _laid_out(database: Database) -> Iterator[Database]:
    takedown_demo.add_incident(database)
    codes = [LONGEST_TITLE["id"]] + [
        c["id"]
        for c in REFERENCE["commitments"]
        if c["group"] == "online_service_providers" and c["id"] != LONGEST_TITLE["id"]
    ]
    with database.write() as tx:
        stakeholders.add(
            tx,
            StakeholderInput(name=SYNTHETIC, kind="online_service_provider", joined="2019-05-15"),
        )
        for code, level in zip(codes, LEVELS, strict=False):
            add_judgement(tx, SYNTHETIC, code, level.value, dt.date(2025, 3, 1), "Reason.")
    yield database
    database.dispose()


def test_the_fixture_prints_every_level_and_the_longest_names(laid_out: Database) -> None:
    # Every level with a label in a table: the judged ones above, "Not assessed" for the rest.
    assert len(LEVELS) == len(Level) - 1
    pdf, _ = build("scorecard", laid_out, stakeholders=(SYNTHETIC,))
    assert LEVELS[0] is Level.NO_EVIDENCE and SYNTHETIC.startswith(LONGEST_NAME)
    assert pdf.startswith(b"%PDF")


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("kind", ["scorecard", "briefing", "full"])
def test_no_text_overlaps_or_leaves_its_place(
    laid_out: Database, kind: str, lang: str, paper: str
) -> None:
    chosen = (SYNTHETIC, "New Zealand", "France", "Google")
    pdf, pages = build(
        kind, laid_out, paper, stakeholders=chosen, lang=lang, since=dt.date(2024, 6, 30)
    )
    found = faults(pdf, catalogue_words(lang))
    assert not found, f"{kind} {lang} {paper}:\n{found}"
    if kind == "full":  # the running heads are among the runs checked
        assert len(running_heads(pdf)) > pages // 2


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_incident_report_has_no_overlap(laid_out: Database, lang: str, paper: str) -> None:
    options = IncidentReportOptions(
        takedown_demo.NAME, takedown_demo.AS_OF, public=False, lang=lang, generated=GENERATED
    )
    pdf, _ = incident_bytes(laid_out, options, paper=paper)
    found = faults(pdf, catalogue_words(lang))
    assert not found, f"incident {lang} {paper}:\n{found}"
