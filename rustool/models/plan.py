"""The individual plan (*individuell plan*, IP) and its saved revisions.

The plan is one JSON document (DOMAIN.md's shape, see `rustool.domain.plan_rules`): it is
edited, validated, exported and revised whole. Goals and measures carry a `key` of the
service's own, so an ansvarsgruppe action item can point at the measure it became while the
plan around it changes. The few fields the overview asks across clients are columns.
Every save also writes a `PlanRevision`, so each earlier version stays readable with who
saved it, when, and what changed.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

from rustool.models.types import LOCAL_DATETIME


class IndividualPlan(SQLModel, table=True):
    __tablename__ = "individual_plan"

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id", unique=True, ondelete="CASCADE")
    # Set when the client declined the plan: `content` then holds only the koordinator record.
    declined_on: date | None = None
    content: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    status: str = "active"
    next_revision_on: date | None = Field(default=None, index=True)
    created_at: datetime = Field(sa_type=LOCAL_DATETIME)
    updated_at: datetime = Field(sa_type=LOCAL_DATETIME)
    version: int = 1


class PlanRevision(SQLModel, table=True):
    __tablename__ = "plan_revision"

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="individual_plan.id", index=True, ondelete="CASCADE")
    number: int
    saved_at: datetime = Field(sa_type=LOCAL_DATETIME)
    saved_by: str
    content: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    # The Norwegian change lines against the revision before (`plan_rules.plan_changes`).
    changes: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
