"""Youth activities.

Revision ID: 0003
Revises: '0002'
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "activity",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("city_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "sports",
                "arts",
                "dialogue",
                "training",
                "other",
                name="activitykind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("venue", sa.Text(), nullable=True),
        sa.Column("language", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "planned", "held", "cancelled", name="meetingstatus", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("outcomes", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["city_id"],
            ["city.id"],
            name=op.f("fk_activity_city_id_city"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_city_id"), ["city_id"], unique=False)
        batch_op.create_index(
            "ix_activity_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index("ix_activity_starts_on_id", ["starts_on", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_updated_hlc"), ["updated_hlc"], unique=False)

    op.create_table(
        "activity_community",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("activity_id", sa.Uuid(), nullable=False),
        sa.Column("community", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_community_activity_id_activity"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_community")),
    )
    with op.batch_alter_table("activity_community", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_community_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            "ix_activity_community_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_activity_community_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "activity_headcount",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("activity_id", sa.Uuid(), nullable=False),
        sa.Column(
            "gender",
            sa.Enum(
                "female",
                "male",
                "another",
                "undisclosed",
                name="gender",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "age_band",
            sa.Enum(
                "0-14",
                "15-17",
                "18-24",
                "25-34",
                "35-49",
                "50-64",
                "65+",
                name="ageband",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("community", sa.Text(), nullable=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_headcount_activity_id_activity"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_headcount")),
    )
    with op.batch_alter_table("activity_headcount", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_headcount_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            "ix_activity_headcount_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_activity_headcount_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "activity_session",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("activity_id", sa.Uuid(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("topic", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_session_activity_id_activity"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_session")),
    )
    with op.batch_alter_table("activity_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_session_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            "ix_activity_session_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_activity_session_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "activity_coach",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("activity_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column(
            "role",
            sa.Enum("coach", "facilitator", name="coachrole", native_enum=False, length=32),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_coach_activity_id_activity"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_activity_coach_person_id_person"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_coach")),
    )
    with op.batch_alter_table("activity_coach", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_coach_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            "ix_activity_coach_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_activity_coach_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_activity_coach_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "activity_participant",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("activity_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column(
            "age_band",
            sa.Enum(
                "0-14",
                "15-17",
                "18-24",
                "25-34",
                "35-49",
                "50-64",
                "65+",
                name="ageband",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_participant_activity_id_activity"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_activity_participant_person_id_person"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_participant")),
    )
    with op.batch_alter_table("activity_participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_participant_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            "ix_activity_participant_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_activity_participant_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_activity_participant_updated_hlc"), ["updated_hlc"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("activity_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_participant_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_activity_participant_person_id"))
        batch_op.drop_index("ix_activity_participant_origin_created")
        batch_op.drop_index(batch_op.f("ix_activity_participant_activity_id"))

    op.drop_table("activity_participant")
    with op.batch_alter_table("activity_coach", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_coach_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_activity_coach_person_id"))
        batch_op.drop_index("ix_activity_coach_origin_created")
        batch_op.drop_index(batch_op.f("ix_activity_coach_activity_id"))

    op.drop_table("activity_coach")
    with op.batch_alter_table("activity_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_session_updated_hlc"))
        batch_op.drop_index("ix_activity_session_origin_created")
        batch_op.drop_index(batch_op.f("ix_activity_session_activity_id"))

    op.drop_table("activity_session")
    with op.batch_alter_table("activity_headcount", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_headcount_updated_hlc"))
        batch_op.drop_index("ix_activity_headcount_origin_created")
        batch_op.drop_index(batch_op.f("ix_activity_headcount_activity_id"))

    op.drop_table("activity_headcount")
    with op.batch_alter_table("activity_community", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_community_updated_hlc"))
        batch_op.drop_index("ix_activity_community_origin_created")
        batch_op.drop_index(batch_op.f("ix_activity_community_activity_id"))

    op.drop_table("activity_community")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_updated_hlc"))
        batch_op.drop_index("ix_activity_starts_on_id")
        batch_op.drop_index("ix_activity_origin_created")
        batch_op.drop_index(batch_op.f("ix_activity_city_id"))

    op.drop_table("activity")
