"""Committees and meetings.

Revision ID: 0002
Revises: '0001'
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "committee",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("city_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "liaison",
                "local_prevention",
                "other",
                name="committeekind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("mandate", sa.Text(), nullable=True),
        sa.Column("quorum", sa.Integer(), nullable=True),
        sa.Column("established_on", sa.Date(), nullable=True),
        sa.Column("language", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["city_id"],
            ["city.id"],
            name=op.f("fk_committee_city_id_city"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee")),
    )
    with op.batch_alter_table("committee", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_committee_city_id"), ["city_id"], unique=False)
        batch_op.create_index(
            "ix_committee_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_committee_updated_hlc"), ["updated_hlc"], unique=False)

    op.create_table(
        "meeting",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "committee_meeting",
                "consultation",
                "workshop",
                "roundtable",
                "training",
                "summit",
                "other",
                name="meetingkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("committee_id", sa.Uuid(), nullable=True),
        sa.Column("city_id", sa.Uuid(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("venue", sa.Text(), nullable=True),
        sa.Column("language", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "planned", "held", "cancelled", name="meetingstatus", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("total_attendance", sa.Integer(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column(
            "minutes_status",
            sa.Enum(
                "draft",
                "circulated",
                "approved",
                name="minutesstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("minutes_circulated_on", sa.Date(), nullable=True),
        sa.Column("minutes_approved_in_id", sa.Uuid(), nullable=True),
        sa.Column("minutes_approved_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["city_id"],
            ["city.id"],
            name=op.f("fk_meeting_city_id_city"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["committee_id"],
            ["committee.id"],
            name=op.f("fk_meeting_committee_id_committee"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["minutes_approved_in_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_minutes_approved_in_id_meeting"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_city_id"), ["city_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_committee_id"), ["committee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_kind"), ["kind"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_meeting_minutes_approved_in_id"),
            ["minutes_approved_in_id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_meeting_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index("ix_meeting_starts_at_id", ["starts_at", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_updated_hlc"), ["updated_hlc"], unique=False)

    op.create_table(
        "action_item",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum("open", "done", "dropped", name="actionstatus", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("closed_in_id", sa.Uuid(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["closed_in_id"],
            ["meeting.id"],
            name=op.f("fk_action_item_closed_in_id_meeting"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_action_item_meeting_id_meeting"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["person.id"],
            name=op.f("fk_action_item_owner_id_person"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_item")),
    )
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_action_item_closed_in_id"), ["closed_in_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_action_item_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(
            "ix_action_item_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_action_item_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_action_item_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("parent_id", sa.Uuid(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("presenter_id", sa.Uuid(), nullable=True),
        sa.Column("discussion", sa.Text(), nullable=True),
        sa.Column("decisions", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_agenda_item_meeting_id_meeting"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["agenda_item.id"],
            name=op.f("fk_agenda_item_parent_id_agenda_item"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["presenter_id"],
            ["person.id"],
            name=op.f("fk_agenda_item_presenter_id_person"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_item_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(
            "ix_agenda_item_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_agenda_item_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_agenda_item_presenter_id"), ["presenter_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_agenda_item_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "attendance",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "invited",
                "present",
                "apologies",
                "absent",
                name="attendancestatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "role",
            sa.Enum(
                "chair",
                "secretary",
                "member",
                "observer",
                "participant",
                "speaker",
                "facilitator",
                "guest",
                name="attendancerole",
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
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_attendance_meeting_id_meeting"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_attendance_person_id_person"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(
            "ix_attendance_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_attendance_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_attendance_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "headcount",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
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
            nullable=True,
        ),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_headcount_meeting_id_meeting"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_headcount")),
    )
    with op.batch_alter_table("headcount", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_headcount_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(
            "ix_headcount_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_headcount_updated_hlc"), ["updated_hlc"], unique=False)

    op.create_table(
        "membership",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("committee_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "chair",
                "secretary",
                "member",
                "observer",
                name="memberrole",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["committee_id"],
            ["committee.id"],
            name=op.f("fk_membership_committee_id_committee"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_membership_person_id_person"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membership")),
    )
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_membership_committee_id"), ["committee_id"], unique=False
        )
        batch_op.create_index(
            "ix_membership_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_membership_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_membership_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "minutes_amendment",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("amended_on", sa.Date(), nullable=False),
        sa.Column("agreed_in_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agreed_in_id"],
            ["meeting.id"],
            name=op.f("fk_minutes_amendment_agreed_in_id_meeting"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_minutes_amendment_meeting_id_meeting"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minutes_amendment")),
    )
    with op.batch_alter_table("minutes_amendment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_minutes_amendment_agreed_in_id"), ["agreed_in_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_minutes_amendment_meeting_id"), ["meeting_id"], unique=False
        )
        batch_op.create_index(
            "ix_minutes_amendment_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_minutes_amendment_updated_hlc"), ["updated_hlc"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("minutes_amendment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_minutes_amendment_updated_hlc"))
        batch_op.drop_index("ix_minutes_amendment_origin_created")
        batch_op.drop_index(batch_op.f("ix_minutes_amendment_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_minutes_amendment_agreed_in_id"))

    op.drop_table("minutes_amendment")
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_membership_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_membership_person_id"))
        batch_op.drop_index("ix_membership_origin_created")
        batch_op.drop_index(batch_op.f("ix_membership_committee_id"))

    op.drop_table("membership")
    with op.batch_alter_table("headcount", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_headcount_updated_hlc"))
        batch_op.drop_index("ix_headcount_origin_created")
        batch_op.drop_index(batch_op.f("ix_headcount_meeting_id"))

    op.drop_table("headcount")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_attendance_person_id"))
        batch_op.drop_index("ix_attendance_origin_created")
        batch_op.drop_index(batch_op.f("ix_attendance_meeting_id"))

    op.drop_table("attendance")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_agenda_item_presenter_id"))
        batch_op.drop_index(batch_op.f("ix_agenda_item_parent_id"))
        batch_op.drop_index("ix_agenda_item_origin_created")
        batch_op.drop_index(batch_op.f("ix_agenda_item_meeting_id"))

    op.drop_table("agenda_item")
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_item_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_action_item_owner_id"))
        batch_op.drop_index("ix_action_item_origin_created")
        batch_op.drop_index(batch_op.f("ix_action_item_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_action_item_closed_in_id"))

    op.drop_table("action_item")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_updated_hlc"))
        batch_op.drop_index("ix_meeting_starts_at_id")
        batch_op.drop_index("ix_meeting_origin_created")
        batch_op.drop_index(batch_op.f("ix_meeting_minutes_approved_in_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_kind"))
        batch_op.drop_index(batch_op.f("ix_meeting_committee_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_city_id"))

    op.drop_table("meeting")
    with op.batch_alter_table("committee", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_committee_updated_hlc"))
        batch_op.drop_index("ix_committee_origin_created")
        batch_op.drop_index(batch_op.f("ix_committee_city_id"))

    op.drop_table("committee")
