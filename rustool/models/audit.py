"""The audit log (logg over innsyn): append-only, never edited from the app, tamper-evident.

`client_id` is deliberately not a foreign key: the log must outlive a deleted client, and it
holds only the number, never the person's data.

Each event carries `hash`, the SHA-256 of its own fields and the previous event's hash (a hash
chain in id order, the first event chained to `GENESIS_HASH`): changing or removing an event
breaks the chain from there on (`rustool.services.audit.verify_chain`). SQLite triggers (made
by migration 0004) refuse UPDATE and DELETE on the table.
"""

from __future__ import annotations

import hashlib
import json
import weakref
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlmodel import Field, SQLModel, col

from rustool.models.types import LOCAL_DATETIME

GENESIS_HASH = "0" * 64
_CANONICAL = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def chain_hash(
    previous: str,
    at: datetime,
    user: str,
    action: str,
    entity: str,
    entity_id: int | None,
    client_id: int | None,
    detail: str | None,
) -> str:
    """The hex SHA-256 of one event's canonical form: its fields and the previous hash.

    Canonical: a compact JSON array (exact, unambiguous for any text), the time with
    microseconds as the database stores it.
    """
    canonical = _CANONICAL.encode(
        [
            previous,
            at.isoformat(sep=" ", timespec="microseconds"),
            user,
            action,
            entity,
            entity_id,
            client_id,
            detail,
        ]
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# The hash given to the previous row of the same INSERT statement (a bulk insert of many rows).
_last_in_statement: weakref.WeakKeyDictionary[DefaultExecutionContext, str] = (
    weakref.WeakKeyDictionary()
)


def _next_hash(context: DefaultExecutionContext) -> str:
    """Column default of `hash`, so every insert through SQLAlchemy is chained: one event from
    `log_event` (ORM) and a bulk `insert(AuditEvent)` of many rows (the demo data) alike.

    The previous hash is read on the inserting connection, inside the caller's transaction, so
    it sees this transaction's own earlier events. No two writers can chain onto the same event:
    SQLite has one writer at a time, and the unit of work's BEGIN (rustool.db `_on_begin`) is
    DEFERRED, not IMMEDIATE, but in WAL mode a transaction whose read snapshot is older than the
    latest commit cannot start writing (SQLITE_BUSY_SNAPSHOT; the whole unit of work rolls
    back). So the hash read here is the newest one until this transaction commits.
    """
    row = context.get_current_parameters()  # type: ignore[no-untyped-call]
    previous = _last_in_statement.get(context)
    if previous is None:
        latest = select(col(AuditEvent.hash)).order_by(col(AuditEvent.id).desc()).limit(1)
        previous = context.connection.execute(latest).scalar() or GENESIS_HASH
    digest = chain_hash(
        previous,
        row["at"],
        row["user"],
        row["action"],
        row["entity"],
        row.get("entity_id"),
        row.get("client_id"),
        row.get("detail"),
    )
    _last_in_statement[context] = digest
    return digest


class AuditEvent(SQLModel, table=True):
    __tablename__ = "audit_event"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(index=True, sa_type=LOCAL_DATETIME)
    user: str
    action: str  # view | create | update | delete | export | print
    entity: str
    entity_id: int | None = None
    client_id: int | None = Field(default=None, index=True)
    detail: str | None = None
    # Filled on insert by `_next_hash`; None only on an object not yet written.
    hash: str | None = Field(default=None, nullable=False, sa_column_kwargs={"default": _next_hash})
