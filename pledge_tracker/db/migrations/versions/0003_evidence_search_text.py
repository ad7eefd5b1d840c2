"""evidence search text: an accent-folded copy of each item's searchable fields

Adds evidence.search_text (derived, see db/search_text.py) with an index, and fills it for
every existing item. The column is left out of the audited record state (db/rowstate.py),
so no record's hash changes and no baseline entries are needed.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_text", sa.Text(), nullable=True))
    from pledge_tracker.db.search_text import refresh

    session = Session(bind=op.get_bind())
    try:
        refresh(session)
        session.flush()
    finally:
        session.close()


def downgrade() -> None:
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.drop_column("search_text")
