"""Referral services: drafts saved as typed, sending only when complete, the dated life."""

from __future__ import annotations

import datetime as dt
import signal
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from rustool.db import Database, open_database
from rustool.domain.records import ValidationError
from rustool.services.audit import audit_events
from rustool.services.casefile import export_case, import_case
from rustool.services.clients import create_client
from rustool.services.errors import ConflictError
from rustool.services.plans import ip_status_text
from rustool.services.record_parts import Part, add_part
from rustool.services.referrals import (
    add_assessment_unit,
    attach_screening,
    client_referrals,
    create_referral,
    delete_draft,
    list_assessment_units,
    open_referral,
    record_event,
    referral_completeness,
    save_draft,
    send_referral,
)
from rustool.services.screenings import record_screening
from rustool.services.settings import save_settings
from tests.conftest import TEST_KEY, connect_raw
from tests.services import test_casefile_groups as casefile_groups

AWKWARD = 'Ŋ Ŧ Đ Č Š Ž <b>&amp; "sitat" 🙂'
TODAY = dt.date.today()


@pytest.fixture
def client_id(db: Database) -> int:
    client = create_client(
        db,
        {
            "given_name": "Kari",
            "family_name": "Nordmann",
            "birth_date": "1980-02-01",
            "interpreter_needed": True,
            "preferred_language": "nordsamisk",
        },
    )
    assert client.id is not None
    return client.id


def consent(db: Database, client_id: int, given_on: dt.date = TODAY) -> None:
    add_part(
        db, Part.CONSENTS, client_id, {"kind": "referral", "given_on": given_on, "form": "written"}
    )


def draft_content(**more: object) -> dict[str, object]:
    return {
        "help_wanted": "Hjelp til å slutte å drikke.",
        "reason": "Tiltak i kommunen er prøvd.",
    } | more


def save(db: Database, referral_id: int, version: int, **content: object) -> int:
    referral = save_draft(
        db,
        referral_id,
        common={"referrer_name": "Rus Konsulent", "copy_to_gp": True},
        recipient={"name": "Ålesund behandlingssenter", "city": "Ålesund"},
        content=draft_content(**content),
        substance_use=[{"substance": "alcohol", "frequency": "daglig", "route": "oral"}],
        wizard_page=2,
        expected_version=version,
    )
    return referral.version


def test_the_directory_starts_with_the_seed_unit_and_can_grow(db: Database) -> None:
    assert [u.name for u in list_assessment_units(db)] == ["Ålesund behandlingssenter"]
    add_assessment_unit(db, {"name": "Bergen vurderingsinstans", "city": "Bergen"})
    assert len(list_assessment_units(db)) == 2


def test_a_new_draft_is_prefilled_from_settings_unit_and_client(
    db: Database, client_id: int
) -> None:
    save_settings(
        db, {"user_name": "Rus Konsulent", "user_title": "Ruskonsulent", "org_service": "NAV Molde"}
    )
    referral = create_referral(db, client_id, "tsb")
    assert (referral.status, referral.kind) == ("draft", "tsb")
    assert (referral.referrer_name, referral.referrer_title) == ("Rus Konsulent", "Ruskonsulent")
    assert referral.referrer_organization == "NAV Molde"
    assert (referral.recipient_name, referral.recipient_address) == (
        "Ålesund behandlingssenter",
        "Vestmoa 27",
    )
    assert "nordsamisk" in referral.content["special_needs"]


def test_a_new_draft_says_what_the_records_say_about_ip_koordinator_and_group(
    db: Database, client_id: int
) -> None:
    assert "ip_status" not in create_referral(db, client_id, "tsb").content  # nothing recorded
    with_plan = casefile_groups.new_client(db, "responsibility_group", "individual_plan")
    case = export_case(db, with_plan) | {
        "responsibility_group": casefile_groups.GROUP,
        "individual_plan": casefile_groups.PLAN,
    }
    imported = import_case(db, case).client_id
    referral = create_referral(db, imported, "lar")
    written = referral.content["ip_status"]
    assert written == ip_status_text(db, imported)
    assert "Koordinator: Kari Koordinator (ruskonsulent, NAV Ŧana)." in written
    assert "Per Fastlege (fastlege, Đ legekontor)" in written
    assert "Åse Tidligere" not in written  # she has left the group


def test_a_draft_keeps_everything_typed_and_resumes_at_its_page(
    db: Database, client_id: int
) -> None:
    referral = create_referral(db, client_id, "tsb")
    long_answer = AWKWARD * 700  # about 20,000 characters
    save(db, referral.id or 0, referral.version, mental_health=long_answer)
    [view] = client_referrals(db, client_id)
    assert view.referral.content["mental_health"] == long_answer
    assert view.referral.substance_use[0]["substance"] == "alcohol"
    assert view.referral.wizard_page == 2


def test_bad_draft_input_is_refused_and_the_saved_draft_stays(db: Database, client_id: int) -> None:
    referral = create_referral(db, client_id, "tsb")
    version = save(db, referral.id or 0, referral.version, housing="Egen leilighet")
    with pytest.raises(ValidationError) as exc:
        save_draft(
            db,
            referral.id or 0,
            common={},
            recipient={},
            content=draft_content(overdose_risk_level="extreme"),
            substance_use=[{"substance": "tea"}],
            wizard_page=3,
            expected_version=version,
        )
    fields = {e.field for e in exc.value.errors}
    assert "content.overdose_risk_level" in fields
    assert any(f.startswith("substance_use[0]") for f in fields)
    assert open_referral(db, referral.id or 0).referral.content["housing"] == "Egen leilighet"


def test_two_editors_of_one_draft_do_not_overwrite_each_other(db: Database, client_id: int) -> None:
    referral = create_referral(db, client_id, "tsb")
    save(db, referral.id or 0, referral.version, housing="A")
    with pytest.raises(ConflictError):
        save(db, referral.id or 0, referral.version, housing="B")


def test_saving_as_you_type_is_one_audited_change_per_sitting(db: Database, client_id: int) -> None:
    referral = create_referral(db, client_id, "tsb")
    version = referral.version
    for text in ("H", "Hj", "Hje", "Hjelp"):
        version = save(db, referral.id or 0, version, housing=text)
    updates = [
        e for e in audit_events(db, client_id) if e.entity == "referral" and e.action == "update"
    ]
    assert len(updates) == 1


def test_sending_needs_help_wanted_reason_and_a_consent(db: Database, client_id: int) -> None:
    referral = create_referral(db, client_id, "tsb")
    version = save(db, referral.id or 0, referral.version, help_wanted="", reason="")
    with pytest.raises(ValidationError) as exc:
        send_referral(db, referral.id or 0, TODAY, "post", version)
    blocked = {e.field.rsplit(".", 1)[-1] for e in exc.value.errors}
    assert {"help_wanted", "reason"} <= blocked
    assert len(blocked) == 3  # and the missing referral consent
    assert open_referral(db, referral.id or 0).referral.status == "draft"


def test_a_complete_referral_is_sent_and_lists_what_was_not_described(
    db: Database, client_id: int
) -> None:
    consent(db, client_id)
    referral = create_referral(db, client_id, "tsb")
    version = save(db, referral.id or 0, referral.version)
    check = referral_completeness(db, referral.id or 0)
    assert check.can_send
    not_described = {name for _, name in check.not_described}
    assert {"mental_health", "housing"} <= not_described
    assert not {"help_wanted", "reason"} & not_described
    sent = send_referral(db, referral.id or 0, TODAY, "handed_over", version)
    assert (sent.status, sent.sent_on, sent.sent_method) == ("sent", TODAY, "handed_over")
    with pytest.raises(ValidationError):
        save(db, referral.id or 0, sent.version)  # a sent referral is no longer a draft


def test_a_lar_referral_needs_the_three_parties(db: Database, client_id: int) -> None:
    consent(db, client_id)
    referral = create_referral(db, client_id, "lar")
    version = save(db, referral.id or 0, referral.version)
    with pytest.raises(ValidationError) as exc:
        send_referral(db, referral.id or 0, TODAY, "post", version)
    blocked = {e.field.rsplit(".", 1)[-1] for e in exc.value.errors}
    assert {"client_participated_on", "gp_participant", "municipal_service_participant"} <= blocked


def sent_referral(db: Database, client_id: int, sent_on: dt.date) -> int:
    consent(db, client_id, given_on=sent_on)
    referral = create_referral(db, client_id, "tsb")
    version = save(db, referral.id or 0, referral.version)
    send_referral(db, referral.id or 0, sent_on, "post", version)
    return referral.id or 0


def test_the_life_of_a_referral_with_its_computed_dates(db: Database, client_id: int) -> None:
    referral_id = sent_referral(db, client_id, dt.date(2026, 3, 25))
    today = dt.date(2026, 11, 23)
    record_event(db, referral_id, "received", dt.date(2026, 3, 27), today=today)
    view = open_referral(db, referral_id, today=dt.date(2026, 3, 30))
    # Received Friday 27 March 2026: 30, 31 March, 1 April, (Maundy Thursday, Good Friday,
    # Easter Monday are holidays) 7, 8, 9, 10, 13, 14, 15 April — the tenth working day.
    assert view.computed.assessment_due == dt.date(2026, 4, 15)
    record_event(
        db,
        referral_id,
        "assessed",
        dt.date(2026, 4, 10),
        {
            "outcome": "right_granted",
            "treatment_level": "residential",
            "start_deadline": "2026-05-04",
        },
        today=today,
    )
    record_event(db, referral_id, "treatment_started", dt.date(2026, 5, 4), today=today)
    record_event(db, referral_id, "discharged", dt.date(2026, 8, 1), today=today)
    view = open_referral(db, referral_id, today=dt.date(2026, 8, 10))
    assert view.referral.status == "closed"
    assert view.computed.post_discharge_window_end == dt.date(2026, 8, 29)
    assert view.computed.in_post_discharge_window
    assert [e.event for e in view.events] == [
        "sent",
        "received",
        "assessed",
        "treatment_started",
        "discharged",
    ]


def test_impossible_orders_are_refused_and_change_nothing(db: Database, client_id: int) -> None:
    referral_id = sent_referral(db, client_id, dt.date(2026, 3, 25))
    with pytest.raises(ValidationError):
        record_event(db, referral_id, "assessed", dt.date(2026, 4, 1), {"outcome": "rejected"})
    record_event(db, referral_id, "received", dt.date(2026, 3, 27))
    with pytest.raises(ValidationError):
        record_event(db, referral_id, "assessed", dt.date(2026, 3, 26), {"outcome": "rejected"})
    with pytest.raises(ValidationError):
        record_event(db, referral_id, "discharged", dt.date(2026, 4, 2))
    view = open_referral(db, referral_id)
    assert view.referral.status == "received"
    assert [e.event for e in view.events] == ["sent", "received"]


def test_a_rejection_shows_the_complaint_deadline(db: Database, client_id: int) -> None:
    referral_id = sent_referral(db, client_id, dt.date(2026, 3, 25))
    record_event(db, referral_id, "received", dt.date(2026, 3, 27))
    record_event(db, referral_id, "assessed", dt.date(2026, 4, 10), {"outcome": "rejected"})
    assert open_referral(db, referral_id).computed.complaint_due == dt.date(2026, 5, 8)


def test_a_screening_becomes_an_attachment(db: Database, client_id: int) -> None:
    referral = create_referral(db, client_id, "tsb")
    screening = record_screening(
        db, client_id, "AUDIT", "2026-11-02", [2, 1, 1, 0, 0, 0, 0, 0, 0, 0]
    )
    attached = attach_screening(db, referral.id or 0, screening.id or 0)
    assert attached.content["attachments"] == ["AUDIT 2026-11-02"]
    assert [s.id for s in open_referral(db, referral.id or 0).screenings] == [screening.id]


def test_only_drafts_are_deleted(db: Database, client_id: int, db_path: Path) -> None:
    referral = create_referral(db, client_id, "tsb")
    delete_draft(db, referral.id or 0)
    assert client_referrals(db, client_id) == []
    referral_id = sent_referral(db, client_id, TODAY)
    with pytest.raises(ValidationError):
        delete_draft(db, referral_id)
    with closing(connect_raw(db_path)) as connection:
        assert connection.execute("SELECT count(*) FROM referral").fetchone() == (1,)


def test_a_saved_draft_survives_the_process_being_killed(
    db: Database, client_id: int, db_path: Path
) -> None:
    referral = create_referral(db, client_id, "tsb")
    db.close()
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from rustool.db import open_database\n"
        "from tests.conftest import TEST_KEY\n"
        "from rustool.services.referrals import save_draft\n"
        f"db = open_database(Path({str(db_path)!r}), key=TEST_KEY)\n"
        f"save_draft(db, {referral.id}, common={{}}, recipient={{}},\n"
        "           content={'help_wanted': 'skrevet før kill -9'}, substance_use=[],\n"
        f"           wizard_page=1, expected_version={referral.version})\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], check=False, capture_output=True)
    assert result.returncode == -signal.SIGKILL, result.stderr
    reopened = open_database(db_path, key=TEST_KEY)
    assert reopened.check().healthy
    view = open_referral(reopened, referral.id or 0)
    assert (view.referral.content["help_wanted"], view.referral.wizard_page) == (
        "skrevet før kill -9",
        1,
    )
    reopened.close()
