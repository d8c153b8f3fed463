"""Responsibility-group services: members, meetings, action items, the .ics invitation."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from icalendar import Calendar

from rustool.db import Database
from rustool.domain.records import ValidationError
from rustool.models import ActionItem, AuditEvent, GroupMember
from rustool.services.audit import audit_events
from rustool.services.clients import create_client
from rustool.services.errors import ConflictError, NotFoundError
from rustool.services.groups import (
    MeetingView,
    client_group,
    create_meeting,
    delete_meeting,
    get_meeting,
    make_coordinator,
    meeting_data,
    meeting_invitation,
    member_suggestions,
    new_meeting,
    remove_member,
    save_member,
    set_action_item_done,
    update_meeting,
)
from rustool.services.plans import (
    ORIGIN,
    action_item_to_measure,
    client_plan,
    decision_to_measure,
    measures_from_meeting,
    save_plan,
)
from rustool.services.record_parts import Part, add_part

STARTS = dt.datetime(2026, 12, 1, 10, 0)
MEETING_DAY = STARTS.date()
NOW = dt.datetime(2026, 11, 20, 9, 0)
KARI: dict[str, Any] = {
    "name": "Kari Ruskonsulent",
    "role": "ruskonsulent",
    "organization": "Rustjenesten",
    "email": "kari@kommune.example.no",
    "is_coordinator": True,
}
OLA: dict[str, Any] = {
    "name": "Ola Fastlege",
    "role": "fastlege",
    "organization": "Sentrum legekontor",
}
PER: dict[str, Any] = {
    "name": "Per Veileder",
    "role": "NAV-veileder",
    "organization": "NAV Sentrum",
    "email": "per@nav.example.no",
    "phone": "99 88 77 66",
}


def new_client(db: Database, given_name: str = "Ingrid", family_name: str = "Klientsen") -> int:
    client = create_client(
        db, {"given_name": given_name, "family_name": family_name, "birth_date": "1985-04-12"}
    )
    assert client.id is not None
    return client.id


@pytest.fixture
def client_id(db: Database) -> int:
    return new_client(db)


@pytest.fixture
def members(db: Database, client_id: int) -> dict[str, GroupMember]:
    """Kari (koordinator, e-mail), Ola (no e-mail), Per (e-mail)."""
    return {
        data["name"].split()[0]: save_member(db, client_id, dict(data)) for data in (KARI, OLA, PER)
    }


def events(db: Database, client_id: int, entity: str) -> list[tuple[str, int | None, str | None]]:
    return [
        (e.action, e.entity_id, e.detail) for e in audit_events(db, client_id) if e.entity == entity
    ]


def all_events(db: Database, client_id: int) -> list[AuditEvent]:
    return audit_events(db, client_id)


def names(db: Database, client_id: int) -> list[tuple[str, bool, dt.date | None]]:
    return [(m.name, m.is_coordinator, m.left_on) for m in client_group(db, client_id).members]


def meeting_input(**fields: Any) -> dict[str, Any]:
    return {
        "starts_at": STARTS,
        "ends_at": STARTS + dt.timedelta(minutes=90),
        "location": "Rådhuset, møterom 2",
        "agenda": [{"title": "Bolig", "notes": "Søknad om kommunal bolig."}],
        "attendance": [
            {"member": "Kari Ruskonsulent", "status": "present"},
            {"member": "Ola Fastlege", "status": "excused"},
            {"member": "Per Veileder", "status": "present"},
        ],
        "decisions": "Søke kommunal bolig.",
        "action_items": [
            {"description": "Søke bolig", "responsible": "Per Veileder", "due_on": "2026-12-15"},
            {"description": "Time hos fastlege", "responsible": "Ola Fastlege"},
        ],
        "next_meeting_at": "2027-01-12T10:00",
    } | fields


def item_ids(view: MeetingView) -> list[int]:
    ids = [item.id for item in view.action_items]
    assert None not in ids
    return [i for i in ids if i is not None]


def meeting_id_of(view: MeetingView) -> int:
    assert view.meeting.id is not None
    return view.meeting.id


# --- members --------------------------------------------------------------------------------


def test_members_are_added_in_order_and_audited(
    db: Database, client_id: int, members: dict[str, GroupMember]
) -> None:
    assert names(db, client_id) == [
        ("Kari Ruskonsulent", True, None),
        ("Ola Fastlege", False, None),
        ("Per Veileder", False, None),
    ]
    per = client_group(db, client_id).members[2]
    assert (per.role, per.organization, per.phone, per.email) == (
        "NAV-veileder",
        "NAV Sentrum",
        "99 88 77 66",
        "per@nav.example.no",
    )
    assert events(db, client_id, "group_member") == [
        ("create", m.id, None) for m in members.values()
    ]


def test_the_first_member_of_a_group_must_be_its_koordinator(db: Database, client_id: int) -> None:
    with pytest.raises(ValidationError) as exc:
        save_member(db, client_id, dict(OLA))
    assert [str(e) for e in exc.value.errors] == [
        "members: exactly one member must be the koordinator, not 0"
    ]
    assert client_group(db, client_id).members == []


def test_a_second_koordinator_is_refused_naming_both_and_nothing_is_written(
    db: Database, client_id: int, members: dict[str, GroupMember]
) -> None:
    before = len(all_events(db, client_id))
    with pytest.raises(ValidationError) as exc:
        save_member(db, client_id, {"name": "Siv Sykepleier", "is_coordinator": True})
    [error] = exc.value.errors
    assert (error.field, error.code) == ("members", "coordinator_count")
    assert "Kari Ruskonsulent" in error.message and "Siv Sykepleier" in error.message
    # The same through an edit: Ola made koordinator in his own dialog.
    with pytest.raises(ValidationError) as exc:
        save_member(
            db, client_id, dict(OLA, is_coordinator=True), members["Ola"].id, members["Ola"].version
        )
    assert "not 2 (Kari Ruskonsulent, Ola Fastlege)" in exc.value.errors[0].message
    assert names(db, client_id) == [
        ("Kari Ruskonsulent", True, None),
        ("Ola Fastlege", False, None),
        ("Per Veileder", False, None),
    ]
    assert len(all_events(db, client_id)) == before


def test_a_duplicate_name_or_a_bad_email_is_refused_on_its_field(
    db: Database, client_id: int, members: dict[str, GroupMember]
) -> None:
    with pytest.raises(ValidationError) as exc:
        save_member(db, client_id, {"name": "  ola   FASTLEGE ", "email": "ola-at-example"})
    assert [(e.field, e.code) for e in exc.value.errors] == [
        ("members[3].email", "email"),
        ("members[3].name", "duplicate"),
    ]
    assert "already a member (members[1])" in exc.value.errors[1].message
    with pytest.raises(ValidationError) as exc:
        save_member(db, client_id, dict(PER, email="per.nav"), members["Per"].id)
    assert [(e.field, e.code) for e in exc.value.errors] == [("members[2].email", "email")]
    assert [m.name for m in client_group(db, client_id).members] == [
        "Kari Ruskonsulent",
        "Ola Fastlege",
        "Per Veileder",
    ]
    assert client_group(db, client_id).members[2].email == "per@nav.example.no"


def test_left_on_is_not_typed_but_set_by_removing(
    db: Database, client_id: int, members: dict[str, GroupMember]
) -> None:
    with pytest.raises(ValidationError) as exc:
        save_member(db, client_id, dict(OLA, left_on="2026-12-01"), members["Ola"].id)
    assert [(e.field, e.code) for e in exc.value.errors] == [("members[1].left_on", "read_only")]
    assert names(db, client_id)[1] == ("Ola Fastlege", False, None)


def test_an_edit_on_a_stale_version_is_refused(
    db: Database, client_id: int, members: dict[str, GroupMember]
) -> None:
    ola = members["Ola"]
    assert ola.id is not None
    saved = save_member(db, client_id, dict(OLA, phone="11 22 33 44"), ola.id, ola.version)
    assert saved.version == ola.version + 1
    with pytest.raises(ConflictError):
        save_member(db, client_id, dict(OLA, phone="55 66 77 88"), ola.id, ola.version)
    assert client_group(db, client_id).members[1].phone == "11 22 33 44"
    assert events(db, client_id, "group_member")[-1] == ("update", ola.id, "fields: phone")


def test_make_coordinator_hands_over_the_role(
    db: Database, client_id: int, members: dict[str, GroupMember]
) -> None:
    per = members["Per"]
    assert per.id is not None
    make_coordinator(db, per.id)
    group = client_group(db, client_id)
    assert [(m.name, m.is_coordinator) for m in group.members] == [
        ("Kari Ruskonsulent", False),
        ("Ola Fastlege", False),
        ("Per Veileder", True),
    ]
    assert [m.version for m in group.members] == [2, 1, 2]
    assert events(db, client_id, "group_member")[-2:] == [
        ("update", members["Kari"].id, "fields: is_coordinator"),
        ("update", per.id, "fields: is_coordinator"),
    ]


def test_renaming_a_member_renames_the_minutes_and_action_items(
    db: Database, client_id: int, members: dict[str, GroupMember]
) -> None:
    view = create_meeting(db, client_id, meeting_input())
    ola = members["Ola"]
    assert ola.id is not None
    save_member(db, client_id, dict(OLA, name="Ola Nordby"), ola.id, ola.version)
    renamed = get_meeting(db, meeting_id_of(view))
    assert renamed.meeting.attendance[1] == {"member": "Ola Nordby", "status": "excused"}
    assert [i.responsible for i in renamed.action_items] == ["Per Veileder", "Ola Nordby"]
    assert renamed.meeting.version == view.meeting.version + 1  # an open dialog must reload
    assert events(db, client_id, "group_member")[-1] == (
        "update",
        ola.id,
        "fields: name; renamed in 1 meetings, 1 action items",
    )
    # The renamed minutes still validate against the group.
    data = meeting_data(renamed)
    update_meeting(db, meeting_id_of(view), data | {"decisions": "Ny"}, renamed.meeting.version)


def test_a_member_never_named_in_a_meeting_is_deleted(
    db: Database, client_id: int, members: dict[str, GroupMember]
) -> None:
    ola = members["Ola"]
    assert ola.id is not None
    assert remove_member(db, ola.id) == "deleted"
    assert [m.name for m in client_group(db, client_id).members] == [
        "Kari Ruskonsulent",
        "Per Veileder",
    ]
    assert events(db, client_id, "group_member")[-1] == ("delete", ola.id, None)


def test_a_member_named_in_a_meeting_leaves_and_can_come_back(
    db: Database, client_id: int, members: dict[str, GroupMember]
) -> None:
    meeting_id = meeting_id_of(create_meeting(db, client_id, meeting_input(action_items=[])))
    ola = members["Ola"]
    assert ola.id is not None
    assert remove_member(db, ola.id, today=dt.date(2026, 12, 5)) == "left"
    assert names(db, client_id) == [
        ("Kari Ruskonsulent", True, None),
        ("Per Veileder", False, None),
        ("Ola Fastlege", False, dt.date(2026, 12, 5)),  # former members come last
    ]
    assert events(db, client_id, "group_member")[-1] == ("update", ola.id, "left the group")
    # Not invited to the next meeting, but still a name the minutes may use.
    assert [a["member"] for a in new_meeting(db, client_id, NOW)["attendance"]] == [
        "Kari Ruskonsulent",
        "Per Veileder",
    ]
    with pytest.raises(ValidationError) as exc:
        remove_member(db, ola.id)
    assert [(e.field, e.code) for e in exc.value.errors] == [("left_on", "already_left")]
    # Added again under his name: the same member, back among the current ones.
    back = save_member(db, client_id, {"name": "ola fastlege", "phone": "12 34 56 78"})
    assert back.id == ola.id
    assert names(db, client_id) == [
        ("Kari Ruskonsulent", True, None),
        ("Per Veileder", False, None),
        ("ola fastlege", False, None),
    ]
    assert get_meeting(db, meeting_id).meeting.attendance[1]["member"] == "ola fastlege"


def test_the_koordinator_and_a_member_with_open_items_cannot_leave(
    db: Database, client_id: int, members: dict[str, GroupMember]
) -> None:
    view = create_meeting(
        db,
        client_id,
        meeting_input(
            action_items=[{"description": "Søke bolig", "responsible": "Kari Ruskonsulent"}]
        ),
    )
    kari = members["Kari"]
    assert kari.id is not None
    before = len(all_events(db, client_id))
    with pytest.raises(ValidationError) as exc:
        remove_member(db, kari.id)
    assert [(e.field, e.code) for e in exc.value.errors] == [
        ("is_coordinator", "coordinator"),
        ("responsible", "open_action_items"),
    ]
    assert "'Søke bolig' (meeting 2026-12-01)" in exc.value.errors[1].message
    assert names(db, client_id)[0] == ("Kari Ruskonsulent", True, None)
    assert len(all_events(db, client_id)) == before
    # Once the item is done and the role handed over, she leaves as a former member.
    [item_id] = item_ids(view)
    set_action_item_done(db, item_id, MEETING_DAY)
    per = members["Per"]
    assert per.id is not None
    make_coordinator(db, per.id)
    assert remove_member(db, kari.id, today=MEETING_DAY) == "left"
    assert names(db, client_id)[-1] == ("Kari Ruskonsulent", False, MEETING_DAY)


def test_the_last_member_may_leave_as_koordinator(db: Database, client_id: int) -> None:
    kari = save_member(db, client_id, dict(KARI))
    create_meeting(
        db,
        client_id,
        meeting_input(
            attendance=[{"member": "Kari Ruskonsulent", "status": "present"}], action_items=[]
        ),
    )
    assert kari.id is not None
    assert remove_member(db, kari.id, today=MEETING_DAY) == "left"
    assert names(db, client_id) == [("Kari Ruskonsulent", False, MEETING_DAY)]


def test_unknown_rows_are_not_found(db: Database, client_id: int) -> None:
    with pytest.raises(NotFoundError):
        client_group(db, client_id + 1)
    with pytest.raises(NotFoundError):
        remove_member(db, 999)
    with pytest.raises(NotFoundError):
        get_meeting(db, 999)
    with pytest.raises(NotFoundError):
        set_action_item_done(db, 999, None)


# --- suggestions ----------------------------------------------------------------------------


def test_suggestions_come_from_the_network_and_other_groups_professionals(
    db: Database, client_id: int, members: dict[str, GroupMember]
) -> None:
    add_part(db, Part.NETWORK, client_id, {"name": "Berit Klientsen", "relation": "mor"})
    add_part(
        db,
        Part.NETWORK,
        client_id,
        {"name": "Per Veileder", "relation": "NAV", "email": "per@nav.example.no"},
    )
    other = new_client(db, "Jon", "Annenklient")
    save_member(db, other, dict(KARI))  # already in this group: left out
    save_member(
        db,
        other,
        {"name": "Lise Psykolog", "role": "psykolog", "organization": "DPS", "phone": "1"},
    )
    save_member(db, other, {"name": "Jons Mor", "role": "Pårørende (mor)", "organization": "X"})
    save_member(db, other, {"name": "Jons Venn", "role": "venn", "organization": "Fotballag"})
    save_member(db, other, {"name": "Ukjent Rolle"})  # no organisation: not a professional
    third = new_client(db, "Eva", "Tredje")
    save_member(
        db,
        third,
        {"name": "lise  psykolog", "role": "psykolog", "organization": "dps", "phone": "2"}
        | {"is_coordinator": True},
    )
    fourth = new_client(db, "Tor", "Fjerde")
    save_member(
        db,
        fourth,
        {"name": "Lise Psykolog", "role": "psykolog", "organization": "BUP"}
        | {"is_coordinator": True},
    )

    suggestions = member_suggestions(db, client_id)
    assert suggestions == [
        {
            "name": "Berit Klientsen",
            "role": "mor",
            "organization": None,
            "phone": None,
            "email": None,
            "is_coordinator": False,
            "source": "network",
        },
        {
            "name": "Lise Psykolog",
            "role": "psykolog",
            "organization": "BUP",
            "phone": None,
            "email": None,
            "is_coordinator": False,
            "source": "group",
        },
        # The same psychologist at DPS in two groups: once, with the newest details.
        {
            "name": "lise  psykolog",
            "role": "psykolog",
            "organization": "dps",
            "phone": "2",
            "email": None,
            "is_coordinator": False,
            "source": "group",
        },
    ]
    text = repr(suggestions)
    assert "Jons" not in text and "Ukjent" not in text and "Per Veileder" not in text
    # A suggestion is ready to save as a member.
    picked = {k: v for k, v in suggestions[1].items() if k != "source"}
    assert save_member(db, client_id, picked).organization == "BUP"


# --- meetings -------------------------------------------------------------------------------


def test_a_first_meeting_is_prefilled_with_every_current_member(
    db: Database, client_id: int, members: dict[str, GroupMember]
) -> None:
    assert new_meeting(db, client_id, NOW) == {
        "starts_at": None,
        "ends_at": None,
        "location": None,
        "agenda": [],
        "attendance": [
            {"member": "Kari Ruskonsulent", "status": "present"},
            {"member": "Ola Fastlege", "status": "present"},
            {"member": "Per Veileder", "status": "present"},
        ],
        "decisions": None,
        "action_items": [],
        "next_meeting_at": None,
    }


def test_the_next_meeting_carries_over_open_action_items(
    db: Database, client_id: int, members: dict[str, GroupMember]
) -> None:
    view = create_meeting(db, client_id, meeting_input())
    set_action_item_done(db, item_ids(view)[1], MEETING_DAY)
    prefilled = new_meeting(db, client_id, now=dt.datetime(2026, 12, 2, 8, 0))
    assert prefilled["starts_at"] == dt.datetime(2027, 1, 12, 10, 0)
    assert prefilled["location"] == "Rådhuset, møterom 2"
    assert prefilled["agenda"] == [
        {"title": "Oppfølging: Søke bolig (Per Veileder, frist 15.12.2026)", "notes": None}
    ]
    assert [a["status"] for a in prefilled["attendance"]] == ["present"] * 3
    assert prefilled["action_items"] == []
    # Once the planned time has passed, the user picks a new one.
    late = new_meeting(db, client_id, now=dt.datetime(2027, 1, 12, 10, 0))
    assert late["starts_at"] is None
    # The prefill saves as it is, once it has a time.
    saved = create_meeting(db, client_id, prefilled)
    assert saved.meeting.agenda == prefilled["agenda"]


def test_a_meeting_is_saved_whole_and_audited(
    db: Database, client_id: int, members: dict[str, GroupMember]
) -> None:
    view = create_meeting(db, client_id, meeting_input())
    meeting = view.meeting
    assert (meeting.starts_at, meeting.ends_at, meeting.location) == (
        STARTS,
        dt.datetime(2026, 12, 1, 11, 30),
        "Rådhuset, møterom 2",
    )
    assert meeting.next_meeting_at == dt.datetime(2027, 1, 12, 10, 0)
    assert meeting.ics_uid.endswith("@rustool") and meeting.ics_sequence == 0
    assert [(i.position, i.description, i.responsible, i.due_on) for i in view.action_items] == [
        (0, "Søke bolig", "Per Veileder", dt.date(2026, 12, 15)),
        (1, "Time hos fastlege", "Ola Fastlege", None),
    ]
    [listed] = client_group(db, client_id).meetings
    assert listed.meeting.id == meeting.id and len(listed.action_items) == 2
    assert events(db, client_id, "group_meeting") == [
        ("create", meeting.id, "agenda: 1, attendance: 3, action items: 2")
    ]
    assert "Søke" not in repr(all_events(db, client_id))  # no content in the log


def test_an_action_item_for_a_non_member_is_refused_and_nothing_written(
    db: Database, client_id: int, members: dict[str, GroupMember]
) -> None:
    before = len(all_events(db, client_id))
    with pytest.raises(ValidationError) as exc:
        create_meeting(
            db,
            client_id,
            meeting_input(action_items=[{"description": "Ringe", "responsible": "Ukjent Person"}]),
        )
    [error] = exc.value.errors
    assert (error.field, error.code) == ("meeting.action_items[0].responsible", "not_member")
    assert "'Ukjent Person' is not a member of the group" in error.message
    assert client_group(db, client_id).meetings == []
    assert len(all_events(db, client_id)) == before


def test_get_meeting_is_audited_once_per_sitting(
    db: Database, client_id: int, members: dict[str, GroupMember]
) -> None:
    meeting_id = meeting_id_of(create_meeting(db, client_id, meeting_input()))
    get_meeting(db, meeting_id)
    view = get_meeting(db, meeting_id)
    assert len(view.action_items) == 2
    assert [e[0] for e in events(db, client_id, "group_meeting")] == ["create", "view"]


def test_an_update_keeps_action_item_ids_and_their_measure_link(
    db: Database, client_id: int, members: dict[str, GroupMember]
) -> None:
    view = create_meeting(db, client_id, meeting_input())
    first, second = item_ids(view)
    with db.session() as session:  # as plans.action_item_to_measure records the link
        item = session.get(ActionItem, first)
        assert item is not None
        item.measure_key = "measure-1"
    data = meeting_data(get_meeting(db, meeting_id_of(view)))
    assert data["action_items"][0] == {
        "id": first,
        "description": "Søke bolig",
        "responsible": "Per Veileder",
        "due_on": dt.date(2026, 12, 15),
        "done_on": None,
        "measure_key": "measure-1",
    }
    data["action_items"] = [
        {"description": "Ringe NAV", "responsible": "Kari Ruskonsulent"},
        data["action_items"][0] | {"description": "Søke bolig i sentrum", "measure_key": None},
    ]  # the second item is dropped
    updated = update_meeting(db, meeting_id_of(view), data, view.meeting.version)
    assert [(i.position, i.description, i.measure_key) for i in updated.action_items] == [
        (0, "Ringe NAV", None),
        (1, "Søke bolig i sentrum", "measure-1"),
    ]
    assert updated.action_items[1].id == first
    assert second not in {i.id for i in get_meeting(db, meeting_id_of(view)).action_items}
    assert updated.meeting.version == view.meeting.version + 1
    assert updated.meeting.ics_sequence == 0  # time and place unchanged
    assert events(db, client_id, "group_meeting")[-2] == (
        "update",
        view.meeting.id,
        "fields: action_items",
    )


def test_an_action_item_id_from_elsewhere_is_refused(
    db: Database, client_id: int, members: dict[str, GroupMember]
) -> None:
    one = create_meeting(db, client_id, meeting_input())
    two = create_meeting(
        db,
        client_id,
        meeting_input(
            starts_at="2027-01-12T10:00",
            ends_at=None,
            next_meeting_at=None,
            action_items=[{"description": "Ringe NAV", "responsible": "Per Veileder"}],
        ),
    )
    data = meeting_data(one)
    data["action_items"][0]["id"] = item_ids(two)[0]
    with pytest.raises(ValidationError) as exc:
        update_meeting(db, meeting_id_of(one), data, one.meeting.version)
    assert [(e.field, e.code) for e in exc.value.errors] == [
        ("meeting.action_items[0].id", "unknown")
    ]
    assert get_meeting(db, meeting_id_of(two)).action_items[0].meeting_id == two.meeting.id


def test_a_change_of_time_or_place_raises_the_invitation_sequence(
    db: Database, client_id: int, members: dict[str, GroupMember]
) -> None:
    view = create_meeting(db, client_id, meeting_input())
    meeting_id = meeting_id_of(view)
    data = meeting_data(view)
    minutes = update_meeting(db, meeting_id, data | {"decisions": "Endret."}, 1)
    assert (minutes.meeting.version, minutes.meeting.ics_sequence) == (2, 0)
    data = meeting_data(minutes)
    moved = update_meeting(db, meeting_id, data | {"location": "Legekontoret"}, 2)
    assert (moved.meeting.version, moved.meeting.ics_sequence) == (3, 1)
    later = update_meeting(
        db, meeting_id, data | {"location": "Legekontoret", "ends_at": "2026-12-01T12:00"}, 3
    )
    assert later.meeting.ics_sequence == 2
    unchanged = update_meeting(
        db, meeting_id, meeting_data(later), later.meeting.version
    )  # nothing changed: nothing written
    assert unchanged.meeting.version == 4
    assert [e[2] for e in events(db, client_id, "group_meeting")[1:]] == [
        "fields: decisions",
        "fields: location",
        "fields: ends_at",
    ]


def test_a_stale_meeting_version_is_a_conflict(
    db: Database, client_id: int, members: dict[str, GroupMember]
) -> None:
    view = create_meeting(db, client_id, meeting_input())
    meeting_id = meeting_id_of(view)
    data = meeting_data(view)
    update_meeting(db, meeting_id, data | {"decisions": "Først."}, 1)
    with pytest.raises(ConflictError):
        update_meeting(db, meeting_id, data | {"decisions": "Etterpå."}, 1)
    with pytest.raises(ConflictError):
        delete_meeting(db, meeting_id, 1)
    assert get_meeting(db, meeting_id).meeting.decisions == "Først."


def test_update_validates_like_create(
    db: Database, client_id: int, members: dict[str, GroupMember]
) -> None:
    view = create_meeting(db, client_id, meeting_input())
    data = meeting_data(view) | {"ends_at": "2026-12-01T09:00"}
    data["attendance"][0]["member"] = "Ukjent"
    with pytest.raises(ValidationError) as exc:
        update_meeting(db, meeting_id_of(view), data, 1)
    assert [e.field for e in exc.value.errors] == [
        "meeting.ends_at",
        "meeting.attendance[0].member",
    ]
    assert get_meeting(db, meeting_id_of(view)).meeting.version == 1


def test_a_meeting_is_deleted_with_its_action_items(
    db: Database, client_id: int, members: dict[str, GroupMember]
) -> None:
    view = create_meeting(db, client_id, meeting_input())
    delete_meeting(db, meeting_id_of(view), view.meeting.version)
    assert client_group(db, client_id).meetings == []
    with pytest.raises(NotFoundError):
        set_action_item_done(db, item_ids(view)[0], None)
    assert events(db, client_id, "group_meeting")[-1] == (
        "delete",
        view.meeting.id,
        "agenda: 1, attendance: 3, action items: 2",
    )


def test_ticking_off_an_action_item(
    db: Database, client_id: int, members: dict[str, GroupMember]
) -> None:
    view = create_meeting(db, client_id, meeting_input())
    first = item_ids(view)[0]
    with pytest.raises(ValidationError) as exc:
        set_action_item_done(db, first, dt.date(2026, 11, 30))
    assert [(e.field, e.code) for e in exc.value.errors] == [("done_on", "before_meeting")]
    done = set_action_item_done(db, first, dt.date(2026, 12, 3))
    assert done.done_on == dt.date(2026, 12, 3)
    assert events(db, client_id, "action_item") == [("update", first, "fields: done_on")]
    # A meeting dialog opened before the tick would undo it: it must reload instead.
    with pytest.raises(ConflictError):
        update_meeting(db, meeting_id_of(view), meeting_data(view), view.meeting.version)
    set_action_item_done(db, first, None)
    assert get_meeting(db, meeting_id_of(view)).action_items[0].done_on is None


# --- the invitation -------------------------------------------------------------------------


def parse(ics: bytes) -> tuple[Calendar, Any]:
    calendar = Calendar.from_ical(ics)
    [event] = calendar.walk("VEVENT")
    return calendar, event


def test_the_invitation_parses_back_field_by_field(
    db: Database, client_id: int, members: dict[str, GroupMember]
) -> None:
    view = create_meeting(db, client_id, meeting_input(ends_at=None))
    meeting_id = meeting_id_of(view)
    moved = update_meeting(
        db, meeting_id, meeting_data(view) | {"location": "Legekontoret, 2. etg"}, 1
    )
    stamp = dt.datetime(2026, 11, 25, 8, 0, tzinfo=dt.UTC)
    file_name, ics = meeting_invitation(db, meeting_id, now=stamp)
    assert file_name == "ansvarsgruppemote-2026-12-01.ics"
    calendar, event = parse(ics)
    assert str(calendar["method"]) == "REQUEST"
    assert str(event["uid"]) == moved.meeting.ics_uid
    assert int(event["sequence"]) == 1
    assert event.decoded("dtstamp") == stamp
    assert event["dtstart"].params["TZID"] == "Europe/Oslo"
    start, end = event.decoded("dtstart"), event.decoded("dtend")
    assert start.tzinfo.key == "Europe/Oslo"
    assert start.replace(tzinfo=None) == STARTS
    assert end.replace(tzinfo=None) == STARTS + dt.timedelta(hours=1)  # no end: one hour
    assert str(event["location"]) == "Legekontoret, 2. etg"
    assert str(event["organizer"]) == "mailto:kari@kommune.example.no"
    assert event["organizer"].params["CN"] == "Kari Ruskonsulent"
    attendees = event["attendee"]
    assert sorted((str(a), a.params["CN"]) for a in attendees) == [
        ("mailto:kari@kommune.example.no", "Kari Ruskonsulent"),
        ("mailto:per@nav.example.no", "Per Veileder"),
    ]  # Ola has no e-mail
    assert str(event["summary"]) == "Ansvarsgruppemøte"
    assert str(event["description"]) == "Møte i ansvarsgruppen."
    for private in ("Ingrid", "Klientsen", "Bolig", "bolig"):
        assert private.encode() not in ics
    assert events(db, client_id, "group_meeting")[-1] == (
        "export",
        meeting_id,
        "invitation (.ics), 2 attendees with e-mail",
    )


def test_former_members_are_not_invited(
    db: Database, client_id: int, members: dict[str, GroupMember]
) -> None:
    view = create_meeting(db, client_id, meeting_input(action_items=[]))
    per = members["Per"]
    assert per.id is not None
    assert remove_member(db, per.id) == "left"
    _, ics = meeting_invitation(db, meeting_id_of(view))
    _, event = parse(ics)
    assert str(event["attendee"]) == "mailto:kari@kommune.example.no"
    assert event.decoded("dtend").replace(tzinfo=None) == dt.datetime(2026, 12, 1, 11, 30)


# --- consent --------------------------------------------------------------------------------


def test_the_group_warns_until_a_group_consent_is_in_force(db: Database, client_id: int) -> None:
    today = dt.date(2026, 11, 20)
    warning = client_group(db, client_id, today).consent_warning
    assert warning is not None and "ikke samtykket til ansvarsgruppe" in warning
    add_part(
        db,
        Part.CONSENTS,
        client_id,
        {"kind": "responsibility_group", "given_on": "2026-11-01", "form": "written"},
    )
    assert client_group(db, client_id, today).consent_warning is None
    assert client_group(db, client_id, dt.date(2026, 10, 31)).consent_warning is not None


# --- former members and deleted meetings ----------------------------------------------------


def test_a_former_member_stays_in_old_minutes_but_not_in_new_ones(
    db: Database, client_id: int, members: dict[str, GroupMember]
) -> None:
    view = create_meeting(db, client_id, meeting_input())
    ola = members["Ola"]
    assert ola.id is not None
    with pytest.raises(ValidationError):  # Ola has an open action item: hand it over first
        remove_member(db, ola.id)
    data = meeting_data(view)
    data["action_items"][1]["done_on"] = MEETING_DAY
    view = update_meeting(db, meeting_id_of(view), data, view.meeting.version)
    assert remove_member(db, ola.id, today=dt.date(2026, 12, 5)) == "left"

    # The old minutes can still be edited with Ola in them ...
    data = meeting_data(get_meeting(db, meeting_id_of(view)))
    data["decisions"] = "Søke kommunal bolig. Ola følger opp legetimen."
    update_meeting(db, meeting_id_of(view), data, data_version(db, view))
    # ... but a new meeting cannot name him: he is not a member any more.
    later = STARTS + dt.timedelta(days=30)
    with pytest.raises(ValidationError) as exc:
        create_meeting(
            db,
            client_id,
            meeting_input(
                starts_at=later,
                ends_at=None,
                next_meeting_at=None,
                attendance=[{"member": "Ola Fastlege", "status": "present"}],
                action_items=[{"description": "Ny time", "responsible": "Ola Fastlege"}],
            ),
        )
    assert [(e.field, e.code) for e in exc.value.errors] == [
        ("meeting.attendance[0].member", "not_member"),
        ("meeting.action_items[0].responsible", "not_member"),
    ]
    assert len(client_group(db, client_id).meetings) == 1


def data_version(db: Database, view: MeetingView) -> int:
    return get_meeting(db, meeting_id_of(view)).meeting.version


def test_deleting_a_meeting_keeps_its_measures_but_not_a_link_to_a_row_that_is_gone(
    db: Database, client_id: int, members: dict[str, GroupMember]
) -> None:
    add_part(
        db,
        Part.CONSENTS,
        client_id,
        {"kind": "individual_plan", "given_on": dt.date.today(), "form": "written"},
    )
    save_plan(
        db,
        client_id,
        {
            "coordinator": "Kari Ruskonsulent",
            "period_start": dt.date.today() - dt.timedelta(days=30),
            "goals": [{"life_area": "housing", "description": "Egen bolig"}],
        },
        None,
    )
    view = create_meeting(db, client_id, meeting_input())
    old_meeting, old_item = meeting_id_of(view), item_ids(view)[0]
    action_item_to_measure(db, old_item, 0)
    decision_to_measure(db, old_meeting, "Søke kommunal bolig.", 0)
    delete_meeting(db, old_meeting, data_version(db, view))

    measures = client_plan(db, client_id).content["goals"][0]["measures"]
    assert [m["description"] for m in measures] == ["Søke bolig", "Søke kommunal bolig."]
    assert all(ORIGIN not in m for m in measures)
    # A new meeting never takes the old one's ids, and no measure claims to come from it.
    new = create_meeting(db, client_id, meeting_input())
    assert meeting_id_of(new) > old_meeting and min(item_ids(new)) > old_item
    assert measures_from_meeting(db, meeting_id_of(new)) == []


def test_an_action_item_removed_from_the_minutes_takes_its_link_along(
    db: Database, client_id: int, members: dict[str, GroupMember]
) -> None:
    add_part(
        db,
        Part.CONSENTS,
        client_id,
        {"kind": "individual_plan", "given_on": dt.date.today(), "form": "written"},
    )
    save_plan(
        db,
        client_id,
        {
            "period_start": dt.date.today() - dt.timedelta(days=30),
            "goals": [{"life_area": "housing", "description": "Egen bolig"}],
        },
        None,
    )
    view = create_meeting(db, client_id, meeting_input())
    action_item_to_measure(db, item_ids(view)[0], 0)
    data = meeting_data(get_meeting(db, meeting_id_of(view)))
    del data["action_items"][0]
    update_meeting(db, meeting_id_of(view), data, data_version(db, view))
    measure = client_plan(db, client_id).content["goals"][0]["measures"][0]
    assert measure["description"] == "Søke bolig" and ORIGIN not in measure
    assert measures_from_meeting(db, meeting_id_of(view)) == []
