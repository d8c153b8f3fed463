"""The responsibility group (*ansvarsgruppe*): members, meetings and their action items.

A client has at most one group, so members and meetings hang on the client directly. A
meeting's agenda (with the minutes per item) and attendance are JSON lists on the meeting:
they are written whole with it and read only with it. Action items are rows of their own,
because the overview asks for the ones due across all clients and a measure in the
individual plan points back at the one it came from.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel

from rustool.models.types import LOCAL_DATETIME


class GroupMember(SQLModel, table=True):
    __tablename__ = "group_member"

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id", index=True, ondelete="CASCADE")
    position: int = 0
    name: str
    role: str | None = None
    organization: str | None = None
    phone: str | None = None
    email: str | None = None
    is_coordinator: bool = False
    # Set when a member who is named in meetings leaves: the minutes keep naming a member.
    left_on: date | None = None
    version: int = 1


class GroupMeeting(SQLModel, table=True):
    __tablename__ = "group_meeting"
    # Ids are never reused: a plan measure names the meeting (and item) it came from. A
    # client's meetings in time order: the overview asks whether one follows a discharge or
    # the meeting whose minutes agreed the next one, from the index alone.
    __table_args__ = (
        Index("ix_group_meeting_client_starts", "client_id", "starts_at"),
        {"sqlite_autoincrement": True},
    )

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id", ondelete="CASCADE")
    starts_at: datetime = Field(sa_type=LOCAL_DATETIME, index=True)
    ends_at: datetime | None = Field(default=None, sa_type=LOCAL_DATETIME)
    location: str | None = None
    agenda: list[dict[str, Any]] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )
    attendance: list[dict[str, Any]] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )
    decisions: str | None = None
    # Indexed: the overview lists a next meeting agreed in the minutes but not yet planned.
    next_meeting_at: datetime | None = Field(default=None, sa_type=LOCAL_DATETIME, index=True)
    # The calendar invitation's identity: the same UID with a higher SEQUENCE updates the
    # entry a member already has instead of adding a second one.
    ics_uid: str
    ics_sequence: int = 0
    created_at: datetime = Field(sa_type=LOCAL_DATETIME)
    updated_at: datetime = Field(sa_type=LOCAL_DATETIME)
    version: int = 1


class ActionItem(SQLModel, table=True):
    __tablename__ = "action_item"
    # The overview asks for the open items due soon across all clients; most items are done.
    __table_args__ = (
        Index("ix_action_item_open_due", "done_on", "due_on"),
        {"sqlite_autoincrement": True},
    )

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="group_meeting.id", index=True, ondelete="CASCADE")
    client_id: int = Field(foreign_key="client.id", index=True, ondelete="CASCADE")
    position: int = 0
    description: str
    responsible: str | None = None  # a member's name, as in the case file
    due_on: date | None = Field(default=None, index=True)
    done_on: date | None = None
    # The individual-plan measure this item became (its `key` in the plan), if any.
    measure_key: str | None = Field(default=None, index=True)
