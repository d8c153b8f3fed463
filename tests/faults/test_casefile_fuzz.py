"""Fuzzing the case-file import: whatever a file holds, it is refused cleanly or imported whole.

Reading and importing end in a ValidationError or succeed; a refused file leaves every table
exactly as it was, an imported one adds exactly the rows the import reports.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rustool.db import Database, open_database
from rustool.domain.records import ValidationError
from rustool.services.casefile import ImportResult, export_case, import_case, read_case_file
from rustool.services.clients import create_client
from rustool.services.record_parts import Part, add_part
from rustool.services.referrals import (
    attach_screening,
    create_referral,
    record_event,
    save_draft,
    send_referral,
)
from rustool.services.screenings import record_screening
from tests.conftest import SYNTHETIC_ID, TEST_KEY
from tests.services.test_casefile import table_counts
from tests.services.test_casefile_groups import GROUP, PLAN

TODAY = dt.date.today()
FUZZ = settings(
    max_examples=60,
    deadline=None,
    database=None,
    # The only function-scoped fixture is conftest's autouse one that points the data folder
    # at a temp folder; sharing it between examples is harmless.
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

Path_ = tuple[str | int, ...]


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def build_full_case(db: Database) -> dict[str, Any]:
    """One client with every part of a case file filled, exported."""
    client = create_client(
        db,
        {
            "given_name": "Máret",
            "family_name": "Ŋuvttoš",
            "national_id": SYNTHETIC_ID,
            "phone": "+47 912 34 567",
            "notes": "Notat\nmed to linjer",
        },
    )
    client_id = client.id or 0
    add_part(db, Part.NETWORK, client_id, {"name": "Ánde", "relation": "far"})
    add_part(db, Part.NETWORK, client_id, {"name": "Niillas", "email": "n@eksempel.no"})
    add_part(db, Part.CHILDREN, client_id, {"name": "Biret", "relation": "child"})
    for kind in ("referral", "responsibility_group", "individual_plan"):
        add_part(
            db, Part.CONSENTS, client_id, {"kind": kind, "given_on": day(-100), "form": "written"}
        )
    add_part(db, Part.APPOINTMENTS, client_id, {"starts_at": f"{day(3)}T09:15", "kind": "other"})
    screening = record_screening(db, client_id, "AUDIT", day(-20), [4, 3, 2, 1, 0, 0, 0, 0, 2, 4])
    draft = create_referral(db, client_id, "lar")
    saved = save_draft(
        db,
        draft.id or 0,
        common={"referrer_name": "Rus Konsulent"},
        recipient={"name": "Ålesund behandlingssenter"},
        content={"help_wanted": "Hjelp", "dependence_criteria": ["craving", "tolerance"]},
        substance_use=[{"substance": "opioids", "route": "injected", "debut_age": 19}],
        wizard_page=4,
        expected_version=draft.version,
    )
    attach_screening(db, saved.id or 0, screening.id or 0)
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
    send_referral(db, tsb.id or 0, day(-30), "post", saved.version)
    record_event(db, tsb.id or 0, "received", day(-28))
    record_event(db, tsb.id or 0, "assessed", day(-20), {"outcome": "rejected"})
    case = export_case(db, client_id)
    case["responsibility_group"] = copy.deepcopy(GROUP)
    case["individual_plan"] = copy.deepcopy(PLAN)
    as_read: dict[str, Any] = json.loads(json.dumps(case))  # exactly what a file holds
    return as_read


class Workspace:
    """A folder for the examples and the bytes of a freshly migrated, empty database."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        empty = folder / "empty.sqlite3"
        open_database(empty, key=TEST_KEY).close()
        self.empty = empty.read_bytes()

    def __repr__(self) -> str:  # hypothesis prints the arguments of a failing example
        return f"Workspace({self.folder})"

    def fresh_database(self) -> tuple[Database, Path]:
        path = self.folder / "example.sqlite3"
        path.write_bytes(self.empty)
        return open_database(path, key=TEST_KEY), path


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return Workspace(tmp_path_factory.mktemp("fuzz"))


@pytest.fixture(scope="module")
def full_case(workspace: Workspace) -> dict[str, Any]:
    db = open_database(workspace.folder / "source.sqlite3", key=TEST_KEY)
    case = build_full_case(db)
    db.close()
    return case


def expected_rows(result: ImportResult) -> dict[str, int]:
    return {
        "client": 1,
        "network_person": len(result.network_ids),
        "child": len(result.children_ids),
        "consent": len(result.consent_ids),
        "appointment": len(result.appointment_ids),
        "screening": len(result.screening_ids),
        "referral": len(result.referral_ids),
        "group_member": len(result.group_member_ids),
        "group_meeting": len(result.meeting_ids),
        "individual_plan": int(result.plan_id is not None),
    }


def import_or_refuse(workspace: Workspace, data: object) -> ImportResult | None:
    """Import `data` into a fresh database: refused with nothing written, or written whole."""
    db, path = workspace.fresh_database()
    try:
        before = table_counts(path)
        try:
            result = import_case(db, data, "fuzz.json")
        except ValidationError as exc:
            assert exc.errors, "a refusal names at least one problem"
            assert all(error.field and error.message for error in exc.errors)
            assert table_counts(path) == before, "a refused file changed the database"
            return None
        after = table_counts(path)
        for table, added in expected_rows(result).items():
            assert after[table] - before[table] == added, table
        assert export_case(db, result.client_id)["client"]["family_name"]
        return result
    finally:
        db.close()


# --- values a file may hold ----------------------------------------------------------------

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=30)
    | st.dates().map(dt.date.isoformat)
    | st.sampled_from(
        ["", " ", "\n", "null", "0", "rustool-case/1", "2026-02-30", "\x00", "Ka\udc80ri"]
    )
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)


def all_paths(value: Any, prefix: Path_ = ()) -> list[Path_]:
    paths = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            paths += all_paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            paths += all_paths(item, (*prefix, index))
    return paths


def locate_value(root: Any, path: Path_) -> Any:
    node = root
    for step in path:
        node = node[step]
    return node


# --- the properties --------------------------------------------------------------------------


def test_the_unmutated_case_imports_whole(workspace: Workspace, full_case: dict[str, Any]) -> None:
    result = import_or_refuse(workspace, copy.deepcopy(full_case))
    assert result is not None
    assert len(result.referral_ids) == 2 and result.plan_id is not None
    assert len(result.group_member_ids) == 3


@FUZZ
@given(data=JSON_VALUES)
def test_random_json_is_refused_cleanly(workspace: Workspace, data: Any) -> None:
    assert import_or_refuse(workspace, data) is None


@FUZZ
@given(
    fields=st.dictionaries(
        st.sampled_from(
            [
                "client",
                "network",
                "children",
                "consents",
                "screenings",
                "appointments",
                "referrals",
                "responsibility_group",
                "individual_plan",
                "other",
            ]
        ),
        JSON_VALUES,
    )
)
def test_random_content_under_the_right_format_is_refused_cleanly(
    workspace: Workspace, fields: dict[str, Any]
) -> None:
    import_or_refuse(workspace, {"format": "rustool-case/1"} | fields)


# --- the file itself -------------------------------------------------------------------------


def dumps_with_duplicate(value: Any, target: Path_, junk: Any, here: Path_ = ()) -> str:
    """JSON text of `value` in which the object at `target` has its first key twice."""
    if isinstance(value, dict):
        members = [
            f"{json.dumps(key)}: {dumps_with_duplicate(item, target, junk, (*here, key))}"
            for key, item in value.items()
        ]
        if here == target and value:
            members.insert(0, f"{json.dumps(next(iter(value)))}: {json.dumps(junk)}")
        return "{" + ", ".join(members) + "}"
    if isinstance(value, list):
        items = (
            dumps_with_duplicate(item, target, junk, (*here, i)) for i, item in enumerate(value)
        )
        return "[" + ", ".join(items) + "]"
    return json.dumps(value, ensure_ascii=False)


@FUZZ
@given(data=st.data())
def test_a_duplicate_key_anywhere_is_refused_before_import(
    workspace: Workspace, full_case: dict[str, Any], data: st.DataObject
) -> None:
    objects = [p for p in all_paths(full_case) if isinstance(locate_value(full_case, p), dict)]
    target = data.draw(st.sampled_from([p for p in objects if locate_value(full_case, p)]))
    path = workspace.folder / "duplicate.json"
    path.write_text(
        dumps_with_duplicate(full_case, target, data.draw(JSON_VALUES)), encoding="utf-8"
    )
    with pytest.raises(ValidationError) as exc:
        read_case_file(path)
    [error] = exc.value.errors
    assert (error.field, error.code) == ("file", "json")
    assert "appears twice" in error.message


@FUZZ
@given(raw=st.binary(max_size=2000) | JSON_VALUES.map(lambda v: json.dumps(v).encode()))
def test_any_bytes_are_read_or_refused_cleanly_and_import_refuses_or_takes_them_whole(
    workspace: Workspace, raw: bytes
) -> None:
    path = workspace.folder / "case.json"
    path.write_bytes(raw)
    try:
        parsed = read_case_file(path)
    except ValidationError as exc:
        [error] = exc.errors
        assert error.field == "file" and error.code in {"encoding", "empty", "json"}
        return
    import_or_refuse(workspace, parsed)


# --- mutated case files, and what mutating them found -----------------------------------


def holds(node: Any, step: str | int) -> bool:
    if isinstance(node, dict):
        return step in node
    return isinstance(node, list) and isinstance(step, int) and step < len(node)


def locate(root: Any, path: Path_) -> tuple[Any, Any] | None:
    """The container holding `path` and the key in it, if an earlier mutation left it there."""
    node = root
    for step in path[:-1]:
        if not holds(node, step):
            return None
        node = node[step]
    return (node, path[-1]) if holds(node, path[-1]) else None


def huge(value: Any) -> Any:
    if isinstance(value, list):
        return value * 2000 if value else ["Ŋ" * 1000] * 2000
    return "Ŋ🙂 <&> " * 40_000


def nested(value: Any, depth: int) -> Any:
    for level in range(depth):
        value = [value] if level % 2 else {"junk": value}
    return value


MUTATIONS = ("drop", "replace", "huge", "nest", "add_key", "repeat")


def mutate(case: dict[str, Any], path: Path_, how: str, junk: Any, depth: int) -> None:
    """One change at `path`, unless an earlier change took that path away."""
    found = locate(case, path) if path else None
    if found is None:
        return
    container, key = found
    if how == "drop":
        del container[key]
    elif how == "replace":
        container[key] = junk
    elif how == "huge":
        container[key] = huge(container[key])
    elif how == "nest":
        container[key] = nested(container[key], depth)
    elif how == "add_key" and isinstance(container[key], dict):
        container[key][f"extra_{depth}"] = junk
    elif how == "repeat" and isinstance(container, list):
        container.insert(int(key), copy.deepcopy(container[key]))


@FUZZ
@given(data=st.data())
def test_a_mutated_case_file_is_refused_or_imported_whole(
    workspace: Workspace, full_case: dict[str, Any], data: st.DataObject
) -> None:
    case = copy.deepcopy(full_case)
    paths = all_paths(case)
    for _ in range(data.draw(st.integers(1, 4), label="mutations")):
        mutate(
            case,
            data.draw(st.sampled_from(paths), label="path"),
            data.draw(st.sampled_from(MUTATIONS), label="how"),
            data.draw(JSON_VALUES, label="junk"),
            data.draw(st.integers(1, 60), label="depth"),
        )
    import_or_refuse(workspace, case)


BROKEN = "Ka\udc80ri"  # half of a UTF-16 pair: JSON spells it "Ka\\udc80ri"


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        (lambda c: c["client"].update(given_name=BROKEN), "client.given_name", "encoding"),
        (lambda c: c["network"][0].update(name=BROKEN), "network[0].name", "encoding"),
        (
            lambda c: c["referrals"][0]["recipient"].update(name=BROKEN),
            "referrals[0].recipient.name",
            "encoding",
        ),
        (
            lambda c: c["referrals"][0]["content"].update(help_wanted=BROKEN),
            "referrals[0].content.help_wanted",
            "encoding",
        ),
        (
            lambda c: c["responsibility_group"]["meetings"][0]["action_items"][0].update(
                description=BROKEN
            ),
            "responsibility_group.meetings[0].action_items[0].description",
            "encoding",
        ),
        (
            lambda c: c["individual_plan"].update(client_story=BROKEN),
            "individual_plan.client_story",
            "encoding",
        ),
        (lambda c: c["referrals"][0].update(recipient="Ålesund"), "referrals[0].recipient", "type"),
        (lambda c: c["referrals"][0].update(content=["hjelp"]), "referrals[0].content", "type"),
        (lambda c: c["screenings"][0].update(id=[1]), "screenings[0].id", "type"),
        (
            lambda c: c["screenings"].append(copy.deepcopy(c["screenings"][0])),
            "screenings[1].id",
            "duplicate",
        ),
        (
            lambda c: c["referrals"][0].update(screenings=[[1]]),
            "referrals[0].screenings[0]",
            "unknown",
        ),
        (
            lambda c: c["referrals"][0]["screenings"].append(c["referrals"][0]["screenings"][0]),
            "referrals[0].screenings[1]",
            "duplicate",
        ),
    ],
)
def test_what_the_fuzzing_found_is_refused_on_its_field_and_writes_nothing(
    workspace: Workspace,
    full_case: dict[str, Any],
    change: Callable[[dict[str, Any]], None],
    field: str,
    code: str,
) -> None:
    case = copy.deepcopy(full_case)
    change(case)
    db, path = workspace.fresh_database()
    before = table_counts(path)
    with pytest.raises(ValidationError) as exc:
        import_case(db, case)
    db.close()
    assert code in [error.code for error in exc.value.errors if error.field == field]
    assert table_counts(path) == before


def test_a_file_nested_too_deeply_is_refused_as_bad_json(workspace: Workspace) -> None:
    path = workspace.folder / "deep.json"
    path.write_text('{"format": "rustool-case/1", "client": ' + "[" * 100_000 + "]" * 100_000 + "}")
    with pytest.raises(ValidationError) as exc:
        read_case_file(path)
    [error] = exc.value.errors
    assert (error.field, error.code) == ("file", "json")
    assert "nested too deeply" in error.message
