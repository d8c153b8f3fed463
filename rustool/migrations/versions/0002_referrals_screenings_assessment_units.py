"""referrals, screenings, assessment units

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 13:09:00.097933
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
        "assessment_unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("department", sa.String(), nullable=True),
        sa.Column("address", sa.String(), nullable=True),
        sa.Column("postal_code", sa.String(), nullable=True),
        sa.Column("city", sa.String(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "referral",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("recipient_name", sa.String(), nullable=True),
        sa.Column("recipient_department", sa.String(), nullable=True),
        sa.Column("recipient_address", sa.String(), nullable=True),
        sa.Column("recipient_postal_code", sa.String(), nullable=True),
        sa.Column("recipient_city", sa.String(), nullable=True),
        sa.Column("recipient_phone", sa.String(), nullable=True),
        sa.Column("referrer_name", sa.String(), nullable=True),
        sa.Column("referrer_title", sa.String(), nullable=True),
        sa.Column("referrer_organization", sa.String(), nullable=True),
        sa.Column("referrer_phone", sa.String(), nullable=True),
        sa.Column("referrer_email", sa.String(), nullable=True),
        sa.Column("copy_to_gp", sa.Boolean(), nullable=False),
        sa.Column("municipal_contact", sa.String(), nullable=True),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("substance_use", sa.JSON(), nullable=False),
        sa.Column("wizard_page", sa.Integer(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("sent_method", sa.String(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("assessed_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.String(), nullable=True),
        sa.Column("treatment_level", sa.String(), nullable=True),
        sa.Column("treatment_place", sa.String(), nullable=True),
        sa.Column("start_deadline", sa.Date(), nullable=True),
        sa.Column("complaint_filed_on", sa.Date(), nullable=True),
        sa.Column("treatment_started_on", sa.Date(), nullable=True),
        sa.Column("discharged_on", sa.Date(), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referral_assessed_on"), ["assessed_on"], unique=False)
        batch_op.create_index(
            "ix_referral_start_pending", ["treatment_started_on", "start_deadline"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_referral_client_id"), ["client_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_referral_discharged_on"), ["discharged_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_referral_received_on"), ["received_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_referral_status"), ["status"], unique=False)

    op.create_table(
        "screening",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("instrument", sa.String(), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("zone", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("screening", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_screening_client_id"), ["client_id"], unique=False)

    op.create_table(
        "referral_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.Integer(), nullable=False),
        sa.Column("event", sa.String(), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["referral_id"], ["referral.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("referral_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_referral_event_referral_id"), ["referral_id"], unique=False
        )

    op.create_table(
        "referral_screening",
        sa.Column("referral_id", sa.Integer(), nullable=False),
        sa.Column("screening_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["referral_id"], ["referral.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["screening_id"], ["screening.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("referral_id", "screening_id"),
    )

    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consent_expires_on"), ["expires_on"], unique=False)

    # The directory starts with the unit named in the seed pages (Helse Møre og Romsdal).
    units = sa.table(
        "assessment_unit",
        sa.column("name", sa.String()),
        sa.column("department", sa.String()),
        sa.column("address", sa.String()),
        sa.column("postal_code", sa.String()),
        sa.column("city", sa.String()),
        sa.column("phone", sa.String()),
        sa.column("version", sa.Integer()),
    )
    op.bulk_insert(
        units,
        [
            {
                "name": "Ålesund behandlingssenter",
                "department": "Avdeling for tverrfaglig spesialisert rusbehandling (TSB)",
                "address": "Vestmoa 27",
                "postal_code": "6018",
                "city": "Ålesund",
                "phone": "70 17 13 62",
                "version": 1,
            }
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_expires_on"))
    op.drop_table("referral_screening")
    with op.batch_alter_table("referral_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_event_referral_id"))

    op.drop_table("referral_event")
    with op.batch_alter_table("screening", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_screening_client_id"))

    op.drop_table("screening")
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_status"))
        batch_op.drop_index(batch_op.f("ix_referral_received_on"))
        batch_op.drop_index(batch_op.f("ix_referral_discharged_on"))
        batch_op.drop_index(batch_op.f("ix_referral_assessed_on"))
        batch_op.drop_index("ix_referral_start_pending")
        batch_op.drop_index(batch_op.f("ix_referral_client_id"))

    op.drop_table("referral")
    op.drop_table("assessment_unit")
