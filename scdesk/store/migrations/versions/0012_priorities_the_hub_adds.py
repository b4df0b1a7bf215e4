"""The priorities the hub adds beside the fixed ones, and a finding's reference to one.

Revision ID: 0012
Revises: 0011
Created: 2026-12-05 03:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "hub_priority",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hub_priority")),
    )
    with op.batch_alter_table("hub_priority", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hub_priority_updated_hlc"), ["updated_hlc"])
        batch_op.create_index(
            "ix_hub_priority_origin_created", ["origin_id", "created_counter"], unique=False
        )
    with op.batch_alter_table("consultation_finding", schema=None) as batch_op:
        batch_op.add_column(sa.Column("priority_id", sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f("ix_consultation_finding_priority_id"), ["priority_id"])
        batch_op.create_foreign_key(
            batch_op.f("fk_consultation_finding_priority_id_hub_priority"),
            "hub_priority",
            ["priority_id"],
            ["id"],
            initially="DEFERRED",
            deferrable=True,
        )


def downgrade() -> None:
    with op.batch_alter_table("consultation_finding", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_consultation_finding_priority_id_hub_priority"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_consultation_finding_priority_id"))
        batch_op.drop_column("priority_id")
    op.drop_table("hub_priority")
