"""The clock ahead of each device: how far past this device's clock another device stamps.

Revision ID: 0008
Revises: 0007
Created: 2026-12-04 23:11:51.697058
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.add_column(sa.Column("clock_ahead_ms", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.drop_column("clock_ahead_ms")
