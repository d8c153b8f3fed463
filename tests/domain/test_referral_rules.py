"""Referral rules: the TSB and LAR checklists, what blocks sending, and the order of events."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from rustool.domain.records import ValidationError
from rustool.domain.referral_rules import (
    DEPENDENCE_CRITERIA,
    FIELD_TITLES,
    HELP_TEXTS,
    LAR_CONTENT_FIELDS,
    LAR_EXTRA_FIELDS,
    LAR_LIST_FIELDS,
    TSB_CONTENT_FIELDS,
    TSB_LIST_FIELDS,
    completeness,
    content_fields,
    dependence_count,
    dependence_warning,
    sections,
    validate_content,
    validate_recipient,
    validate_referral_common,
    validate_substance_use,
)
from rustool.domain.referral_rules import (
    check_event as check_event_rule,
)

TODAY = dt.date(2026, 11, 23)
AWKWARD = "Ŋ Ŧ Đ Č Š Ž Áŋŧđ <b>&amp; </script> \"sitat\" 'apostrof' 🙂"
LONG = ("Klienten forteller: æøå ŋ ŧ <i>&</i>\n" * 600)[:20_000]


def messages(exc: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [str(error) for error in exc.value.errors]


def fields_of(exc: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [error.field for error in exc.value.errors]


def full_tsb() -> dict[str, Any]:
    """Every TSB checklist answer filled, as the wizard hands it over."""
    content: dict[str, Any] = {spec.name: f"Svar om {spec.name}" for spec in TSB_CONTENT_FIELDS}
    content |= {
        "help_wanted_by_client": True,
        "gp_statement_attached": True,
        "overdose_risk_level": "high",
        "suicide_risk_level": "low",
        "drivers_license": "unknown",
        "attachments": ["Skriv fra fastlege", "AUDIT 2026-11-02", "Epikrise"],
    }
    return content


def full_lar() -> dict[str, Any]:
    content = full_tsb()
    content |= {spec.name: f"Svar om {spec.name}" for spec in LAR_EXTRA_FIELDS}
    content |= {
        "injecting": True,
        "ecg_attached": False,
        "client_application_attached": True,
        "goals_lar": "stabilisation",
        "dependence_criteria": ["tolerance", "craving", "withdrawal"],
        "client_participated_on": "2026-11-10",
        "municipal_service_participant": "Rita Ruskonsulent",
        "municipal_service_participated_on": "2026-11-10",
        "gp_participant": "Dr. Ola Fastlege",
        "gp_participated_on": "2026-11-12",
    }
    return content


# --- fields, sections and texts ---------------------------------------------------------------


def test_the_checklists_use_the_canonical_field_names_in_section_order() -> None:
    assert [spec.name for spec in LAR_CONTENT_FIELDS[: len(TSB_CONTENT_FIELDS)]] == [
        spec.name for spec in TSB_CONTENT_FIELDS
    ]
    assert [section.title for section in sections("tsb")] == [
        "Aktuelt",
        "Familie og sosialt",
        "Andre forhold",
        "Begrunnelse",
        "Vedlegg",
    ]
    assert [section.code for section in sections("lar")] == [
        "current",
        "family_social",
        "other",
        "opioid_dependence",
        "documentation_tests",
        "goals_medication",
        "three_parties",
        "reason",
        "attachments",
    ]
    assert content_fields("tsb")[:3] == ("help_wanted", "help_wanted_by_client", "treatment_wishes")
    assert content_fields("tsb")[-2:] == ("reason", "attachments")


@pytest.mark.parametrize(
    ("kind", "specs", "lists"),
    [("tsb", TSB_CONTENT_FIELDS, TSB_LIST_FIELDS), ("lar", LAR_CONTENT_FIELDS, LAR_LIST_FIELDS)],
)
def test_every_content_field_is_in_exactly_one_section_with_a_title_and_help(
    kind: str, specs: tuple[Any, ...], lists: tuple[str, ...]
) -> None:
    names = content_fields(kind)
    assert len(names) == len(set(names))
    assert set(names) == {spec.name for spec in specs} | set(lists)
    for name in names:
        assert FIELD_TITLES[name].strip()
        assert HELP_TEXTS[name].strip()
    assert (
        HELP_TEXTS["help_wanted"] == "Hva klienten ønsker hjelp til – helst med klientens egne ord."
    )


def test_lar_has_the_three_parties_and_the_goal_in_enum_and_own_words() -> None:
    names = content_fields("lar")
    for name in (
        "client_participated_on",
        "municipal_service_participant",
        "municipal_service_participated_on",
        "gp_participant",
        "gp_participated_on",
        "goals_lar",
        "goals_lar_own_words",
        "dependence_criteria",
    ):
        assert name in names
        assert name not in content_fields("tsb")


# --- content ----------------------------------------------------------------------------------


def test_a_full_tsb_referral_validates_and_keeps_every_answer() -> None:
    content = full_tsb()
    clean = validate_content("tsb", content, today=TODAY)
    assert clean == content
    assert list(clean) == list(content_fields("tsb"))


def test_a_full_lar_referral_validates_with_dates_and_criteria_in_icd_order() -> None:
    clean = validate_content("lar", full_lar(), today=TODAY)
    assert clean["gp_participated_on"] == dt.date(2026, 11, 12)
    assert clean["dependence_criteria"] == ["craving", "withdrawal", "tolerance"]
    assert clean["goals_lar_own_words"] == "Svar om goals_lar_own_words"


def test_an_empty_draft_validates_with_every_field_empty() -> None:
    clean = validate_content("lar", {}, today=TODAY)
    assert clean["help_wanted"] is None
    assert clean["injecting"] is False
    assert clean["attachments"] == []
    assert clean["dependence_criteria"] == []


def test_twenty_thousand_characters_sami_letters_and_markup_survive_in_every_text_field() -> None:
    text_fields = [spec.name for spec in LAR_CONTENT_FIELDS if spec.type == "text"]
    content = {name: LONG for name in text_fields} | {"help_wanted": AWKWARD}
    clean = validate_content("lar", content, today=TODAY)
    assert clean["help_wanted"] == AWKWARD
    assert all(clean[name] == LONG for name in text_fields if name != "help_wanted")
    assert len(clean["reason"]) == 20_000


def test_lar_keys_are_unknown_in_a_tsb_referral() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_content("tsb", {"opioid_history": "x", "dependence_criteria": []}, today=TODAY)
    assert messages(exc) == [
        "content.opioid_history: is not a known field",
        "content.dependence_criteria: is not a known field",
    ]


def test_content_types_and_enums_are_checked_and_named() -> None:
    bad = {
        "help_wanted": 12,
        "help_wanted_by_client": "ja",
        "drivers_license": "maybe",
        "municipal_service_participant": "x" * 201,
        "gp_participant": "Ola\nFastlege",
    }
    with pytest.raises(ValidationError) as exc:
        validate_content("lar", bad, today=TODAY)
    assert {e.field: e.code for e in exc.value.errors} == {
        "content.help_wanted": "type",
        "content.help_wanted_by_client": "type",
        "content.drivers_license": "choice",
        "content.municipal_service_participant": "too_long",
        "content.gp_participant": "newline",
    }


def test_participation_dates_must_not_be_in_the_future() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_content(
            "lar",
            {"gp_participated_on": "2026-11-24", "client_participated_on": "2026-02-30"},
            today=TODAY,
        )
    assert messages(exc) == [
        "content.client_participated_on: must be a real date written YYYY-MM-DD",
        "content.gp_participated_on: must not be in the future",
    ]


def test_attachments_are_short_named_lines() -> None:
    clean = validate_content("tsb", {"attachments": ["  Epikrise  ", "Čájet ŋ <b>"]}, today=TODAY)
    assert clean["attachments"] == ["Epikrise", "Čájet ŋ <b>"]
    with pytest.raises(ValidationError) as exc:
        validate_content(
            "tsb", {"attachments": ["Epikrise", "", "x" * 201, 7, "to\nlinjer"]}, today=TODAY
        )
    assert fields_of(exc) == [f"content.attachments[{i}]" for i in (1, 2, 3, 4)]
    assert messages(exc)[0] == "content.attachments[1]: must not be empty"
    with pytest.raises(ValidationError) as exc:
        validate_content("tsb", {"attachments": ["a"] * 51}, today=TODAY)
    assert messages(exc) == ["content.attachments: must have at most 50 items, not 51"]
    with pytest.raises(ValidationError) as exc:
        validate_content("tsb", {"attachments": "Epikrise"}, today=TODAY)
    assert messages(exc) == ["content.attachments: must be a list"]


def test_dependence_criteria_are_the_six_codes_without_repeats() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_content(
            "lar", {"dependence_criteria": ["craving", "craving", "hunger"]}, today=TODAY
        )
    assert fields_of(exc) == ["content.dependence_criteria[1]", "content.dependence_criteria[2]"]
    assert messages(exc)[0] == "content.dependence_criteria[1]: craving is listed twice"


def test_an_unknown_referral_kind_is_refused() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_content("psyk", {}, today=TODAY)
    assert messages(exc) == ["kind: must be one of tsb, lar, not 'psyk'"]


# --- recipient, referrer, substance use -------------------------------------------------------


def test_the_recipient_needs_a_name() -> None:
    unit = {
        "name": "TSB, Ålesund behandlingssenter",
        "address": "Vestmoa 27",
        "postal_code": "6018",
        "city": "Ålesund",
    }
    assert validate_recipient(unit)["city"] == "Ålesund"
    with pytest.raises(ValidationError) as exc:
        validate_recipient({"city": "Ålesund"})
    assert messages(exc) == ["recipient.name: is required"]


def test_the_referrer_email_must_be_an_address() -> None:
    clean = validate_referral_common({"referrer_name": "Rita", "copy_to_gp": True})
    assert clean["copy_to_gp"] is True
    assert clean["municipal_contact"] is None
    with pytest.raises(ValidationError) as exc:
        validate_referral_common({"referrer_email": "rita.kommune.no"})
    assert messages(exc) == ["referrer_email: must be an e-mail address"]


def test_substance_use_rows_are_cleaned() -> None:
    rows = [
        {"substance": "alcohol", "frequency": "daglig", "amount": "1 flaske vin", "route": "oral"},
        {
            "substance": "opioids",
            "route": "injected",
            "debut_age": 19,
            "last_used_on": "2026-11-20",
        },
    ]
    clean = validate_substance_use(rows, today=TODAY)
    assert clean[1]["last_used_on"] == dt.date(2026, 11, 20)
    assert clean[0]["debut_age"] is None


def test_substance_use_errors_name_the_row_and_field() -> None:
    rows = [
        {"substance": "alcohol"},
        {"substance": "coffee"},
        {"substance": "cannabis", "debut_age": 101, "last_used_on": "2026-11-24"},
        {"route": "oral"},
    ]
    with pytest.raises(ValidationError) as exc:
        validate_substance_use(rows, today=TODAY)
    assert fields_of(exc) == [
        "substance_use[1].substance",
        "substance_use[2].debut_age",
        "substance_use[2].last_used_on",
        "substance_use[3].substance",
    ]
    assert "substance_use[2].debut_age: must be between 0 and 100" in messages(exc)
    assert "substance_use[3].substance: is required" in messages(exc)


def test_substance_use_must_be_a_list_of_rows() -> None:
    with pytest.raises(ValidationError) as exc:
        validate_substance_use(["alcohol"], today=TODAY)
    assert messages(exc) == ["substance_use[0]: must be a row of named fields"]
    with pytest.raises(ValidationError):
        validate_substance_use({"substance": "alcohol"}, today=TODAY)  # type: ignore[arg-type]


# --- completeness -----------------------------------------------------------------------------


def test_a_full_referral_with_consent_and_recipient_can_be_sent() -> None:
    for kind, content in (("tsb", full_tsb()), ("lar", full_lar())):
        result = completeness(kind, content, referral_consent_in_force=True, recipient_named=True)
        assert result.can_send
        assert result.not_described == ()


def test_help_wanted_reason_consent_and_recipient_block_sending() -> None:
    content = full_tsb() | {"help_wanted": "   ", "reason": None}
    result = completeness("tsb", content, referral_consent_in_force=False, recipient_named=False)
    assert not result.can_send
    assert [e.field for e in result.blocking] == ["help_wanted", "reason", "consent", "recipient"]
    assert str(result.blocking[2]) == (
        "consent: a consent of kind referral must be in force on the day the referral is sent"
    )


def test_lar_without_the_three_parties_is_blocked_naming_each_party() -> None:
    content = full_lar()
    for name in (
        "client_participated_on",
        "municipal_service_participant",
        "municipal_service_participated_on",
        "gp_participant",
        "gp_participated_on",
    ):
        content[name] = None
    result = completeness("lar", content, referral_consent_in_force=True, recipient_named=True)
    assert not result.can_send
    assert [e.field for e in result.blocking] == [
        "client_participated_on",
        "municipal_service_participant",
        "municipal_service_participated_on",
        "gp_participant",
        "gp_participated_on",
    ]
    assert str(result.blocking[-1]) == (
        "gp_participated_on: the fastlege's part in writing the LAR referral must be dated"
    )
    assert result.not_described == ()


def test_empty_recommended_fields_are_listed_by_section_in_order() -> None:
    content = {"help_wanted": "Slutte å drikke", "reason": "Klarer det ikke alene"}
    result = completeness("tsb", content, referral_consent_in_force=True, recipient_named=True)
    assert result.can_send
    expected = [
        (section.code, name)
        for section in sections("tsb")
        for name in section.fields
        if name not in {"help_wanted", "reason", "help_wanted_by_client", "gp_statement_attached"}
    ]
    assert list(result.not_described) == expected
    assert result.not_described[0] == ("current", "treatment_wishes")
    assert result.not_described[-1] == ("attachments", "attachments")


def test_only_empty_fields_count_and_booleans_never_do() -> None:
    content = full_tsb() | {
        "housing": " \n ",
        "drivers_license": None,
        "attachments": [],
        "help_wanted_by_client": False,
    }
    result = completeness("tsb", content, referral_consent_in_force=True, recipient_named=True)
    assert result.not_described == (
        ("family_social", "housing"),
        ("family_social", "drivers_license"),
        ("attachments", "attachments"),
    )


def test_substance_use_rows_describe_the_substance_use_without_notes() -> None:
    content = full_tsb() | {"substance_use_notes": ""}
    without = completeness("tsb", content, referral_consent_in_force=True, recipient_named=True)
    assert without.not_described == (("current", "substance_use_notes"),)
    with_rows = completeness(
        "tsb",
        content,
        referral_consent_in_force=True,
        recipient_named=True,
        substance_use=[{"substance": "alcohol"}],
    )
    assert with_rows.not_described == ()


def test_dependence_count_and_warning_under_three() -> None:
    assert dependence_count([]) == 0
    assert dependence_count(["craving", "craving", "tolerance", "unknown"]) == 2
    assert dependence_warning(["craving", "tolerance"]) == (
        "Avhengighet krever at minst 3 av 6 kriterier har vært oppfylt samtidig det siste året; "
        "2 er krysset av."
    )
    assert dependence_warning(["craving", "tolerance", "withdrawal"]) is None
    assert dependence_warning(DEPENDENCE_CRITERIA) is None


# --- life cycle -------------------------------------------------------------------------------

day = dt.date
CREATED = day(2026, 10, 1)
SENT = day(2026, 10, 5)
RECEIVED = day(2026, 10, 7)
ASSESSED = day(2026, 10, 20)
STARTED = day(2026, 11, 2)
GRANTED = {
    "outcome": "right_granted",
    "treatment_level": "residential",
    "treatment_place": "Ålesund behandlingssenter",
    "start_deadline": "2026-12-01",
}


def state(**fields: Any) -> dict[str, Any]:
    return {"status": "draft"} | fields


SENT_STATE = state(status="sent", sent_on=SENT)
RECEIVED_STATE = SENT_STATE | {"status": "received", "received_on": RECEIVED}
GRANTED_STATE = RECEIVED_STATE | {
    "status": "assessed",
    "assessed_on": ASSESSED,
    "outcome": "right_granted",
    "treatment_level": "day",
    "start_deadline": day(2026, 12, 1),
}
REJECTED_STATE = RECEIVED_STATE | {
    "status": "assessed",
    "assessed_on": ASSESSED,
    "outcome": "rejected",
}
STARTED_STATE = GRANTED_STATE | {"treatment_started_on": STARTED}


def check_event(
    current: dict[str, Any], event: str, on: dt.date, details: dict[str, Any] | None = None
) -> dict[str, Any]:
    return check_event_rule(current, event, on, TODAY, details or {})


@pytest.mark.parametrize(
    ("current", "event", "on", "details", "changes"),
    [
        (
            state(),
            "sent",
            SENT,
            {"sent_method": "post"},
            {"sent_on": SENT, "sent_method": "post", "status": "sent"},
        ),
        (SENT_STATE, "received", RECEIVED, {}, {"received_on": RECEIVED, "status": "received"}),
        (
            RECEIVED_STATE,
            "assessed",
            ASSESSED,
            GRANTED,
            {
                "assessed_on": ASSESSED,
                "outcome": "right_granted",
                "treatment_level": "residential",
                "treatment_place": "Ålesund behandlingssenter",
                "start_deadline": day(2026, 12, 1),
                "status": "assessed",
            },
        ),
        (
            RECEIVED_STATE,
            "assessed",
            ASSESSED,
            {"outcome": "rejected"},
            {
                "assessed_on": ASSESSED,
                "outcome": "rejected",
                "treatment_level": None,
                "treatment_place": None,
                "start_deadline": None,
                "status": "assessed",
            },
        ),
        (
            REJECTED_STATE,
            "complaint_filed",
            day(2026, 11, 3),
            {},
            {"complaint_filed_on": day(2026, 11, 3)},
        ),
        (GRANTED_STATE, "treatment_started", STARTED, {}, {"treatment_started_on": STARTED}),
        (
            STARTED_STATE,
            "discharged",
            TODAY,
            {},
            {"discharged_on": TODAY, "status": "closed"},
        ),
        (state(), "withdrawn", CREATED, {}, {"withdrawn_on": CREATED, "status": "closed"}),
        (GRANTED_STATE, "withdrawn", ASSESSED, {}, {"withdrawn_on": ASSESSED, "status": "closed"}),
    ],
)
def test_events_in_a_possible_order_give_their_changes(
    current: dict[str, Any],
    event: str,
    on: dt.date,
    details: dict[str, Any],
    changes: dict[str, Any],
) -> None:
    assert check_event(current, event, on, details) == changes


@pytest.mark.parametrize(
    ("current", "event", "on", "details", "field", "message"),
    [
        (
            state(),
            "sent",
            day(2026, 11, 24),
            {"sent_method": "post"},
            "sent_on",
            "must not be in the future (today is 2026-11-23)",
        ),
        (state(), "sent", SENT, {}, "sent_method", "is required"),
        (
            state(),
            "received",
            RECEIVED,
            {},
            "received_on",
            "the referral must be marked sent before it can be received",
        ),
        (
            SENT_STATE,
            "received",
            day(2026, 10, 4),
            {},
            "received_on",
            "must not be before sent_on (2026-10-05)",
        ),
        (
            SENT_STATE,
            "assessed",
            ASSESSED,
            GRANTED,
            "assessed_on",
            "the referral must be marked received before it can be assessed",
        ),
        (
            RECEIVED_STATE,
            "assessed",
            day(2026, 10, 6),
            GRANTED,
            "assessed_on",
            "must not be before received_on (2026-10-07)",
        ),
        (RECEIVED_STATE, "assessed", ASSESSED, {}, "outcome", "is required"),
        (
            RECEIVED_STATE,
            "assessed",
            ASSESSED,
            {"outcome": "right_granted", "start_deadline": "2026-12-01"},
            "treatment_level",
            "is required when the right to health care is granted",
        ),
        (
            RECEIVED_STATE,
            "assessed",
            ASSESSED,
            {"outcome": "right_granted", "treatment_level": "day"},
            "start_deadline",
            "the binding start deadline is required when the right to health care is granted",
        ),
        (
            RECEIVED_STATE,
            "assessed",
            ASSESSED,
            GRANTED | {"start_deadline": "2026-10-19"},
            "start_deadline",
            "must not be before assessed_on (2026-10-20)",
        ),
        (
            RECEIVED_STATE,
            "assessed",
            ASSESSED,
            {"outcome": "rejected", "treatment_level": "day"},
            "treatment_level",
            "must be empty when the referral is rejected",
        ),
        (
            GRANTED_STATE,
            "complaint_filed",
            TODAY,
            {},
            "complaint_filed_on",
            "a complaint can only be filed after a rejection",
        ),
        (
            REJECTED_STATE,
            "complaint_filed",
            day(2026, 10, 19),
            {},
            "complaint_filed_on",
            "must not be before assessed_on (2026-10-20)",
        ),
        (
            REJECTED_STATE,
            "treatment_started",
            TODAY,
            {},
            "treatment_started_on",
            "treatment can only start after the right to health care is granted",
        ),
        (
            GRANTED_STATE,
            "treatment_started",
            day(2026, 10, 19),
            {},
            "treatment_started_on",
            "must not be before assessed_on (2026-10-20)",
        ),
        (
            GRANTED_STATE,
            "discharged",
            TODAY,
            {},
            "discharged_on",
            "the client can only be discharged after treatment has started",
        ),
        (
            STARTED_STATE,
            "discharged",
            day(2026, 11, 1),
            {},
            "discharged_on",
            "must not be before treatment_started_on (2026-11-02)",
        ),
        (
            RECEIVED_STATE,
            "withdrawn",
            day(2026, 10, 6),
            {},
            "withdrawn_on",
            "must not be before received_on (2026-10-07)",
        ),
        (
            STARTED_STATE,
            "withdrawn",
            TODAY,
            {},
            "withdrawn_on",
            "treatment has started; record a discharge instead",
        ),
        (
            state(withdrawn_on=SENT),
            "withdrawn",
            TODAY,
            {},
            "withdrawn_on",
            "the referral was already withdrawn on 2026-10-05",
        ),
        (
            SENT_STATE | {"withdrawn_on": day(2026, 10, 6)},
            "received",
            RECEIVED,
            {},
            "received_on",
            "the referral was withdrawn on 2026-10-06; nothing can be recorded after that",
        ),
        (
            SENT_STATE,
            "sent",
            TODAY,
            {"sent_method": "post"},
            "sent_on",
            "is already recorded (2026-10-05); a recorded event cannot be recorded again",
        ),
        (
            STARTED_STATE,
            "treatment_started",
            TODAY,
            {},
            "treatment_started_on",
            "is already recorded (2026-11-02); a recorded event cannot be recorded again",
        ),
        (
            state(),
            "sent",
            SENT,
            {"sent_method": "fax"},
            "sent_method",
            "must be one of post, handed_over, electronic, not 'fax'",
        ),
        (state(), "received", SENT, {"note": "x"}, "note", "is not a known field"),
    ],
)
def test_impossible_orders_are_refused_with_the_field_and_reason(
    current: dict[str, Any],
    event: str,
    on: dt.date,
    details: dict[str, Any],
    field: str,
    message: str,
) -> None:
    with pytest.raises(ValidationError) as exc:
        check_event(current, event, on, details)
    assert f"{field}: {message}" in messages(exc)


def test_every_problem_with_an_event_is_reported_at_once() -> None:
    with pytest.raises(ValidationError) as exc:
        check_event(SENT_STATE, "assessed", day(2026, 12, 1), {"outcome": "maybe"})
    assert messages(exc) == [
        "outcome: must be one of right_granted, rejected, not 'maybe'",
        "assessed_on: must not be in the future (today is 2026-11-23)",
        "assessed_on: the referral must be marked received before it can be assessed",
    ]


def test_the_start_deadline_may_lie_in_the_future() -> None:
    changes = check_event(
        RECEIVED_STATE, "assessed", TODAY, GRANTED | {"start_deadline": "2027-03-01"}
    )
    assert changes["start_deadline"] == day(2027, 3, 1)


def test_an_unknown_event_is_refused() -> None:
    with pytest.raises(ValidationError) as exc:
        check_event(state(), "lost", TODAY)
    assert exc.value.errors[0].field == "event"
