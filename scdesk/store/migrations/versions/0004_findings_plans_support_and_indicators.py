"""Findings, plans, support and indicators.

Revision ID: 0004
Revises: '0003'
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "indicator",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column(
            "level",
            sa.Enum("output", "outcome", name="indicatorlevel", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column(
            "counting_rule",
            sa.Enum("distinct_people", "events", name="countingrule", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("figure", sa.Text(), nullable=False),
        sa.Column("breakdowns", sa.Text(), nullable=False),
        sa.Column("baseline", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator")),
    )
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.create_index(
            "ix_indicator_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_indicator_updated_hlc"), ["updated_hlc"], unique=False)

    op.create_table(
        "indicator_target",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("indicator_id", sa.Uuid(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("city_id", sa.Uuid(), nullable=True),
        sa.Column("target", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["city_id"],
            ["city.id"],
            name=op.f("fk_indicator_target_city_id_city"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicator.id"],
            name=op.f("fk_indicator_target_indicator_id_indicator"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_target")),
    )
    with op.batch_alter_table("indicator_target", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_indicator_target_city_id"), ["city_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_indicator_target_indicator_id"), ["indicator_id"], unique=False
        )
        batch_op.create_index(
            "ix_indicator_target_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_indicator_target_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "risk_profile",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("city_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft", "adopted", "superseded", name="planstatus", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("adopted_on", sa.Date(), nullable=True),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["city_id"],
            ["city.id"],
            name=op.f("fk_risk_profile_city_id_city"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_profile")),
    )
    with op.batch_alter_table("risk_profile", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_risk_profile_city_id"), ["city_id"], unique=False)
        batch_op.create_index(
            "ix_risk_profile_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_risk_profile_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "prevention_plan",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("city_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft", "adopted", "superseded", name="planstatus", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("adopted_on", sa.Date(), nullable=True),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("risk_profile_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["city_id"],
            ["city.id"],
            name=op.f("fk_prevention_plan_city_id_city"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["risk_profile_id"],
            ["risk_profile.id"],
            name=op.f("fk_prevention_plan_risk_profile_id_risk_profile"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prevention_plan")),
    )
    with op.batch_alter_table("prevention_plan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_prevention_plan_city_id"), ["city_id"], unique=False)
        batch_op.create_index(
            "ix_prevention_plan_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_prevention_plan_risk_profile_id"), ["risk_profile_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_prevention_plan_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "risk_factor",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("profile_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "threat",
                "risk_factor",
                "protective_factor",
                name="factorkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("affected_communities", sa.Text(), nullable=True),
        sa.Column(
            "likelihood",
            sa.Enum("low", "medium", "high", name="level", native_enum=False, length=32),
            nullable=True,
        ),
        sa.Column(
            "impact",
            sa.Enum("low", "medium", "high", name="level", native_enum=False, length=32),
            nullable=True,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["risk_profile.id"],
            name=op.f("fk_risk_factor_profile_id_risk_profile"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_factor")),
    )
    with op.batch_alter_table("risk_factor", schema=None) as batch_op:
        batch_op.create_index(
            "ix_risk_factor_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_risk_factor_profile_id"), ["profile_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_risk_factor_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "support_grant",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("city_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=True),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "proposed",
                "approved",
                "disbursed",
                "completed",
                "cancelled",
                name="grantstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["city_id"],
            ["city.id"],
            name=op.f("fk_support_grant_city_id_city"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_support_grant_organisation_id_organisation"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_grant")),
    )
    with op.batch_alter_table("support_grant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_support_grant_city_id"), ["city_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_support_grant_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            "ix_support_grant_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_support_grant_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "consultation_finding",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("city_id", sa.Uuid(), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "concern",
                "threat",
                "existing_approach",
                "resource",
                "key_need",
                "priority",
                name="findingcategory",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "priority_area",
            sa.Enum(
                "prevention_mechanisms",
                "national_local_cooperation",
                "youth_participation",
                "women_participation",
                "marginalised_participation",
                "other",
                name="priorityarea",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["city_id"],
            ["city.id"],
            name=op.f("fk_consultation_finding_city_id_city"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_consultation_finding_meeting_id_meeting"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consultation_finding")),
    )
    with op.batch_alter_table("consultation_finding", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_consultation_finding_city_id"), ["city_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_consultation_finding_meeting_id"), ["meeting_id"], unique=False
        )
        batch_op.create_index(
            "ix_consultation_finding_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_consultation_finding_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "expert_advice",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("city_id", sa.Uuid(), nullable=False),
        sa.Column("expert_id", sa.Uuid(), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["city_id"],
            ["city.id"],
            name=op.f("fk_expert_advice_city_id_city"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["expert_id"],
            ["person.id"],
            name=op.f("fk_expert_advice_expert_id_person"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expert_advice")),
    )
    with op.batch_alter_table("expert_advice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_expert_advice_city_id"), ["city_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_expert_advice_expert_id"), ["expert_id"], unique=False)
        batch_op.create_index(
            "ix_expert_advice_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_expert_advice_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "plan_objective",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["prevention_plan.id"],
            name=op.f("fk_plan_objective_plan_id_prevention_plan"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_objective")),
    )
    with op.batch_alter_table("plan_objective", schema=None) as batch_op:
        batch_op.create_index(
            "ix_plan_objective_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_plan_objective_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_plan_objective_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "plan_source",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_plan_source_meeting_id_meeting"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["prevention_plan.id"],
            name=op.f("fk_plan_source_plan_id_prevention_plan"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_source")),
    )
    with op.batch_alter_table("plan_source", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_source_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(
            "ix_plan_source_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_plan_source_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_plan_source_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "risk_profile_source",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("profile_id", sa.Uuid(), nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_risk_profile_source_meeting_id_meeting"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["risk_profile.id"],
            name=op.f("fk_risk_profile_source_profile_id_risk_profile"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_profile_source")),
    )
    with op.batch_alter_table("risk_profile_source", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_risk_profile_source_meeting_id"), ["meeting_id"], unique=False
        )
        batch_op.create_index(
            "ix_risk_profile_source_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_risk_profile_source_profile_id"), ["profile_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_risk_profile_source_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "plan_action",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("created_counter", sa.BigInteger(), nullable=False),
        sa.Column("created_hlc", sa.BigInteger(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("objective_id", sa.Uuid(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("owner_organisation_id", sa.Uuid(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "in_progress",
                "done",
                "delayed",
                "dropped",
                name="planactionstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["objective_id"],
            ["plan_objective.id"],
            name=op.f("fk_plan_action_objective_id_plan_objective"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["person.id"],
            name=op.f("fk_plan_action_owner_id_person"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["owner_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_plan_action_owner_organisation_id_organisation"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["prevention_plan.id"],
            name=op.f("fk_plan_action_plan_id_prevention_plan"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_action")),
    )
    with op.batch_alter_table("plan_action", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_plan_action_objective_id"), ["objective_id"], unique=False
        )
        batch_op.create_index(
            "ix_plan_action_origin_created", ["origin_id", "created_counter"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_plan_action_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_plan_action_owner_organisation_id"),
            ["owner_organisation_id"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_plan_action_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_plan_action_updated_hlc"), ["updated_hlc"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("plan_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_action_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_plan_action_plan_id"))
        batch_op.drop_index(batch_op.f("ix_plan_action_owner_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_plan_action_owner_id"))
        batch_op.drop_index("ix_plan_action_origin_created")
        batch_op.drop_index(batch_op.f("ix_plan_action_objective_id"))

    op.drop_table("plan_action")
    with op.batch_alter_table("risk_profile_source", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_risk_profile_source_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_risk_profile_source_profile_id"))
        batch_op.drop_index("ix_risk_profile_source_origin_created")
        batch_op.drop_index(batch_op.f("ix_risk_profile_source_meeting_id"))

    op.drop_table("risk_profile_source")
    with op.batch_alter_table("plan_source", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_source_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_plan_source_plan_id"))
        batch_op.drop_index("ix_plan_source_origin_created")
        batch_op.drop_index(batch_op.f("ix_plan_source_meeting_id"))

    op.drop_table("plan_source")
    with op.batch_alter_table("plan_objective", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_objective_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_plan_objective_plan_id"))
        batch_op.drop_index("ix_plan_objective_origin_created")

    op.drop_table("plan_objective")
    with op.batch_alter_table("expert_advice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_expert_advice_updated_hlc"))
        batch_op.drop_index("ix_expert_advice_origin_created")
        batch_op.drop_index(batch_op.f("ix_expert_advice_expert_id"))
        batch_op.drop_index(batch_op.f("ix_expert_advice_city_id"))

    op.drop_table("expert_advice")
    with op.batch_alter_table("consultation_finding", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consultation_finding_updated_hlc"))
        batch_op.drop_index("ix_consultation_finding_origin_created")
        batch_op.drop_index(batch_op.f("ix_consultation_finding_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_consultation_finding_city_id"))

    op.drop_table("consultation_finding")
    with op.batch_alter_table("support_grant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_support_grant_updated_hlc"))
        batch_op.drop_index("ix_support_grant_origin_created")
        batch_op.drop_index(batch_op.f("ix_support_grant_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_support_grant_city_id"))

    op.drop_table("support_grant")
    with op.batch_alter_table("risk_factor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_risk_factor_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_risk_factor_profile_id"))
        batch_op.drop_index("ix_risk_factor_origin_created")

    op.drop_table("risk_factor")
    with op.batch_alter_table("prevention_plan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_prevention_plan_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_prevention_plan_risk_profile_id"))
        batch_op.drop_index("ix_prevention_plan_origin_created")
        batch_op.drop_index(batch_op.f("ix_prevention_plan_city_id"))

    op.drop_table("prevention_plan")
    with op.batch_alter_table("risk_profile", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_risk_profile_updated_hlc"))
        batch_op.drop_index("ix_risk_profile_origin_created")
        batch_op.drop_index(batch_op.f("ix_risk_profile_city_id"))

    op.drop_table("risk_profile")
    with op.batch_alter_table("indicator_target", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_target_updated_hlc"))
        batch_op.drop_index("ix_indicator_target_origin_created")
        batch_op.drop_index(batch_op.f("ix_indicator_target_indicator_id"))
        batch_op.drop_index(batch_op.f("ix_indicator_target_city_id"))

    op.drop_table("indicator_target")
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_updated_hlc"))
        batch_op.drop_index("ix_indicator_origin_created")

    op.drop_table("indicator")
