"""The case file: export and import give back the same record; a bad file writes nothing."""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from rustool.db import Database, open_database
from rustool.domain.records import ValidationError
from rustool.services.audit import audit_events
from rustool.services.casefile import export_case, import_case, read_case_file
from rustool.services.clients import close_case, create_client, open_client
from rustool.services.errors import NotFoundError
from rustool.services.record_parts import Part, add_part
from rustool.services.settings import save_settings
from tests.conftest import SYNTHETIC_ID, TEST_KEY, connect_raw

AWKWARD = "Ŋ Ŧ Đ Č Š Ž <b>&amp; \"sitat\" 'enkel' 🙂 Máret"
LONG_NOTES = ("Áilu & <Ŋ> 🙂 " * 800)[:10_000]


def table_counts(path: Path) -> dict[str, int]:
    with closing(connect_raw(path)) as connection:
        tables = [
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def without_ids(case: dict[str, Any]) -> dict[str, Any]:
    stripped = copy.deepcopy(case)
    stripped["client"].pop("id")
    for part in Part:
        for item in stripped[part.value]:
            item.pop("id")
    return stripped


@pytest.fixture
def full_client(db: Database) -> int:
    """A closed case with every field and every list filled, in awkward text."""
    save_settings(db, {"user_name": "Test Konsulent"})
    client = create_client(
        db,
        {
            "given_name": AWKWARD,
            "family_name": "Ŋuvvon-Čáhppes",
            "national_id": SYNTHETIC_ID,
            "phone": "+47 912 34 567",
            "email": "kari@eksempel.no",
            "address": "Storgata 1 <bak>",
            "postal_code": "9520",
            "city": "Guovdageaidnu",
            "municipality": "Kautokeino",
            "preferred_language": "nordsamisk",
            "interpreter_needed": True,
            "gp_name": "Dr. Šárá Ž",
            "gp_office": "Đ legekontor",
            "gp_phone": "78 48 00 00",
            "nav_contact": "NAV Ŧana",
            "notes": LONG_NOTES + "\r\nsiste linje\n",
        },
    )
    assert client.id is not None
    add_part(db, Part.NETWORK, client.id, {"name": "Ánde", "relation": "far", "notes": AWKWARD})
    add_part(
        db,
        Part.NETWORK,
        client.id,
        {"name": "Niillas", "email": "n@eksempel.no", "is_next_of_kin": True},
    )
    add_part(
        db,
        Part.CHILDREN,
        client.id,
        {"name": "Biret", "relation": "sibling", "birth_date": "2015-06-01", "notes": AWKWARD},
    )
    add_part(
        db,
        Part.CONSENTS,
        client.id,
        {
            "kind": "referral",
            "scope": AWKWARD,
            "given_on": "2026-01-02",
            "expires_on": "2027-01-02",
            "withdrawn_on": "2026-06-01",
            "form": "oral",
        },
    )
    add_part(
        db,
        Part.APPOINTMENTS,
        client.id,
        {"starts_at": "2026-11-30T09:15:30", "kind": "home_visit", "location": AWKWARD},
    )
    add_part(db, Part.APPOINTMENTS, client.id, {"starts_at": "2026-12-01T10:00", "kind": "other"})
    close_case(db, client.id, "2026-11-01", "Flyttet – <ny> kommune 🙂", expected_version=1)
    return client.id


@pytest.fixture
def other_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "other" / "rustool.sqlite3", key=TEST_KEY)
    yield database
    database.close()


@pytest.fixture
def case(db: Database, full_client: int) -> dict[str, Any]:
    return export_case(db, full_client)


def test_export_then_import_gives_the_same_record(
    db: Database, other_db: Database, full_client: int, case: dict[str, Any]
) -> None:
    result = import_case(other_db, json.loads(json.dumps(case, ensure_ascii=False)), "kari.json")
    again = export_case(other_db, result.client_id)
    assert without_ids(again) == without_ids(case)
    assert again["client"]["notes"] == LONG_NOTES + "\r\nsiste linje\n"
    assert again["client"]["given_name"] == AWKWARD
    assert again["client"]["status"] == "closed"
    assert again["client"]["closed_reason"] == "Flyttet – <ny> kommune 🙂"
    assert again["client"]["created_at"] == case["client"]["created_at"]
    record = open_client(other_db, result.client_id)
    assert record.client.birth_date == dt.date(1955, 11, 10)
    assert [p.name for p in record.network] == ["Niillas", "Ánde"]
    assert record.consents[0].recorded_by == "Test Konsulent"


def test_the_export_has_every_key_of_the_format(case: dict[str, Any]) -> None:
    assert list(case) == [
        "format",
        "client",
        "network",
        "children",
        "consents",
        "screenings",
        "appointments",
        "referrals",
        "responsibility_group",
        "individual_plan",
    ]
    assert case["format"] == "rustool-case/1"
    assert case["screenings"] == [] and case["referrals"] == []
    assert case["responsibility_group"] is None and case["individual_plan"] is None
    assert case["client"]["birth_date"] == "1955-11-10"
    assert case["appointments"][0]["starts_at"] == "2026-11-30T09:15:30"
    assert "client_id" not in case["network"][0] and "version" not in case["network"][0]


def test_import_reports_the_new_ids_and_ignores_those_in_the_file(
    other_db: Database, case: dict[str, Any]
) -> None:
    create_client(
        other_db, {"given_name": "Ola", "family_name": "Nordmann", "birth_date": "1970-01-01"}
    )
    case["client"]["id"] = 1
    case["network"][0]["id"] = 12345
    result = import_case(other_db, case, "kari.json")
    assert result.client_id == 2
    assert result.as_json() == {
        "file": "kari.json",
        "client_id": 2,
        "network_ids": [1, 2],
        "children_ids": [1],
        "consent_ids": [1],
        "appointment_ids": [1, 2],
        "screening_ids": [],
        "referral_ids": [],
        "group_member_ids": [],
        "meeting_ids": [],
        "plan_id": None,
    }


def test_export_and_import_are_audited(
    db: Database, other_db: Database, full_client: int, case: dict[str, Any]
) -> None:
    assert ("export", "client", full_client) in [
        (e.action, e.entity, e.entity_id) for e in audit_events(db, full_client)
    ]
    result = import_case(other_db, case)
    events = [(e.action, e.entity) for e in audit_events(other_db, result.client_id)]
    assert events == [
        ("create", "client"),
        ("create", "network_person"),
        ("create", "network_person"),
        ("create", "child"),
        ("create", "consent"),
        ("create", "appointment"),
        ("create", "appointment"),
    ]


def test_export_of_a_missing_client_is_refused(db: Database) -> None:
    with pytest.raises(NotFoundError):
        export_case(db, 99)


def _set(*path: Any, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(case: dict[str, Any]) -> None:
        target = case
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _drop(key: str) -> Callable[[dict[str, Any]], None]:
    def change(case: dict[str, Any]) -> None:
        del case[key]

    return change


def _all(*changes: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], None]:
    def change(case: dict[str, Any]) -> None:
        for one in changes:
            one(case)

    return change


TOMORROW = (dt.date.today() + dt.timedelta(days=1)).isoformat()
BAD_FILES: list[tuple[str, Callable[[dict[str, Any]], None], list[str]]] = [
    (
        "wrong format",
        _set("format", value="rustool-case/2"),
        ["format: must be 'rustool-case/1', not 'rustool-case/2'"],
    ),
    ("no format", _drop("format"), ["format: is missing (a case file says 'rustool-case/1')"]),
    ("unknown top-level key", _set("extra", value=1), ["extra: is not a known field"]),
    ("missing list", _drop("children"), ["children: is missing"]),
    (
        "unknown nested key",
        _set("network", 1, "colour", value="blå"),
        ["network[1].colour: is not a known field"],
    ),
    (
        "bad check digit",
        _set("client", "national_id", value="10915596785"),
        ["client.national_id: check digit does not match"],
    ),
    (
        "impossible date",
        _set("children", 0, "birth_date", value="2015-02-30"),
        ["children[0].birth_date: must be a real date written YYYY-MM-DD"],
    ),
    (
        "birth date in the future",
        _all(
            _set("client", "national_id", value=None), _set("client", "birth_date", value=TOMORROW)
        ),
        ["client.birth_date: must not be in the future"],
    ),
    (
        "empty family name",
        _set("client", "family_name", value=" "),
        ["client.family_name: is required"],
    ),
    (
        "too long for a short field",
        _set("client", "given_name", value="Á" * 10_000),
        ["client.given_name: must be at most 200 characters, not 10000"],
    ),
    (
        "error in the last item of the last list",
        _set("appointments", 1, "starts_at", value="i morgen"),
        ["appointments[1].starts_at: must be a date and time written YYYY-MM-DDTHH:MM"],
    ),
    (
        "a list that is not a list",
        _set("consents", value={"kind": "referral"}),
        ["consents: must be a list, not an object"],
    ),
    (
        "several problems at once",
        _all(
            _set("client", "email", value="ikke-epost"),
            _set("network", 0, "email", value="heller ikke"),
        ),
        ["client.email: must be an e-mail address", "network[0].email: must be an e-mail address"],
    ),
    (
        "a referral without its kind's essentials",
        _set("referrals", value=[{"kind": "tsb"}]),
        ["referrals[0].recipient.name: is required", "referrals[0].status: is required"],
    ),
    (
        "a plan without a consent to it",
        _set("individual_plan", value={"period_start": "2026-01-01"}),
        ["individual_plan: a plan needs a consent of kind individual_plan in force"],
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"), [(c, e) for _, c, e in BAD_FILES], ids=[n for n, _, _ in BAD_FILES]
)
def test_a_bad_case_file_names_path_and_reason_and_writes_nothing(
    other_db: Database,
    case: dict[str, Any],
    change: Callable[[dict[str, Any]], None],
    expected: list[str],
) -> None:
    create_client(
        other_db, {"given_name": "Ola", "family_name": "Hansen", "birth_date": "1970-01-01"}
    )
    before = table_counts(other_db.path)
    change(case)
    with pytest.raises(ValidationError) as exc:
        import_case(other_db, case)
    assert [str(error) for error in exc.value.errors] == expected
    assert table_counts(other_db.path) == before


def test_a_case_file_that_is_not_an_object_is_refused(other_db: Database) -> None:
    with pytest.raises(ValidationError) as exc:
        import_case(other_db, [{"format": "rustool-case/1"}])
    assert str(exc.value) == "file: must hold a JSON object, not a list"


def test_a_national_id_already_registered_is_refused_naming_the_client(
    db: Database, full_client: int, case: dict[str, Any]
) -> None:
    before = table_counts(db.path)
    with pytest.raises(ValidationError) as exc:
        import_case(db, case)
    assert str(exc.value) == (
        f"client.national_id: is already registered for {AWKWARD} Ŋuvvon-Čáhppes "
        f"(client {full_client})"
    )
    assert table_counts(db.path) == before


def test_read_case_file_parses_utf8_json(tmp_path: Path, case: dict[str, Any]) -> None:
    path = tmp_path / "kari.json"
    path.write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
    assert read_case_file(path) == case


FILE_PROBLEMS = [
    (
        "truncated",
        b'{"format": "rustool-case/1",\n "client": {"given_name": "Ka',
        "Unterminated string",
    ),
    ("truncated between values", b'{"format": "rustool-case/1",\n', "seems cut short"),
    ("not JSON", b"given_name;family_name\nKari;Nordmann\n", "not valid JSON (line 1, column 1"),
    ("not UTF-8", '{"client": "Bjørn"}'.encode("latin-1"), "not UTF-8 text (byte 0xf8"),
    ("empty", b"  \n", "is empty"),
    ("a key twice", b'{"format": "a", "format": "b"}', "the key 'format' appears twice"),
]


@pytest.mark.parametrize(
    ("content", "expected"),
    [(c, e) for _, c, e in FILE_PROBLEMS],
    ids=[n for n, _, _ in FILE_PROBLEMS],
)
def test_an_unreadable_case_file_gives_a_clear_message(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "case.json"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as exc:
        read_case_file(path)
    [error] = exc.value.errors
    assert error.field == "file"
    assert expected in str(error)


def test_a_missing_case_file_gives_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as exc:
        read_case_file(tmp_path / "nowhere.json")
    assert str(exc.value) == "file: cannot be read (No such file or directory)"
