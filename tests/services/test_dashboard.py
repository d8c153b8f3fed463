"""The day's overview: each kind of item appears when, and only when, it needs attention."""

from __future__ import annotations

import datetime as dt

from rustool.db import Database
from rustool.domain.deadlines import assessment_due, working_days_until
from rustool.models import ActionItem, GroupMeeting, IndividualPlan, Referral
from rustool.services.clients import close_case, create_client, get_client
from rustool.services.dashboard import (
    ASSESSMENT_QUIET_DAYS,
    ASSESSMENT_SOON_WORKING_DAYS,
    Attention,
    dashboard,
)
from rustool.services.record_parts import Part, add_part
from rustool.services.referrals import create_referral, record_event, save_draft, send_referral

TODAY = dt.date(2026, 11, 23)  # a Monday
SENT = dt.date(2026, 10, 1)


def new_client(db: Database, name: str) -> int:
    client = create_client(
        db, {"given_name": name, "family_name": "Test", "birth_date": "1980-01-01"}
    )
    assert client.id is not None
    return client.id


def sent(db: Database, client_id: int) -> int:
    add_part(db, Part.CONSENTS, client_id, {"kind": "referral", "given_on": SENT, "form": "oral"})
    referral = create_referral(db, client_id, "tsb")
    saved = save_draft(
        db,
        referral.id or 0,
        common={},
        recipient={"name": "Enhet"},
        content={"help_wanted": "Hjelp", "reason": "Grunn"},
        substance_use=[],
        wizard_page=0,
        expected_version=referral.version,
    )
    send_referral(db, referral.id or 0, SENT, "post", saved.version, today=TODAY)
    return referral.id or 0


def kinds(db: Database, today: dt.date = TODAY) -> list[tuple[Attention, str]]:
    return [(item.attention, item.client_name) for item in dashboard(db, today)]


def test_assessment_overdue_and_due_soon(db: Database) -> None:
    late = sent(db, new_client(db, "Sen"))
    record_event(db, late, "received", dt.date(2026, 11, 2), today=TODAY)  # due 16 Nov
    soon = sent(db, new_client(db, "Snart"))
    record_event(db, soon, "received", dt.date(2026, 11, 11), today=TODAY)  # due 25 Nov
    calm = sent(db, new_client(db, "Rolig"))
    record_event(db, calm, "received", dt.date(2026, 11, 20), today=TODAY)  # due 4 Dec
    assert kinds(db) == [
        (Attention.ASSESSMENT_OVERDUE, "Sen Test"),
        (Attention.ASSESSMENT_DUE_SOON, "Snart Test"),
    ]


def test_a_referral_received_within_the_quiet_days_is_never_due_soon() -> None:
    # The overview's query leaves these out unread; no day of two years (Easter, Christmas and
    # every weekday of receipt included) may prove it wrong.
    first = dt.date(2026, 1, 1)
    for offset in range(2 * 366):
        today = first + dt.timedelta(days=offset)
        for age in range(ASSESSMENT_QUIET_DAYS):
            due = assessment_due(today - dt.timedelta(days=age))
            assert working_days_until(today, due) > ASSESSMENT_SOON_WORKING_DAYS, (today, age)


def granted(db: Database, name: str, start_deadline: str) -> int:
    referral_id = sent(db, new_client(db, name))
    record_event(db, referral_id, "received", dt.date(2026, 10, 2), today=TODAY)
    record_event(
        db,
        referral_id,
        "assessed",
        dt.date(2026, 10, 9),
        {
            "outcome": "right_granted",
            "treatment_level": "outpatient",
            "start_deadline": start_deadline,
        },
        today=TODAY,
    )
    return referral_id


def test_start_deadline_passed_without_start(db: Database) -> None:
    granted(db, "Venter", "2026-11-20")
    started = granted(db, "Startet", "2026-11-20")
    record_event(db, started, "treatment_started", dt.date(2026, 11, 19), today=TODAY)
    assert kinds(db) == [(Attention.START_OVERDUE, "Venter Test")]


def test_discharged_without_follow_up_is_flagged_until_an_appointment_is_booked(
    db: Database,
) -> None:
    referral_id = granted(db, "Utskrevet", "2026-10-20")
    record_event(db, referral_id, "treatment_started", dt.date(2026, 10, 20), today=TODAY)
    record_event(db, referral_id, "discharged", dt.date(2026, 11, 10), today=TODAY)
    assert kinds(db) == [(Attention.POST_DISCHARGE_NO_FOLLOW_UP, "Utskrevet Test")]
    client_id = dashboard(db, TODAY)[0].client_id
    add_part(
        db, Part.APPOINTMENTS, client_id, {"starts_at": "2026-10-01T10:00", "kind": "conversation"}
    )
    assert len(kinds(db)) == 1, "an appointment before the discharge is no follow-up"
    add_part(
        db, Part.APPOINTMENTS, client_id, {"starts_at": "2026-11-24T10:00", "kind": "follow_up"}
    )
    assert kinds(db) == []
    assert kinds(db, dt.date(2026, 12, 9)) == [], "28 days after discharge the window has closed"


def test_complaint_deadline_within_a_week(db: Database) -> None:
    referral_id = sent(db, new_client(db, "Avslag"))
    record_event(db, referral_id, "received", dt.date(2026, 10, 2), today=TODAY)
    record_event(
        db, referral_id, "assessed", dt.date(2026, 10, 30), {"outcome": "rejected"}, today=TODAY
    )
    assert kinds(db, dt.date(2026, 11, 19)) == []  # due 27 Nov: eight days away
    assert kinds(db) == [(Attention.COMPLAINT_DUE_SOON, "Avslag Test")]


def test_consent_expiring_and_stale_drafts(db: Database) -> None:
    client_id = new_client(db, "Samtykke")
    add_part(
        db,
        Part.CONSENTS,
        client_id,
        {
            "kind": "information_exchange",
            "given_on": "2026-01-01",
            "expires_on": "2026-12-10",
            "form": "written",
        },
    )
    create_referral(db, new_client(db, "Utkast"), "lar")
    later = dt.date.today() + dt.timedelta(days=15)
    assert (Attention.STALE_DRAFT, "Utkast Test") in kinds(db, later)
    assert kinds(db) == [(Attention.CONSENT_EXPIRING, "Samtykke Test")]


def test_closed_cases_are_left_out(db: Database) -> None:
    referral_id = sent(db, new_client(db, "Lukket"))
    record_event(db, referral_id, "received", dt.date(2026, 11, 2), today=TODAY)
    assert kinds(db)
    client = get_client(db, dashboard(db, TODAY)[0].client_id)
    close_case(db, client.id or 0, "2026-11-20", "Flyttet", client.version)
    assert kinds(db) == []


def meeting(
    db: Database,
    client_id: int,
    starts_at: dt.datetime,
    action_items: tuple[tuple[dt.date | None, dt.date | None], ...] = (),
    *,
    next_meeting_at: dt.datetime | None = None,
) -> int:
    """A group meeting with action items (due_on, done_on), as the group service stores them."""
    with db.session() as session:
        row = GroupMeeting(
            client_id=client_id,
            starts_at=starts_at,
            next_meeting_at=next_meeting_at,
            ics_uid=f"møte-{client_id}-{starts_at:%Y%m%d%H%M}",
            created_at=dt.datetime(2026, 1, 1),
            updated_at=dt.datetime(2026, 1, 1),
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        for position, (due_on, done_on) in enumerate(action_items):
            session.add(
                ActionItem(
                    meeting_id=row.id,
                    client_id=client_id,
                    position=position,
                    description="Søke bolig",
                    due_on=due_on,
                    done_on=done_on,
                )
            )
        return row.id


def plan(
    db: Database,
    client_id: int,
    next_revision_on: dt.date | None,
    *,
    status: str = "active",
    declined_on: dt.date | None = None,
) -> None:
    with db.session() as session:
        session.add(
            IndividualPlan(
                client_id=client_id,
                content=(
                    {"coordinator": "Kari Koordinator", "declined_on": declined_on.isoformat()}
                    if declined_on
                    else {"period_start": "2026-01-01", "status": status, "goals": []}
                ),
                status=status,
                next_revision_on=next_revision_on,
                declined_on=declined_on,
                created_at=dt.datetime(2026, 1, 1),
                updated_at=dt.datetime(2026, 1, 1),
            )
        )


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def days(count: int) -> dt.date:
    return TODAY + dt.timedelta(days=count)


def test_group_meetings_in_the_next_seven_days_in_the_order_they_are_held(db: Database) -> None:
    early = new_client(db, "Tidlig")
    meeting(db, early, at(TODAY, 8))  # earlier today: still today's meeting
    late = new_client(db, "Sein")
    meeting(db, late, at(days(7), 23, 30))
    later_today = new_client(db, "Ettermiddag")
    meeting_id = meeting(db, later_today, at(TODAY, 14))
    meeting(db, new_client(db, "Neste uke"), at(days(8), 0))
    meeting(db, new_client(db, "I går"), at(days(-1), 10))
    items = dashboard(db, TODAY)
    assert [(i.attention, i.client_name, i.starts_at) for i in items] == [
        (Attention.MEETING_SOON, "Tidlig Test", at(TODAY, 8)),
        (Attention.MEETING_SOON, "Ettermiddag Test", at(TODAY, 14)),
        (Attention.MEETING_SOON, "Sein Test", at(days(7), 23, 30)),
    ]
    assert (items[1].meeting_id, items[1].date) == (meeting_id, TODAY)


def test_a_next_meeting_agreed_in_the_minutes_shows_until_it_is_planned(db: Database) -> None:
    client_id = new_client(db, "Avtalt")
    held = meeting(db, client_id, at(days(-14), 10), next_meeting_at=at(days(3), 13))
    # An agreement further back, overtaken by the meeting held since, is not repeated.
    other = new_client(db, "Holdt")
    meeting(db, other, at(days(-30), 10), next_meeting_at=at(days(2), 9))
    meeting(db, other, at(days(-2), 10))
    items = dashboard(db, TODAY)
    assert [(i.attention, i.client_name, i.starts_at, i.agreed_only) for i in items] == [
        (Attention.MEETING_SOON, "Avtalt Test", at(days(3), 13), True)
    ]
    assert items[0].meeting_id == held
    planned = meeting(db, client_id, at(days(3), 13))
    items = dashboard(db, TODAY)
    assert [(i.meeting_id, i.agreed_only) for i in items] == [(planned, False)]


def test_action_items_due_within_a_week_or_overdue_until_done(db: Database) -> None:
    client_id = new_client(db, "Oppgave")
    meeting(
        db,
        client_id,
        at(days(-30), 10),
        (
            (days(8), None),  # not yet
            (days(7), None),  # due soon
            (days(-3), None),  # overdue
            (days(-10), days(-12)),  # done
            (None, None),  # no due date: nothing to chase
            (TODAY, None),  # due today: soon, not overdue
        ),
    )
    items = dashboard(db, TODAY)
    assert [(i.attention, i.date) for i in items] == [
        (Attention.ACTION_ITEM_OVERDUE, days(-3)),
        (Attention.ACTION_ITEM_DUE_SOON, TODAY),
        (Attention.ACTION_ITEM_DUE_SOON, days(7)),
    ]
    assert all(i.meeting_id is not None and i.action_item_id is not None for i in items)
    assert len({i.action_item_id for i in items}) == 3


def test_plan_revisions_due_within_two_weeks_or_overdue(db: Database) -> None:
    plan(db, new_client(db, "Forfalt"), days(-1))
    plan(db, new_client(db, "Snart"), days(14))
    plan(db, new_client(db, "Senere"), days(15))
    plan(db, new_client(db, "Udatert"), None)
    plan(db, new_client(db, "Avsluttet"), days(-5), status="closed")
    plan(db, new_client(db, "Avslått"), days(-5), status="declined", declined_on=days(-100))
    assert kinds(db) == [
        (Attention.PLAN_REVISION_OVERDUE, "Forfalt Test"),
        (Attention.PLAN_REVISION_DUE_SOON, "Snart Test"),
    ]


def test_overdue_follow_up_comes_before_what_is_coming_and_drafts_last(db: Database) -> None:
    late = sent(db, new_client(db, "Svar"))
    record_event(db, late, "received", dt.date(2026, 11, 2), today=TODAY)  # overdue 16 Nov
    soon = sent(db, new_client(db, "Svarfrist"))
    record_event(db, soon, "received", dt.date(2026, 11, 11), today=TODAY)  # due 25 Nov
    client_id = new_client(db, "Gruppe")
    meeting(db, client_id, at(days(-20), 10), ((days(-1), None), (days(2), None)))
    meeting(db, client_id, at(days(1), 10))
    plan(db, new_client(db, "Plan"), days(-2))
    plan(db, new_client(db, "Revisjon"), days(10))
    add_part(
        db,
        Part.CONSENTS,
        new_client(db, "Samtykke"),
        {
            "kind": "individual_plan",
            "given_on": "2026-01-01",
            "expires_on": "2026-12-01",
            "form": "written",
        },
    )
    draft = create_referral(db, new_client(db, "Utkast"), "tsb")
    with db.session() as session:
        stored = session.get(Referral, draft.id)
        assert stored is not None
        stored.updated_at = dt.datetime(2026, 11, 1, 12)
    assert [(attention.name, name) for attention, name in kinds(db)] == [
        ("ASSESSMENT_OVERDUE", "Svar Test"),
        ("ACTION_ITEM_OVERDUE", "Gruppe Test"),
        ("PLAN_REVISION_OVERDUE", "Plan Test"),
        ("ASSESSMENT_DUE_SOON", "Svarfrist Test"),
        ("MEETING_SOON", "Gruppe Test"),
        ("ACTION_ITEM_DUE_SOON", "Gruppe Test"),
        ("CONSENT_EXPIRING", "Samtykke Test"),
        ("PLAN_REVISION_DUE_SOON", "Revisjon Test"),
        ("STALE_DRAFT", "Utkast Test"),
    ]


def test_a_group_meeting_after_discharge_is_follow_up_in_place(db: Database) -> None:
    referral_id = granted(db, "Utskrevet", "2026-10-20")
    record_event(db, referral_id, "treatment_started", dt.date(2026, 10, 20), today=TODAY)
    record_event(db, referral_id, "discharged", dt.date(2026, 11, 10), today=TODAY)
    client_id = dashboard(db, TODAY)[0].client_id
    meeting(db, client_id, at(dt.date(2026, 11, 1), 10))
    assert kinds(db) == [(Attention.POST_DISCHARGE_NO_FOLLOW_UP, "Utskrevet Test")]
    meeting(db, client_id, at(dt.date(2026, 11, 12), 10))
    assert kinds(db) == []


def test_closed_cases_have_no_group_or_plan_lines(db: Database) -> None:
    client_id = new_client(db, "Lukket")
    meeting(db, client_id, at(days(2), 10), ((days(-1), None),))
    meeting(db, client_id, at(days(-20), 10), ((days(3), None),))
    plan(db, client_id, days(-1))
    assert len(kinds(db)) == 4
    client = get_client(db, client_id)
    close_case(db, client_id, TODAY, "Flyttet", client.version)
    assert kinds(db) == []
