"""Hostile published figures: values, metrics and units refused naming the field with nothing
written, or stored exactly (values as decimal text) and printed on a scorecard."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.db import audit
from pledge_tracker.db.uow import Database
from pledge_tracker.domain.errors import ValidationError
from pledge_tracker.domain.indicators import IndicatorInput
from pledge_tracker.domain.validate import clean_field
from pledge_tracker.reports.build import options_for, render_report
from pledge_tracker.services import indicators
from pledge_tracker.services.report_data import ReportOptions, load_report_data
from tests.indicators.helpers import PROVIDER, add_report, provider_id
from tests.reliability import tally
from tests.reliability.hostile import hostile_text

CASES = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
START, END = dt.date(2024, 1, 1), dt.date(2024, 6, 30)

hostile_values = st.one_of(
    hostile_text,
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.floats().map(repr),
    st.sampled_from(["1e400", "-0.0", "0.1e-7", "1,2,3", "12%%", "٣", "１２", "1_000", " 7 "]),
)


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, int, int]]:
    path: Path = tmp_path_factory.mktemp("figures") / "figures.db"
    database = open_app_database(path)
    report = add_report(database)
    yield database, report, provider_id(database)
    database.dispose()


def _entries(database: Database) -> int:
    with database.read() as session:
        return audit.head(session).last_id


def _record(database: Database, data: IndicatorInput) -> indicators.IndicatorDTO:
    with database.write() as tx:
        return indicators.add(tx, data)


def _forget(database: Database, figure_id: int) -> None:
    with database.write() as tx:
        indicators.delete(tx, figure_id)  # the next example starts without it


@CASES
@given(value=hostile_values)
def test_a_hostile_value_is_refused_or_stored_as_the_exact_number(source, value: str) -> None:
    database, report, supporter = source
    before = _entries(database)
    data = IndicatorInput(supporter, "items actioned", value, "items", START, END, report)
    try:
        figure = _record(database, data)
    except ValidationError as refused:
        assert refused.field == "value" and "\n" not in refused.message
        assert _entries(database) == before
        tally.refused("hostile figure value")
        return
    typed = value.strip().replace(",", "").replace(" ", "").removesuffix("%")
    assert Decimal(figure.value) == Decimal(typed)  # the same number, never rounded
    _forget(database, figure.id)
    tally.accepted("hostile figure value")


@CASES
@given(metric=hostile_text, unit=hostile_text)
def test_hostile_metric_and_unit_are_refused_or_stored_clean_and_printed(
    source, metric: str, unit: str
) -> None:
    database, report, supporter = source
    before = _entries(database)
    data = IndicatorInput(supporter, metric, "12.5", unit, START, END, report)
    try:
        figure = _record(database, data)
    except ValidationError as refused:
        assert refused.field in {"metric", "unit"} and "\n" not in refused.message
        assert _entries(database) == before
        tally.refused("hostile metric or unit")
        return
    assert figure.metric == clean_field("indicators", "metric", metric)
    assert figure.unit == clean_field("indicators", "unit", unit)
    options = options_for("scorecard", ReportOptions(as_of=END, stakeholders=(PROVIDER,)))
    buffer = io.BytesIO()
    render_report("scorecard", load_report_data(database, options), buffer)
    assert len(pypdf.PdfReader(io.BytesIO(buffer.getvalue())).pages) >= 1  # printed, readable
    _forget(database, figure.id)
    tally.accepted("hostile metric or unit")
