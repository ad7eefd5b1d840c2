"""reviews and replies: a second officer's review of a judgement; a supporter's reply to it

Adds assessments.reviewed_by and reviewed_at, and the assessment_replies table. The new
columns are part of every assessment's audited state, so the upgrade appends one audited
"baseline" entry per assessment (as 0002 did for every record), keeping `check` exact.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reviewed_by", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("reviewed_at", sa.DateTime(), nullable=True))
    op.create_table(
        "assessment_replies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("dated", sa.Date(), nullable=False),
        sa.Column("source_url", sa.Text(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.Text(), nullable=False),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_assessment_replies_assessment_id_assessments"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_replies")),
        sa.UniqueConstraint("uid", name=op.f("uq_assessment_replies_uid")),
    )
    with op.batch_alter_table("assessment_replies", schema=None) as batch_op:
        batch_op.create_index(
            "ix_assessment_replies_assessment_id", ["assessment_id"], unique=False
        )
    from pledge_tracker.db import rowstate
    from pledge_tracker.db.baseline import write_baseline

    session = Session(bind=op.get_bind())
    try:
        write_baseline(session, actor="upgrade", entities=(rowstate.BY_NAME["assessment"],))
    finally:
        session.close()


def downgrade() -> None:
    # Entries written since carry the new columns in their row hashes: restore the backup
    # taken before the upgrade instead.
    raise NotImplementedError("restore the pre-upgrade backup to go back to schema 0002")
