"""The client aggregate: the client and what hangs on the client's record.

Field names follow ../shared/DOMAIN.md; they are also the case-file keys.
Children rows are deleted with their client (GDPR erasure removes everything).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from rustool.models.types import LOCAL_DATETIME

CLIENT_FK = "client.id"


class Client(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    given_name: str
    family_name: str
    # Derived from the names (Norwegian order, see domain.sorting); kept for an indexed sort.
    sort_name: str = Field(index=True)
    national_id: str | None = Field(default=None, unique=True)
    birth_date: date | None = Field(default=None, index=True)
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    postal_code: str | None = None
    city: str | None = None
    municipality: str | None = None
    preferred_language: str | None = None
    interpreter_needed: bool = False
    gp_name: str | None = None
    gp_office: str | None = None
    gp_phone: str | None = None
    nav_contact: str | None = None
    status: str = Field(default="active", index=True)
    closed_on: date | None = None
    closed_reason: str | None = None
    notes: str | None = None
    created_at: datetime = Field(sa_type=LOCAL_DATETIME)
    updated_at: datetime = Field(sa_type=LOCAL_DATETIME)
    # Optimistic locking: a save based on an older version is refused, never silently merged.
    version: int = 1


class NetworkPerson(SQLModel, table=True):
    __tablename__ = "network_person"

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key=CLIENT_FK, index=True, ondelete="CASCADE")
    name: str
    relation: str | None = None
    phone: str | None = None
    email: str | None = None
    is_next_of_kin: bool = False
    may_receive_information: bool = False
    notes: str | None = None
    version: int = 1


class Child(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key=CLIENT_FK, index=True, ondelete="CASCADE")
    name: str
    birth_date: date | None = None
    relation: str = "child"
    lives_with_client: bool = False
    caregiver: str | None = None
    followed_up_by: str | None = None
    notes: str | None = None
    version: int = 1


class Consent(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key=CLIENT_FK, index=True, ondelete="CASCADE")
    kind: str
    scope: str | None = None
    given_on: date
    expires_on: date | None = Field(default=None, index=True)  # the overview's query
    withdrawn_on: date | None = None
    form: str = "written"
    recorded_by: str | None = None
    version: int = 1


class Appointment(SQLModel, table=True):
    # A client's appointments in time order; the overview asks whether one is booked after a
    # discharge without reading the appointments themselves.
    __table_args__ = (Index("ix_appointment_client_starts", "client_id", "starts_at"),)

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key=CLIENT_FK, ondelete="CASCADE")
    starts_at: datetime = Field(index=True, sa_type=LOCAL_DATETIME)
    kind: str = "conversation"
    with_whom: str | None = None
    location: str | None = None
    notes: str | None = None
    done: bool = False
    version: int = 1
