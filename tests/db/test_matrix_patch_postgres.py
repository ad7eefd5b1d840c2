"""On PostgreSQL too, rows of the matrix read again equal the whole matrix read afresh."""

from __future__ import annotations

import datetime as dt

import pytest

from pledge_tracker.bootstrap import open_app_database
from pledge_tracker.services import seed
from pledge_tracker.services.matrix_patch import patched, read_rows
from tests.db.postgres_server import POSTGRES_ONLY
from tests.services.test_matrix_patch import MONTHS, _assert_same, _change_new_zealand, _whole

pytestmark = POSTGRES_ONLY


@pytest.mark.parametrize("day", [dt.date.today(), dt.date(2022, 6, 30)], ids=["today", "2022"])
def test_one_supporters_rows_read_again_equal_a_fresh_whole_matrix(
    pg_url: str, day: dt.date
) -> None:
    database = open_app_database(pg_url, actor="Test Officer")
    try:
        with database.write() as tx:
            seed.load_demo(tx)
        before = _whole(database, day)
        nz, _moved = _change_new_zealand(database)
        _assert_same(patched(before, read_rows(database, day, MONTHS, {nz})), _whole(database, day))
    finally:
        database.dispose()
