"""incidents: incidents, crisis-protocol activations, supporters' responses; sightings follow them

Adds the incidents, protocol_activations and supporter_responses tables, and to sightings:
the incident, how it was found, the removal order (when, under which law, the instrument to
link later), the content reference and the restricted mark. The new columns are part of
every sighting's audited state, so the upgrade appends one audited "baseline" entry per
sighting (as 0002 did for every record), keeping `check` exact.

Revision ID: 0010
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _key(name: str) -> sa.Column:
    return sa.Column(name, sa.Integer(), nullable=False)


def _uid_and_id(table: str) -> list[Any]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.UniqueConstraint("uid", name=op.f(f"uq_{table}_uid")),
    ]


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}")
    )


def _create_tables() -> None:
    op.create_table(
        "incidents",
        *_uid_and_id("incidents"),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("sources", sa.Text(), nullable=True),
        sa.Column("demo", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("name", name=op.f("uq_incidents_name")),
    )
    op.create_table(
        "protocol_activations",
        *_uid_and_id("protocol_activations"),
        _key("incident_id"),
        sa.Column("protocol", sa.String(length=40), nullable=False),
        sa.Column("activated_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("activated_by", sa.Text(), nullable=True),
        sa.Column("sources", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        _fk("protocol_activations", "incident_id", "incidents"),
    )
    op.create_index("ix_protocol_activations_incident_id", "protocol_activations", ["incident_id"])
    op.create_table(
        "supporter_responses",
        *_uid_and_id("supporter_responses"),
        _key("incident_id"),
        _key("stakeholder_id"),
        sa.Column("first_action_at", sa.DateTime(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("evidence_id", sa.Integer(), nullable=True),
        _fk("supporter_responses", "incident_id", "incidents"),
        _fk("supporter_responses", "stakeholder_id", "stakeholders"),
        _fk("supporter_responses", "evidence_id", "evidence"),
    )
    op.create_index("ix_supporter_responses_incident_id", "supporter_responses", ["incident_id"])


def _extend_sightings() -> None:
    with op.batch_alter_table("sightings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("incident_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "found_how", sa.String(length=20), nullable=False, server_default="own_search"
            )
        )
        batch_op.add_column(sa.Column("order_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("order_law", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("instrument_uid", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("content_ref", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column("restricted", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.create_foreign_key(
            op.f("fk_sightings_incident_id_incidents"), "incidents", ["incident_id"], ["id"]
        )
        batch_op.create_index("ix_sightings_incident_id", ["incident_id"], unique=False)
        batch_op.create_index("ix_sightings_platform_found", ["platform", "found_at"], unique=False)


def upgrade() -> None:
    _create_tables()
    _extend_sightings()
    from pledge_tracker.db import rowstate
    from pledge_tracker.db.baseline import write_baseline

    session = Session(bind=op.get_bind())
    try:
        write_baseline(session, actor="upgrade", entities=(rowstate.BY_NAME["sighting"],))
    finally:
        session.close()


def downgrade() -> None:
    # Entries written since carry the new columns in their row hashes: restore the backup
    # taken before the upgrade instead.
    raise NotImplementedError("restore the pre-upgrade backup to go back to schema 0006")
