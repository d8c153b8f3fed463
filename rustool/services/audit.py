"""Writing and reading the audit log. Writes happen inside the caller's transaction."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from rustool.db import Database
from rustool.models import AuditEvent
from rustool.services.settings import current_user

ACTIONS = ("view", "create", "update", "delete", "export", "print")


def log_event(
    session: Session,
    action: str,
    entity: str,
    entity_id: int | None,
    client_id: int | None,
    detail: str | None = None,
) -> None:
    """Append one event. `detail` names fields or counts, never the person's data."""
    assert action in ACTIONS, action
    session.add(
        AuditEvent(
            at=datetime.now(),
            user=current_user(session),
            action=action,
            entity=entity,
            entity_id=entity_id,
            client_id=client_id,
            detail=detail,
        )
    )


def audit_events(db: Database, client_id: int | None = None) -> list[AuditEvent]:
    with db.session() as session:
        query = select(AuditEvent).order_by(col(AuditEvent.id))
        if client_id is not None:
            query = query.where(AuditEvent.client_id == client_id)
        return list(session.exec(query))
