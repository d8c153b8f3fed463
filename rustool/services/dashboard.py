"""The day's overview: what needs attention across the caseload, most urgent first.

Each kind of item is one query that lets the database narrow 200,000 referrals down to the few
that matter (an indexed date column each: deadlines, meetings' start, action items' due date,
plans' next revision), then the deadline rules (working days, holidays) decide. Items are
coded; the window words them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from rustool.db import Database
from rustool.domain.client_rules import CONSENT_EXPIRY_WARNING_DAYS
from rustool.domain.deadlines import (
    POST_DISCHARGE_WINDOW,
    assessment_due,
    complaint_due,
    working_days_until,
)
from rustool.models import (
    ActionItem,
    Appointment,
    Client,
    Consent,
    GroupMeeting,
    IndividualPlan,
    Referral,
)

ASSESSMENT_SOON_WORKING_DAYS = 2
# A referral received fewer calendar days ago than this has at most 5 of its 10 working days
# behind it, so more than ASSESSMENT_SOON_WORKING_DAYS ahead: the query need not read it.
ASSESSMENT_QUIET_DAYS = 7
COMPLAINT_SOON_DAYS = 7
STALE_DRAFT_DAYS = 14
MEETING_SOON_DAYS = 7
ACTION_ITEM_SOON_DAYS = 7
PLAN_REVISION_SOON_DAYS = 14


class Attention(IntEnum):
    """Kinds of item; the value is the order of urgency (lowest first).

    The client's rights and safety come first; then what the user's own follow-up has let
    pass (overdue action items and plan revisions); then what is coming, the nearest and
    hardest deadlines first; a draft left alone comes last.
    """

    ASSESSMENT_OVERDUE = 1
    START_OVERDUE = 2
    POST_DISCHARGE_NO_FOLLOW_UP = 3
    ACTION_ITEM_OVERDUE = 4
    PLAN_REVISION_OVERDUE = 5
    ASSESSMENT_DUE_SOON = 6
    COMPLAINT_DUE_SOON = 7
    MEETING_SOON = 8
    ACTION_ITEM_DUE_SOON = 9
    CONSENT_EXPIRING = 10
    PLAN_REVISION_DUE_SOON = 11
    STALE_DRAFT = 12


@dataclass(frozen=True, slots=True)
class DashboardItem:
    attention: Attention
    client_id: int
    client_name: str
    # The deadline, the discharge, the expiry, the meeting's day, the last change.
    date: dt.date
    referral_id: int | None = None
    consent_id: int | None = None
    referral_kind: str | None = None
    meeting_id: int | None = None
    action_item_id: int | None = None
    starts_at: dt.datetime | None = None  # a meeting's time
    # A meeting agreed in the minutes of `meeting_id` ("next meeting") but not planned yet.
    agreed_only: bool = False
    # An action item's description and responsible member, so the line says what to chase.
    what: str | None = None
    who: str | None = None

    @property
    def sort_key(self) -> tuple[int, dt.date, dt.time, str]:
        # Meetings on one day in the order they are held.
        time = self.starts_at.time() if self.starts_at is not None else dt.time()
        return (int(self.attention), self.date, time, self.client_name)


def _name(row: Any) -> str:
    return f"{row.given_name} {row.family_name}"


def _active_only(result: Any) -> Iterator[Any]:
    # Closed cases are left out here rather than in SQL: a condition on the client's status
    # lets SQLite start from 85,000 active clients instead of the few referrals that qualify.
    # Rows are handed on one at a time, so each is freed once its item is made: thousands of
    # rows kept at once would have the garbage collector sweep the whole process.
    return (row for row in result if row.client_status == "active")


def _referral_rows(session: Session, *conditions: Any) -> Iterator[Any]:
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


def _referral_item(attention: Attention, row: Any, day: dt.date) -> DashboardItem:
    """A line about one referral (a row of `_referral_rows`), dated `day`."""
    return DashboardItem(
        attention, row.client_id, _name(row), day, referral_id=row.id, referral_kind=row.kind
    )


def _assessments(session: Session, today: dt.date) -> list[DashboardItem]:
    items = []
    # Received and not yet answered is exactly the status "received"; the index on (status,
    # received_on) skips the recent ones.
    rows = _referral_rows(
        session,
        col(Referral.status) == "received",
        col(Referral.received_on) <= today - dt.timedelta(days=ASSESSMENT_QUIET_DAYS),
    )
    for row in rows:
        due = assessment_due(row.received_on)
        if due < today:
            attention = Attention.ASSESSMENT_OVERDUE
        elif working_days_until(today, due) <= ASSESSMENT_SOON_WORKING_DAYS:
            attention = Attention.ASSESSMENT_DUE_SOON
        else:
            continue
        items.append(_referral_item(attention, row, due))
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
    return [_referral_item(Attention.START_OVERDUE, row, row.start_deadline) for row in rows]


def _post_discharge(session: Session, today: dt.date) -> list[DashboardItem]:
    booked = exists().where(
        col(Appointment.client_id) == col(Referral.client_id),
        # An appointment on the discharge day or later counts as follow-up in place.
        col(Appointment.starts_at) >= col(Referral.discharged_on),
    )
    # So does an ansvarsgruppe meeting (DOMAIN.md, "Follow-up dates that matter").
    meeting_booked = exists().where(
        col(GroupMeeting.client_id) == col(Referral.client_id),
        col(GroupMeeting.starts_at) >= col(Referral.discharged_on),
    )
    rows = _referral_rows(
        session,
        col(Referral.discharged_on) >= today - POST_DISCHARGE_WINDOW,
        col(Referral.discharged_on) <= today,
        ~booked,
        ~meeting_booked,
    )
    return [
        _referral_item(Attention.POST_DISCHARGE_NO_FOLLOW_UP, row, row.discharged_on)
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
            items.append(_referral_item(Attention.COMPLAINT_DUE_SOON, row, due))
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
    return [_referral_item(Attention.STALE_DRAFT, row, row.updated_at.date()) for row in rows]


def _client_columns() -> tuple[Any, ...]:
    return (
        col(Client.given_name),
        col(Client.family_name),
        col(Client.status).label("client_status"),
    )


def _meetings(session: Session, today: dt.date) -> list[DashboardItem]:
    # Served by the index on starts_at: today's meetings (also earlier today) up to a week on.
    start = dt.datetime.combine(today, dt.time())
    end = start + dt.timedelta(days=MEETING_SOON_DAYS + 1)
    query: Any = (
        select(
            col(GroupMeeting.id),
            col(GroupMeeting.client_id),
            col(GroupMeeting.starts_at),
            *_client_columns(),
        )
        .join(Client, col(Client.id) == col(GroupMeeting.client_id))
        .where(col(GroupMeeting.starts_at) >= start, col(GroupMeeting.starts_at) < end)
    )
    return [
        DashboardItem(
            Attention.MEETING_SOON,
            row.client_id,
            _name(row),
            row.starts_at.date(),
            meeting_id=row.id,
            starts_at=row.starts_at,
        )
        for row in _active_only(session.connection().execute(query))
    ]


def _agreed_meetings(session: Session, today: dt.date) -> list[DashboardItem]:
    """The next meeting agreed in the latest minutes, when nobody has planned it as a meeting.

    Served by the index on next_meeting_at; a later meeting of the same client (the planned
    one, or one held since) means the agreement is taken care of.
    """
    start = dt.datetime.combine(today, dt.time())
    end = start + dt.timedelta(days=MEETING_SOON_DAYS + 1)
    later = aliased(GroupMeeting)
    query: Any = (
        select(
            col(GroupMeeting.id),
            col(GroupMeeting.client_id),
            col(GroupMeeting.next_meeting_at),
            *_client_columns(),
        )
        .join(Client, col(Client.id) == col(GroupMeeting.client_id))
        .where(
            col(GroupMeeting.next_meeting_at) >= start,
            col(GroupMeeting.next_meeting_at) < end,
            ~exists().where(
                col(later.client_id) == col(GroupMeeting.client_id),
                col(later.starts_at) > col(GroupMeeting.starts_at),
            ),
        )
    )
    return [
        DashboardItem(
            Attention.MEETING_SOON,
            row.client_id,
            _name(row),
            row.next_meeting_at.date(),
            meeting_id=row.id,
            starts_at=row.next_meeting_at,
            agreed_only=True,
        )
        for row in _active_only(session.connection().execute(query))
    ]


def _action_items(session: Session, today: dt.date) -> list[DashboardItem]:
    # Served by the index on (done_on, due_on): most items are done, and SQLite skips them.
    query: Any = (
        select(
            col(ActionItem.id),
            col(ActionItem.meeting_id),
            col(ActionItem.client_id),
            col(ActionItem.due_on),
            col(ActionItem.description),
            col(ActionItem.responsible),
            *_client_columns(),
        )
        .join(Client, col(Client.id) == col(ActionItem.client_id))
        .where(
            col(ActionItem.due_on) <= today + dt.timedelta(days=ACTION_ITEM_SOON_DAYS),
            col(ActionItem.done_on).is_(None),
        )
    )
    return [
        DashboardItem(
            Attention.ACTION_ITEM_OVERDUE if row.due_on < today else Attention.ACTION_ITEM_DUE_SOON,
            row.client_id,
            _name(row),
            row.due_on,
            meeting_id=row.meeting_id,
            action_item_id=row.id,
            what=row.description,
            who=row.responsible,
        )
        for row in _active_only(session.connection().execute(query))
    ]


def _plan_revisions(session: Session, today: dt.date) -> list[DashboardItem]:
    # Served by the index on next_revision_on. Only active plans: a declined record (status
    # "declined") has nothing to revise, and a closed plan is not nagged (nor in plan_quality).
    query: Any = (
        select(
            col(IndividualPlan.client_id), col(IndividualPlan.next_revision_on), *_client_columns()
        )
        .join(Client, col(Client.id) == col(IndividualPlan.client_id))
        .where(
            col(IndividualPlan.next_revision_on)
            <= today + dt.timedelta(days=PLAN_REVISION_SOON_DAYS),
            col(IndividualPlan.status) == "active",
        )
    )
    return [
        DashboardItem(
            Attention.PLAN_REVISION_OVERDUE
            if row.next_revision_on < today
            else Attention.PLAN_REVISION_DUE_SOON,
            row.client_id,
            _name(row),
            row.next_revision_on,
        )
        for row in _active_only(session.connection().execute(query))
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
            *_meetings(session, day),
            *_agreed_meetings(session, day),
            *_action_items(session, day),
            *_plan_revisions(session, day),
        ]
    return sorted(items, key=lambda item: item.sort_key)
