"""speed indexes: each pair's latest live judgement found with one index lookup

A partial index over the judgements that are not retracted, in the order of the as-of rule
(effective date, then recording time, then id), so that the matrix reads each pair's latest
judgement by a short descent of the index however long the history grows. An index changes
no record: no baseline audit entries are needed.

Revision ID: 0011
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

LATEST = "ix_assessments_latest"
COLUMNS = ["stakeholder_id", "commitment_id", "effective", "recorded_at", "id"]


def upgrade() -> None:
    op.create_index(
        LATEST,
        "assessments",
        COLUMNS,
        sqlite_where=sa.text("retracted = 0"),  # as the queries write it, so the planner sees it
        postgresql_where=sa.text("retracted = false"),
    )


def downgrade() -> None:
    op.drop_index(LATEST, table_name="assessments")
