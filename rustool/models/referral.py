"""The referral aggregate: referrals with their history, and the directory of assessment units.

The checklist content (TSB or LAR, dozens of free-text answers) and the substance-use rows are
JSON documents on the referral: a draft is saved whole as the user types, validated by
`rustool.domain.referral_rules`, and needs no schema change when the checklists change.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel

from rustool.models.types import LOCAL_DATETIME


class AssessmentUnit(SQLModel, table=True):
    """A vurderingsinstans a referral can be sent to; the user extends the directory."""

    __tablename__ = "assessment_unit"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    department: str | None = None
    address: str | None = None
    postal_code: str | None = None
    city: str | None = None
    phone: str | None = None
    version: int = 1


class Referral(SQLModel, table=True):
    # The day's overview reads few rows through these (it runs on every refresh, and an
    # encrypted page read from disk is decrypted again): granted referrals whose treatment
    # has not started; referrals received a week ago or more; drafts untouched for a while;
    # rejections still open to complaint; discharges whose follow-up is checked from the
    # index alone (client and withdrawal in it).
    __table_args__ = (
        Index("ix_referral_start_pending", "treatment_started_on", "start_deadline"),
        Index("ix_referral_status_received", "status", "received_on"),
        Index("ix_referral_status_updated", "status", "updated_at"),
        Index("ix_referral_outcome_assessed", "outcome", "assessed_on"),
        Index("ix_referral_discharged", "discharged_on", "client_id", "withdrawn_on"),
    )

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id", index=True, ondelete="CASCADE")
    kind: str  # tsb | lar
    status: str = "draft"
    # Where it goes, copied from the directory: the referral keeps the address it was sent to.
    recipient_name: str | None = None
    recipient_department: str | None = None
    recipient_address: str | None = None
    recipient_postal_code: str | None = None
    recipient_city: str | None = None
    recipient_phone: str | None = None
    referrer_name: str | None = None
    referrer_title: str | None = None
    referrer_organization: str | None = None
    referrer_phone: str | None = None
    referrer_email: str | None = None
    copy_to_gp: bool = True
    municipal_contact: str | None = None
    content: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    substance_use: list[dict[str, Any]] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )
    # The wizard page the user was on, so a draft resumes where it was left.
    wizard_page: int = 0
    sent_on: date | None = None
    sent_method: str | None = None
    received_on: date | None = Field(default=None, index=True)
    assessed_on: date | None = None
    outcome: str | None = None
    treatment_level: str | None = None
    treatment_place: str | None = None
    start_deadline: date | None = None
    complaint_filed_on: date | None = None
    treatment_started_on: date | None = None
    discharged_on: date | None = None
    withdrawn_on: date | None = None
    created_at: datetime = Field(sa_type=LOCAL_DATETIME)
    updated_at: datetime = Field(sa_type=LOCAL_DATETIME)
    version: int = 1


class ReferralEvent(SQLModel, table=True):
    """One dated step in a referral's life (sent, received, assessed, ...), kept as history."""

    __tablename__ = "referral_event"

    id: int | None = Field(default=None, primary_key=True)
    referral_id: int = Field(foreign_key="referral.id", index=True, ondelete="CASCADE")
    event: str
    on: date
    recorded_at: datetime = Field(sa_type=LOCAL_DATETIME)
    recorded_by: str
    details: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class Screening(SQLModel, table=True):
    """An AUDIT or DUDIT result; score and zone are computed from the answers when saved."""

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id", index=True, ondelete="CASCADE")
    instrument: str
    taken_on: date
    answers: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    score: int
    zone: str
    version: int = 1


class ReferralScreening(SQLModel, table=True):
    """A screening result attached to a referral (listed in its attachments and its PDF)."""

    __tablename__ = "referral_screening"

    referral_id: int = Field(foreign_key="referral.id", primary_key=True, ondelete="CASCADE")
    screening_id: int = Field(foreign_key="screening.id", primary_key=True, ondelete="CASCADE")
