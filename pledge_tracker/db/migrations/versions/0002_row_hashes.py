"""row hashes: each audit entry records the hash of the record state it wrote

Adds audit_entries.row_hash (and an index to find a record's entries), then appends one
audited "baseline" entry for every existing record, so that `check` can compare every
record with the log from this upgrade on.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("row_hash", sa.String(length=64), nullable=True))
        batch_op.create_index("ix_audit_entries_record", ["entity", "record_uid"], unique=False)
    from pledge_tracker.db.baseline import current_entities, write_baseline

    session = Session(bind=op.get_bind())
    try:
        # Tables a later revision changes are baselined by that revision (0004, 0006).
        write_baseline(session, actor="upgrade", entities=current_entities(session))
    finally:
        session.close()


def downgrade() -> None:
    # Entries written since carry row hashes in their chain hashes: dropping the column would
    # break the chain. Restore the backup taken before the upgrade instead.
    raise NotImplementedError("restore the pre-upgrade backup to go back to schema 0001")
