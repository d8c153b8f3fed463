"""Words defined outside the window (rustool.texts): marked where they are written in bokmål,
translated where they are read, so the domain's words follow the language the user chose."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from rustool import texts
from rustool.domain.client_rules import CHILD_RELATION_LABELS
from rustool.domain.group_rules import carried_over_agenda, group_consent_warning
from rustool.domain.invitation import meeting_invitation
from rustool.domain.plan_rules import CHOICE_LABELS, LABELS, plan_changes, plan_quality
from rustool.domain.records import STR_MAX
from rustool.texts import N_, Labels, translate

TODAY = dt.date(2026, 11, 23)
# (context, bokmål) -> the translation; words not listed read as written.
ENGLISH = {
    ("tests", "Lagre"): "Save",
    ("tests", "Barn"): "Child",
    ("plan_rules", "Status"): "Status (en)",
    ("plan_rules", "aktiv"): "active",
    ("plan_rules", "avsluttet"): "closed",
    ("plan_rules", "Koordinator"): "Coordinator",
    ("plan_rules", "Planen har ingen koordinator."): "The plan has no coordinator.",
    ("plan_rules", "Revisjonen av planen var satt til {date} og er forfalt."): (
        "The plan's revision was due on {date} and is overdue."
    ),
    ("plan_rules", "Mål {number} {description} har ingen tiltak."): (
        "Goal {number} {description} has no measures."
    ),
    ("client_rules", "Barn"): "Child",
    ("client_rules", "Søsken"): "Sibling",
    ("group_rules", "Oppfølging: {description}"): "Follow-up of the last meeting: {description}",
    ("group_rules", "frist {date}"): "due {date}",
    (
        "group_rules",
        "Samtykket til ansvarsgruppe gjelder ikke per {date} (utløpt, trukket tilbake eller "
        "ikke gitt ennå). Registrer et nytt samtykke før opplysninger deles i gruppen.",
    ): "The consent to a responsibility group is not in force on {date}.",
    ("invitation", "Ansvarsgruppemøte"): "Responsibility group meeting",
}


def english(context: str, text: str) -> str:
    return ENGLISH.get((context, text), text)


@pytest.fixture(autouse=True)
def as_written() -> Iterator[None]:
    """Every test starts and ends without a translator (the words as written)."""
    texts.set_translator(None)
    yield
    texts.set_translator(None)


# --- the module ------------------------------------------------------------------------------


def test_without_a_translator_every_word_reads_as_written() -> None:
    assert N_("tests", "Lagre") == "Lagre"
    assert translate("tests", "Lagre") == "Lagre"
    assert Labels("tests", {"child": "Barn"})["child"] == "Barn"


def test_a_translator_gets_the_context_and_the_text_and_none_restores_the_words() -> None:
    asked: list[tuple[str, str]] = []

    def translator(context: str, text: str) -> str:
        asked.append((context, text))
        return english(context, text)

    marked = N_("tests", "Lagre")  # marking translates nothing, even with a translator
    texts.set_translator(translator)
    assert marked == "Lagre"
    assert N_("tests", "Lagre") == "Lagre"
    assert translate("tests", marked) == "Save"
    assert translate("tests", "Avbryt") == "Avbryt"  # not in the catalogue: as written
    assert asked == [("tests", "Lagre"), ("tests", "Avbryt")]
    texts.set_translator(None)
    assert translate("tests", "Lagre") == "Lagre"


def test_labels_translate_each_word_when_it_is_read_not_when_defined() -> None:
    # Defined before any language is chosen, as module constants are at import.
    words = Labels("tests", {"child": "Barn", "sibling": "Søsken"})
    texts.set_translator(english)
    assert words["child"] == "Child"
    assert words["sibling"] == "Søsken"  # no translation for it: as written
    assert words.get("child") == "Child"
    assert words.get("cousin", "cousin") == "cousin"  # an unknown code keeps the caller's default
    assert list(words) == ["child", "sibling"]  # the codes, in their order
    assert len(words) == 2
    assert "child" in words and "cousin" not in words
    assert dict(words) == {"child": "Child", "sibling": "Søsken"}
    assert words.source("child") == "Barn"  # the bokmål word, whatever the language
    with pytest.raises(KeyError):
        words["cousin"]
    texts.set_translator(None)
    assert words["child"] == "Barn"


# --- the domain's words ----------------------------------------------------------------------


def test_the_domains_labels_follow_the_translation() -> None:
    texts.set_translator(english)
    assert LABELS["status"] == "Status (en)"
    assert LABELS["coordinator"] == "Coordinator"
    assert CHOICE_LABELS["active"] == "active"
    assert CHILD_RELATION_LABELS["child"] == "Child"
    assert CHILD_RELATION_LABELS.get("sibling") == "Sibling"
    texts.set_translator(None)
    assert (LABELS["coordinator"], CHOICE_LABELS["active"]) == ("Koordinator", "aktiv")
    assert CHILD_RELATION_LABELS["sibling"] == "Søsken"


PLAN = {
    "coordinator": None,
    "period_start": dt.date(2026, 1, 1),
    "next_revision_on": dt.date(2026, 6, 1),
    "status": "active",
    "goals": [{"description": "Egen bolig", "status": "open", "measures": []}],
}


def test_the_plans_quality_lines_are_read_in_the_translation() -> None:
    texts.set_translator(english)
    messages = [issue.message for issue in plan_quality(PLAN, TODAY)]
    assert messages == [
        "The plan has no coordinator.",
        "The plan's revision was due on 01.06.2026 and is overdue.",  # dates stay Norwegian
        "Goal 1 «Egen bolig» has no measures.",
    ]
    texts.set_translator(None)
    assert plan_quality(PLAN, TODAY)[0].message == "Planen har ingen koordinator."


def test_the_plans_change_list_is_stored_so_it_stays_bokmal_in_any_language() -> None:
    texts.set_translator(english)
    after = PLAN | {"coordinator": "Kari Nordmann", "status": "closed"}
    assert plan_changes(PLAN, after) == [
        "Koordinator: (tom) → «Kari Nordmann»",
        "Status: aktiv → avsluttet",
    ]


def test_a_carried_over_agenda_title_is_suggested_in_the_translation_and_still_fits() -> None:
    texts.set_translator(english)
    due = dt.date(2026, 3, 4)
    [short] = carried_over_agenda(
        [{"description": "Søke bolig", "responsible": "Kari", "due_on": due, "done_on": None}]
    )
    assert short["title"] == "Follow-up of the last meeting: Søke bolig (Kari, due 04.03.2026)"
    [long] = carried_over_agenda(
        [{"description": "x" * STR_MAX, "responsible": "Kari", "due_on": due, "done_on": None}]
    )
    # The longer words leave less room for the description: still a valid agenda title.
    assert len(long["title"]) == STR_MAX
    assert long["title"].startswith("Follow-up of the last meeting: xxx")
    assert long["title"].endswith("x… (Kari, due 04.03.2026)")


@dataclass(frozen=True)
class Consent:
    kind: str
    given_on: dt.date
    expires_on: dt.date | None
    withdrawn_on: dt.date | None


def test_the_group_consent_warning_is_read_in_the_translation() -> None:
    lapsed = Consent("responsibility_group", dt.date(2025, 1, 1), dt.date(2025, 12, 31), None)
    texts.set_translator(english)
    assert group_consent_warning([lapsed], TODAY) == (
        "The consent to a responsibility group is not in force on 23.11.2026."
    )
    # No translation for this one: bokmål, as written.
    assert group_consent_warning([], TODAY) == (
        "Klienten har ikke samtykket til ansvarsgruppe. Registrer samtykket før "
        "opplysninger deles i gruppen."
    )


def test_the_invitations_default_summary_is_made_in_the_translation() -> None:
    def summary(summary: str | None = None) -> str:
        ics = meeting_invitation(
            uid="u-1",
            starts_at=dt.datetime(2026, 12, 1, 10, 0),
            ends_at=None,
            location=None,
            organizer_name="Kari",
            organizer_email=None,
            attendees=[],
            now=dt.datetime(2026, 11, 23, 9, 0),
            summary=summary,
        ).decode()
        [line] = [line for line in ics.splitlines() if line.startswith("SUMMARY:")]
        return line.removeprefix("SUMMARY:")

    assert summary() == "Ansvarsgruppemøte"
    texts.set_translator(english)
    assert summary() == "Responsibility group meeting"
    assert summary(summary="Møte") == "Møte"  # the caller's own words are never translated
