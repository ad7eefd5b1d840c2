"""events: the Call's timeline, with their supporters and the evidence citing them

New audited tables; they start empty (no baseline entries needed). The reference's events
are added afterwards, audited with their reason, by services/reference_events.py when the
database is opened (as the catalogue is), so that the same code serves a new database, an
upgraded one and an upgraded data package.

Revision ID: 0009
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("dated", sa.Date(), nullable=False),
        sa.Column("dated_precision", sa.String(length=5), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("sources", sa.Text(), nullable=False),
        sa.Column("verified", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
        sa.UniqueConstraint("uid", name=op.f("uq_events_uid")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index("ix_events_dated", ["dated"], unique=False)
    for name, column, target in (
        ("event_stakeholders", "stakeholder_id", "stakeholders"),
        ("event_evidence", "evidence_id", "evidence"),
    ):
        op.create_table(
            name,
            sa.Column("event_id", sa.Integer(), nullable=False),
            sa.Column(column, sa.Integer(), nullable=False),
            sa.ForeignKeyConstraint(
                ["event_id"], ["events.id"], name=op.f(f"fk_{name}_event_id_events")
            ),
            sa.ForeignKeyConstraint(
                [column], [f"{target}.id"], name=op.f(f"fk_{name}_{column}_{target}")
            ),
            sa.PrimaryKeyConstraint("event_id", column, name=op.f(f"pk_{name}")),
        )
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.create_index(f"ix_{name}_{column}", [column], unique=False)


def downgrade() -> None:
    op.drop_table("event_evidence")
    op.drop_table("event_stakeholders")
    op.drop_table("events")
