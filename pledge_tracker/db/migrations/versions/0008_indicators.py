"""indicators: figures supporters publish, each traced to its evidence item

Adds the indicators table. It starts empty and changes no existing column, so no record's
audited state changes and no baseline entry is needed.

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "indicators",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("stakeholder_id", sa.Integer(), nullable=False),
        sa.Column("metric", sa.Text(), nullable=False),
        sa.Column("value", sa.String(length=40), nullable=False),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("period_precision", sa.String(length=5), nullable=False),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("evidence_id", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["evidence_id"], ["evidence.id"], name=op.f("fk_indicators_evidence_id_evidence")
        ),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholders.id"],
            name=op.f("fk_indicators_stakeholder_id_stakeholders"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicators")),
        sa.UniqueConstraint("uid", name=op.f("uq_indicators_uid")),
    )
    with op.batch_alter_table("indicators", schema=None) as batch_op:
        batch_op.create_index("ix_indicators_evidence_id", ["evidence_id"], unique=False)
        batch_op.create_index(
            "ix_indicators_series", ["stakeholder_id", "metric", "period_end"], unique=False
        )


def downgrade() -> None:
    op.drop_index("ix_indicators_series", table_name="indicators")
    op.drop_index("ix_indicators_evidence_id", table_name="indicators")
    op.drop_table("indicators")
