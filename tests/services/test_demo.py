"""Demo data: synthetic people only, valid by the same rules as typed input, repeatable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import col, select

from rustool.db import Database, open_database
from rustool.domain.client_rules import CLIENT_FIELDS, consent_in_force, validate_client
from rustool.domain.group_rules import (
    MEETING_FIELDS,
    MEMBER_FIELDS,
    validate_meeting,
    validate_members,
)
from rustool.domain.national_id import parse_national_id
from rustool.domain.plan_rules import plan_quality, validate_coordinator_only, validate_plan
from rustool.models import (
    ActionItem,
    Client,
    Consent,
    GroupMeeting,
    GroupMember,
    IndividualPlan,
    PlanRevision,
)
from rustool.services.audit import audit_events
from rustool.services.casefile import export_case, import_case
from rustool.services.clients import count_clients, search_clients
from rustool.services.dashboard import Attention, dashboard
from rustool.services.demo import create_demo_clients
from rustool.services.plans import KEY, ORIGIN
from rustool.services.settings import save_settings
from tests.conftest import TEST_KEY


def client_rows(db: Database) -> list[dict[str, Any]]:
    """Every client's fields as stored (read directly: a service read would audit a view)."""
    with db.session() as session:
        clients = session.exec(select(Client).order_by(col(Client.id)))
        return [
            {"id": c.id} | {spec.name: getattr(c, spec.name) for spec in CLIENT_FIELDS}
            for c in clients
        ]


@pytest.fixture
def other_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "other" / "rustool.sqlite3", key=TEST_KEY)
    yield database
    database.close()


def test_demo_clients_have_synthetic_national_ids_only(db: Database) -> None:
    assert create_demo_clients(db, 300, seed=7) == 300
    rows = client_rows(db)
    assert len(rows) == 300
    numbers = [row["national_id"] for row in rows if row["national_id"] is not None]
    assert len(set(numbers)) == len(numbers)
    for number in numbers:
        assert parse_national_id(number).is_synthetic
        assert 81 <= int(number[2:4]) <= 92  # month + 80: never a real person's number
    # A few have no national id yet; they have a birth date instead.
    without = [row for row in rows if row["national_id"] is None]
    assert without and all(row["birth_date"] is not None for row in without)


def test_every_demo_client_passes_the_validators(db: Database) -> None:
    create_demo_clients(db, 300, seed=8)
    for row in client_rows(db):
        data = {name: value for name, value in row.items() if name != "id"}
        validate_client(data, "client")
    statuses = {row["status"] for row in client_rows(db)}
    assert statuses == {"active", "closed"}


def test_demo_records_import_as_case_files(db: Database, other_db: Database) -> None:
    """The whole record (lists included) passes every check an imported case file gets."""
    create_demo_clients(db, 40, seed=9)
    for client_id in range(1, 41):
        import_case(other_db, export_case(db, client_id))
    with other_db.engine.connect() as connection:
        counts = [
            connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("network_person", "child", "consent", "appointment")
        ]
    assert all(counts), counts


def test_names_are_norwegian_and_sami(db: Database) -> None:
    create_demo_clients(db, 500, seed=10)
    names = " ".join(f"{r['given_name']} {r['family_name']}" for r in client_rows(db))
    assert any(letter in names for letter in "æøå")
    assert any(letter in names for letter in "áŋÁ")


def test_the_same_seed_gives_the_same_people(db: Database, other_db: Database) -> None:
    create_demo_clients(db, 50, seed=11)
    create_demo_clients(other_db, 50, seed=11)

    def people(database: Database) -> list[tuple[object, ...]]:
        return [
            (r["given_name"], r["family_name"], r["national_id"]) for r in client_rows(database)
        ]

    assert people(db) == people(other_db)


def test_a_second_run_adds_more_without_clashing(db: Database) -> None:
    create_demo_clients(db, 100, seed=12)
    create_demo_clients(db, 100, seed=12)
    assert count_clients(db, status="all") == 200
    rows = client_rows(db)
    numbers = [row["national_id"] for row in rows if row["national_id"] is not None]
    assert len(set(numbers)) == len(numbers)


def test_demo_clients_are_searchable_and_audited(db: Database) -> None:
    save_settings(db, {"user_name": "Demo Bruker"})
    create_demo_clients(db, 20, seed=13)
    first = client_rows(db)[0]
    found = search_clients(db, str(first["family_name"]), status="all")
    assert first["id"] in [row.id for row in found]
    events = audit_events(db)
    assert len(events) == 20
    assert {(e.action, e.entity, e.user) for e in events} == {("create", "client", "Demo Bruker")}
    assert sorted(e.client_id or 0 for e in events) == list(range(1, 21))


def test_closed_demo_cases_say_when_and_why(db: Database) -> None:
    create_demo_clients(db, 200, seed=14)
    closed = [row for row in client_rows(db) if row["status"] == "closed"]
    assert closed
    for row in closed:
        assert row["closed_on"] <= dt.date.today()
        assert row["closed_reason"]


def _strip_keys(content: dict[str, Any]) -> dict[str, Any]:
    goals = [
        {k: v for k, v in goal.items() if k != KEY}
        | {
            "measures": [
                {k: v for k, v in m.items() if k not in (KEY, ORIGIN)} for m in goal["measures"]
            ]
        }
        for goal in content["goals"]
    ]
    return content | {"goals": goals}


def test_some_demo_clients_have_a_group_and_a_plan_by_the_rules(
    db: Database, other_db: Database
) -> None:
    create_demo_clients(db, 400, seed=17)
    today = dt.date.today()
    with db.session() as session:
        members = session.exec(select(GroupMember).order_by(col(GroupMember.position))).all()
        meetings = session.exec(select(GroupMeeting).order_by(col(GroupMeeting.starts_at))).all()
        actions = session.exec(select(ActionItem).order_by(col(ActionItem.position))).all()
        plans = session.exec(select(IndividualPlan)).all()
        revisions = session.exec(select(PlanRevision)).all()
        consents = session.exec(select(Consent)).all()
        active = session.exec(select(Client.id).where(Client.status == "active")).all()
    grouped = {member.client_id for member in members}
    assert 0.05 < len(grouped) / len(active) < 0.25, "about one active client in eight"
    assert {meeting.client_id for meeting in meetings} == grouped
    assert {plan.client_id for plan in plans} <= grouped

    measure_keys: dict[str, dict[str, Any]] = {}
    codes: set[str] = set()
    for client_id in grouped:
        group = [
            {spec.name: getattr(m, spec.name) for spec in MEMBER_FIELDS}
            for m in members
            if m.client_id == client_id
        ]
        assert group[0]["role"] == "ruskonsulent" and group[0]["is_coordinator"]
        names = [m["name"] for m in validate_members(group)]
        for index, meeting in enumerate(m for m in meetings if m.client_id == client_id):
            data = {spec.name: getattr(meeting, spec.name) for spec in MEETING_FIELDS}
            data |= {"agenda": meeting.agenda, "attendance": meeting.attendance}
            data["action_items"] = [
                {"description": a.description, "responsible": a.responsible}
                | {"due_on": a.due_on, "done_on": a.done_on}
                for a in actions
                if a.meeting_id == meeting.id
            ]
            validate_meeting(data, names, f"meetings[{index}]")
    for plan in plans:
        assert [(r.number, r.content) for r in revisions if r.plan_id == plan.id] == [
            (1, plan.content if plan.declined_on else _strip_keys(plan.content))
        ]
        if plan.declined_on is not None:
            assert plan.status == "declined"
            validate_coordinator_only(plan.content)
            continue
        in_force = any(
            c.kind == "individual_plan"
            and consent_in_force(c.given_on, c.expires_on, c.withdrawn_on, today)
            for c in consents
            if c.client_id == plan.client_id
        )
        clean = validate_plan(_strip_keys(plan.content), consent_in_force=in_force, today=today)
        assert clean["next_revision_on"] == plan.next_revision_on
        codes |= {issue.code for issue in plan_quality(clean, today)}
        for goal in plan.content["goals"]:
            assert len(goal[KEY]) == 32
            measure_keys |= {measure[KEY]: measure for measure in goal["measures"]}
    # The gaps inspections find, so the plan tab has something to point at.
    assert {"goal_without_measures", "measure_without_responsible", "revision_overdue"} <= codes
    assert any(plan.declined_on for plan in plans)
    linked = [a for a in actions if a.measure_key is not None]
    assert linked, "some action items became measures"
    for action in linked:
        assert action.measure_key is not None
        assert measure_keys[action.measure_key][ORIGIN] == {
            "meeting_id": action.meeting_id,
            "action_item_id": action.id,
        }
    # Held meetings have minutes and action items, some done and some open; some are coming.
    held = [m for m in meetings if m.starts_at.date() < today]  # today's may be unwritten
    assert all(m.attendance and m.agenda and m.decisions for m in held)
    assert {a.done_on is None for a in actions} == {True, False}
    kinds = {item.attention for item in dashboard(db)}
    assert {
        Attention.MEETING_SOON,
        Attention.ACTION_ITEM_OVERDUE,
        Attention.PLAN_REVISION_OVERDUE,
        Attention.PLAN_REVISION_DUE_SOON,
    } <= kinds
    # Every group and plan passes what an imported case file gets, and comes back the same.
    for client_id in sorted(grouped):
        case = export_case(db, client_id)
        again = export_case(other_db, import_case(other_db, case).client_id)
        assert again["responsibility_group"] == case["responsibility_group"]
        assert again["individual_plan"] == case["individual_plan"]
