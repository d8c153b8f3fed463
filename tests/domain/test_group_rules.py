"""Responsibility-group rules: who is a member, what a meeting may say, what carries over."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest

from rustool.domain.group_rules import (
    carried_over_agenda,
    coordinator_name,
    group_consent_warning,
    minutes_participants,
    name_key,
    participant_line,
    validate_meeting,
    validate_members,
)
from rustool.domain.records import STR_MAX, ValidationError

DAY = dt.date(2026, 3, 4)
STARTS = dt.datetime(2026, 3, 4, 10, 0)
MEMBERS = ["Kari Nordmann", "Ola Hansen", "Áile Ŋuolla"]


def member(name: str, **fields: object) -> dict[str, object]:
    return {"name": name} | fields


def messages(exc: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [str(error) for error in exc.value.errors]


def meeting(**fields: object) -> dict[str, object]:
    return {"starts_at": "2026-03-04T10:00"} | fields


# --- Members --------------------------------------------------------------------------------


def test_members_are_cleaned_and_the_coordinator_kept() -> None:
    clean = validate_members(
        [
            member(" Kari Nordmann ", role="ruskonsulent", is_coordinator=True),
            member("Ola Hansen", email="ola@example.no", phone="99 99 99 99"),
        ]
    )
    assert clean[0] == {
        "name": "Kari Nordmann",
        "role": "ruskonsulent",
        "organization": None,
        "phone": None,
        "email": None,
        "is_coordinator": True,
        "left_on": None,
    }
    assert clean[1]["is_coordinator"] is False
    assert coordinator_name(clean) == "Kari Nordmann"


def test_an_empty_group_needs_no_coordinator() -> None:
    assert validate_members([]) == []
    assert coordinator_name([]) is None


def test_two_coordinators_are_refused_naming_both() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_members([member("Kari", is_coordinator=True), member("Ola", is_coordinator=True)])
    assert messages(exc) == [
        "members: exactly one member must be the koordinator, not 2 (Kari, Ola)"
    ]
    assert exc.value.errors[0].code == "coordinator_count"


def test_a_group_without_coordinator_is_refused() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_members([member("Kari"), member("Ola")])
    assert messages(exc) == ["members: exactly one member must be the koordinator, not 0"]


def test_names_must_differ_ignoring_case_and_spaces() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_members(
            [member("Kari Nordmann", is_coordinator=True), member("  kari   NORDMANN")]
        )
    assert messages(exc) == [
        "members[1].name: 'kari   NORDMANN' is already a member (members[0]); "
        "the case file refers to members by name"
    ]
    assert exc.value.errors[0].code == "duplicate"


def test_member_email_needs_an_at_sign_and_a_name_is_required() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_members(
            [member("Kari", email="kari.example.no", is_coordinator=True), {"role": "fastlege"}],
            path="responsibility_group.members",
        )
    assert messages(exc) == [
        "responsibility_group.members[0].email: must be an e-mail address",
        "responsibility_group.members[1].name: is required",
    ]


def test_members_must_be_a_list_of_rows() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_members(["Kari"])  # type: ignore[list-item]
    assert messages(exc) == ["members[0]: must be a row of named fields"]
    with pytest.raises(ValidationError) as exc:
        validate_members("Kari")  # type: ignore[arg-type]
    assert messages(exc) == ["members: must be a list"]


def test_name_key_compares_like_a_person_would() -> None:
    assert name_key("  Áile   ŊUOLLA ") == name_key("áile ŋuolla")
    assert name_key("Kari") != name_key("Kari N")


# --- Meetings -------------------------------------------------------------------------------


def test_a_full_meeting_is_cleaned_with_the_members_spelling() -> None:
    clean = validate_meeting(
        meeting(
            ends_at="2026-03-04T11:30",
            location="Rådhuset, møterom 2",
            decisions="Søke om bolig.",
            next_meeting_at="2026-05-06T10:00",
            agenda=[{"title": "Bolig", "notes": "Klienten ønsker egen leilighet.\n"}],
            attendance=[
                {"member": "kari nordmann", "status": "present"},
                {"member": "Ola Hansen", "status": "excused"},
            ],
            action_items=[
                {
                    "description": "Søke bolig",
                    "responsible": "KARI NORDMANN",
                    "due_on": "2026-04-01",
                }
            ],
        ),
        MEMBERS,
    )
    assert clean == {
        "starts_at": STARTS,
        "ends_at": dt.datetime(2026, 3, 4, 11, 30),
        "location": "Rådhuset, møterom 2",
        "decisions": "Søke om bolig.",
        "next_meeting_at": dt.datetime(2026, 5, 6, 10, 0),
        "agenda": [{"title": "Bolig", "notes": "Klienten ønsker egen leilighet.\n"}],
        "attendance": [
            {"member": "Kari Nordmann", "status": "present"},
            {"member": "Ola Hansen", "status": "excused"},
        ],
        "action_items": [
            {
                "description": "Søke bolig",
                "responsible": "Kari Nordmann",
                "due_on": dt.date(2026, 4, 1),
                "done_on": None,
            }
        ],
    }


def test_a_meeting_without_lists_gets_empty_lists() -> None:
    clean = validate_meeting(meeting(), MEMBERS)
    assert (clean["agenda"], clean["attendance"], clean["action_items"]) == ([], [], [])


def test_a_meeting_needs_a_start_and_known_fields() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_meeting({"place": "Rådhuset"}, MEMBERS)
    assert messages(exc) == [
        "meetings[0].place: is not a known field",
        "meetings[0].starts_at: is required",
    ]


def test_end_and_next_meeting_must_come_after_the_start() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_meeting(
            meeting(ends_at="2026-03-04T10:00", next_meeting_at="2026-03-01T10:00"),
            MEMBERS,
            path="meetings[2]",
        )
    assert messages(exc) == [
        "meetings[2].ends_at: must be after starts_at",
        "meetings[2].next_meeting_at: must be after starts_at",
    ]
    assert {e.code for e in exc.value.errors} == {"before_start"}


def test_an_action_item_for_someone_outside_the_group_is_refused() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_meeting(
            meeting(
                action_items=[
                    {"description": "Ringe NAV", "responsible": "Ola Hansen"},
                    {"description": "Søke bolig", "responsible": "Per"},
                ]
            ),
            MEMBERS,
        )
    assert messages(exc) == [
        "meetings[0].action_items[1].responsible: 'Per' is not a member of the group"
    ]
    assert exc.value.errors[0].code == "not_member"


def test_attendance_must_name_each_member_at_most_once() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_meeting(
            meeting(
                attendance=[
                    {"member": "Kari Nordmann", "status": "present"},
                    {"member": "Per", "status": "present"},
                    {"member": "kari nordmann", "status": "absent"},
                    {"member": "Ola Hansen", "status": "late"},
                ]
            ),
            MEMBERS,
        )
    assert messages(exc) == [
        "meetings[0].attendance[1].member: 'Per' is not a member of the group",
        "meetings[0].attendance[2].member: 'Kari Nordmann' already has an attendance entry",
        "meetings[0].attendance[3].status: must be one of present, absent, excused, not 'late'",
    ]


def test_action_dates_must_not_be_before_the_meeting_day() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_meeting(
            meeting(
                action_items=[
                    {"description": "A", "due_on": "2026-03-04", "done_on": "2026-03-04"},
                    {"description": "B", "due_on": "2026-03-03", "done_on": "2026-02-01"},
                ]
            ),
            MEMBERS,
        )
    assert messages(exc) == [
        "meetings[0].action_items[1].due_on: must not be before the meeting day (2026-03-04)",
        "meetings[0].action_items[1].done_on: must not be before the meeting day (2026-03-04)",
    ]


def test_agenda_items_need_a_title_and_lists_must_be_lists() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_meeting(meeting(agenda=[{"notes": "x"}], attendance="Kari"), MEMBERS)
    assert messages(exc) == [
        "meetings[0].agenda[0].title: is required",
        "meetings[0].attendance: must be a list",
    ]


def test_a_bad_start_still_reports_the_lists() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_meeting(
            {"starts_at": "4.3.2026", "action_items": [{"description": "A", "responsible": "Per"}]},
            MEMBERS,
        )
    assert messages(exc) == [
        "meetings[0].starts_at: must be a date and time written YYYY-MM-DDTHH:MM",
        "meetings[0].action_items[0].responsible: 'Per' is not a member of the group",
    ]


# --- Carry-over -----------------------------------------------------------------------------


def test_only_open_action_items_carry_over_in_order() -> None:
    previous: list[dict[str, Any]] = [
        {
            "description": "Søke bolig",
            "responsible": "Kari Nordmann",
            "due_on": dt.date(2026, 4, 1),
            "done_on": None,
        },
        {"description": "Ringe NAV", "responsible": "Ola Hansen", "due_on": None, "done_on": DAY},
        {
            "description": "Time hos fastlege",
            "responsible": None,
            "due_on": dt.date(2026, 3, 20),
            "done_on": None,
        },
        {
            "description": "Snakke med Áile",
            "responsible": "Áile Ŋuolla",
            "due_on": None,
            "done_on": None,
        },
        {"description": "Avklare skole", "responsible": None, "due_on": None, "done_on": None},
    ]
    assert carried_over_agenda(previous) == [
        {"title": "Oppfølging: Søke bolig (Kari Nordmann, frist 01.04.2026)", "notes": None},
        {"title": "Oppfølging: Time hos fastlege (frist 20.03.2026)", "notes": None},
        {"title": "Oppfølging: Snakke med Áile (Áile Ŋuolla)", "notes": None},
        {"title": "Oppfølging: Avklare skole", "notes": None},
    ]


def test_a_carried_over_title_is_still_a_valid_agenda_title() -> None:
    long = "x" * STR_MAX
    [item] = carried_over_agenda(
        [{"description": long, "responsible": "Kari Nordmann", "due_on": DAY, "done_on": None}]
    )
    assert len(item["title"]) == STR_MAX
    assert item["title"].endswith("x… (Kari Nordmann, frist 04.03.2026)")
    clean = validate_meeting(meeting(agenda=[item]), MEMBERS)
    assert clean["agenda"] == [item]


def test_nothing_carries_over_when_everything_is_done() -> None:
    assert carried_over_agenda([{"description": "A", "done_on": DAY}]) == []


# --- Consent --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ConsentRow:
    kind: str
    given_on: dt.date
    expires_on: dt.date | None = None
    withdrawn_on: dt.date | None = None


def test_no_warning_when_a_group_consent_is_in_force() -> None:
    consents = [
        ConsentRow("responsibility_group", dt.date(2025, 1, 1), withdrawn_on=dt.date(2025, 6, 1)),
        ConsentRow("responsibility_group", dt.date(2025, 7, 1), expires_on=DAY),
    ]
    assert group_consent_warning(consents, DAY) is None


def test_warning_when_the_client_never_consented_to_a_group() -> None:
    consents = [ConsentRow("individual_plan", dt.date(2025, 1, 1))]
    assert group_consent_warning(consents, DAY) == (
        "Klienten har ikke samtykket til ansvarsgruppe. Registrer samtykket før "
        "opplysninger deles i gruppen."
    )
    assert group_consent_warning([], DAY) is not None


@pytest.mark.parametrize(
    "consent",
    [
        ConsentRow("responsibility_group", dt.date(2025, 1, 1), expires_on=dt.date(2026, 3, 3)),
        ConsentRow("responsibility_group", dt.date(2025, 1, 1), withdrawn_on=DAY),
        ConsentRow("responsibility_group", dt.date(2026, 3, 5)),
    ],
    ids=["expired", "withdrawn", "not_yet_given"],
)
def test_warning_when_the_group_consent_is_not_in_force(consent: ConsentRow) -> None:
    assert group_consent_warning([consent], DAY) == (
        "Samtykket til ansvarsgruppe gjelder ikke per 04.03.2026 (utløpt, trukket tilbake "
        "eller ikke gitt ennå). Registrer et nytt samtykke før opplysninger deles i gruppen."
    )


# --- Minutes --------------------------------------------------------------------------------


def test_minutes_list_participants_by_status_in_member_order() -> None:
    members: list[dict[str, str | None]] = [
        {"name": "Kari Nordmann", "role": "ruskonsulent", "organization": "Rustjenesten"},
        {"name": "Ola Hansen", "role": "fastlege", "organization": None},
        {"name": "Áile Ŋuolla", "role": None, "organization": None},
        {"name": "Per Berg", "role": "NAV-veileder", "organization": "NAV Sentrum"},
    ]
    attendance = [
        {"member": "Per Berg", "status": "present"},
        {"member": "Áile Ŋuolla", "status": "excused"},
        {"member": "Kari Nordmann", "status": "present"},
        {"member": "Tidligere Medlem", "status": "absent"},
    ]
    present, absent, excused = minutes_participants(attendance, members)
    assert present == [
        "Kari Nordmann (ruskonsulent, Rustjenesten)",
        "Per Berg (NAV-veileder, NAV Sentrum)",
    ]
    assert absent == ["Tidligere Medlem"]  # no longer a member: listed by name
    assert excused == ["Áile Ŋuolla"]  # Ola has no entry: the minutes say nothing about him


def test_participant_line_with_only_an_organization() -> None:
    assert participant_line({"name": "Ola", "organization": "Legekontoret"}) == "Ola (Legekontoret)"


# --- Former members (left_on) ---------------------------------------------------------------


def test_a_former_member_cannot_be_koordinator() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_members(
            [
                member("Kari", is_coordinator=True, left_on="2026-02-01"),
                member("Ola", is_coordinator=True),
            ]
        )
    assert messages(exc) == [
        "members[0].is_coordinator: a member who has left the group cannot be its koordinator"
    ]
    assert exc.value.errors[0].code == "former_coordinator"


def test_a_group_whose_members_have_all_left_needs_no_koordinator() -> None:
    clean = validate_members([member("Kari", left_on="2026-02-01"), member("Ola", left_on=DAY)])
    assert [(m["name"], m["left_on"], m["is_coordinator"]) for m in clean] == [
        ("Kari", dt.date(2026, 2, 1), False),
        ("Ola", DAY, False),
    ]
    assert coordinator_name(clean) is None


def test_koordinatorer_are_counted_among_current_members_only() -> None:
    clean = validate_members(
        [member("Kari", is_coordinator=True), member("Ola", left_on=DAY), member("Per")]
    )
    assert coordinator_name(clean) == "Kari"
    with pytest.raises(ValidationError) as exc:
        validate_members([member("Kari"), member("Ola", left_on=DAY, is_coordinator=False)])
    assert messages(exc) == ["members: exactly one member must be the koordinator, not 0"]


def test_a_former_member_keeps_the_name_and_needs_a_real_date() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_members(
            [
                member("Kari", is_coordinator=True),
                member("Ola", left_on="1.2.2026"),
                member("kari", left_on=DAY),
            ]
        )
    assert messages(exc) == [
        "members[1].left_on: must be a real date written YYYY-MM-DD",
        "members[2].name: 'kari' is already a member (members[0]); "
        "the case file refers to members by name",
    ]
