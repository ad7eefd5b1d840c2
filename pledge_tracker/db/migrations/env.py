"""Alembic environment: runs on the connection that migrate.py hands it."""

from __future__ import annotations

from alembic import context

from pledge_tracker.db.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only ALTER through copy-and-move
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
