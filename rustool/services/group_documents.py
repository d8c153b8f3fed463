"""The ansvarsgruppe's minutes and the individual plan as PDF (see `documents`).

Like the referral, rendering is not audited: the caller has the record open already (and
`documents.log_output` audits the export or print). So these read the models (or the plan
service's unaudited `client_plan`) rather than `groups.get_meeting`, which logs a view.
A document is in the language chosen when it is rendered (its title too).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlmodel import Session, col, select

from rustool.db import Database
from rustool.documents import minutes_pdf as minutes_doc
from rustool.documents import plan_pdf as plan_doc
from rustool.documents.layout import DocumentInfo, render_counted
from rustool.domain.client_rules import consent_in_force
from rustool.domain.group_rules import minutes_participants
from rustool.domain.records import FieldError, ValidationError
from rustool.models import ActionItem, Client, Consent, GroupMeeting, GroupMember
from rustool.services.documents import PdfDocument, letterhead
from rustool.services.errors import NotFoundError
from rustool.services.plans import PLAN_CONSENT_KIND, client_plan
from rustool.services.settings import current_user, get_settings


def _client(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise NotFoundError("client", client_id)
    return client


def _members(session: Session, client_id: int) -> list[dict[str, Any]]:
    """Name, role and organisation of every member, in the group's order (current members by
    position, then former ones): the order the minutes list the participants in."""
    rows = session.exec(select(GroupMember).where(GroupMember.client_id == client_id)).all()
    ordered = sorted(rows, key=lambda m: (m.left_on is not None, m.position, m.id or 0))
    return [{"name": m.name, "role": m.role, "organization": m.organization} for m in ordered]


def minutes_pdf(db: Database, meeting_id: int, today: dt.date | None = None) -> PdfDocument:
    """The minutes (*referat*) of one ansvarsgruppe meeting, for all its participants.

    Only this meeting: its attendance, agenda, decisions and action items (NotFoundError when
    the meeting does not exist). `today` is the printed date.
    """
    today = today or dt.date.today()
    settings = get_settings(db)
    with db.session() as session:
        meeting = session.get(GroupMeeting, meeting_id)
        if meeting is None:
            raise NotFoundError("group_meeting", meeting_id)
        client = _client(session, meeting.client_id)
        members = _members(session, meeting.client_id)
        items = session.exec(
            select(ActionItem)
            .where(ActionItem.meeting_id == meeting_id)
            .order_by(col(ActionItem.position), col(ActionItem.id))
        ).all()
        author = current_user(session)
    minutes = minutes_doc.Minutes(
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        location=meeting.location,
        participants=minutes_participants(meeting.attendance, members),
        agenda=meeting.agenda,
        decisions=meeting.decisions,
        action_items=[
            {
                "description": item.description,
                "responsible": item.responsible,
                "due_on": item.due_on,
                "done_on": item.done_on,
            }
            for item in items
        ],
        next_meeting_at=meeting.next_meeting_at,
    )
    info = DocumentInfo(
        title=minutes_doc.title(),
        subject=minutes_doc.subject(meeting.starts_at.date()),
        author=author,
        client_name=f"{client.given_name} {client.family_name}",
        # The minutes go to everyone in the group, pårørende included: they need to know whose
        # group it is, not the client's national id, so the running header leaves it out.
        national_id=None,
        letterhead=letterhead(settings),
        printed_on=today,
    )
    data, pages = render_counted(info, minutes_doc.minutes_story(minutes))
    return PdfDocument(
        kind="minutes",
        entity="group_meeting",
        entity_id=meeting_id,
        client_id=meeting.client_id,
        title=minutes_doc.title(),
        file_name=minutes_doc.file_name(minutes),
        data=data,
        pages=pages,
    )


def _consent_given_on(session: Session, client_id: int, today: dt.date) -> dt.date | None:
    """When the individual_plan consent in force `today` was given (the latest such one)."""
    consents = session.exec(
        select(Consent).where(Consent.client_id == client_id, Consent.kind == PLAN_CONSENT_KIND)
    ).all()
    in_force = [
        c.given_on
        for c in consents
        if consent_in_force(c.given_on, c.expires_on, c.withdrawn_on, today)
    ]
    return max(in_force, default=None)


def plan_pdf(db: Database, client_id: int, today: dt.date | None = None) -> PdfDocument:
    """The client's individual plan in plain language, for the client and the participants.

    NotFoundError when the client does not exist. ValidationError on path `individual_plan`
    when there is no plan to print: code "no_plan" when none has been made, "declined" when the
    client declined it (the record then holds only the koordinator, which is no plan).
    `today` is the printed date, and the day the consent shown must be in force.
    """
    today = today or dt.date.today()
    view = client_plan(db, client_id, today)
    if view.plan is None or view.plan.id is None:
        raise ValidationError(
            [FieldError("individual_plan", "no_plan", "the client has no individual plan to print")]
        )
    if view.declined:
        raise ValidationError(
            [
                FieldError(
                    "individual_plan",
                    "declined",
                    "the client declined the individual plan; only the koordinator is recorded, "
                    "so there is no plan to print",
                )
            ]
        )
    settings = get_settings(db)
    with db.session() as session:
        client = _client(session, client_id)
        consent_given_on = _consent_given_on(session, client_id, today)
        author = current_user(session)
    info = DocumentInfo(
        title=plan_doc.title(),
        subject=plan_doc.subject(),
        author=author,
        client_name=f"{client.given_name} {client.family_name}",
        national_id=client.national_id,
        birth_date=client.birth_date,
        letterhead=letterhead(settings),
        printed_on=today,
    )
    data, pages = render_counted(info, plan_doc.plan_story(view.content, consent_given_on))
    return PdfDocument(
        kind="plan",
        entity="individual_plan",
        entity_id=view.plan.id,
        client_id=client_id,
        title=plan_doc.title(),
        file_name=plan_doc.file_name(today),
        data=data,
        pages=pages,
    )
