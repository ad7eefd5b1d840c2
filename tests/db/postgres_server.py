"""The throw-away PostgreSQL server the postgres tests use (started by .ci/postgres.sh)."""

from __future__ import annotations

import os

import pytest

SERVER_URL = os.environ.get("PLEDGE_TRACKER_TEST_PG_URL")

# Every test in a module marked with these is skipped, saying why, when there is no server.
POSTGRES_ONLY = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        not SERVER_URL,
        reason="PostgreSQL tests need PLEDGE_TRACKER_TEST_PG_URL (see .ci/postgres.sh)",
    ),
]
