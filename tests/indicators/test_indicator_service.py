"""Published figures: exact values, audited add/edit/delete, series and latest per metric."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import replace

import pytest
from sqlalchemy import select

from pledge_tracker.cli import main
from pledge_tracker.db import models as m
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.indicators import IndicatorInput, parse_value
from pledge_tracker.services import indicators
from pledge_tracker.services.check import run_check
from tests.indicators.helpers import add_figure, add_report, provider_id

Unchanged = Callable[[], AbstractContextManager[None]]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0.3", "0.3"),
        (0.3, "0.3"),
        ("12.50", "12.5"),
        ("1,250", "1250"),
        ("97.1%", "97.1"),
        ("1E+3", "1000"),
        ("-0", "0"),
        ("123456789012345.123456", "123456789012345.123456"),
    ],
)
def test_values_are_kept_exactly_as_typed(typed: object, stored: str) -> None:
    assert parse_value(typed) == stored


@pytest.mark.parametrize(
    "typed", ["", "abc", "NaN", "inf", "1.2.3", "1" * 16, "0.1234567", 0.1 + 0.2]
)
def test_values_that_are_not_numbers_are_refused_naming_the_field(typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_value(typed)
    assert refused.value.field == "value"


@pytest.mark.parametrize("typed", ["97,5", "1,25", "1,2345", "1,250,5", ",5"])
def test_a_comma_that_cannot_group_thousands_is_refused_never_dropped(typed: str) -> None:
    """ "97,5" typed where commas group thousands is not silently stored as 975."""
    with pytest.raises(ValidationError) as refused:
        parse_value(typed)
    assert refused.value.field == "value" and "use a point for decimals" in str(refused.value)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("97,5", "97.5"),
        ("1\u202f250,5", "1250.5"),
        ("1 250", "1250"),
        ("0.3", "0.3"),
        ("12,5 %", "12.5"),
    ],
)
def test_with_a_decimal_comma_the_comma_is_the_decimal_mark(typed: str, stored: str) -> None:
    assert parse_value(typed, decimal_comma=True) == stored


@pytest.mark.parametrize("typed", ["1,250,5", "1.250,5"])
def test_with_a_decimal_comma_an_ambiguous_number_is_refused(typed: str) -> None:
    with pytest.raises(ValidationError):
        parse_value(typed, decimal_comma=True)


def test_a_figure_is_stored_and_read_back_exactly(database: Database) -> None:
    source = add_report(database)
    added = add_figure(database, source, value="0.3", metric="share found proactively")
    with database.read() as session:
        (read,) = indicators.list_indicators(session, provider_id(database))
    assert read == added and read.value == "0.3"
    assert read.evidence_title.startswith("Microsoft Digital Safety")


def test_add_edit_delete_are_audited_and_check_stays_clean(database: Database) -> None:
    source = add_report(database)
    added = add_figure(database, source)
    with database.write() as tx:
        indicators.edit(
            tx,
            added.id,
            IndicatorInput(
                stakeholder_id=added.stakeholder_id,
                metric=added.metric,
                value="1251",
                unit="items",
                period_start=added.period_start,
                period_end=added.period_end,
                evidence_id=source,
            ),
        )
    assert run_check(database).ok
    with database.read() as session:
        assert indicators.get(session, added.id).value == "1251"
    with database.write() as tx:
        indicators.delete(tx, added.id)
    assert run_check(database).ok
    with database.read() as session:
        actions = session.scalars(
            select(m.AuditEntry.action).where(m.AuditEntry.entity == "indicator")
        ).all()
    assert actions == ["add", "edit", "delete"]


def test_a_figure_without_evidence_or_with_a_bad_period_changes_nothing(
    database: Database, unchanged: Unchanged
) -> None:
    source = add_report(database)
    supporter = provider_id(database)
    base = IndicatorInput(
        stakeholder_id=supporter,
        metric="removal orders received",
        value="4",
        unit="orders",
        period_start=dt.date(2024, 1, 1),
        period_end=dt.date(2024, 6, 30),
        evidence_id=source,
    )
    cases = {
        "evidence": {"evidence_id": 999_999},
        "period_end": {"period_end": dt.date(2023, 12, 31)},
        "value": {"value": "four"},
        "metric": {"metric": "  "},
    }
    for field, change in cases.items():
        with unchanged(), pytest.raises(ValidationError) as refused:
            with database.write() as tx:
                indicators.add(tx, replace(base, **change))
        assert refused.value.field == field


def test_the_same_metric_and_period_twice_is_refused(database: Database) -> None:
    source = add_report(database)
    add_figure(database, source, metric="Removal orders received")
    with pytest.raises(ValidationError, match="already recorded"):
        add_figure(database, source, metric="removal ORDERS received")


def test_series_and_latest_per_metric(database: Database) -> None:
    source = add_report(database)
    add_figure(database, source, value="10", start=dt.date(2023, 7, 1), end=dt.date(2023, 12, 31))
    add_figure(database, source, value="12", start=dt.date(2024, 1, 1), end=dt.date(2024, 6, 30))
    add_figure(database, source, metric="share found proactively", value="99.5", unit="percent")
    with database.read() as session:
        items = indicators.list_indicators(session, provider_id(database))
    (share, actioned) = indicators.series(items)
    assert [p.value for p in actioned.points] == ["10", "12"]
    assert share.unit == "percent"
    latest = indicators.latest_per_metric(items, dt.date(2024, 3, 1))
    assert [(i.metric, i.value) for i in latest] == [("terrorist content items actioned", "10")]


def test_stats_count_indicators(database: Database, capsys) -> None:
    add_figure(database, add_report(database))
    path = database.url.removeprefix("sqlite:///")
    database.dispose()
    capsys.readouterr()
    assert main(["stats", "--db", path, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["indicators"] == 1
