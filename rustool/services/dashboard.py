"""The day's overview: what needs attention across the caseload, most urgent first.

Each kind of item is one query that lets the database narrow 200,000 referrals down to the few
that matter, then the deadline rules (working days, holidays) decide. Items are coded; the
window words them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from sqlalchemy import exists, select
from sqlmodel import Session, col

from rustool.db import Database
from rustool.domain.client_rules import CONSENT_EXPIRY_WARNING_DAYS
from rustool.domain.deadlines import (
    POST_DISCHARGE_WINDOW,
    assessment_due,
    complaint_due,
    working_days_until,
)
from rustool.models import Appointment, Client, Consent, Referral

ASSESSMENT_SOON_WORKING_DAYS = 2
COMPLAINT_SOON_DAYS = 7
STALE_DRAFT_DAYS = 14


class Attention(IntEnum):
    """Kinds of item; the value is the order of urgency (lowest first)."""

    ASSESSMENT_OVERDUE = 1
    START_OVERDUE = 2
    POST_DISCHARGE_NO_FOLLOW_UP = 3
    ASSESSMENT_DUE_SOON = 4
    COMPLAINT_DUE_SOON = 5
    CONSENT_EXPIRING = 6
    STALE_DRAFT = 7


@dataclass(frozen=True)
class DashboardItem:
    attention: Attention
    client_id: int
    client_name: str
    date: dt.date  # the deadline, the discharge, the expiry, the last change
    referral_id: int | None = None
    consent_id: int | None = None
    referral_kind: str | None = None

    @property
    def sort_key(self) -> tuple[int, dt.date, str]:
        return (int(self.attention), self.date, self.client_name)


def _name(row: Any) -> str:
    return f"{row.given_name} {row.family_name}"


def _active_only(rows: Any) -> list[Any]:
    # Closed cases are left out here rather than in SQL: a condition on the client's status
    # lets SQLite start from 85,000 active clients instead of the few referrals that qualify.
    return [row for row in rows if row.client_status == "active"]


def _referral_rows(session: Session, *conditions: Any) -> list[Any]:
    query = (
        select(
            col(Referral.id),
            col(Referral.client_id),
            col(Referral.kind),
            col(Referral.received_on),
            col(Referral.assessed_on),
            col(Referral.start_deadline),
            col(Referral.discharged_on),
            col(Referral.updated_at),
            col(Client.given_name),
            col(Client.family_name),
            col(Client.status).label("client_status"),
        )
        .join(Client, col(Client.id) == col(Referral.client_id))
        .where(col(Referral.withdrawn_on).is_(None), *conditions)
    )
    return _active_only(session.connection().execute(query))


def _assessments(session: Session, today: dt.date) -> list[DashboardItem]:
    items = []
    # Received and not yet answered is exactly the status "received" (indexed).
    rows = _referral_rows(session, col(Referral.status) == "received")
    for row in rows:
        due = assessment_due(row.received_on)
        if due < today:
            attention = Attention.ASSESSMENT_OVERDUE
        elif working_days_until(today, due) <= ASSESSMENT_SOON_WORKING_DAYS:
            attention = Attention.ASSESSMENT_DUE_SOON
        else:
            continue
        items.append(
            DashboardItem(attention, row.client_id, _name(row), due, row.id, None, row.kind)
        )
    return items


def _start_overdue(session: Session, today: dt.date) -> list[DashboardItem]:
    # Served by the index on (treatment_started_on, start_deadline): granted and not started.
    rows = _referral_rows(
        session,
        col(Referral.treatment_started_on).is_(None),
        Referral.outcome == "right_granted",
        col(Referral.start_deadline) < today,
        col(Referral.treatment_started_on).is_(None),
    )
    return [
        DashboardItem(
            Attention.START_OVERDUE,
            row.client_id,
            _name(row),
            row.start_deadline,
            row.id,
            None,
            row.kind,
        )
        for row in rows
    ]


def _post_discharge(session: Session, today: dt.date) -> list[DashboardItem]:
    booked = exists().where(
        col(Appointment.client_id) == col(Referral.client_id),
        # An appointment on the discharge day or later counts as follow-up in place.
        col(Appointment.starts_at) >= col(Referral.discharged_on),
    )
    rows = _referral_rows(
        session,
        col(Referral.discharged_on) >= today - POST_DISCHARGE_WINDOW,
        col(Referral.discharged_on) <= today,
        ~booked,
    )
    return [
        DashboardItem(
            Attention.POST_DISCHARGE_NO_FOLLOW_UP,
            row.client_id,
            _name(row),
            row.discharged_on,
            row.id,
            None,
            row.kind,
        )
        for row in rows
    ]


def _complaints(session: Session, today: dt.date) -> list[DashboardItem]:
    # Served by the index on assessed_on: only the last four weeks' answers can still be
    # appealed.
    rows = _referral_rows(
        session,
        Referral.outcome == "rejected",
        col(Referral.complaint_filed_on).is_(None),
        col(Referral.assessed_on) >= today - dt.timedelta(weeks=4),
    )
    items = []
    for row in rows:
        due = complaint_due(row.assessed_on)
        if today <= due <= today + dt.timedelta(days=COMPLAINT_SOON_DAYS):
            items.append(
                DashboardItem(
                    Attention.COMPLAINT_DUE_SOON,
                    row.client_id,
                    _name(row),
                    due,
                    row.id,
                    None,
                    row.kind,
                )
            )
    return items


def _consents(session: Session, today: dt.date) -> list[DashboardItem]:
    query: Any = (
        select(
            col(Consent.id),
            col(Consent.client_id),
            col(Consent.expires_on),
            col(Client.given_name),
            col(Client.family_name),
            col(Client.status).label("client_status"),
        )
        .join(Client, col(Client.id) == col(Consent.client_id))
        .where(
            col(Consent.withdrawn_on).is_(None) | (col(Consent.withdrawn_on) > today),
            col(Consent.given_on) <= today,
            col(Consent.expires_on) >= today,
            col(Consent.expires_on) <= today + dt.timedelta(days=CONSENT_EXPIRY_WARNING_DAYS),
        )
    )
    return [
        DashboardItem(
            Attention.CONSENT_EXPIRING, row.client_id, _name(row), row.expires_on, None, row.id
        )
        for row in _active_only(session.connection().execute(query))
    ]


def _stale_drafts(session: Session, today: dt.date) -> list[DashboardItem]:
    cutoff = dt.datetime.combine(today - dt.timedelta(days=STALE_DRAFT_DAYS), dt.time())
    rows = _referral_rows(session, Referral.status == "draft", col(Referral.updated_at) < cutoff)
    return [
        DashboardItem(
            Attention.STALE_DRAFT,
            row.client_id,
            _name(row),
            row.updated_at.date(),
            row.id,
            None,
            row.kind,
        )
        for row in rows
    ]


def dashboard(db: Database, today: dt.date | None = None) -> list[DashboardItem]:
    """Everything that needs attention today, most urgent first. Not audited: it shows
    names and dates only, and opening a line opens (and audits) the record."""
    day = today or dt.date.today()
    with db.session() as session:
        items = [
            *_assessments(session, day),
            *_start_overdue(session, day),
            *_post_discharge(session, day),
            *_complaints(session, day),
            *_consents(session, day),
            *_stale_drafts(session, day),
        ]
    return sorted(items, key=lambda item: item.sort_key)
