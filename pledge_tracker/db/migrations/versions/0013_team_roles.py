"""team roles: the restricted flag of audit entries; on PostgreSQL, row-level security

Adds `audit_entries.restricted` (outside every entry's hash, so the chain and `check` are
unchanged) and marks the entries that hold the content of restricted evidence or sightings.
On PostgreSQL it also creates `role_clearances`, the functions, triggers and policies of
db/row_security.py: restricted rows are visible only to roles cleared for them, the audit
log is append-only, and only reviewers mark assessments reviewed. The group roles
themselves are created by `pledge-tracker db grant` (creating roles needs CREATEROLE).
No record's state changes, so no baseline audit entries are needed.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from pledge_tracker.db import row_security

    op.add_column(
        "audit_entries",
        sa.Column("restricted", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    connection = op.get_bind()
    connection.execute(
        sa.text(row_security.MARK_OLD_ENTRIES), {"said": row_security.SAID_RESTRICTED}
    )
    if connection.dialect.name == "postgresql":
        row_security.install(connection)


def downgrade() -> None:
    from pledge_tracker.db import row_security

    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        row_security.remove(connection)
    with op.batch_alter_table("audit_entries") as batch:
        batch.drop_column("restricted")
