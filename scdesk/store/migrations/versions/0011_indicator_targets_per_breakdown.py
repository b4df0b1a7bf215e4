"""Indicator targets per breakdown category (gender=female), and counting rules for cities and
grants.

Revision ID: 0011
Revises: 0010
Created: 2026-12-05 03:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_DIMENSIONS = (
    "gender",
    "age_band",
    "country",
    "city",
    "stakeholder_type",
    "group",
    "kind",
    "status",
    "currency",
)


def upgrade() -> None:
    # The counting rules are VARCHAR(32) without a check constraint: the two new ones need no
    # change to the indicator table.
    with op.batch_alter_table("indicator_target", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "breakdown",
                sa.Enum(*_DIMENSIONS, name="dimension", native_enum=False, length=32),
                nullable=True,
            )
        )
        batch_op.add_column(sa.Column("category", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("indicator_target", schema=None) as batch_op:
        batch_op.drop_column("category")
        batch_op.drop_column("breakdown")
