"""Erasure: after delete_client the person is nowhere in the database file, index included."""

from __future__ import annotations

import copy
import datetime as dt
from contextlib import closing
from pathlib import Path
from typing import Any

from rustool.db import Database, open_database
from rustool.services.casefile import export_case, import_case
from rustool.services.clients import create_client, delete_client, open_client, search_clients
from rustool.services.groups import create_meeting, save_member
from rustool.services.plans import client_plan, save_plan
from rustool.services.record_parts import Part, add_part
from rustool.services.referrals import attach_screening, create_referral, save_draft
from rustool.services.screenings import record_screening
from rustool.services.settings import save_settings
from tests.conftest import SYNTHETIC_ID, TEST_KEY, connect_raw
from tests.faults.sqlcipher_pages import decrypted_bytes
from tests.services.test_casefile_groups import GROUP, PLAN

GIVEN, FAMILY = "Zyxwvuta", "Qqqxylophone"
FULL_NAME = f"{GIVEN} {FAMILY}"
PHONE = "+47 987 65 432"
TODAY = dt.date.today()


def day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


def case_file(tmp_path: Path) -> dict[str, Any]:
    """A case file naming the person in the record and in the free text of every part."""
    scratch = open_database(tmp_path / "scratch" / "rustool.sqlite3", key=TEST_KEY)
    source = create_client(
        scratch, {"given_name": "Kilde", "family_name": "Klient", "birth_date": "1980-02-01"}
    )
    case = export_case(scratch, source.id or 0)
    scratch.close()
    case["client"] |= {
        "given_name": GIVEN,
        "family_name": FAMILY,
        "national_id": SYNTHETIC_ID,
        "birth_date": None,
        "phone": PHONE,
        "notes": f"{FULL_NAME} flyttet hit i fjor.",
    }
    case["network"] = [{"name": f"Mor {FAMILY}", "relation": "mor", "notes": FULL_NAME}]
    case["children"] = [{"name": f"Lille {FAMILY}", "relation": "child", "birth_date": day(-900)}]
    case["consents"] = [
        {"kind": kind, "given_on": day(-100), "form": "written", "scope": FULL_NAME}
        for kind in ("referral", "responsibility_group", "individual_plan")
    ]
    group = copy.deepcopy(GROUP)
    group["meetings"][0]["decisions"] = f"{FULL_NAME} søker kommunal bolig."
    group["meetings"][0]["agenda"][0]["notes"] = f"Søknaden til {FULL_NAME} er sendt."
    plan = copy.deepcopy(PLAN) | {"client_story": f"Jeg, {FULL_NAME}, vil ha et sted å bo."}
    return case | {"responsibility_group": group, "individual_plan": plan}


def fill_the_record(db: Database, client_id: int) -> None:
    """Everything else a consultant does with the record, each naming the person."""
    add_part(db, Part.NETWORK, client_id, {"name": f"Bror {FAMILY}", "relation": "bror"})
    add_part(
        db,
        Part.APPOINTMENTS,
        client_id,
        {"starts_at": f"{day(3)}T10:00", "kind": "other", "location": FULL_NAME},
    )
    screening = record_screening(db, client_id, "AUDIT", day(-2), [4, 3, 2, 1, 0, 0, 0, 0, 2, 4])
    referral = create_referral(db, client_id, "tsb")
    saved = save_draft(
        db,
        referral.id or 0,
        common={"referrer_name": "Rus Konsulent"},
        recipient={"name": "Ålesund behandlingssenter"},
        content={"help_wanted": f"{FULL_NAME} ønsker hjelp.", "reason": FULL_NAME},
        substance_use=[{"substance": "alcohol", "frequency": FULL_NAME}],
        wizard_page=2,
        expected_version=referral.version,
    )
    attach_screening(db, saved.id or 0, screening.id or 0)
    save_member(db, client_id, {"name": f"Søster {FAMILY}", "role": "pårørende"})
    create_meeting(
        db,
        client_id,
        {
            "starts_at": f"{day(5)}T10:00",
            "location": "Rådhuset",
            "agenda": [{"title": "Bolig", "notes": f"{FULL_NAME} har fått bolig."}],
            "attendance": [{"member": f"Søster {FAMILY}", "status": "present"}],
            "decisions": f"{FULL_NAME} flytter inn.",
            "action_items": [{"description": FULL_NAME, "responsible": f"Søster {FAMILY}"}],
        },
    )
    view = client_plan(db, client_id)
    assert view.plan is not None
    edited = copy.deepcopy(view.content)
    edited["resources"] = f"{FULL_NAME} har god kontakt med søster."
    save_plan(db, client_id, edited, view.plan.version)
    open_client(db, client_id)
    export_case(db, client_id)


def raw_bytes(path: Path) -> bytes:
    """The file and its write-ahead log as stored: encrypted."""
    companions = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]
    return b"".join(p.read_bytes() for p in (path, *companions) if p.exists())


def index_terms(path: Path) -> list[str]:
    """Every term in the search index, read through FTS5's own vocabulary view."""
    with closing(connect_raw(path)) as connection:
        connection.execute(
            "CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, client_search, 'row')"
        )
        return [row[0] for row in connection.execute("SELECT term FROM temp.terms")]


def test_an_erased_client_leaves_no_trace_in_the_file_or_the_search_index(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    save_settings(db, {"user_name": "Rus Konsulent"})
    kept = create_client(
        db, {"given_name": "Kari", "family_name": "Nordmann", "birth_date": "1980-02-01"}
    )
    client_id = import_case(db, case_file(tmp_path), "zyxwvuta.json").client_id
    fill_the_record(db, client_id)
    assert [row.id for row in search_clients(db, FAMILY)] == [client_id]
    assert FAMILY.lower() in index_terms(db_path)
    assert FAMILY.encode() not in raw_bytes(db_path)  # encrypted at rest
    assert FAMILY.encode() in decrypted_bytes(db_path, TEST_KEY)  # the search below can see

    delete_client(db, client_id)

    raw = decrypted_bytes(db_path, TEST_KEY)
    traces = (GIVEN, FAMILY, GIVEN.lower(), FAMILY.lower(), SYNTHETIC_ID, "98765432")
    lingering = [trace for trace in traces if trace.encode() in raw]
    assert lingering == [], f"erased data lingers in the database file: {lingering}"
    assert not [term for term in index_terms(db_path) if term.startswith(("zyxw", "qqqx"))]
    assert search_clients(db, GIVEN, status="all") == []
    assert [row.id for row in search_clients(db, "Kari")] == [kept.id]
    assert db.check().healthy
