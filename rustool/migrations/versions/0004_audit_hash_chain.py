"""audit log: hash chain over the events, append-only triggers

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 16:10:00.000000

Existing events are chained in id order, as if they had been written with their hash. The
triggers refuse UPDATE and DELETE of audit rows to the application. A later migration that
rebuilds `audit_event` in batch mode (copy and rename) drops the triggers with the old table
and must create them again.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from rustool.models.audit import GENESIS_HASH, chain_hash

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIGGERS = {
    "audit_event_no_update": (
        "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event BEGIN "
        "SELECT RAISE(ABORT, 'the audit log is append-only: an audit_event row cannot be "
        "changed'); END"
    ),
    "audit_event_no_delete": (
        "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event BEGIN "
        "SELECT RAISE(ABORT, 'the audit log is append-only: an audit_event row cannot be "
        "deleted'); END"
    ),
}

_events = sa.table(
    "audit_event",
    sa.column("id", sa.Integer()),
    sa.column("at", sa.DateTime()),
    sa.column("user", sa.String()),
    sa.column("action", sa.String()),
    sa.column("entity", sa.String()),
    sa.column("entity_id", sa.Integer()),
    sa.column("client_id", sa.Integer()),
    sa.column("detail", sa.String()),
    sa.column("hash", sa.String()),
)


def _chain_existing_events() -> None:
    connection = op.get_bind()
    previous = GENESIS_HASH
    hashes: list[dict[str, object]] = []
    for row in connection.execute(sa.select(_events).order_by(_events.c.id)):
        previous = chain_hash(
            previous,
            row.at,
            row.user,
            row.action,
            row.entity,
            row.entity_id,
            row.client_id,
            row.detail,
        )
        hashes.append({"event_id": row.id, "event_hash": previous})
    if hashes:
        connection.execute(
            _events.update()
            .where(_events.c.id == sa.bindparam("event_id"))
            .values(hash=sa.bindparam("event_hash")),
            hashes,
        )


def upgrade() -> None:
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("hash", sa.String(), nullable=True))
    _chain_existing_events()
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.alter_column("hash", existing_type=sa.String(), nullable=False)
    for statement in TRIGGERS.values():
        op.execute(statement)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_column("hash")
