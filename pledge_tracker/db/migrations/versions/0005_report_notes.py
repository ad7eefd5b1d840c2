"""report notes: staff's "Key findings" for a briefing, per language, period and scope

A new audited table; it starts empty, so no baseline entries are needed.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_notes")),
        sa.UniqueConstraint("uid", name=op.f("uq_report_notes_uid")),
        sa.UniqueConstraint("key", name=op.f("uq_report_notes_key")),
    )


def downgrade() -> None:
    op.drop_table("report_notes")
