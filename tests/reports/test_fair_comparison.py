"""Fair comparison on paper: scores beside their coverage, rankings only above the threshold."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pypdf

from pledge_tracker.cli import main
from pledge_tracker.db.uow import Database
from pledge_tracker.services.report_data import load_report_data
from tests.reports.conftest import add_judgement, build, options, text_of

THEN, NOW = dt.date(2024, 1, 15), dt.date(2025, 1, 15)


def _flat(pdf: bytes) -> str:
    return " ".join(text_of(pdf).split())


def _judged(database: Database) -> None:
    """New Zealand: 60 % of its commitments assessed; France: one, rated complete (high score)."""
    data = load_report_data(database, options(stakeholders=("New Zealand",)))
    codes = [line.commitment.code for line in data.supporters[0].lines]
    with database.write() as tx:
        for code in codes[: math.ceil(0.6 * len(codes))]:
            add_judgement(tx, "New Zealand", code, "limited", THEN, "Some steps.")
            add_judgement(tx, "New Zealand", code, "substantial", NOW, "Most of it.")
        add_judgement(tx, "France", "GOV-1", "limited", THEN, "A first step.")
        add_judgement(tx, "France", "GOV-1", "complete", NOW, "Done.")


def test_a_little_assessed_supporter_is_listed_apart_not_ranked(database: Database) -> None:
    _judged(database)
    text = _flat(build("briefing", database, stakeholders=("New Zealand", "France"))[0])
    supporters = text[text.index("Supporters Supporters are ranked") :]
    ranked, apart = supporters.split("Not enough assessed to rank", 1)
    assert "at least 50% of their applicable commitments" in ranked
    assert "New Zealand" in ranked and "France" not in ranked
    assert "France" in apart and "100.0" not in apart  # listed with coverage, no score
    # Who moved most: France moved most, but too little assessed to be ranked.
    start = text.index("Who moved most")
    movers = text[start : text.index("Overdue actions", start)]
    assert "Moved, but not enough assessed to rank (1): France (coverage" in movers
    assert movers.index("New Zealand") < movers.index("Moved, but")


def test_scores_print_with_coverage_and_a_low_overall_is_indicative(
    database: Database,
) -> None:
    _judged(database)
    chosen = ("New Zealand", "France")
    data = load_report_data(database, options(stakeholders=chosen))
    coverage = f"{100 * data.overall.coverage:.0f}%"
    text = _flat(build("briefing", database, stakeholders=chosen)[0])
    assert f"This overall score is indicative only: it rests on {coverage} coverage" in text
    assert "indicative: under 50% assessed" in text
    nz = next(s for s in data.movers if s.stakeholder.name == "New Zealand")
    assert f"{nz.summary.score:.1f} ({100 * nz.summary.coverage:.0f}%)" in text  # movers table
    lower = _flat(build("briefing", database, stakeholders=chosen, rank_threshold=0.2)[0])
    assert "indicative" not in lower  # the overall coverage reaches a 20 % threshold
    card = _flat(build("scorecard", database, stakeholders=("France",), lang="fr")[0])
    assert "indicative : moins de 50 % évalués" in card


def test_the_threshold_comes_from_the_command_line_into_the_methodology(
    database: Database, db_path: Path, tmp_path: Path
) -> None:
    _judged(database)
    out = tmp_path / "full.pdf"
    args = ["report", "full", "--db", str(db_path), "--out", str(out), "--rank-threshold", "5"]
    assert main([*args, "--stakeholder", "France", "--stakeholder", "NZ"]) == 0
    text = " ".join("\n".join(p.extract_text() for p in pypdf.PdfReader(out).pages).split())
    assert "Ranking: supporters are compared only when at least 5% of their" in text
    assert "Not enough assessed to rank" not in text  # France's coverage reaches 5 %
