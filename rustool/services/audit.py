"""Writing and reading the audit log. Writes happen inside the caller's transaction."""

from __future__ import annotations

from datetime import datetime, timedelta

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
    *,
    coalesce: timedelta | None = None,
) -> None:
    """Append one event. `detail` names fields or counts, never the person's data.

    With `coalesce`, an event that repeats the client's latest one (same user, action and
    record) within that time is not written again: a draft saved as the user types is logged
    as one change per sitting, not one per keystroke pause.
    """
    assert action in ACTIONS, action
    now = datetime.now()
    user = current_user(session)
    if coalesce is not None and client_id is not None:
        latest = session.exec(
            select(AuditEvent)
            .where(AuditEvent.client_id == client_id)
            .order_by(col(AuditEvent.id).desc())
            .limit(1)
        ).first()
        if (
            latest is not None
            and (latest.action, latest.entity, latest.entity_id, latest.user)
            == (action, entity, entity_id, user)
            and now - latest.at < coalesce
        ):
            return
    session.add(
        AuditEvent(
            at=now,
            user=user,
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
