"""initial: clients, network, children, consents, appointments, audit log, settings

Revision ID: 0001
Revises:
Create Date: 2026-11-23 12:14:30.294709
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
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_event_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_event_client_id"), ["client_id"], unique=False)

    op.create_table(
        "client",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("given_name", sa.String(), nullable=False),
        sa.Column("family_name", sa.String(), nullable=False),
        sa.Column("sort_name", sa.String(), nullable=False),
        sa.Column("national_id", sa.String(), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("email", sa.String(), nullable=True),
        sa.Column("address", sa.String(), nullable=True),
        sa.Column("postal_code", sa.String(), nullable=True),
        sa.Column("city", sa.String(), nullable=True),
        sa.Column("municipality", sa.String(), nullable=True),
        sa.Column("preferred_language", sa.String(), nullable=True),
        sa.Column("interpreter_needed", sa.Boolean(), nullable=False),
        sa.Column("gp_name", sa.String(), nullable=True),
        sa.Column("gp_office", sa.String(), nullable=True),
        sa.Column("gp_phone", sa.String(), nullable=True),
        sa.Column("nav_contact", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("closed_reason", sa.String(), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("national_id"),
    )
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_client_sort_name"), ["sort_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_client_birth_date"), ["birth_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_client_status"), ["status"], unique=False)

    op.create_table(
        "setting",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "appointment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("with_whom", sa.String(), nullable=True),
        sa.Column("location", sa.String(), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_appointment_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_appointment_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "child",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("relation", sa.String(), nullable=False),
        sa.Column("lives_with_client", sa.Boolean(), nullable=False),
        sa.Column("caregiver", sa.String(), nullable=True),
        sa.Column("followed_up_by", sa.String(), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("child", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_child_client_id"), ["client_id"], unique=False)

    op.create_table(
        "consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("scope", sa.String(), nullable=True),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("form", sa.String(), nullable=False),
        sa.Column("recorded_by", sa.String(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consent_client_id"), ["client_id"], unique=False)

    op.create_table(
        "network_person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("relation", sa.String(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("email", sa.String(), nullable=True),
        sa.Column("is_next_of_kin", sa.Boolean(), nullable=False),
        sa.Column("may_receive_information", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.String(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("network_person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_network_person_client_id"), ["client_id"], unique=False
        )

    # Search-as-you-type. Its own copy of the searchable fields (phone as digits only, so
    # "91234" finds "912 34 567"); remove_diacritics 0 keeps å, ø and æ distinct letters.
    op.execute(
        "CREATE VIRTUAL TABLE client_search USING fts5("
        "name, national_id, phone, tokenize = 'unicode61 remove_diacritics 0', "
        # Prefix indexes: the first keystrokes ("9", "91") match tens of thousands of numbers.
        "prefix = '1 2 3')"
    )
    searchable = (
        "new.id, coalesce(new.given_name, '') || ' ' || coalesce(new.family_name, ''), "
        "coalesce(new.national_id, ''), "
        "replace(replace(replace(coalesce(new.phone, ''), ' ', ''), '-', ''), '+', '')"
    )
    op.execute(
        "CREATE TRIGGER client_search_insert AFTER INSERT ON client BEGIN "
        f"INSERT INTO client_search(rowid, name, national_id, phone) VALUES ({searchable}); END"
    )
    op.execute(
        "CREATE TRIGGER client_search_update AFTER UPDATE ON client BEGIN "
        "DELETE FROM client_search WHERE rowid = old.id; "
        f"INSERT INTO client_search(rowid, name, national_id, phone) VALUES ({searchable}); END"
    )
    op.execute(
        "CREATE TRIGGER client_search_delete AFTER DELETE ON client BEGIN "
        "DELETE FROM client_search WHERE rowid = old.id; END"
    )


def downgrade() -> None:
    for trigger in ("client_search_insert", "client_search_update", "client_search_delete"):
        op.execute(f"DROP TRIGGER {trigger}")
    op.execute("DROP TABLE client_search")
    with op.batch_alter_table("network_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_network_person_client_id"))

    op.drop_table("network_person")
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_client_id"))

    op.drop_table("consent")
    with op.batch_alter_table("child", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_child_client_id"))

    op.drop_table("child")
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appointment_starts_at"))
        batch_op.drop_index(batch_op.f("ix_appointment_client_id"))

    op.drop_table("appointment")
    op.drop_table("setting")
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_client_status"))
        batch_op.drop_index(batch_op.f("ix_client_sort_name"))
        batch_op.drop_index(batch_op.f("ix_client_birth_date"))

    op.drop_table("client")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_event_client_id"))
        batch_op.drop_index(batch_op.f("ix_audit_event_at"))

    op.drop_table("audit_event")
