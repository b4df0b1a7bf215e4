"""Sync: conflicts, the logs of bundles imported and exported, waiting rows, device details.

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "conflict",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("tbl", sa.Text(), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.Text(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("edit", "delete", name="conflictkind", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("kept_value", sa.Text(), nullable=True),
        sa.Column("kept_device", sa.Uuid(), nullable=False),
        sa.Column("kept_counter", sa.BigInteger(), nullable=False),
        sa.Column("kept_hlc", sa.BigInteger(), nullable=False),
        sa.Column("lost_value", sa.Text(), nullable=True),
        sa.Column("lost_device", sa.Uuid(), nullable=False),
        sa.Column("lost_counter", sa.BigInteger(), nullable=False),
        sa.Column("lost_hlc", sa.BigInteger(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("open", "resolved", name="conflictstatus", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("resolved_value", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflict")),
    )
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.create_index(
            "ix_conflict_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_conflict_row_id"), ["row_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_conflict_updated_hlc"), ["updated_hlc"], unique=False)

    op.create_table(
        "sync_export",
        sa.Column("bundle_id", sa.Uuid(), nullable=False),
        sa.Column("receiver_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("fields", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id", name=op.f("pk_sync_export")),
    )
    with op.batch_alter_table("sync_export", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sync_export_receiver_id"), ["receiver_id"], unique=False
        )

    op.create_table(
        "sync_import",
        sa.Column("bundle_id", sa.Uuid(), nullable=False),
        sa.Column("sender_id", sa.Uuid(), nullable=False),
        sa.Column("sha256", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id", name=op.f("pk_sync_import")),
    )
    with op.batch_alter_table("sync_import", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_import_sender_id"), ["sender_id"], unique=False)

    op.create_table(
        "sync_waiting",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("bundle_id", sa.Uuid(), nullable=False),
        sa.Column("sender_id", sa.Uuid(), nullable=False),
        sa.Column("tbl", sa.Text(), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("line", sa.Text(), nullable=False),
        sa.Column("missing", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_waiting")),
    )
    with op.batch_alter_table("sync_waiting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_waiting_row_id"), ["row_id"], unique=False)

    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.add_column(sa.Column("user_name", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("city_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("last_import_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("last_export_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.drop_column("last_export_at")
        batch_op.drop_column("last_import_at")
        batch_op.drop_column("city_id")
        batch_op.drop_column("user_name")

    with op.batch_alter_table("sync_waiting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_waiting_row_id"))

    op.drop_table("sync_waiting")
    with op.batch_alter_table("sync_import", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_import_sender_id"))

    op.drop_table("sync_import")
    with op.batch_alter_table("sync_export", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_export_receiver_id"))

    op.drop_table("sync_export")
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conflict_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_conflict_row_id"))
        batch_op.drop_index("ix_conflict_origin_created")

    op.drop_table("conflict")
