"""National-local cooperation: what was raised for a city with a national body.

Revision ID: 0010
Revises: 0009
Created: 2026-12-05 01:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Each optional link: its column and the table it names.
_LINKS = (
    ("finding_id", "consultation_finding"),
    ("plan_action_id", "plan_action"),
    ("meeting_id", "meeting"),
    ("grant_id", "support_grant"),
    ("advice_id", "expert_advice"),
)


def upgrade() -> None:
    op.create_table(
        "national_raising",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("city_id", sa.Uuid(), nullable=False),
        sa.Column("national_body", sa.Text(), nullable=False),
        sa.Column("raised_on", sa.Date(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "raised",
                "answered",
                "acted_on",
                "declined",
                name="raisingstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("outcome", sa.Text(), nullable=True),
        *(sa.Column(column, sa.Uuid(), nullable=True) for column, _ in _LINKS),
        sa.ForeignKeyConstraint(
            ["city_id"],
            ["city.id"],
            name=op.f("fk_national_raising_city_id_city"),
            initially="DEFERRED",
            deferrable=True,
        ),
        *(
            sa.ForeignKeyConstraint(
                [column],
                [f"{table}.id"],
                name=op.f(f"fk_national_raising_{column}_{table}"),
                initially="DEFERRED",
                deferrable=True,
            )
            for column, table in _LINKS
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_national_raising")),
    )
    with op.batch_alter_table("national_raising", schema=None) as batch_op:
        for column in ("city_id", *(c for c, _ in _LINKS), "updated_hlc"):
            batch_op.create_index(batch_op.f(f"ix_national_raising_{column}"), [column])
        batch_op.create_index(
            "ix_national_raising_origin_created", ["origin_id", "created_counter"], unique=False
        )


def downgrade() -> None:
    op.drop_table("national_raising")
