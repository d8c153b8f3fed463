"""Case files with a responsibility group and an individual plan: export, import, refusal."""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, select

from rustool.db import Database, open_database
from rustool.domain.records import ValidationError
from rustool.models import ActionItem, GroupMeeting, GroupMember, IndividualPlan, PlanRevision
from rustool.services.audit import audit_events
from rustool.services.casefile import export_case, import_case
from rustool.services.clients import create_client
from rustool.services.groups import create_meeting, remove_member, save_member
from rustool.services.plans import action_item_to_measure, save_plan
from rustool.services.record_parts import Part, add_part
from rustool.services.settings import save_settings
from tests.conftest import TEST_KEY
from tests.services.test_casefile import AWKWARD, table_counts

TODAY = dt.date.today()


def day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


def at(offset: int, time: str) -> str:
    return f"{day(offset)}T{time}:00"


GROUP: dict[str, Any] = {
    "members": [
        {
            "name": "Kari Koordinator",
            "role": "ruskonsulent",
            "organization": "NAV Ŧana",
            "phone": "912 34 567",
            "email": "kari@eksempel.no",
            "is_coordinator": True,
            "left_on": None,
        },
        {
            "name": "Per Fastlege",
            "role": "fastlege",
            "organization": "Đ legekontor",
            "phone": None,
            "email": None,
            "is_coordinator": False,
            "left_on": None,
        },
        {
            "name": "Åse Tidligere",
            "role": "NAV-veileder",
            "organization": "NAV Ŧana",
            "phone": None,
            "email": "ase@eksempel.no",
            "is_coordinator": False,
            "left_on": day(-10),
        },
    ],
    "meetings": [
        {
            "starts_at": at(-60, "10:00"),
            "ends_at": at(-60, "11:30"),
            "location": "NAV-kontoret",
            "agenda": [
                {"title": "Bolig", "notes": f"Søknad om bolig er sendt. {AWKWARD}"},
                {"title": "Arbeid", "notes": None},
            ],
            "attendance": [
                {"member": "Kari Koordinator", "status": "present"},
                {"member": "Per Fastlege", "status": "excused"},
                {"member": "Åse Tidligere", "status": "absent"},
            ],
            "decisions": "Klienten søker kommunal bolig.\nNAV vurderer tiltak.",
            "action_items": [
                {
                    "description": "Sende boligsøknad",
                    "responsible": "Kari Koordinator",
                    "due_on": day(-50),
                    "done_on": day(-52),
                },
                {
                    "description": "Time hos fastlegen",
                    "responsible": "Per Fastlege",
                    "due_on": day(3),
                    "done_on": None,
                },
            ],
            "next_meeting_at": at(5, "10:00"),
        },
        {
            "starts_at": at(5, "10:00"),
            "ends_at": None,
            "location": None,
            "agenda": [],
            "attendance": [],
            "decisions": None,
            "action_items": [],
            "next_meeting_at": None,
        },
    ],
}
PLAN: dict[str, Any] = {
    "coordinator": "Kari Koordinator",
    "period_start": day(-90),
    "period_end": day(275),
    "next_revision_on": day(30),
    "client_story": f"Jeg vil ha et sted å bo. {AWKWARD}",
    "resources": "God kontakt med søster.",
    "cooperation": "NAV og fastlege.",
    "status": "active",
    "participants": [
        {"name": "Kari Koordinator", "role": "ruskonsulent", "organization": "NAV Ŧana"},
        {"name": "Mor", "role": "pårørende", "organization": None},
    ],
    "goals": [
        {
            "life_area": "housing",
            "description": "Egen leilighet innen sommeren.",
            "horizon": "long",
            "target_date": day(200),
            "status": "open",
            "measures": [
                {
                    "description": "Søke kommunal bolig",
                    "responsible": "Kari Koordinator, NAV",
                    "scope": "1 time per uke",
                    "start_on": day(-80),
                    "end_on": day(60),
                    "status": "ongoing",
                },
                {
                    "description": "Visning med støttekontakt",
                    "responsible": None,
                    "scope": None,
                    "start_on": None,
                    "end_on": None,
                    "status": "planned",
                },
            ],
        },
        {
            "life_area": "substance_use",
            "description": "Mindre alkohol i helgene.",
            "horizon": "short",
            "target_date": None,
            "status": "open",
            "measures": [],
        },
    ],
    "evaluations": [
        {
            "held_on": day(-30),
            "summary": "God fremgang med bolig.",
            "goal_notes": [{"goal": 0, "note": "Søknad sendt."}],
        }
    ],
}
DECLINED: dict[str, Any] = {
    "coordinator": "Kari Koordinator",
    "declined_on": day(-5),
    "notes": "Ønsker ikke plan nå, men vil ha koordinator.",
}


def new_client(db: Database, *consent_kinds: str) -> int:
    save_settings(db, {"user_name": "Test Konsulent"})
    client = create_client(
        db, {"given_name": "Máret", "family_name": "Eira", "birth_date": "1985-03-04"}
    )
    assert client.id is not None
    for kind in consent_kinds:
        add_part(
            db, Part.CONSENTS, client.id, {"kind": kind, "given_on": day(-100), "form": "written"}
        )
    return client.id


@pytest.fixture
def other_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "other" / "rustool.sqlite3", key=TEST_KEY)
    yield database
    database.close()


@pytest.fixture
def case(db: Database) -> dict[str, Any]:
    """A case file with consents to group and plan, and the group and plan above."""
    client_id = new_client(db, "responsibility_group", "individual_plan")
    case = export_case(db, client_id)
    assert case["responsibility_group"] is None and case["individual_plan"] is None
    return case | {"responsibility_group": copy.deepcopy(GROUP), "individual_plan": PLAN}


def test_group_and_plan_go_through_import_and_export_unchanged(
    db: Database, other_db: Database, case: dict[str, Any]
) -> None:
    first = import_case(other_db, case)
    exported = export_case(other_db, first.client_id)
    assert exported["responsibility_group"] == GROUP
    assert exported["individual_plan"] == PLAN
    again = export_case(db, import_case(db, exported).client_id)
    assert again["responsibility_group"] == exported["responsibility_group"]
    assert again["individual_plan"] == exported["individual_plan"]


def test_import_writes_rows_keys_and_a_first_revision(
    other_db: Database, case: dict[str, Any]
) -> None:
    save_settings(other_db, {"user_name": "Importør"})
    result = import_case(other_db, case)
    assert len(result.group_member_ids) == 3 and len(result.meeting_ids) == 2
    assert result.plan_id is not None
    with other_db.session() as session:
        members = session.exec(select(GroupMember).order_by(col(GroupMember.id))).all()
        assert [(m.position, m.name, m.is_coordinator) for m in members] == [
            (0, "Kari Koordinator", True),
            (1, "Per Fastlege", False),
            (2, "Åse Tidligere", False),
        ]
        assert members[2].left_on == TODAY - dt.timedelta(days=10)
        meetings = session.exec(select(GroupMeeting).order_by(col(GroupMeeting.id))).all()
        assert len({m.ics_uid for m in meetings}) == 2 and all(m.ics_uid for m in meetings)
        assert meetings[0].attendance[1] == {"member": "Per Fastlege", "status": "excused"}
        actions = session.exec(select(ActionItem).order_by(col(ActionItem.id))).all()
        assert [(a.meeting_id, a.position, a.responsible) for a in actions] == [
            (meetings[0].id, 0, "Kari Koordinator"),
            (meetings[0].id, 1, "Per Fastlege"),
        ]
        assert actions[0].done_on == TODAY - dt.timedelta(days=52)
        plan = session.get(IndividualPlan, result.plan_id)
        assert plan is not None
        assert (plan.status, plan.declined_on) == ("active", None)
        assert plan.next_revision_on == TODAY + dt.timedelta(days=30)
        keys = [goal["key"] for goal in plan.content["goals"]] + [
            measure["key"] for goal in plan.content["goals"] for measure in goal["measures"]
        ]
        assert len(keys) == 4 and len(set(keys)) == 4
        assert all(re.fullmatch("[0-9a-f]{32}", key) for key in keys)
        revisions = session.exec(select(PlanRevision)).all()
        assert [(r.plan_id, r.number, r.saved_by, r.changes) for r in revisions] == [
            (plan.id, 1, "Importør", ["Importert fra saksmappe"])
        ]
        assert revisions[0].content == PLAN  # as saved, without the app's keys


def test_the_export_leaves_out_the_apps_own_links(db: Database, case: dict[str, Any]) -> None:
    result = import_case(db, case)
    with db.session() as session:
        plan = session.get(IndividualPlan, result.plan_id)
        assert plan is not None
        goals = copy.deepcopy(plan.content["goals"])
        goals[0]["measures"][0]["origin"] = {"meeting_id": 1, "action_item_id": 2}
        plan.content = plan.content | {"goals": goals}
        session.add(plan)
    exported = export_case(db, result.client_id)["individual_plan"]
    assert exported == PLAN
    assert "key" not in exported["goals"][0]
    assert set(exported["goals"][0]["measures"][0]) == set(PLAN["goals"][0]["measures"][0])


def test_a_group_without_meetings_and_a_declined_plan(db: Database, other_db: Database) -> None:
    # Declining needs no consent: the koordinator is offered whatever the client says.
    client_id = new_client(db)
    group = {"members": GROUP["members"][:2], "meetings": []}
    case = export_case(db, client_id) | {"responsibility_group": group, "individual_plan": DECLINED}
    result = import_case(other_db, case)
    exported = export_case(other_db, result.client_id)
    assert exported["responsibility_group"] == group
    assert exported["individual_plan"] == DECLINED
    with other_db.session() as session:
        plan = session.get(IndividualPlan, result.plan_id)
        assert plan is not None and plan.declined_on == TODAY - dt.timedelta(days=5)
        assert plan.status == "declined"  # no revision to chase on the overview


def test_an_empty_group_is_nothing_to_export(db: Database, other_db: Database) -> None:
    case = export_case(db, new_client(db)) | {
        "responsibility_group": {"members": [], "meetings": []}
    }
    result = import_case(other_db, case)
    assert (result.group_member_ids, result.meeting_ids, result.plan_id) == ([], [], None)
    assert export_case(other_db, result.client_id)["responsibility_group"] is None


def test_the_import_is_audited_without_personal_data(
    other_db: Database, case: dict[str, Any]
) -> None:
    result = import_case(other_db, case)
    events = [
        (e.action, e.entity, e.detail)
        for e in audit_events(other_db, result.client_id)
        if e.entity in ("group_member", "group_meeting", "individual_plan")
    ]
    assert events == [
        ("create", "group_member", "imported"),
        ("create", "group_member", "imported"),
        ("create", "group_member", "imported"),
        ("create", "group_meeting", "imported (2 action items)"),
        ("create", "group_meeting", "imported (0 action items)"),
        ("create", "individual_plan", "imported"),
    ]


def _change(*path: Any, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(case: dict[str, Any]) -> None:
        target = case
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _without_plan_consent(case: dict[str, Any]) -> None:
    case["consents"] = [c for c in case["consents"] if c["kind"] != "individual_plan"]


def _withdrawn_plan_consent(case: dict[str, Any]) -> None:
    for consent in case["consents"]:
        if consent["kind"] == "individual_plan":
            consent["withdrawn_on"] = day(-1)


def _both(*changes: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], None]:
    def change(case: dict[str, Any]) -> None:
        for one in changes:
            one(case)

    return change


NO_CONSENT = "individual_plan: a plan needs a consent of kind individual_plan in force"
BAD_FILES: list[tuple[str, Callable[[dict[str, Any]], None], list[str]]] = [
    (
        "two koordinatorer",
        _change("responsibility_group", "members", 1, "is_coordinator", value=True),
        [
            "responsibility_group.members: exactly one member must be the koordinator, not 2 "
            "(Kari Koordinator, Per Fastlege)"
        ],
    ),
    (
        "an action item for someone not in the group",
        _change(
            "responsibility_group",
            "meetings",
            0,
            "action_items",
            1,
            "responsible",
            value="Ola Utenfor",
        ),
        [
            "responsibility_group.meetings[0].action_items[1].responsible: 'Ola Utenfor' is "
            "not a member of the group"
        ],
    ),
    (
        "attendance for someone not in the group",
        _change("responsibility_group", "meetings", 0, "attendance", 0, "member", value="Ukjent"),
        [
            "responsibility_group.meetings[0].attendance[0].member: 'Ukjent' is not a member "
            "of the group"
        ],
    ),
    (
        "a measure outside the plan period",
        _change("individual_plan", "goals", 0, "measures", 0, "end_on", value=day(400)),
        [
            "individual_plan.goals[0].measures[0].end_on: must lie within the plan period "
            f"({day(-90)} – {day(275)})"
        ],
    ),
    (
        "an evaluation before the plan started",
        _change("individual_plan", "evaluations", 0, "held_on", value=day(-91)),
        [
            "individual_plan.evaluations[0].held_on: an evaluation cannot be held before the "
            f"plan started ({day(-90)})"
        ],
    ),
    ("a plan without consent", _without_plan_consent, [NO_CONSENT]),
    ("a plan whose consent is withdrawn", _withdrawn_plan_consent, [NO_CONSENT]),
    (
        "the app's own keys",
        _change("individual_plan", "goals", 0, "key", value="0" * 32),
        ["individual_plan.goals[0].key: is not a known field"],
    ),
    (
        "a group that is not an object",
        _change("responsibility_group", value=[]),
        ["responsibility_group: must be an object (or null)"],
    ),
    (
        "a group without its members",
        _change("responsibility_group", value={"meetings": []}),
        ["responsibility_group.members: is missing"],
    ),
    (
        "problems in group and plan at once",
        _both(
            _change("responsibility_group", "members", 0, "email", value="ikke-epost"),
            _without_plan_consent,
        ),
        ["responsibility_group.members[0].email: must be an e-mail address", NO_CONSENT],
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"), [(c, e) for _, c, e in BAD_FILES], ids=[n for n, _, _ in BAD_FILES]
)
def test_a_bad_group_or_plan_names_path_and_reason_and_writes_nothing(
    other_db: Database,
    case: dict[str, Any],
    change: Callable[[dict[str, Any]], None],
    expected: list[str],
) -> None:
    case = copy.deepcopy(case)
    before = table_counts(other_db.path)
    change(case)
    with pytest.raises(ValidationError) as exc:
        import_case(other_db, case)
    assert [str(error) for error in exc.value.errors] == expected
    assert table_counts(other_db.path) == before


def test_a_group_and_plan_kept_in_the_app_go_through_a_case_file(
    db: Database, other_db: Database
) -> None:
    """What the group and plan services store exports, imports and exports again unchanged;
    the link from an action item to the measure it became stays in the app."""
    client_id = new_client(db, "responsibility_group", "individual_plan")
    saved = [
        save_member(db, client_id, {k: v for k, v in member.items() if k != "left_on"})
        for member in GROUP["members"]
    ]
    meeting = create_meeting(db, client_id, GROUP["meetings"][0])
    assert remove_member(db, saved[2].id or 0, today=TODAY - dt.timedelta(days=10)) == "left"
    save_plan(db, client_id, PLAN, None)
    action_item_to_measure(db, meeting.action_items[1].id or 0, 1)
    case = export_case(db, client_id)
    assert case["responsibility_group"]["members"] == GROUP["members"]
    assert case["responsibility_group"]["meetings"] == [GROUP["meetings"][0]]
    measure = case["individual_plan"]["goals"][1]["measures"][0]
    assert measure["description"] == "Time hos fastlegen"
    assert "key" not in measure and "origin" not in measure
    again = export_case(other_db, import_case(other_db, case).client_id)
    assert again["responsibility_group"] == case["responsibility_group"]
    assert again["individual_plan"] == case["individual_plan"]
