"""change notices: PostgreSQL tells listening windows when audit entries are appended

A statement-level trigger on audit_entries calls pg_notify('pledge_tracker', <newest id>)
once per INSERT statement (its transition table holds every row the statement added, even
rows that row-level security hides from the listener). PostgreSQL delivers the notice at
commit, never for a rolled-back unit. Windows LISTEN on the channel (ui/live_refresh.py) and
read what changed through services/change_feed.py. No record's state changes, so no baseline
audit entries are needed. On SQLite nothing changes: a window there checks the audit
sequence when it regains focus.

Revision ID: 0014
Revises: 0012
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

CHANNEL = "pledge_tracker"  # the channel windows listen on (services/change_feed.CHANNEL)

FUNCTION = f"""
CREATE OR REPLACE FUNCTION pledge_tracker_notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    newest bigint := (SELECT max(id) FROM new_entries);
BEGIN
    IF newest IS NOT NULL THEN  -- an INSERT … SELECT may add no row
        PERFORM pg_notify('{CHANNEL}', newest::text);
    END IF;
    RETURN NULL;
END
$$
"""

TRIGGER = """
CREATE TRIGGER audit_entries_notify_change
AFTER INSERT ON audit_entries
REFERENCING NEW TABLE AS new_entries
FOR EACH STATEMENT EXECUTE FUNCTION pledge_tracker_notify_change()
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(FUNCTION)
    op.execute(TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS audit_entries_notify_change ON audit_entries")
    op.execute("DROP FUNCTION IF EXISTS pledge_tracker_notify_change()")
