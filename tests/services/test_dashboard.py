"""The day's overview: each kind of item appears when, and only when, it needs attention."""

from __future__ import annotations

import datetime as dt

from rustool.db import Database
from rustool.services.clients import close_case, create_client, get_client
from rustool.services.dashboard import Attention, dashboard
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
