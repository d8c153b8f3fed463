"""Individual plan rules: consent, dates inside the period, plan quality, and readable revisions."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rustool.domain.plan_rules import (
    COORDINATOR_ONLY_FIELDS,
    LIFE_AREAS,
    QualityIssue,
    is_declined,
    measure_from_action_item,
    plan_changes,
    plan_quality,
    quote,
    remove_goal,
    validate_coordinator_only,
    validate_plan,
)
from rustool.domain.records import ValidationError

TODAY = dt.date(2026, 6, 15)
START = dt.date(2026, 1, 1)
END = dt.date(2026, 12, 31)
AWKWARD = "Ŋ Ŧ Đ Č Š Ž Áŋŧđ <b>&amp; </script> \"sitat\" 'apostrof' 🙂"


def a_plan() -> dict[str, Any]:
    """A realistic plan as the case file carries it (ISO strings)."""
    return {
        "coordinator": "Kari Nordmann",
        "period_start": "2026-01-01",
        "period_end": "2026-12-31",
        "next_revision_on": "2026-07-01",
        "client_story": "Jeg vil ha et sted å bo og komme i jobb.",
        "resources": "God kontakt med søsteren.",
        "cooperation": "NAV og fastlegen.",
        "status": "active",
        "participants": [
            {"name": "Kari Nordmann", "role": "ruskonsulent", "organization": "Kommunen"},
            {"name": "Per Hansen", "role": "NAV-veileder", "organization": "NAV"},
        ],
        "goals": [
            {
                "life_area": "housing",
                "description": "Få egen leilighet",
                "horizon": "short",
                "target_date": "2026-09-01",
                "status": "open",
                "measures": [
                    {
                        "description": "Søke kommunal bolig",
                        "responsible": "Boligkontoret, Ola",
                        "scope": "Ett møte",
                        "start_on": "2026-02-01",
                        "end_on": "2026-03-01",
                        "status": "ongoing",
                    }
                ],
            },
            {
                "life_area": "work_activity",
                "description": "Komme i arbeid",
                "horizon": "long",
                "measures": [
                    {"description": "Arbeidspraksis", "responsible": "NAV, Per"},
                    {"description": "Kurs", "responsible": "NAV, Per", "end_on": "2026-11-30"},
                ],
            },
        ],
        "evaluations": [
            {
                "held_on": "2026-04-01",
                "summary": "Går fremover.",
                "goal_notes": [{"goal": 0, "note": "Søknad sendt."}],
            }
        ],
    }


def check(plan: dict[str, Any], *, consent: bool = True) -> dict[str, Any]:
    return validate_plan(plan, consent_in_force=consent, today=TODAY)


def refusals(plan: dict[str, Any], *, consent: bool = True) -> list[tuple[str, str, str]]:
    with pytest.raises(ValidationError) as exc:
        check(plan, consent=consent)
    return [(error.field, error.code, error.message) for error in exc.value.errors]


# --- validate_plan ------------------------------------------------------------------------


def test_a_sound_plan_cleans_to_dates_defaults_and_every_list() -> None:
    clean = check(a_plan())
    assert clean["period_start"] == START
    assert clean["period_end"] == END
    assert clean["goals"][0]["measures"][0]["end_on"] == dt.date(2026, 3, 1)
    # Empty statuses take their defaults; missing fields are present and empty.
    assert clean["goals"][1]["status"] == "open"
    assert clean["goals"][1]["target_date"] is None
    assert clean["goals"][1]["measures"][0]["status"] == "planned"
    assert clean["goals"][1]["measures"][0]["scope"] is None
    assert clean["evaluations"][0]["goal_notes"] == [{"goal": 0, "note": "Søknad sendt."}]
    assert [p["name"] for p in clean["participants"]] == ["Kari Nordmann", "Per Hansen"]


def test_a_minimal_plan_needs_only_its_start() -> None:
    clean = check({"period_start": "2026-01-01"})
    assert clean["status"] == "active"
    assert clean["participants"] == clean["goals"] == clean["evaluations"] == []
    assert refusals({}) == [("individual_plan.period_start", "required", "is required")]


def test_no_plan_without_consent_and_other_errors_still_listed() -> None:
    plan = a_plan()
    plan["period_end"] = "2025-12-31"
    assert refusals(plan, consent=False) == [
        (
            "individual_plan",
            "no_consent",
            "a plan needs a consent of kind individual_plan in force",
        ),
        (
            "individual_plan.period_end",
            "before_start",
            "must not be before period_start (2026-01-01)",
        ),
    ]


def test_next_revision_cannot_come_before_the_plan_starts() -> None:
    plan = a_plan()
    plan["next_revision_on"] = "2025-06-01"
    assert refusals(plan) == [
        (
            "individual_plan.next_revision_on",
            "before_start",
            "must not be before period_start (2026-01-01)",
        )
    ]


def test_a_measure_outside_the_plan_period_is_named_by_its_path() -> None:
    plan = a_plan()
    plan["goals"][1]["measures"][0]["end_on"] = "2027-01-15"
    plan["goals"][0]["measures"][0]["start_on"] = "2025-12-01"
    assert refusals(plan) == [
        (
            "individual_plan.goals[0].measures[0].start_on",
            "outside_period",
            "must lie within the plan period (2026-01-01 – 2026-12-31)",
        ),
        (
            "individual_plan.goals[1].measures[0].end_on",
            "outside_period",
            "must lie within the plan period (2026-01-01 – 2026-12-31)",
        ),
    ]


def test_an_open_ended_plan_only_holds_measures_to_its_start() -> None:
    plan = a_plan()
    plan["period_end"] = None
    plan["goals"][1]["measures"][0]["end_on"] = "2030-01-01"
    assert check(plan)["goals"][1]["measures"][0]["end_on"] == dt.date(2030, 1, 1)
    plan["goals"][1]["measures"][0]["start_on"] = "2025-01-01"
    assert refusals(plan) == [
        (
            "individual_plan.goals[1].measures[0].start_on",
            "outside_period",
            "must lie within the plan period (from 2026-01-01)",
        )
    ]


def test_a_measure_cannot_end_before_it_starts() -> None:
    plan = a_plan()
    plan["goals"][0]["measures"][0]["end_on"] = "2026-01-15"
    assert refusals(plan) == [
        (
            "individual_plan.goals[0].measures[0].end_on",
            "before_start",
            "must not be before start_on (2026-02-01)",
        )
    ]


def test_an_evaluation_before_the_plan_started_is_refused() -> None:
    plan = a_plan()
    plan["evaluations"][0]["held_on"] = "2025-12-20"
    assert refusals(plan) == [
        (
            "individual_plan.evaluations[0].held_on",
            "before_plan",
            "an evaluation cannot be held before the plan started (2026-01-01)",
        )
    ]


def test_an_evaluation_cannot_be_recorded_before_it_is_held() -> None:
    plan = a_plan()
    plan["evaluations"][0]["held_on"] = "2026-06-16"
    assert refusals(plan) == [
        ("individual_plan.evaluations[0].held_on", "future", "must not be in the future")
    ]


def test_goal_notes_must_point_at_existing_goals_once_each() -> None:
    plan = a_plan()
    plan["evaluations"][0]["goal_notes"] = [
        {"goal": 1, "note": "Praksis startet."},
        {"goal": 2, "note": "Finnes ikke."},
        {"goal": 1, "note": "To ganger."},
        {"goal": "0", "note": "Tekst, ikke tall."},
    ]
    assert refusals(plan) == [
        (
            "individual_plan.evaluations[0].goal_notes[1].goal",
            "unknown_goal",
            "must be the number of one of the plan's goals (0 to 1), not 2",
        ),
        (
            "individual_plan.evaluations[0].goal_notes[2].goal",
            "duplicate_goal",
            "goal 1 already has a note in this evaluation",
        ),
        (
            "individual_plan.evaluations[0].goal_notes[3].goal",
            "type",
            "must be a whole number",
        ),
    ]


def test_a_goal_note_in_a_plan_without_goals_says_so() -> None:
    plan = a_plan()
    plan["goals"] = []
    assert refusals(plan) == [
        (
            "individual_plan.evaluations[0].goal_notes[0].goal",
            "unknown_goal",
            "must be the number of a goal, but the plan has none, not 0",
        )
    ]


def test_every_error_in_the_plan_comes_at_once() -> None:
    plan = a_plan()
    plan["status"] = "paused"
    plan["secret"] = "x"
    plan["participants"].append({"role": "fastlege"})
    plan["goals"][0]["life_area"] = "money"
    plan["goals"][0]["description"] = "   "
    plan["goals"][0]["measures"][0]["end_on"] = "2026-02-30"
    plan["goals"][1]["measures"].append("Kurs")
    plan["evaluations"].append({"summary": "Uten dato", "goal_notes": [{"goal": 0}]})
    fields = [field for field, _, _ in refusals(plan, consent=False)]
    assert fields == [
        "individual_plan",
        "individual_plan.secret",
        "individual_plan.status",
        "individual_plan.participants[2].name",
        "individual_plan.goals[0].life_area",
        "individual_plan.goals[0].description",
        "individual_plan.goals[0].measures[0].end_on",
        "individual_plan.goals[1].measures[2]",
        "individual_plan.evaluations[1].held_on",
        "individual_plan.evaluations[1].goal_notes[0].note",
    ]


def test_lists_of_the_wrong_shape_are_named() -> None:
    plan = a_plan()
    plan["goals"] = {"life_area": "housing"}
    plan["participants"] = ["Kari"]
    assert refusals(plan) == [
        ("individual_plan.participants[0]", "type", "must be a row of named fields"),
        ("individual_plan.goals", "type", "must be a list"),
        (
            "individual_plan.evaluations[0].goal_notes[0].goal",
            "unknown_goal",
            "must be the number of a goal, but the plan has none, not 0",
        ),
    ]


def test_paths_follow_the_given_root() -> None:
    plan = a_plan()
    plan["goals"][0]["measures"][0]["end_on"] = "2027-02-01"
    with pytest.raises(ValidationError) as exc:
        validate_plan(plan, consent_in_force=True, path="", today=TODAY)
    assert [e.field for e in exc.value.errors] == ["goals[0].measures[0].end_on"]
    assert exc.value.for_field("end_on") is not None


def test_a_long_client_story_with_sami_letters_and_markup_is_kept_exactly() -> None:
    story = ("Mun háliidan ássat iežan viesus. Ŋ Ŧ Đ Č Š Ž áŋŧđ <b>&amp;\n" * 400)[:20_000]
    plan = a_plan()
    plan["client_story"] = story
    plan["goals"][0]["description"] = AWKWARD
    clean = check(plan)
    assert clean["client_story"] == story
    assert len(clean["client_story"]) == 20_000
    assert clean["goals"][0]["description"] == AWKWARD


@given(
    start=st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31)),
    length=st.integers(0, 800),
    offset=st.integers(-400, 1200),
    field=st.sampled_from(["start_on", "end_on"]),
)
def test_a_measure_validates_exactly_when_inside_the_period(
    start: dt.date, length: int, offset: int, field: str
) -> None:
    end = start + dt.timedelta(days=length)
    day = start + dt.timedelta(days=offset)
    plan = {
        "period_start": start.isoformat(),
        "period_end": end.isoformat(),
        "goals": [
            {
                "life_area": "other",
                "description": "Mål",
                "measures": [{"description": "Tiltak", field: day.isoformat()}],
            }
        ],
    }
    if start <= day <= end:
        assert check(plan)["goals"][0]["measures"][0][field] == day
    else:
        assert [code for _, code, _ in refusals(plan)] == ["outside_period"]


# --- coordinator only ---------------------------------------------------------------------


def test_a_declined_plan_still_records_the_coordinator_without_consent() -> None:
    record = {"coordinator": "Kari Nordmann", "declined_on": "2026-03-02", "notes": "Vil tenke."}
    assert is_declined(record)
    assert not is_declined(a_plan())
    assert validate_coordinator_only(record) == {
        "coordinator": "Kari Nordmann",
        "declined_on": dt.date(2026, 3, 2),
        "notes": "Vil tenke.",
    }
    assert [spec.name for spec in COORDINATOR_ONLY_FIELDS] == [
        "coordinator",
        "declined_on",
        "notes",
    ]


def test_a_coordinator_only_record_needs_both_who_and_when() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_coordinator_only({"notes": "x", "goals": []})
    assert [str(e) for e in exc.value.errors] == [
        "individual_plan.goals: is not a known field",
        "individual_plan.coordinator: is required",
        "individual_plan.declined_on: is required",
    ]


# --- remove_goal --------------------------------------------------------------------------


def test_removing_a_goal_keeps_the_goal_notes_pointing_at_their_goals() -> None:
    plan = a_plan()
    plan["goals"].append({"life_area": "family", "description": "Se barna oftere"})
    plan["evaluations"][0]["goal_notes"] = [
        {"goal": 0, "note": "Bolig"},
        {"goal": 1, "note": "Arbeid"},
        {"goal": 2, "note": "Barna"},
    ]
    before = copy.deepcopy(plan)
    smaller = remove_goal(plan, 1)
    assert plan == before
    assert [g["description"] for g in smaller["goals"]] == ["Få egen leilighet", "Se barna oftere"]
    assert smaller["evaluations"][0]["goal_notes"] == [
        {"goal": 0, "note": "Bolig"},
        {"goal": 1, "note": "Barna"},
    ]
    check(smaller)
    with pytest.raises(IndexError):
        remove_goal(plan, 3)


# --- measure_from_action_item -------------------------------------------------------------


def test_an_action_item_becomes_a_planned_measure_that_validates() -> None:
    measure = measure_from_action_item(
        "Bestille time hos fastlegen", "Fastlegen, dr. Berg", dt.date(2026, 5, 1), (START, END)
    )
    assert measure == {
        "description": "Bestille time hos fastlegen",
        "responsible": "Fastlegen, dr. Berg",
        "scope": None,
        "start_on": None,
        "end_on": dt.date(2026, 5, 1),
        "status": "planned",
    }
    plan = a_plan()
    plan["goals"][0]["measures"].append(measure)
    assert check(plan)["goals"][0]["measures"][1]["end_on"] == dt.date(2026, 5, 1)


@pytest.mark.parametrize(
    ("due_on", "period", "end_on"),
    [
        (dt.date(2025, 11, 1), (START, END), START),
        (dt.date(2027, 3, 1), (START, END), END),
        (dt.date(2027, 3, 1), (START, None), dt.date(2027, 3, 1)),
        (dt.date(2025, 3, 1), (None, None), dt.date(2025, 3, 1)),
        (None, (START, END), None),
    ],
)
def test_an_action_items_due_date_is_moved_into_the_plan_period(
    due_on: dt.date | None,
    period: tuple[dt.date | None, dt.date | None],
    end_on: dt.date | None,
) -> None:
    assert measure_from_action_item("Ring NAV", None, due_on, period)["end_on"] == end_on


# --- plan quality -------------------------------------------------------------------------


def test_a_good_plan_has_no_quality_issues() -> None:
    assert plan_quality(check(a_plan()), TODAY) == []


def test_quality_issues_come_plan_first_then_by_goal_and_measure() -> None:
    plan = a_plan()
    plan["coordinator"] = ""
    plan["next_revision_on"] = "2026-06-01"
    plan["goals"][0]["measures"][0]["responsible"] = None
    plan["goals"][0]["target_date"] = "2026-06-14"
    plan["goals"][1]["measures"][1]["responsible"] = " "
    plan["goals"].append(
        {
            "life_area": "mental_health",
            "description": "Sove bedre om natta og slippe å våkne klokka fire hver morgen",
        }
    )
    plan["goals"].append({"life_area": "leisure", "description": "Fiske", "status": "dropped"})
    issues = plan_quality(check(plan), TODAY)
    assert issues == [
        QualityIssue("no_coordinator", "Planen har ingen koordinator.", None, None),
        QualityIssue(
            "revision_overdue", "Revisjonen av planen var satt til 01.06.2026 og er forfalt."
        ),
        QualityIssue(
            "target_date_passed",
            "Mål 1 «Få egen leilighet» skulle vært nådd 14.06.2026, men er fortsatt åpent.",
            0,
        ),
        QualityIssue(
            "measure_without_responsible",
            "Tiltak 1 «Søke kommunal bolig» under mål 1 har ingen ansvarlig.",
            0,
            0,
        ),
        QualityIssue(
            "measure_without_responsible",
            "Tiltak 2 «Kurs» under mål 2 har ingen ansvarlig.",
            1,
            1,
        ),
        QualityIssue(
            "goal_without_measures",
            "Mål 3 «Sove bedre om natta og slippe å våkne…» har ingen tiltak.",
            2,
        ),
    ]


def test_a_plan_without_revision_date_or_goals_says_so() -> None:
    issues = plan_quality(check({"period_start": "2026-01-01", "coordinator": "Kari"}), TODAY)
    assert [(i.code, i.message) for i in issues] == [
        ("no_next_revision", "Planen har ingen dato for neste revisjon."),
        ("no_goals", "Planen har ingen mål."),
    ]


def test_revision_due_today_is_not_overdue_and_reached_goals_are_not_late() -> None:
    plan = a_plan()
    plan["next_revision_on"] = TODAY.isoformat()
    plan["goals"][0]["target_date"] = "2026-02-01"
    plan["goals"][0]["status"] = "reached"
    assert plan_quality(check(plan), TODAY) == []


def test_a_closed_plan_is_not_nagged_about_revision() -> None:
    plan = a_plan()
    plan["status"] = "closed"
    plan["next_revision_on"] = None
    assert plan_quality(check(plan), TODAY) == []


# --- plan_changes -------------------------------------------------------------------------


def test_no_changes_between_equal_snapshots_even_in_different_shapes() -> None:
    assert plan_changes(a_plan(), a_plan()) == []
    assert plan_changes(a_plan(), check(a_plan())) == []


def test_plan_fields_changed_are_named_and_long_texts_only_flagged() -> None:
    after = a_plan()
    after["next_revision_on"] = "2026-09-01"
    after["coordinator"] = "Ola Berg"
    after["client_story"] = "Ny tekst " * 500
    after["period_end"] = None
    assert plan_changes(a_plan(), after) == [
        "Koordinator: «Kari Nordmann» → «Ola Berg»",
        "Periode til: 31.12.2026 → (tom)",
        "Neste revisjon: 01.07.2026 → 01.09.2026",
        "Klientens egne ord endret",
    ]


def test_a_revision_lists_goals_measures_participants_and_evaluations() -> None:
    before = a_plan()
    after = a_plan()
    after["participants"].pop(1)
    after["participants"][0]["role"] = "koordinator"
    after["participants"].append({"name": "Dr. Berg", "role": "fastlege"})
    after["goals"][0]["status"] = "reached"
    after["goals"][0]["measures"][0]["status"] = "done"
    after["goals"][1]["description"] = "Komme i arbeid på heltid"
    after["goals"][1]["measures"].pop(0)
    after["goals"][1]["measures"].append({"description": "Jobbsøkerkurs", "responsible": "NAV"})
    after["goals"].insert(0, {"life_area": "family", "description": "Se barna oftere"})
    after["evaluations"].append({"held_on": "2026-06-01", "summary": "Bolig på plass."})
    # The same note, renumbered because a goal came first: not an edit.
    after["evaluations"][0]["goal_notes"] = [{"goal": 1, "note": "Søknad sendt."}]
    assert plan_changes(before, after) == [
        "Deltaker lagt til: Dr. Berg",
        "Deltaker fjernet: Per Hansen",
        "Deltaker Kari Nordmann: Rolle: «ruskonsulent» → «koordinator»",
        "Mål lagt til: «Se barna oftere»",
        "Mål «Få egen leilighet»: Status: åpent → nådd",
        "Mål «Få egen leilighet», tiltak «Søke kommunal bolig»: Status: pågår → gjennomført",
        "Mål «Komme i arbeid»: Beskrivelse: «Komme i arbeid» → «Komme i arbeid på heltid»",
        "Mål «Komme i arbeid»: tiltak lagt til: «Jobbsøkerkurs»",
        "Mål «Komme i arbeid»: tiltak fjernet: «Arbeidspraksis»",
        "Evaluering lagt til: 01.06.2026",
    ]
    after["evaluations"][0]["goal_notes"].append({"goal": 2, "note": "Praksis avtalt."})
    assert plan_changes(before, after)[-1] == "Evaluering 01.04.2026: Notater per mål endret"


def test_a_removed_goal_is_named_by_its_description_and_takes_its_notes() -> None:
    after = remove_goal(a_plan(), 0)
    assert plan_changes(a_plan(), after) == [
        "Mål fjernet: «Få egen leilighet»",
        "Evaluering 01.04.2026: Notater per mål endret",
    ]
    after = remove_goal(a_plan(), 1)
    assert plan_changes(a_plan(), after) == ["Mål fjernet: «Komme i arbeid»"]


def test_quoted_descriptions_are_one_line_and_cut_at_a_word() -> None:
    assert quote("Sove bedre\nom  natta") == "«Sove bedre om natta»"
    assert quote("a" * 60) == "«" + "a" * 39 + "…»"
    assert quote(None) == "«»"


def test_life_areas_are_the_ten_domain_codes() -> None:
    assert LIFE_AREAS == (
        "substance_use",
        "mental_health",
        "physical_health",
        "housing",
        "economy",
        "work_activity",
        "social_network",
        "family",
        "leisure",
        "other",
    )


def test_reordered_goals_are_no_change_and_an_unrelated_goal_is_not_an_edit() -> None:
    after = a_plan()
    after["goals"].reverse()
    after["evaluations"][0]["goal_notes"] = [{"goal": 1, "note": "Søknad sendt."}]
    assert plan_changes(a_plan(), after) == []
    after = a_plan()
    after["goals"][1] = {"life_area": "family", "description": "Se barna oftere"}
    assert plan_changes(a_plan(), after) == [
        "Mål lagt til: «Se barna oftere»",
        "Mål fjernet: «Komme i arbeid»",
    ]


def test_a_moved_evaluation_date_reads_as_that_evaluation_changed() -> None:
    after = a_plan()
    after["evaluations"][0]["held_on"] = "2026-04-02"
    after["evaluations"][0]["summary"] = "Ny oppsummering."
    assert plan_changes(a_plan(), after) == [
        "Evaluering 01.04.2026: Dato: 01.04.2026 → 02.04.2026",
        "Evaluering 01.04.2026: Oppsummering endret",
    ]


def test_a_closed_plan_needs_no_consent_in_force() -> None:
    plan = {"period_start": "2026-01-01", "status": "closed"}
    assert validate_plan(plan, consent_in_force=False)["status"] == "closed"
    with pytest.raises(ValidationError) as caught:
        validate_plan({**plan, "status": "active"}, consent_in_force=False)
    assert caught.value.errors[0].code == "no_consent"
