"""indexes for the day's overview: fewer pages read on every refresh

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 19:00:00.000000

With encryption every page SQLite reads from disk is decrypted and authenticated, so the
overview's queries are served by indexes that narrow (status with received_on or updated_at,
outcome with assessed_on) or answer alone (a client's appointments and meetings by time, a
discharge with its client). Single-column indexes that the new ones begin with are dropped.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# name: (table, columns)
NEW = {
    "ix_referral_status_received": ("referral", ["status", "received_on"]),
    "ix_referral_status_updated": ("referral", ["status", "updated_at"]),
    "ix_referral_outcome_assessed": ("referral", ["outcome", "assessed_on"]),
    "ix_referral_discharged": ("referral", ["discharged_on", "client_id", "withdrawn_on"]),
    "ix_appointment_client_starts": ("appointment", ["client_id", "starts_at"]),
    "ix_group_meeting_client_starts": ("group_meeting", ["client_id", "starts_at"]),
}
OLD = {
    "ix_referral_status": ("referral", ["status"]),
    "ix_referral_assessed_on": ("referral", ["assessed_on"]),
    "ix_referral_discharged_on": ("referral", ["discharged_on"]),
    "ix_appointment_client_id": ("appointment", ["client_id"]),
    "ix_group_meeting_client_id": ("group_meeting", ["client_id"]),
}


def _replace(
    drop: dict[str, tuple[str, list[str]]], create: dict[str, tuple[str, list[str]]]
) -> None:
    for name, (table, columns) in create.items():
        op.create_index(name, table, columns, unique=False)
    for name, (table, _columns) in drop.items():
        op.drop_index(name, table_name=table)


def upgrade() -> None:
    _replace(drop=OLD, create=NEW)


def downgrade() -> None:
    _replace(drop=NEW, create=OLD)
