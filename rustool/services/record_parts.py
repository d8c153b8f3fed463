"""The lists on a client's record: network, children, consents, appointments.

The four work alike (add, change, remove; validated; versioned; audited), so one set of
functions serves them, chosen by `Part`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlmodel import Session, SQLModel

from rustool.db import Database
from rustool.domain.client_rules import (
    validate_appointment,
    validate_child,
    validate_consent,
    validate_network,
)
from rustool.models import Appointment, Child, Client, Consent, NetworkPerson
from rustool.services.audit import log_event
from rustool.services.errors import ConflictError, NotFoundError
from rustool.services.settings import current_user


class Part(StrEnum):
    """The list's name is also its key in the case file."""

    NETWORK = "network"
    CHILDREN = "children"
    CONSENTS = "consents"
    APPOINTMENTS = "appointments"


@dataclass(frozen=True)
class PartKind:
    model: type[SQLModel]
    entity: str
    validate: Callable[..., dict[str, Any]]


PART_KINDS: dict[Part, PartKind] = {
    Part.NETWORK: PartKind(NetworkPerson, "network_person", validate_network),
    Part.CHILDREN: PartKind(Child, "child", validate_child),
    Part.CONSENTS: PartKind(Consent, "consent", validate_consent),
    Part.APPOINTMENTS: PartKind(Appointment, "appointment", validate_appointment),
}


def clean_part(part: Part, data: dict[str, Any], path: str = "") -> dict[str, Any]:
    return PART_KINDS[part].validate(data, path)


def insert_part(session: Session, part: Part, client_id: int, clean: dict[str, Any]) -> Any:
    """Add a validated row inside an open transaction (also used by import)."""
    kind = PART_KINDS[part]
    if part is Part.CONSENTS and not clean.get("recorded_by"):
        clean = {**clean, "recorded_by": current_user(session)}
    row = kind.model(client_id=client_id, **clean)
    session.add(row)
    session.flush()
    log_event(session, "create", kind.entity, row.id, client_id)  # type: ignore[attr-defined]
    return row


def add_part(db: Database, part: Part, client_id: int, data: dict[str, Any]) -> Any:
    clean = clean_part(part, data)
    with db.session() as session:
        if session.get(Client, client_id) is None:
            raise NotFoundError("client", client_id)
        return insert_part(session, part, client_id, clean)


def _get(session: Session, part: Part, row_id: int) -> Any:
    kind = PART_KINDS[part]
    row = session.get(kind.model, row_id)
    if row is None:
        raise NotFoundError(kind.entity, row_id)
    return row


def update_part(
    db: Database, part: Part, row_id: int, data: dict[str, Any], expected_version: int
) -> Any:
    kind = PART_KINDS[part]
    clean = clean_part(part, data)
    with db.session() as session:
        row = _get(session, part, row_id)
        if row.version != expected_version:
            raise ConflictError(kind.entity, row_id)
        changed = [name for name, value in clean.items() if getattr(row, name) != value]
        if changed:
            for name in changed:
                setattr(row, name, clean[name])
            row.version += 1
            session.add(row)
            log_event(
                session,
                "update",
                kind.entity,
                row_id,
                row.client_id,
                "fields: " + ", ".join(changed),
            )
        return row


def remove_part(db: Database, part: Part, row_id: int) -> None:
    kind = PART_KINDS[part]
    with db.session() as session:
        row = _get(session, part, row_id)
        session.delete(row)
        log_event(session, "delete", kind.entity, row_id, row.client_id)


def set_appointment_done(db: Database, appointment_id: int, done: bool = True) -> Appointment:
    with db.session() as session:
        row: Appointment = _get(session, Part.APPOINTMENTS, appointment_id)
        if row.done != done:
            row.done = done
            row.version += 1
            session.add(row)
            log_event(
                session, "update", "appointment", appointment_id, row.client_id, "fields: done"
            )
        return row
