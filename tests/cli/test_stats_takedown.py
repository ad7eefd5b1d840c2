"""`stats --json` carries the takedown figures under "takedown", the same as the service's."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.cli import main
from pledge_tracker.domain.takedown import TakedownFilter, figures_json
from pledge_tracker.services import takedown
from tests import takedown_data as data


def test_stats_json_holds_the_takedown_figures(
    db_path: Path, capsys: pytest.CaptureFixture
) -> None:
    database = open_app_database(db_path, actor="Test Officer")
    data.load(database)
    as_of = data.AS_OF.date() - dt.timedelta(days=1)  # 19 March, to its end: AS_OF
    with database.read() as session:
        expected = figures_json(takedown.figures(session, TakedownFilter.for_report(as_of)))
    database.dispose()
    capsys.readouterr()

    assert main(["stats", "--json", "--db", str(db_path), "--as-of", as_of.isoformat()]) == 0
    printed = json.loads(capsys.readouterr().out)

    assert printed["takedown"] == expected
    assert printed["counts"]["incidents"] == 1 and printed["counts"]["sightings"] == 11
    alpha = printed["takedown"]["platforms"][0]
    assert alpha["platform"] == "Alpha" and alpha["from_found"]["median_hours"] == 2.5
    total = printed["takedown"]["total"]
    assert sum(total["from_reported"]["percents"].values()) == 100
    assert total["from_reported"]["counts"]["unknown"] == 2 and total["sightings"] == 10
