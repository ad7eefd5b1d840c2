"""PostgreSQL id sequences moved past ids that were given explicitly (a copy, a restore)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, Table, text
from sqlalchemy.orm import Session

from pledge_tracker.db.models import Base


def reset_sequences(
    connection: Connection | Session, tables: Sequence[Table] | None = None
) -> None:
    """setval each table's id sequence to its largest id, so the next insert gets a new one.

    Rows copied with their ids leave the sequences where they were (at 1): without this the
    next record added on the server would collide with the first copied one.
    """
    for table in tables if tables is not None else Base.metadata.sorted_tables:
        if "id" in table.c and table.c.id.primary_key and table.c.id.autoincrement:
            connection.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
                )
            )
