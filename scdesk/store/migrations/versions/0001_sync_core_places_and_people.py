"""Sync core, places and people.

Revision ID: 0001
Revises:
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("counter", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column(
            "action",
            sa.Enum(
                "create",
                "update",
                "delete",
                "restore",
                "merge",
                name="auditaction",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("tbl", sa.Text(), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.Text(), nullable=True),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit")),
    )
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.create_index("ix_audit_tbl_row_id", ["tbl", "row_id"], unique=False)

    op.create_table(
        "city",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("name_local", sa.Text(), nullable=True),
        sa.Column("country", sa.Text(), nullable=False),
        sa.Column("province", sa.Text(), nullable=True),
        sa.Column("is_member", sa.Boolean(), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("mayor_id", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_city")),
    )
    with op.batch_alter_table("city", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_city_country"), ["country"], unique=False)
        batch_op.create_index(batch_op.f("ix_city_mayor_id"), ["mayor_id"], unique=False)
        batch_op.create_index(
            "ix_city_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_city_updated_hlc"), ["updated_hlc"], unique=False)

    op.create_table(
        "device",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column(
            "role",
            sa.Enum("officer", "hub", name="devicerole", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("signing_key", sa.LargeBinary(), nullable=True),
        sa.Column("encryption_key", sa.LargeBinary(), nullable=True),
        sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("trusted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device")),
    )
    op.create_table(
        "device_seen",
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("counter", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "origin_id", name=op.f("pk_device_seen")),
    )
    op.create_table(
        "sync_field",
        sa.Column("tbl", sa.Text(), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.Text(), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("counter", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("tbl", "row_id", "field", name=op.f("pk_sync_field")),
    )
    with op.batch_alter_table("sync_field", schema=None) as batch_op:
        batch_op.create_index(
            "ix_sync_field_device_counter", ["device_id", "counter"], unique=False
        )

    op.create_table(
        "this_device",
        sa.Column("slot", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column(
            "role",
            sa.Enum("officer", "hub", name="devicerole", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("user_name", sa.Text(), nullable=False),
        sa.Column("city_id", sa.Uuid(), nullable=True),
        sa.Column("language", sa.Text(), nullable=False),
        sa.Column("configured", sa.Boolean(), nullable=False),
        sa.Column("counter", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("slot = 1", name=op.f("ck_this_device_single_row")),
        sa.PrimaryKeyConstraint("slot", name=op.f("pk_this_device")),
    )
    op.create_table(
        "organisation",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column(
            "sector",
            sa.Enum(
                "local_government",
                "civil_society",
                "faith",
                "education",
                "police",
                "youth",
                "media",
                "other",
                name="sector",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("city_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["city_id"],
            ["city.id"],
            name=op.f("fk_organisation_city_id_city"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
    )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisation_city_id"), ["city_id"], unique=False)
        batch_op.create_index(
            "ix_organisation_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_organisation_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "person",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("organisation_id", sa.Uuid(), nullable=True),
        sa.Column("city_id", sa.Uuid(), nullable=True),
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
        sa.Column("birth_year", sa.Integer(), nullable=True),
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
        sa.Column(
            "stakeholder_type",
            sa.Enum(
                "mayor",
                "municipal_official",
                "national_official",
                "civil_society",
                "religious_leader",
                "youth",
                "womens_group",
                "police",
                "other",
                name="stakeholdertype",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("community", sa.Text(), nullable=True),
        sa.Column("phone", sa.Text(), nullable=True),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column("consent_participation", sa.Boolean(), nullable=False),
        sa.Column("consent_photo", sa.Boolean(), nullable=False),
        sa.Column("consent_data", sa.Boolean(), nullable=False),
        sa.Column(
            "consent_by",
            sa.Enum("self", "guardian", name="consentgiver", native_enum=False, length=32),
            nullable=True,
        ),
        sa.Column(
            "consent_form",
            sa.Enum("oral", "written", name="consentform", native_enum=False, length=32),
            nullable=True,
        ),
        sa.Column("consent_on", sa.Date(), nullable=True),
        sa.Column("consent_withdrawn_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["city_id"],
            ["city.id"],
            name=op.f("fk_person_city_id_city"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_person_organisation_id_organisation"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_city_id"), ["city_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_person_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            "ix_person_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_person_stakeholder_type"), ["stakeholder_type"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_person_updated_hlc"), ["updated_hlc"], unique=False)

    op.create_table(
        "person_group",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column(
            "group",
            sa.Enum(
                "displaced",
                "refugee",
                "religious_minority",
                "ethnic_minority",
                "disability",
                "other",
                name="grouptag",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_group_person_id_person"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_group")),
    )
    with op.batch_alter_table("person_group", schema=None) as batch_op:
        batch_op.create_index(
            "ix_person_group_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_person_group_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_person_group_updated_hlc"), ["updated_hlc"], unique=False
        )

    # The city's mayor is a person and a person lives in a city: the cycle is closed last, once
    # both tables exist (an ALTER on PostgreSQL, a rebuild of the still empty table on SQLite).
    with op.batch_alter_table("city", schema=None) as batch_op:
        batch_op.create_foreign_key(
            batch_op.f("fk_city_mayor_id_person"),
            "person",
            ["mayor_id"],
            ["id"],
            initially="DEFERRED",
            deferrable=True,
        )


def downgrade() -> None:
    with op.batch_alter_table("city", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_city_mayor_id_person"), type_="foreignkey")

    with op.batch_alter_table("person_group", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_group_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_person_group_person_id"))
        batch_op.drop_index("ix_person_group_origin_created")

    op.drop_table("person_group")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_person_stakeholder_type"))
        batch_op.drop_index("ix_person_origin_created")
        batch_op.drop_index(batch_op.f("ix_person_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_person_city_id"))

    op.drop_table("person")
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_updated_hlc"))
        batch_op.drop_index("ix_organisation_origin_created")
        batch_op.drop_index(batch_op.f("ix_organisation_city_id"))

    op.drop_table("organisation")
    op.drop_table("this_device")
    with op.batch_alter_table("sync_field", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_field_device_counter")

    op.drop_table("sync_field")
    op.drop_table("device_seen")
    op.drop_table("device")
    with op.batch_alter_table("city", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_city_updated_hlc"))
        batch_op.drop_index("ix_city_origin_created")
        batch_op.drop_index(batch_op.f("ix_city_mayor_id"))
        batch_op.drop_index(batch_op.f("ix_city_country"))

    op.drop_table("city")
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_tbl_row_id")

    op.drop_table("audit")
