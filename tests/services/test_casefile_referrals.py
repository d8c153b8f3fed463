"""Case files with referrals (drafts and sent) and screenings: export, import, refusal."""

from __future__ import annotations

import copy
import datetime as dt
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from rustool.db import Database, open_database
from rustool.domain.records import ValidationError
from rustool.services.casefile import export_case, import_case
from rustool.services.clients import create_client
from rustool.services.record_parts import Part, add_part
from rustool.services.referrals import (
    attach_screening,
    client_referrals,
    create_referral,
    record_event,
    save_draft,
    send_referral,
)
from rustool.services.screenings import client_screenings, record_screening
from tests.conftest import SYNTHETIC_ID, TEST_KEY, connect_raw

AWKWARD = 'Ŋ Ŧ Đ Č Š Ž <b>&amp; "sitat" 🙂'


@pytest.fixture
def case(db: Database) -> dict[str, Any]:
    client = create_client(
        db, {"given_name": "Kari", "family_name": "Nordmann", "national_id": SYNTHETIC_ID}
    )
    client_id = client.id or 0
    add_part(
        db,
        Part.CONSENTS,
        client_id,
        {"kind": "referral", "given_on": "2026-01-05", "form": "written"},
    )
    audit = record_screening(db, client_id, "AUDIT", "2026-01-10", [4, 3, 2, 1, 0, 0, 0, 0, 2, 4])
    draft = create_referral(db, client_id, "lar")
    saved = save_draft(
        db,
        draft.id or 0,
        common={"referrer_name": "Rus Konsulent"},
        recipient={"name": "Ålesund behandlingssenter"},
        content={"help_wanted": AWKWARD * 800, "dependence_criteria": ["craving", "tolerance"]},
        substance_use=[{"substance": "opioids", "route": "injected", "debut_age": 19}],
        wizard_page=4,
        expected_version=draft.version,
    )
    attach_screening(db, saved.id or 0, audit.id or 0)
    tsb = create_referral(db, client_id, "tsb")
    saved = save_draft(
        db,
        tsb.id or 0,
        common={},
        recipient={"name": "Ålesund behandlingssenter"},
        content={"help_wanted": "Hjelp", "reason": "Grunn"},
        substance_use=[],
        wizard_page=0,
        expected_version=tsb.version,
    )
    send_referral(db, tsb.id or 0, dt.date(2026, 2, 2), "post", saved.version)
    record_event(db, tsb.id or 0, "received", dt.date(2026, 2, 4))
    record_event(db, tsb.id or 0, "assessed", dt.date(2026, 2, 10), {"outcome": "rejected"})
    return export_case(db, client_id)


def counts(path: Path) -> dict[str, int]:
    with closing(connect_raw(path)) as connection:
        tables = ("client", "referral", "referral_event", "screening", "referral_screening")
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def test_export_holds_referrals_with_computed_dates_and_screenings(case: dict[str, Any]) -> None:
    [screening] = case["screenings"]
    assert (screening["instrument"], screening["score"], screening["zone"]) == ("AUDIT", 16, "high")
    draft, sent = case["referrals"]
    assert draft["status"] == "draft" and draft["kind"] == "lar"
    assert draft["content"]["help_wanted"] == AWKWARD * 800
    assert draft["screenings"] == [screening["id"]]
    assert sent["status"] == "assessed" and sent["outcome"] == "rejected"
    assert sent["computed"]["assessment_due"] == "2026-02-18"
    assert sent["computed"]["complaint_due"] == "2026-03-10"


def test_referrals_and_screenings_round_trip(case: dict[str, Any], tmp_path: Path) -> None:
    other = open_database(tmp_path / "other.sqlite3", key=TEST_KEY)
    result = import_case(other, copy.deepcopy(case), "kari.json")
    assert len(result.referral_ids) == 2 and len(result.screening_ids) == 1
    again = export_case(other, result.client_id)
    for before, after in zip(case["referrals"], again["referrals"], strict=True):
        for key in (
            "kind",
            "status",
            "recipient",
            "content",
            "substance_use",
            "computed",
            "sent_on",
        ):
            assert after[key] == before[key], key
    assert again["referrals"][0]["screenings"] == result.screening_ids
    [assessed] = [
        v for v in client_referrals(other, result.client_id) if v.referral.status == "assessed"
    ]
    assert [e.event for e in assessed.events] == ["sent", "received", "assessed"]
    assert client_screenings(other, result.client_id)[0].score == 16
    other.close()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda c: c["referrals"][1].update(received_on="2026-01-30"),
            "referrals[1].received_on: must not be before sent_on (2026-02-02)",
        ),
        (
            lambda c: c["referrals"][1].update(status="sent"),
            "referrals[1].status: does not match the referral's dates, which make it 'assessed'",
        ),
        (
            lambda c: c["screenings"][0].update(answers=[9] * 10),
            "screenings[0].answers[0]: item 1 must be 0, 1, 2, 3 or 4, not 9",
        ),
        (
            lambda c: c["referrals"][0].update(screenings=[999]),
            "referrals[0].screenings[0]: names no screening in this file",
        ),
        (
            lambda c: c["referrals"][0]["content"].update(mood="glad"),
            "referrals[0].content.mood: is not a known field",
        ),
    ],
)
def test_a_bad_referral_or_screening_writes_nothing(
    case: dict[str, Any], tmp_path: Path, change: Any, message: str
) -> None:
    other = open_database(tmp_path / "other.sqlite3", key=TEST_KEY)
    broken = copy.deepcopy(case)
    change(broken)
    before = counts(tmp_path / "other.sqlite3")
    with pytest.raises(ValidationError) as exc:
        import_case(other, broken)
    assert message in [str(e) for e in exc.value.errors]
    assert counts(tmp_path / "other.sqlite3") == before
    other.close()
