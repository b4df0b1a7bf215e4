"""The duplicate search's last answer per kind, kept until something is written.

A table of this store alone: never sent, never guarded (it is no record), filled by the search
and read back while the store's mark is the same (store/queries/duplicate_search.py).

Revision ID: 0015
Revises: 0014
Created: 2026-12-05 08:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "duplicate_search",
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("mark", sa.Text(), nullable=False),
        sa.Column("min_score", sa.Integer(), nullable=False),
        sa.Column("candidates", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("kind", name=op.f("pk_duplicate_search")),
    )


def downgrade() -> None:
    op.drop_table("duplicate_search")
