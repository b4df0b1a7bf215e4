"""Merges of duplicate records and dismissed pairs: two tables of facts, and on each record
that may be merged, the record it was merged into.

Revision ID: 0007
Revises: 0006
Created: 2026-12-04 22:08:12.130405
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "duplicate_dismissal",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("first_id", sa.Uuid(), nullable=False),
        sa.Column("second_id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duplicate_dismissal")),
    )
    with op.batch_alter_table("duplicate_dismissal", schema=None) as batch_op:
        batch_op.create_index("ix_duplicate_dismissal_kind", ["kind"], unique=False)
        batch_op.create_index(
            "ix_duplicate_dismissal_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_duplicate_dismissal_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "record_merge",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("kept_id", sa.Uuid(), nullable=False),
        sa.Column("other_id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_merge")),
    )
    with op.batch_alter_table("record_merge", schema=None) as batch_op:
        batch_op.create_index("ix_record_merge_kind", ["kind"], unique=False)
        batch_op.create_index(
            "ix_record_merge_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_record_merge_updated_hlc"), ["updated_hlc"], unique=False
        )

    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.add_column(sa.Column("merged_into", sa.Uuid(), nullable=True))

    with op.batch_alter_table("city", schema=None) as batch_op:
        batch_op.add_column(sa.Column("merged_into", sa.Uuid(), nullable=True))

    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("merged_into", sa.Uuid(), nullable=True))

    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("merged_into", sa.Uuid(), nullable=True))

    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("merged_into", sa.Uuid(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("merged_into")

    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_column("merged_into")

    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_column("merged_into")

    with op.batch_alter_table("city", schema=None) as batch_op:
        batch_op.drop_column("merged_into")

    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_column("merged_into")

    with op.batch_alter_table("record_merge", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_merge_updated_hlc"))
        batch_op.drop_index("ix_record_merge_origin_created")
        batch_op.drop_index("ix_record_merge_kind")

    op.drop_table("record_merge")
    with op.batch_alter_table("duplicate_dismissal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_duplicate_dismissal_updated_hlc"))
        batch_op.drop_index("ix_duplicate_dismissal_origin_created")
        batch_op.drop_index("ix_duplicate_dismissal_kind")

    op.drop_table("duplicate_dismissal")
