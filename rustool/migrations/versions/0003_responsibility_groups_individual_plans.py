"""responsibility groups and individual plans

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 14:38:05.156499
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
        "group_meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=True),
        sa.Column("location", sa.String(), nullable=True),
        sa.Column("agenda", sa.JSON(), nullable=False),
        sa.Column("attendance", sa.JSON(), nullable=False),
        sa.Column("decisions", sa.String(), nullable=True),
        sa.Column("next_meeting_at", sa.DateTime(), nullable=True),
        sa.Column("ics_uid", sa.String(), nullable=False),
        sa.Column("ics_sequence", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("group_meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_group_meeting_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_group_meeting_starts_at"), ["starts_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_group_meeting_next_meeting_at"), ["next_meeting_at"], unique=False
        )

    op.create_table(
        "group_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=True),
        sa.Column("organization", sa.String(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("email", sa.String(), nullable=True),
        sa.Column("is_coordinator", sa.Boolean(), nullable=False),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("group_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_group_member_client_id"), ["client_id"], unique=False)

    op.create_table(
        "individual_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("declined_on", sa.Date(), nullable=True),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("next_revision_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("client_id"),
    )
    with op.batch_alter_table("individual_plan", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_individual_plan_next_revision_on"), ["next_revision_on"], unique=False
        )

    op.create_table(
        "action_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("responsible", sa.String(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("measure_key", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["meeting_id"], ["group_meeting.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_item_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_item_due_on"), ["due_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_action_item_measure_key"), ["measure_key"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_action_item_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index("ix_action_item_open_due", ["done_on", "due_on"], unique=False)

    op.create_table(
        "plan_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("saved_by", sa.String(), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["individual_plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("plan_revision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_revision_plan_id"), ["plan_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("plan_revision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_revision_plan_id"))

    op.drop_table("plan_revision")
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index("ix_action_item_open_due")
        batch_op.drop_index(batch_op.f("ix_action_item_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_action_item_measure_key"))
        batch_op.drop_index(batch_op.f("ix_action_item_due_on"))
        batch_op.drop_index(batch_op.f("ix_action_item_client_id"))

    op.drop_table("action_item")
    with op.batch_alter_table("individual_plan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_individual_plan_next_revision_on"))

    op.drop_table("individual_plan")
    with op.batch_alter_table("group_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_member_client_id"))

    op.drop_table("group_member")
    with op.batch_alter_table("group_meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_meeting_next_meeting_at"))
        batch_op.drop_index(batch_op.f("ix_group_meeting_starts_at"))
        batch_op.drop_index(batch_op.f("ix_group_meeting_client_id"))

    op.drop_table("group_meeting")
