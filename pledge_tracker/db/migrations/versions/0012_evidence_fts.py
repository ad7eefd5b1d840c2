"""evidence search index: an FTS5 trigram index over the folded search text (SQLite)

Creates `evidence_fts` (an external-content FTS5 table over evidence.search_text, see
db/search_index.py) with the triggers that keep it exact, and fills it from every existing
item. The index is derived and outside the models' metadata: no record's state changes, so
no baseline audit entries are needed. On PostgreSQL nothing changes (its search uses LIKE).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from pledge_tracker.db import search_index

    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        search_index.create(connection)


def downgrade() -> None:
    from pledge_tracker.db import search_index

    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        search_index.drop(connection)
