"""date precision: how much of a join, evidence or assessment date the source gives

Also stakeholders.membership_verified (false where the reference could not confirm that a
supporter is one; the reference loader had only said so in its notes).

Adds stakeholders.joined_precision, evidence.effective_precision and
assessments.effective_precision ("day", "month" or "year"; existing rows are "day"), marks
the demonstration evidence the reference dates only to the month or year (its notes say so)
and the demonstration judgements drawn from it, then appends one audited "baseline" entry
for every record: each record's state now includes its precision, so `check` compares every
record with the log from this upgrade on.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

COLUMNS = (
    ("stakeholders", "joined_precision"),
    ("evidence", "effective_precision"),
    ("assessments", "effective_precision"),
)


def upgrade() -> None:
    for table, column in COLUMNS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column(column, sa.String(length=5), nullable=False, server_default="day")
            )
    with op.batch_alter_table("stakeholders", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("membership_verified", sa.Boolean(), nullable=False, server_default="1")
        )
    bind = op.get_bind()
    # The reference loader said so in the notes of each supporter it could not confirm.
    bind.execute(
        sa.text("UPDATE stakeholders SET membership_verified = :no WHERE notes LIKE :pattern"),
        {"no": False, "pattern": "Membership not verified in the reference sources.%"},
    )
    for precision in ("month", "year"):
        # The demonstration loader wrote the reference's precision into each item's notes.
        bind.execute(
            sa.text(
                "UPDATE evidence SET effective_precision = :p "
                "WHERE demo = :yes AND notes LIKE :pattern"
            ),
            {"p": precision, "yes": True, "pattern": f"%date precision: {precision}.%"},
        )
        bind.execute(
            sa.text(
                "UPDATE assessments SET effective_precision = :p WHERE demo = :yes AND id IN "
                "(SELECT l.assessment_id FROM assessment_evidence l JOIN evidence e "
                "ON e.id = l.evidence_id WHERE e.effective_precision = :p "
                "AND e.effective = assessments.effective)"
            ),
            {"p": precision, "yes": True},
        )
    from pledge_tracker.db.baseline import current_entities, write_baseline

    session = Session(bind=bind)
    try:
        # Tables a later revision changes again are baselined by it (0006: assessments).
        write_baseline(session, actor="upgrade", entities=current_entities(session))
    finally:
        session.close()


def downgrade() -> None:
    # The baseline entries hash states with the precision in them: dropping the columns
    # would make every record disagree with the log. Restore the pre-upgrade backup instead.
    raise NotImplementedError("restore the pre-upgrade backup to go back to schema 0002")
