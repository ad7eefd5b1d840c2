"""instruments and memberships: the laws and protocols that bind supporters, and bodies' members

Adds the memberships table (a supporter's membership of a body such as the European Union),
the instruments table and its links to the commitments it implements and the supporters it
binds. All start empty: no existing record's state changes, so no baseline entries are needed.
The reference's memberships and instruments are then added when the database is opened
(services/catalogue.upgrade_references), each audited with its reason.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_DATES = ("adopted", "in_force", "applies_from", "struck_down", "repealed")


def upgrade() -> None:
    op.create_table(
        "memberships",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("since_precision", sa.String(length=5), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("until_precision", sa.String(length=5), nullable=False),
        sa.Column("verified", sa.Boolean(), nullable=False),
        sa.Column("source_url", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["member_id"], ["stakeholders.id"], name=op.f("fk_memberships_member_id_stakeholders")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_memberships")),
        sa.UniqueConstraint("uid", name=op.f("uq_memberships_uid")),
    )
    op.create_index("ix_memberships_member_id", "memberships", ["member_id"], unique=False)
    dates: list[sa.Column[object]] = []
    for name in _DATES:
        dates.append(sa.Column(name, sa.Date(), nullable=True))
        dates.append(sa.Column(f"{name}_precision", sa.String(length=5), nullable=False))
    op.create_table(
        "instruments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("jurisdictions", sa.Text(), nullable=False),
        *dates,
        sa.Column("struck_down_by_id", sa.Integer(), nullable=True),
        sa.Column("struck_down_extent", sa.Text(), nullable=True),
        sa.Column("obligations", sa.Text(), nullable=False),
        sa.Column("penalties", sa.Text(), nullable=True),
        sa.Column("sources", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("verified", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["struck_down_by_id"],
            ["instruments.id"],
            name=op.f("fk_instruments_struck_down_by_id_instruments"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_instruments")),
        sa.UniqueConstraint("uid", name=op.f("uq_instruments_uid")),
    )
    for link, column, target in (
        ("instrument_commitments", "commitment_id", "commitments"),
        ("instrument_stakeholders", "stakeholder_id", "stakeholders"),
    ):
        op.create_table(
            link,
            sa.Column("instrument_id", sa.Integer(), nullable=False),
            sa.Column(column, sa.Integer(), nullable=False),
            sa.ForeignKeyConstraint(
                ["instrument_id"],
                ["instruments.id"],
                name=op.f(f"fk_{link}_instrument_id_instruments"),
            ),
            sa.ForeignKeyConstraint(
                [column], [f"{target}.id"], name=op.f(f"fk_{link}_{column}_{target}")
            ),
            sa.PrimaryKeyConstraint("instrument_id", column, name=op.f(f"pk_{link}")),
        )
        op.create_index(f"ix_{link}_{column}", link, [column], unique=False)


def downgrade() -> None:
    for link in ("instrument_stakeholders", "instrument_commitments"):
        op.drop_table(link)
    op.drop_table("instruments")
    op.drop_table("memberships")
