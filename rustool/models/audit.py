"""The audit log (logg over innsyn): append-only, never edited from the app.

`client_id` is deliberately not a foreign key: the log must outlive a deleted client, and it
holds only the number, never the person's data.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from rustool.models.types import LOCAL_DATETIME


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
