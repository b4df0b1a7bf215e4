"""Fields of expertise of people: who is in the hub's expert pool.

Revision ID: 0013
Revises: 0012
Created: 2026-12-05 02:50:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Empty for everyone: nobody is in the pool until their fields are recorded on a device,
    # which stamps the change so that it travels like any other edit.
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("expertise", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("expertise")
