"""The client register: what a consultant does with a client's record.

Every function is one transaction; every function that reads a record, or creates, changes or
deletes client data, writes its audit event in that same transaction.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import text
from sqlmodel import Session, col, select

from rustool.db import Database
from rustool.domain.client_rules import CLIENT_FIELDS, validate_client
from rustool.domain.records import FieldError, ValidationError
from rustool.domain.sorting import client_sort_name
from rustool.models import Appointment, Child, Client, Consent, NetworkPerson
from rustool.services.audit import log_event
from rustool.services.errors import ConflictError, NotFoundError

StatusFilter = Literal["active", "closed", "all"]
SortColumn = Literal["name", "national_id", "birth_date", "phone", "status"]

# The fields a user edits in the client dialog; status and closing have their own actions.
CASE_FIELDS = ("status", "closed_on", "closed_reason")
EDITABLE_FIELDS = tuple(spec.name for spec in CLIENT_FIELDS if spec.name not in CASE_FIELDS)

_SORT_SQL: dict[str, str] = {
    "name": "c.sort_name",
    "national_id": "c.national_id",
    "birth_date": "c.birth_date",
    "phone": "c.phone",
    "status": "c.status",
}


@dataclass(frozen=True)
class ClientRow:
    """One line of the client list."""

    id: int
    given_name: str
    family_name: str
    national_id: str | None
    birth_date: dt.date | None
    phone: str | None
    status: str


@dataclass(frozen=True)
class ClientRecord:
    """Everything on a client's record, as the client view shows it."""

    client: Client
    network: list[NetworkPerson]
    children: list[Child]
    consents: list[Consent]
    appointments: list[Appointment]


def _get_client(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise NotFoundError("client", client_id)
    return client


def refuse_duplicate_national_id(
    session: Session, national_id: str | None, own_id: int | None, field: str = "national_id"
) -> None:
    """A national id belongs to one client; the refusal names who already has it."""
    if national_id is None:
        return
    other = session.exec(select(Client).where(Client.national_id == national_id)).first()
    if other is not None and other.id != own_id:
        raise ValidationError(
            [
                FieldError(
                    field,
                    "duplicate",
                    f"is already registered for {other.given_name} {other.family_name} "
                    f"(client {other.id})",
                )
            ]
        )


def insert_client(
    session: Session,
    clean: dict[str, Any],
    created_at: dt.datetime,
    updated_at: dt.datetime | None = None,
) -> Client:
    """Add a validated client inside an open transaction.

    Import passes the timestamps from the case file, so a re-imported record is the same record.
    """
    refuse_duplicate_national_id(session, clean["national_id"], None)
    client = Client(
        **clean,
        sort_name=client_sort_name(clean["family_name"], clean["given_name"]),
        created_at=created_at,
        updated_at=updated_at or created_at,
    )
    session.add(client)
    session.flush()
    assert client.id is not None
    log_event(session, "create", "client", client.id, client.id)
    return client


def create_client(db: Database, data: dict[str, Any]) -> Client:
    clean = validate_client(data)
    with db.session() as session:
        return insert_client(session, clean, dt.datetime.now())


def get_client(db: Database, client_id: int) -> Client:
    """The client alone, for an edit dialog; audited as a view."""
    with db.session() as session:
        client = _get_client(session, client_id)
        log_event(session, "view", "client", client_id, client_id)
        return client


def open_client(db: Database, client_id: int) -> ClientRecord:
    """The whole record, for the client view; audited as a view."""
    with db.session() as session:
        client = _get_client(session, client_id)

        def rows(model: Any, order: Any) -> list[Any]:
            query = select(model).where(model.client_id == client_id).order_by(order, model.id)
            return list(session.exec(query))

        record = ClientRecord(
            client=client,
            network=rows(NetworkPerson, col(NetworkPerson.name)),
            children=rows(Child, col(Child.birth_date)),
            consents=rows(Consent, col(Consent.given_on).desc()),
            appointments=rows(Appointment, col(Appointment.starts_at).desc()),
        )
        log_event(session, "view", "client", client_id, client_id)
        return record


def _check_version(client: Client, expected_version: int) -> None:
    if client.version != expected_version:
        assert client.id is not None
        raise ConflictError("client", client.id)


def _apply(session: Session, client: Client, changes: dict[str, Any]) -> list[str]:
    changed = [name for name, value in changes.items() if getattr(client, name) != value]
    for name in changed:
        setattr(client, name, changes[name])
    if changed:
        client.sort_name = client_sort_name(client.family_name, client.given_name)
        client.updated_at = dt.datetime.now()
        client.version += 1
        session.add(client)
        session.flush()
    return changed


def update_client(
    db: Database, client_id: int, data: dict[str, Any], expected_version: int
) -> Client:
    """Save the client dialog. Status and closing are kept; they have their own actions."""
    with db.session() as session:
        client = _get_client(session, client_id)
        _check_version(client, expected_version)
        merged = {name: data.get(name) for name in EDITABLE_FIELDS}
        merged.update({name: getattr(client, name) for name in CASE_FIELDS})
        clean = validate_client(merged)
        refuse_duplicate_national_id(session, clean["national_id"], client_id)
        changed = _apply(session, client, clean)
        if changed:
            log_event(
                session, "update", "client", client_id, client_id, "fields: " + ", ".join(changed)
            )
        return client


def close_case(
    db: Database,
    client_id: int,
    closed_on: dt.date | str | None,
    reason: str | None,
    expected_version: int,
) -> Client:
    with db.session() as session:
        client = _get_client(session, client_id)
        _check_version(client, expected_version)
        if client.status == "closed":
            raise ValidationError(
                [FieldError("status", "already_closed", "the case is already closed")]
            )
        data = {name: getattr(client, name) for name in EDITABLE_FIELDS}
        data.update(status="closed", closed_on=closed_on, closed_reason=reason)
        clean = validate_client(data)
        if clean["closed_on"] > dt.date.today():
            raise ValidationError([FieldError("closed_on", "future", "must not be in the future")])
        _apply(session, client, clean)
        log_event(session, "update", "client", client_id, client_id, "case closed")
        return client


def reopen_case(db: Database, client_id: int, expected_version: int) -> Client:
    with db.session() as session:
        client = _get_client(session, client_id)
        _check_version(client, expected_version)
        if client.status != "closed":
            raise ValidationError([FieldError("status", "not_closed", "the case is not closed")])
        _apply(session, client, {"status": "active", "closed_on": None, "closed_reason": None})
        log_event(session, "update", "client", client_id, client_id, "case reopened")
        return client


def delete_client(db: Database, client_id: int) -> None:
    """GDPR erasure: the client and everything on the record, for good.

    The audit log keeps that a deletion happened (the client number, who, when), nothing more.
    """
    with db.session() as session:
        client = _get_client(session, client_id)
        session.delete(client)  # network, children, consents, appointments go by ON DELETE CASCADE
        session.flush()
        # Rewrite the search index so the erased names do not linger in its older segments.
        session.connection().execute(
            text("INSERT INTO client_search(client_search) VALUES('optimize')")
        )
        log_event(session, "delete", "client", client_id, client_id, "client and record erased")
    db.checkpoint()


_TOKEN = re.compile(r"\w+", re.UNICODE)


def _match_expression(search: str) -> str | None:
    """Each word typed must prefix-match a word of the name, national id or phone."""
    tokens = _TOKEN.findall(search)
    if not tokens:
        return None
    return " ".join(f'"{token}"*' for token in tokens)


def _where(search: str, status: StatusFilter) -> tuple[str, dict[str, Any]]:
    params: dict[str, Any] = {}
    conditions = []
    match = _match_expression(search)
    if match is not None:
        # A subquery, not a join: with a join SQLite may run the full-text match once per client.
        conditions.append(
            "c.id IN (SELECT rowid FROM client_search WHERE client_search MATCH :match)"
        )
        params["match"] = match
    if status != "all":
        conditions.append("c.status = :status")
        params["status"] = status
    return ("WHERE " + " AND ".join(conditions)) if conditions else "", params


def search_clients(
    db: Database,
    search: str = "",
    status: StatusFilter = "active",
    sort: SortColumn = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[ClientRow]:
    """One page of the client list. Not audited: a list line is not an opened record."""
    where, params = _where(search, status)
    direction = "DESC" if descending else "ASC"
    order = f"{_SORT_SQL[sort]} {direction}, c.sort_name {direction}, c.id {direction}"
    sql = (
        "SELECT c.id, c.given_name, c.family_name, c.national_id, c.birth_date, c.phone, c.status "
        f"FROM client c {where} ORDER BY {order} LIMIT :limit OFFSET :offset"
    )
    params.update(limit=limit, offset=offset)
    with db.session() as session:
        result = session.connection().execute(text(sql), params)
        return [
            ClientRow(
                id=row.id,
                given_name=row.given_name,
                family_name=row.family_name,
                national_id=row.national_id,
                birth_date=dt.date.fromisoformat(row.birth_date) if row.birth_date else None,
                phone=row.phone,
                status=row.status,
            )
            for row in result
        ]


def count_clients(db: Database, search: str = "", status: StatusFilter = "active") -> int:
    where, params = _where(search, status)
    with db.session() as session:
        sql = f"SELECT count(*) FROM client c {where}"
        return int(session.connection().execute(text(sql), params).scalar_one())
