"""evidence search on a server: a pg_trgm GIN index over the folded search text (PostgreSQL)

Creates the pg_trgm extension (trusted since PostgreSQL 13: a database owner may create it)
and a GIN `gin_trgm_ops` index on evidence.search_text, the column SQLite's FTS5 index
covers (db/search_index.py). The index answers the search's `LIKE '%word%'` itself, so hits
are those of SQLite. A server without the extension, or a user who may not create it, keeps
searching by scan: the index is left out with a warning, never the upgrade refused. The
index is derived and outside the models' metadata: no record's state changes, so no
baseline audit entries. On SQLite nothing changes (its index is FTS5, migration 0012).

Revision ID: 0015
Revises: 0012
Create Date: 2026-12-01
"""

from __future__ import annotations

import logging

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from pledge_tracker.db import search_index

    connection = op.get_bind()
    if connection.dialect.name == "postgresql" and not search_index.create_pg(connection):
        logging.getLogger(__name__).warning(
            "pg_trgm is not available to this database user: evidence search scans the table"
        )


def downgrade() -> None:
    from pledge_tracker.db import search_index

    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        search_index.drop_pg(connection)
