"""Individual plan services: consent first, whole-plan saves with revisions, links to meetings."""

from __future__ import annotations

import copy
import datetime as dt
import uuid
from typing import Any

import pytest
from sqlmodel import select

from rustool.db import Database
from rustool.domain.records import ValidationError
from rustool.models import ActionItem, GroupMeeting, GroupMember, IndividualPlan, PlanRevision
from rustool.services.audit import audit_events
from rustool.services.clients import create_client
from rustool.services.errors import ConflictError
from rustool.services.plans import (
    KEY,
    ORIGIN,
    action_item_to_measure,
    client_plan,
    decision_to_measure,
    decline_plan,
    ip_status_text,
    measures_from_meeting,
    plan_revision,
    save_plan,
)
from rustool.services.record_parts import Part, add_part
from rustool.services.settings import save_settings

TODAY = dt.date(2026, 3, 15)


@pytest.fixture
def client_id(db: Database) -> int:
    client = create_client(
        db, {"given_name": "Kari", "family_name": "Nordmann", "birth_date": "1980-02-01"}
    )
    assert client.id is not None
    return client.id


def give_consent(db: Database, client_id: int, **more: Any) -> None:
    data = {"kind": "individual_plan", "given_on": dt.date(2026, 1, 10), "form": "written"}
    add_part(db, Part.CONSENTS, client_id, data | more)


@pytest.fixture
def consented(db: Database, client_id: int) -> int:
    give_consent(db, client_id)
    return client_id


def plan_data(**more: Any) -> dict[str, Any]:
    return {
        "coordinator": "Kari Nordmann",
        "period_start": dt.date(2026, 2, 1),
        "period_end": dt.date(2026, 12, 31),
        "next_revision_on": dt.date(2026, 8, 1),
        "client_story": "Jeg vil ha et sted å bo og slutte å drikke.",
        "goals": [
            {
                "life_area": "housing",
                "description": "Egen leilighet",
                "horizon": "long",
                "measures": [
                    {
                        "description": "Søke kommunal bolig",
                        "responsible": "NAV, Ola Hansen",
                        "start_on": dt.date(2026, 2, 1),
                        "end_on": dt.date(2026, 4, 1),
                    }
                ],
            }
        ],
    } | more


def plan_rows(db: Database) -> list[IndividualPlan]:
    with db.session() as session:
        return list(session.exec(select(IndividualPlan)))


def revision_rows(db: Database) -> list[PlanRevision]:
    with db.session() as session:
        return list(session.exec(select(PlanRevision)))


def plan_events(db: Database, client_id: int) -> list[tuple[str, str, str | None]]:
    return [
        (e.action, e.entity, e.detail)
        for e in audit_events(db, client_id)
        if e.entity in ("individual_plan", "plan_revision")
    ]


def add_meeting(db: Database, client_id: int, decisions: str | None = None) -> int:
    now = dt.datetime(2026, 3, 1, 10, 0)
    with db.session() as session:
        meeting = GroupMeeting(
            client_id=client_id,
            starts_at=now,
            decisions=decisions,
            ics_uid=f"{uuid.uuid4().hex}@rustool",
            created_at=now,
            updated_at=now,
        )
        session.add(meeting)
        session.flush()
        assert meeting.id is not None
        return meeting.id


def add_action_item(
    db: Database, client_id: int, meeting_id: int, due_on: dt.date | None = None
) -> int:
    with db.session() as session:
        item = ActionItem(
            meeting_id=meeting_id,
            client_id=client_id,
            description="Følge til legetime",
            responsible="Ola Hansen",
            due_on=due_on,
        )
        session.add(item)
        session.flush()
        assert item.id is not None
        return item.id


def action_item(db: Database, item_id: int) -> ActionItem:
    with db.session() as session:
        item = session.get(ActionItem, item_id)
        assert item is not None
        return item


# --- bad input: clear messages, nothing written ---------------------------------------------


def test_a_plan_without_consent_is_refused_and_nothing_is_written(
    db: Database, client_id: int
) -> None:
    with pytest.raises(ValidationError) as caught:
        save_plan(db, client_id, plan_data(), None, today=TODAY)

    assert [(e.field, e.code) for e in caught.value.errors] == [("individual_plan", "no_consent")]
    assert "consent" in caught.value.errors[0].message
    assert plan_rows(db) == [] and revision_rows(db) == []
    assert plan_events(db, client_id) == []
    view = client_plan(db, client_id, today=TODAY)
    assert view.plan is None and not view.consent_in_force


def test_a_withdrawn_consent_is_no_consent(db: Database, client_id: int) -> None:
    give_consent(db, client_id, withdrawn_on=dt.date(2026, 3, 1))

    assert not client_plan(db, client_id, today=TODAY).consent_in_force
    with pytest.raises(ValidationError) as caught:
        save_plan(db, client_id, plan_data(), None, today=TODAY)
    assert caught.value.errors[0].code == "no_consent"
    assert plan_rows(db) == []


def test_a_measure_outside_the_plan_period_is_refused_by_its_path(
    db: Database, consented: int
) -> None:
    data = plan_data()
    data["goals"][0]["measures"][0]["end_on"] = dt.date(2027, 1, 31)

    with pytest.raises(ValidationError) as caught:
        save_plan(db, consented, data, None, today=TODAY)

    error = caught.value.errors[0]
    assert (error.field, error.code) == (
        "individual_plan.goals[0].measures[0].end_on",
        "outside_period",
    )
    assert "plan period" in error.message
    assert plan_rows(db) == [] and revision_rows(db) == []


def test_an_evaluation_before_the_plan_started_is_refused(db: Database, consented: int) -> None:
    data = plan_data(evaluations=[{"held_on": dt.date(2026, 1, 20), "summary": "For tidlig"}])

    with pytest.raises(ValidationError) as caught:
        save_plan(db, consented, data, None, today=TODAY)

    error = caught.value.errors[0]
    assert (error.field, error.code) == ("individual_plan.evaluations[0].held_on", "before_plan")
    assert plan_rows(db) == []


def test_a_bad_edit_leaves_the_saved_plan_as_it_was(db: Database, consented: int) -> None:
    view = save_plan(db, consented, plan_data(), None, today=TODAY)
    assert view.plan is not None
    edited = copy.deepcopy(view.content)
    edited["goals"][0]["measures"][0]["start_on"] = dt.date(2025, 1, 1)

    with pytest.raises(ValidationError) as caught:
        save_plan(db, consented, edited, view.plan.version, today=TODAY)

    assert caught.value.errors[0].field == "individual_plan.goals[0].measures[0].start_on"
    after = client_plan(db, consented, today=TODAY)
    assert after.content == view.content
    assert after.plan is not None and after.plan.version == view.plan.version
    assert len(after.revisions) == 1


# --- saving, keys and revisions -------------------------------------------------------------


def test_a_new_plan_is_stored_with_keys_a_first_revision_and_an_audit_event(
    db: Database, consented: int
) -> None:
    save_settings(db, {"user_name": "Rus Konsulent"})

    view = save_plan(db, consented, plan_data(), None, today=TODAY)

    assert view.plan is not None and view.plan.version == 1 and not view.declined
    assert view.consent_in_force
    goal = view.content["goals"][0]
    measure = goal["measures"][0]
    assert len(goal[KEY]) == 32 and len(measure[KEY]) == 32 and ORIGIN not in measure
    # Typed dates for the form; mirrored columns for the overview.
    assert view.content["period_start"] == dt.date(2026, 2, 1)
    assert measure["end_on"] == dt.date(2026, 4, 1)
    assert view.plan.status == "active"
    assert view.plan.next_revision_on == dt.date(2026, 8, 1)
    assert view.plan.content["goals"][0]["measures"][0]["end_on"] == "2026-04-01"
    [summary] = view.revisions
    assert (summary.number, summary.saved_by, summary.changes) == (
        1,
        "Rus Konsulent",
        ["Planen opprettet"],
    )
    assert dt.datetime.now() - summary.saved_at < dt.timedelta(minutes=1)
    assert plan_events(db, consented) == [("create", "individual_plan", "plan saved, revision 1")]


def test_an_update_keeps_keys_and_records_what_changed_who_and_when(
    db: Database, consented: int
) -> None:
    save_settings(db, {"user_name": "Rus Konsulent"})
    first = save_plan(db, consented, plan_data(), None, today=TODAY)
    assert first.plan is not None
    save_settings(db, {"user_name": "Annen Konsulent"})
    edited = copy.deepcopy(first.content)
    edited["next_revision_on"] = dt.date(2026, 9, 1)
    edited["goals"][0]["measures"][0]["responsible"] = "Boligkontoret"
    edited["goals"].insert(
        0, {"life_area": "substance_use", "description": "Drikke mindre", "measures": []}
    )

    second = save_plan(db, consented, edited, first.plan.version, today=TODAY)

    assert second.plan is not None and second.plan.version == 2
    old_goal, new_goal = first.content["goals"][0], second.content["goals"]
    assert new_goal[1][KEY] == old_goal[KEY]
    assert new_goal[1]["measures"][0][KEY] == old_goal["measures"][0][KEY]
    assert len(new_goal[0][KEY]) == 32 and new_goal[0][KEY] != old_goal[KEY]
    assert second.plan.next_revision_on == dt.date(2026, 9, 1)
    latest, earliest = second.revisions
    assert (latest.number, latest.saved_by, earliest.number) == (2, "Annen Konsulent", 1)
    assert latest.changes == [
        "Neste revisjon: 01.08.2026 → 01.09.2026",
        "Mål lagt til: «Drikke mindre»",
        "Mål «Egen leilighet», tiltak «Søke kommunal bolig»: "
        "Ansvarlig: «NAV, Ola Hansen» → «Boligkontoret»",
    ]

    revision = plan_revision(db, consented, 1)
    assert revision.saved_by == "Rus Konsulent" and revision.changes == ["Planen opprettet"]
    assert revision.content["next_revision_on"] == "2026-08-01"
    # The earlier version as it was, without the service's keys (like a case file).
    assert revision.content["goals"][0]["measures"][0] == {
        "description": "Søke kommunal bolig",
        "responsible": "NAV, Ola Hansen",
        "scope": None,
        "start_on": "2026-02-01",
        "end_on": "2026-04-01",
        "status": "planned",
    }
    assert KEY not in revision.content["goals"][0]
    assert plan_events(db, consented) == [
        ("create", "individual_plan", "plan saved, revision 1"),
        ("update", "individual_plan", "plan saved, revision 2"),
        ("view", "plan_revision", "revision 1"),
    ]


def test_a_save_without_changes_still_is_a_revision(db: Database, consented: int) -> None:
    first = save_plan(db, consented, plan_data(), None, today=TODAY)
    assert first.plan is not None

    second = save_plan(db, consented, first.content, first.plan.version, today=TODAY)

    assert second.revisions[0].changes == ["Lagret uten endringer"]


def test_the_ui_cannot_invent_keys_or_origins(db: Database, consented: int) -> None:
    first = save_plan(db, consented, plan_data(), None, today=TODAY)
    assert first.plan is not None
    edited = copy.deepcopy(first.content)
    edited["goals"][0][KEY] = "not-a-key-of-this-plan"
    measure = edited["goals"][0]["measures"][0]
    measure[ORIGIN] = {"meeting_id": 99, "action_item_id": 7}
    copied = copy.deepcopy(measure) | {"description": "Samme nøkkel to ganger"}
    edited["goals"][0]["measures"].append(copied)

    second = save_plan(db, consented, edited, first.plan.version, today=TODAY)

    goal = second.content["goals"][0]
    assert goal[KEY] != "not-a-key-of-this-plan" and len(goal[KEY]) == 32
    kept, duplicate = goal["measures"]
    assert kept[KEY] == first.content["goals"][0]["measures"][0][KEY]
    assert duplicate[KEY] != kept[KEY]
    assert ORIGIN not in kept and ORIGIN not in duplicate


def test_a_stale_version_is_a_conflict_and_writes_nothing(db: Database, consented: int) -> None:
    first = save_plan(db, consented, plan_data(), None, today=TODAY)
    assert first.plan is not None
    save_plan(db, consented, first.content, first.plan.version, today=TODAY)
    stale = copy.deepcopy(first.content) | {"client_story": "Min egen historie"}

    with pytest.raises(ConflictError):
        save_plan(db, consented, stale, first.plan.version, today=TODAY)
    with pytest.raises(ConflictError):  # a second "create" finds the plan already there
        save_plan(db, consented, plan_data(), None, today=TODAY)

    view = client_plan(db, consented, today=TODAY)
    assert view.plan is not None and view.plan.version == 2
    assert view.content["client_story"] == plan_data()["client_story"]
    assert len(revision_rows(db)) == 2


def test_the_view_shows_plan_quality_lines_with_their_spot(db: Database, consented: int) -> None:
    data = plan_data(next_revision_on=None)
    data["goals"][0]["measures"][0]["responsible"] = None
    data["goals"].append({"life_area": "economy", "description": "Betale ned gjeld"})

    view = save_plan(db, consented, data, None, today=TODAY)

    assert [(q.code, q.goal_index, q.measure_index) for q in view.quality] == [
        ("no_next_revision", None, None),
        ("measure_without_responsible", 0, 0),
        ("goal_without_measures", 1, None),
    ]
    assert "Mål 2 «Betale ned gjeld» har ingen tiltak." in [q.message for q in view.quality]


def test_a_revision_overdue_is_a_quality_line(db: Database, consented: int) -> None:
    save_plan(db, consented, plan_data(), None, today=TODAY)

    later = client_plan(db, consented, today=dt.date(2026, 8, 2))

    assert [q.code for q in later.quality] == ["revision_overdue"]
    assert "01.08.2026" in later.quality[0].message


def test_an_unknown_revision_or_plan_is_not_found(db: Database, consented: int) -> None:
    with pytest.raises(LookupError):
        plan_revision(db, consented, 1)
    save_plan(db, consented, plan_data(), None, today=TODAY)
    with pytest.raises(LookupError):
        plan_revision(db, consented, 2)
    assert ("view", "plan_revision", "revision 2") not in plan_events(db, consented)


# --- declined plans -------------------------------------------------------------------------


def test_a_declined_plan_keeps_the_koordinator_without_consent(
    db: Database, client_id: int
) -> None:
    record = {"coordinator": "Kari Nordmann", "declined_on": dt.date(2026, 3, 12)}

    view = decline_plan(db, client_id, record, None)

    assert view.declined and view.plan is not None
    assert view.content == record | {"notes": None}
    assert view.quality == []
    assert view.plan.declined_on == dt.date(2026, 3, 12)
    assert view.plan.status == "declined" and view.plan.next_revision_on is None
    assert view.revisions[0].changes == ["Klienten takket nei til planen; koordinator registrert"]

    again = decline_plan(db, client_id, record | {"coordinator": "Per Hansen"}, view.plan.version)
    assert again.revisions[0].changes == ["Koordinator: «Kari Nordmann» → «Per Hansen»"]
    assert plan_events(db, client_id) == [
        ("create", "individual_plan", "declined, revision 1"),
        ("update", "individual_plan", "declined, revision 2"),
    ]


def test_a_declined_record_needs_koordinator_and_date(db: Database, client_id: int) -> None:
    with pytest.raises(ValidationError) as caught:
        decline_plan(db, client_id, {"notes": "Vil ikke"}, None)

    assert {e.field for e in caught.value.errors} == {
        "individual_plan.coordinator",
        "individual_plan.declined_on",
    }
    assert plan_rows(db) == []


def test_a_plan_replaces_the_declined_record_when_the_client_changes_their_mind(
    db: Database, consented: int
) -> None:
    declined = decline_plan(
        db, consented, {"coordinator": "Kari Nordmann", "declined_on": "2026-01-15"}, None
    )
    assert declined.plan is not None

    view = save_plan(db, consented, plan_data(), declined.plan.version, today=TODAY)

    assert view.plan is not None and not view.declined and view.plan.declined_on is None
    assert view.plan.id == declined.plan.id and view.plan.status == "active"
    assert [r.number for r in view.revisions] == [2, 1]
    assert view.revisions[0].changes == ["Planen opprettet"]


def test_declining_is_refused_when_a_plan_with_goals_exists(db: Database, consented: int) -> None:
    view = save_plan(db, consented, plan_data(), None, today=TODAY)
    assert view.plan is not None

    with pytest.raises(ValidationError) as caught:
        decline_plan(
            db,
            consented,
            {"coordinator": "Kari Nordmann", "declined_on": TODAY},
            view.plan.version,
        )

    assert [(e.field, e.code) for e in caught.value.errors] == [("individual_plan", "has_goals")]
    after = client_plan(db, consented, today=TODAY)
    assert not after.declined and after.content == view.content
    assert len(revision_rows(db)) == 1


def test_a_plan_without_goals_can_still_be_declined(db: Database, consented: int) -> None:
    draft = save_plan(db, consented, plan_data(goals=[]), None, today=TODAY)
    assert draft.plan is not None

    view = decline_plan(
        db, consented, {"coordinator": "Kari Nordmann", "declined_on": TODAY}, draft.plan.version
    )

    assert view.declined and view.plan is not None and view.plan.id == draft.plan.id
    assert view.revisions[0].changes == ["Klienten takket nei til planen; koordinator registrert"]
    assert [r.number for r in view.revisions] == [2, 1]


# --- measures from the ansvarsgruppe --------------------------------------------------------


def test_an_action_item_becomes_a_measure_linked_both_ways(db: Database, consented: int) -> None:
    save_plan(db, consented, plan_data(), None, today=TODAY)
    meeting_id = add_meeting(db, consented)
    # Due after the plan period: the measure ends on the period's last day.
    item_id = add_action_item(db, consented, meeting_id, due_on=dt.date(2027, 2, 1))

    view = action_item_to_measure(db, item_id, 0, today=TODAY)

    measure = view.content["goals"][0]["measures"][1]
    assert measure["description"] == "Følge til legetime"
    assert measure["responsible"] == "Ola Hansen"
    assert measure["end_on"] == dt.date(2026, 12, 31) and measure["status"] == "planned"
    assert measure[ORIGIN] == {"meeting_id": meeting_id, "action_item_id": item_id}
    assert action_item(db, item_id).measure_key == measure[KEY]
    assert view.revisions[0].changes == [
        "Mål «Egen leilighet»: tiltak lagt til: «Følge til legetime»"
    ]
    assert plan_events(db, consented)[-1] == (
        "update",
        "individual_plan",
        "measure from action item, revision 2",
    )
    assert measures_from_meeting(db, meeting_id) == [(0, 1, measure)]

    with pytest.raises(ValidationError) as caught:
        action_item_to_measure(db, item_id, 0, today=TODAY)
    assert [(e.field, e.code) for e in caught.value.errors] == [("action_item", "already_measure")]
    assert len(client_plan(db, consented, today=TODAY).content["goals"][0]["measures"]) == 2


def test_the_origin_survives_edits_of_the_plan(db: Database, consented: int) -> None:
    save_plan(db, consented, plan_data(), None, today=TODAY)
    meeting_id = add_meeting(db, consented)
    item_id = add_action_item(db, consented, meeting_id)
    view = action_item_to_measure(db, item_id, 0, today=TODAY)
    assert view.plan is not None
    edited = copy.deepcopy(view.content)
    measure = edited["goals"][0]["measures"].pop(1)
    del measure[ORIGIN]  # the form may drop it: the service keeps it by the key
    edited["goals"].insert(0, {"life_area": "family", "description": "Se barna", "measures": []})
    edited["goals"][1]["measures"].insert(0, measure | {"status": "ongoing"})

    after = save_plan(db, consented, edited, view.plan.version, today=TODAY)

    moved = after.content["goals"][1]["measures"][0]
    assert moved[ORIGIN] == {"meeting_id": meeting_id, "action_item_id": item_id}
    assert action_item(db, item_id).measure_key == moved[KEY]
    assert measures_from_meeting(db, meeting_id) == [(1, 0, moved)]


def test_removing_a_linked_measure_clears_the_link_and_allows_linking_again(
    db: Database, consented: int
) -> None:
    save_plan(db, consented, plan_data(), None, today=TODAY)
    meeting_id = add_meeting(db, consented)
    item_id = add_action_item(db, consented, meeting_id)
    view = action_item_to_measure(db, item_id, 0, today=TODAY)
    assert view.plan is not None
    edited = copy.deepcopy(view.content)
    del edited["goals"][0]["measures"][1]

    with db.session() as session:
        meeting = session.get(GroupMeeting, meeting_id)
        assert meeting is not None
        version_before = meeting.version
    removed = save_plan(db, consented, edited, view.plan.version, today=TODAY)

    assert action_item(db, item_id).measure_key is None
    with db.session() as session:  # a meeting dialog open on the old link must reload
        meeting = session.get(GroupMeeting, meeting_id)
        assert meeting is not None and meeting.version == version_before + 1
    assert ("update", "action_item", "measure removed") in [
        (e.action, e.entity, e.detail) for e in audit_events(db, consented)
    ]
    assert measures_from_meeting(db, meeting_id) == []
    assert removed.revisions[0].changes == [
        "Mål «Egen leilighet»: tiltak fjernet: «Følge til legetime»"
    ]

    relinked = action_item_to_measure(db, item_id, 0, today=TODAY)
    measure = relinked.content["goals"][0]["measures"][1]
    assert action_item(db, item_id).measure_key == measure[KEY]


def test_a_dangling_link_does_not_block_a_new_conversion(db: Database, consented: int) -> None:
    save_plan(db, consented, plan_data(), None, today=TODAY)
    meeting_id = add_meeting(db, consented)
    item_id = add_action_item(db, consented, meeting_id)
    with db.session() as session:
        item = session.get(ActionItem, item_id)
        assert item is not None
        item.measure_key = uuid.uuid4().hex  # a measure that is no longer in the plan
        session.add(item)

    view = action_item_to_measure(db, item_id, 0, today=TODAY)

    assert action_item(db, item_id).measure_key == view.content["goals"][0]["measures"][1][KEY]


def test_an_action_item_for_a_missing_goal_is_refused(db: Database, consented: int) -> None:
    save_plan(db, consented, plan_data(), None, today=TODAY)
    meeting_id = add_meeting(db, consented)
    item_id = add_action_item(db, consented, meeting_id)

    with pytest.raises(ValidationError) as caught:
        action_item_to_measure(db, item_id, 1, today=TODAY)

    assert [(e.field, e.code) for e in caught.value.errors] == [("goal", "unknown_goal")]
    assert action_item(db, item_id).measure_key is None
    assert len(revision_rows(db)) == 1


def test_an_action_item_needs_a_plan_and_a_consent(db: Database, client_id: int) -> None:
    meeting_id = add_meeting(db, client_id)
    item_id = add_action_item(db, client_id, meeting_id)

    with pytest.raises(ValidationError) as caught:
        action_item_to_measure(db, item_id, 0, today=TODAY)
    assert caught.value.errors[0].code == "no_plan"

    decline_plan(db, client_id, {"coordinator": "Kari Nordmann", "declined_on": TODAY}, None)
    with pytest.raises(ValidationError) as caught:
        action_item_to_measure(db, item_id, 0, today=TODAY)
    assert caught.value.errors[0].code == "declined"

    give_consent(db, client_id, expires_on=dt.date(2026, 4, 30))
    declined = client_plan(db, client_id, today=TODAY)
    assert declined.plan is not None
    save_plan(db, client_id, plan_data(), declined.plan.version, today=TODAY)
    with pytest.raises(ValidationError) as caught:
        action_item_to_measure(db, item_id, 0, today=dt.date(2026, 5, 2))
    assert [(e.field, e.code) for e in caught.value.errors] == [("individual_plan", "no_consent")]
    assert action_item(db, item_id).measure_key is None
    assert len(client_plan(db, client_id, today=TODAY).content["goals"][0]["measures"]) == 1


def test_a_decision_becomes_a_measure_once(db: Database, consented: int) -> None:
    save_plan(db, consented, plan_data(), None, today=TODAY)
    meeting_id = add_meeting(db, consented, decisions="Kari søker om støttekontakt.")

    view = decision_to_measure(db, meeting_id, " Kari søker om støttekontakt. ", 0, today=TODAY)

    measure = view.content["goals"][0]["measures"][1]
    assert measure["description"] == "Kari søker om støttekontakt."
    assert measure["responsible"] is None and measure["end_on"] is None
    assert measure[ORIGIN] == {"meeting_id": meeting_id, "action_item_id": None}
    assert "measure_without_responsible" in [q.code for q in view.quality]
    assert measures_from_meeting(db, meeting_id) == [(0, 1, measure)]
    assert plan_events(db, consented)[-1][2] == "measure from decision, revision 2"

    with pytest.raises(ValidationError) as caught:
        decision_to_measure(db, meeting_id, "kari søker om  støttekontakt.", 0, today=TODAY)
    assert [(e.field, e.code) for e in caught.value.errors] == [("decision", "already_measure")]
    with pytest.raises(ValidationError) as caught:
        decision_to_measure(db, meeting_id, "   ", 0, today=TODAY)
    assert [(e.field, e.code) for e in caught.value.errors] == [("decision", "required")]
    assert len(revision_rows(db)) == 2


def test_a_meeting_without_measures_lists_none(db: Database, client_id: int) -> None:
    meeting_id = add_meeting(db, client_id)

    assert measures_from_meeting(db, meeting_id) == []
    with pytest.raises(LookupError):
        measures_from_meeting(db, meeting_id + 1)


# --- the referral's IP status ---------------------------------------------------------------


def add_members(db: Database, client_id: int) -> None:
    with db.session() as session:
        for position, (name, role, coordinator, left_on) in enumerate(
            (
                ("Ola Lege", "fastlege", False, None),
                ("Kari Nordmann", "ruskonsulent", True, None),
                ("Per Tidligere", "miljøterapeut", False, dt.date(2026, 1, 1)),
            )
        ):
            session.add(
                GroupMember(
                    client_id=client_id,
                    position=position,
                    name=name,
                    role=role,
                    organization="Ålesund kommune",
                    is_coordinator=coordinator,
                    left_on=left_on,
                )
            )


def test_ip_status_is_empty_when_nothing_is_recorded(db: Database, client_id: int) -> None:
    assert ip_status_text(db, client_id, today=TODAY) == ""


def test_ip_status_names_plan_koordinator_and_current_members(db: Database, consented: int) -> None:
    add_members(db, consented)
    save_plan(db, consented, plan_data(), None, today=TODAY)

    assert ip_status_text(db, consented, today=TODAY) == (
        "Individuell plan: aktiv fra 01.02.2026 til 31.12.2026, neste revisjon 01.08.2026. "
        "Koordinator: Kari Nordmann (ruskonsulent, Ålesund kommune). "
        "Ansvarsgruppe: Ola Lege (fastlege, Ålesund kommune), "
        "Kari Nordmann (ruskonsulent, Ålesund kommune)."
    )
    assert "(forfalt)" in ip_status_text(db, consented, today=dt.date(2026, 9, 1))


def test_ip_status_of_a_declined_plan_names_its_koordinator(db: Database, client_id: int) -> None:
    decline_plan(
        db,
        client_id,
        {"coordinator": "Eva Utenfor", "declined_on": dt.date(2026, 3, 12)},
        None,
    )
    assert ip_status_text(db, client_id, today=TODAY) == (
        "Klienten har takket nei til individuell plan (12.03.2026). Koordinator: Eva Utenfor."
    )


def test_ip_status_without_a_plan_reports_the_group(db: Database, client_id: int) -> None:
    add_members(db, client_id)

    assert ip_status_text(db, client_id, today=TODAY) == (
        "Ingen individuell plan er registrert. "
        "Koordinator: Kari Nordmann (ruskonsulent, Ålesund kommune). "
        "Ansvarsgruppe: Ola Lege (fastlege, Ålesund kommune), "
        "Kari Nordmann (ruskonsulent, Ålesund kommune)."
    )


def test_ip_status_of_a_plan_without_koordinator_uses_the_group(
    db: Database, consented: int
) -> None:
    add_members(db, consented)
    save_plan(db, consented, plan_data(coordinator=None, status="closed"), None, today=TODAY)

    text = ip_status_text(db, consented, today=TODAY)

    assert text.startswith(
        "Individuell plan: avsluttet (periode 01.02.2026–31.12.2026). "
        "Koordinator: Kari Nordmann (ruskonsulent, Ålesund kommune)."
    )


def test_a_plan_whose_consent_lapsed_can_be_closed_but_not_changed(
    db: Database, client_id: int
) -> None:
    give_consent(db, client_id, expires_on=dt.date(2026, 6, 30))
    view = save_plan(db, client_id, plan_data(), None, today=TODAY)
    assert view.plan is not None
    later = dt.date(2026, 9, 1)
    assert not client_plan(db, client_id, today=later).consent_in_force

    with pytest.raises(ValidationError) as caught:
        save_plan(db, client_id, plan_data(resources="Familien"), view.plan.version, today=later)
    assert [(e.field, e.code) for e in caught.value.errors] == [("individual_plan", "no_consent")]

    content = client_plan(db, client_id, today=later).content
    closed = save_plan(
        db, client_id, content | {"status": "closed"}, view.plan.version, today=later
    )
    assert closed.plan is not None and closed.plan.status == "closed"
    assert closed.revisions[0].changes == ["Status: aktiv → avsluttet"]
