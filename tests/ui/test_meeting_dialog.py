"""The meeting dialog: one meeting from agenda to minutes to an action item that becomes a measure
in the individual plan; refusals named by row; nothing lost on close."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from rustool.db import Database
from rustool.models import GroupMember
from rustool.services.audit import audit_events
from rustool.services.clients import create_client
from rustool.services.groups import (
    client_group,
    create_meeting,
    get_meeting,
    remove_member,
    save_member,
)
from rustool.services.plans import KEY, ORIGIN, client_plan, save_plan
from rustool.services.record_parts import Part, add_part
from rustool.ui.dialogs.meeting_dialog import GoalChoiceDialog, MeetingDialog
from rustool.ui.form_dialog import format_date
from tests.conftest import SYNTHETIC_ID
from tests.ui.dialog_helpers import MessageBoxes
from tests.ui.test_pdf_preview import previews

TODAY = dt.date.today()
MEETING_DAY = TODAY + dt.timedelta(days=1)
DUE = TODAY + dt.timedelta(days=14)


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    """Message boxes answered "yes" unless a test says otherwise (also when closing at the end)."""
    return MessageBoxes(monkeypatch, answer=True)


# --- shared with test_group_tab -----------------------------------------------------------------


def make_client(db: Database) -> int:
    client = create_client(
        db, {"given_name": "Ola", "family_name": "Nordmann", "national_id": SYNTHETIC_ID}
    )
    assert client.id is not None
    return client.id


def give_consent(db: Database, client_id: int, kind: str) -> None:
    add_part(db, Part.CONSENTS, client_id, {"kind": kind, "given_on": TODAY, "form": "written"})


def add_members(db: Database, client_id: int) -> None:
    """Kari (koordinator, with e-mail), Per the fastlege, and Nina from NAV without e-mail."""
    for data in (
        {
            "name": "Kari Koordinator",
            "role": "ruskonsulent",
            "organization": "Rustjenesten",
            "email": "kari@example.org",
            "is_coordinator": True,
        },
        {
            "name": "Per Lege",
            "role": "fastlege",
            "organization": "Sentrum legekontor",
            "email": "per@example.org",
        },
        {"name": "Nina Nav", "role": "NAV-veileder", "organization": "NAV"},
    ):
        save_member(db, client_id, data)


def make_plan(db: Database, client_id: int) -> None:
    save_plan(
        db,
        client_id,
        {
            "period_start": TODAY,
            "goals": [
                {"life_area": "housing", "description": "Egen leilighet"},
                {"life_area": "work_activity", "description": "Arbeidstrening"},
            ],
        },
        None,
    )


def members(db: Database, client_id: int) -> list[GroupMember]:
    return client_group(db, client_id).members


def choose_goal(monkeypatch: pytest.MonkeyPatch, index: int) -> list[GoalChoiceDialog]:
    """The goal dialog answered by picking goal `index` with the keyboard and Enter."""
    shown: list[GoalChoiceDialog] = []

    def exec_(dialog: GoalChoiceDialog) -> int:
        shown.append(dialog)
        dialog.list.setCurrentRow(index)
        QTest.keyClick(dialog.list, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(GoalChoiceDialog, "exec", exec_)
    return shown


# --- helpers for this file ----------------------------------------------------------------------


@pytest.fixture
def client_id(db: Database) -> int:
    client_id = make_client(db)
    give_consent(db, client_id, "responsibility_group")
    give_consent(db, client_id, "individual_plan")
    add_members(db, client_id)
    return client_id


def open_dialog(
    db: Database, qtbot: QtBot, client_id: int, meeting_id: int | None = None
) -> MeetingDialog:
    dialog = MeetingDialog(db, client_id, members(db, client_id), meeting_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # waitActive returns early on the offscreen platform
    return dialog


def press(button: QPushButton) -> None:
    """Space on the button, as from the keyboard (a row may be scrolled out of view)."""
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Space)


def type_text(widget: QWidget, text: str) -> None:
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.clear()
    QTest.keyClicks(widget, text)


def saved_meeting(db: Database, client_id: int) -> Any:
    meetings = client_group(db, client_id).meetings
    assert len(meetings) == 1
    return meetings[0]


# --- the whole path -----------------------------------------------------------------------------


def test_one_meeting_from_agenda_to_minutes_to_a_measure_in_the_plan(
    db: Database, qtbot: QtBot, client_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_plan(db, client_id)
    dialog = open_dialog(db, qtbot, client_id)
    assert QApplication.focusWidget() is dialog.starts.widget
    type_text(dialog.starts.widget, f"{format_date(MEETING_DAY)} 10:00")
    type_text(dialog.location.widget, "Rustjenesten, møterom 2")

    # The agenda item and the minutes for it.
    press(dialog.add_agenda_button)
    agenda = dialog.agenda_rows[0]
    assert QApplication.focusWidget() is agenda.title_edit
    QTest.keyClicks(agenda.title_edit, "Bolig")
    type_text(agenda.notes_edit, "Ola ønsker egen leilighet. Per skriver legeerklæring.")

    # Attendance: everyone present was prefilled; Nina sent word she could not come.
    attendance = {row.member: row for row in dialog.attendance_rows}
    assert [row.status() for row in dialog.attendance_rows] == ["present"] * 3
    nina = attendance["Nina Nav"]
    assert nina.combo.accessibleName() == "Oppmøte for Nina Nav"
    nina.combo.setFocus()
    QTest.keyClick(nina.combo, Qt.Key.Key_End)  # the last choice: meldt forfall
    assert nina.status() == "excused"

    # An action item for Per with a due date.
    press(dialog.add_action_button)
    action = dialog.action_rows[0]
    assert action.title() == "Oppgave 1"
    type_text(action.line("description"), "Skrive legeerklæring til boligsøknaden")
    combo = action.responsible_combo
    combo.setCurrentIndex(combo.findText("Per Lege"))
    type_text(action.line("due_on"), format_date(DUE))

    QTest.keyClick(action.line("due_on"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()  # Ctrl+S saves and keeps the minutes open
    assert "Lagret" in dialog.status_label.text()
    assert not dialog.has_changes()
    view = saved_meeting(db, client_id)
    meeting = view.meeting
    assert meeting.starts_at == dt.datetime.combine(MEETING_DAY, dt.time(10, 0))
    assert meeting.location == "Rustjenesten, møterom 2"
    assert meeting.agenda == [
        {"title": "Bolig", "notes": "Ola ønsker egen leilighet. Per skriver legeerklæring."}
    ]
    assert {a["member"]: a["status"] for a in meeting.attendance} == {
        "Kari Koordinator": "present",
        "Per Lege": "present",
        "Nina Nav": "excused",
    }
    [item] = view.action_items
    assert (item.description, item.responsible, item.due_on) == (
        "Skrive legeerklæring til boligsøknaden",
        "Per Lege",
        DUE,
    )
    assert action.measure_button.isVisible()

    # The action item becomes a measure under the first goal, with one action.
    shown = choose_goal(monkeypatch, 0)
    press(action.measure_button)
    assert len(shown) == 1
    assert shown[0].list.item(0).text() == "Mål 1 (Bolig): «Egen leilighet»"

    plan = client_plan(db, client_id)
    [measure] = plan.content["goals"][0]["measures"]
    assert measure["description"] == "Skrive legeerklæring til boligsøknaden"
    assert measure["responsible"] == "Per Lege"
    assert measure["end_on"] == DUE
    assert measure[ORIGIN] == {"meeting_id": meeting.id, "action_item_id": item.id}
    assert plan.content["goals"][1]["measures"] == []
    assert get_meeting(db, meeting.id or 0).action_items[0].measure_key == measure[KEY]

    # Both sides of the link show in the dialog.
    assert action.link_label.isVisible()
    assert action.link_label.text() == "→ tiltak under mål 1"
    assert not action.measure_button.isVisible()
    assert dialog.measures_label.text() == (
        "Mål 1, tiltak 1: «Skrive legeerklæring til boligsøknaden» (fra oppgave 1)"
    )
    assert dialog.wrote


def test_a_saved_meeting_opens_with_its_measure_link_and_keeps_it_when_edited(
    db: Database, qtbot: QtBot, client_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_plan(db, client_id)
    view = create_meeting(
        db,
        client_id,
        {
            "starts_at": dt.datetime.combine(MEETING_DAY, dt.time(9, 0)),
            "action_items": [{"description": "Søke bostøtte", "responsible": "Nina Nav"}],
        },
    )
    choose_goal(monkeypatch, 1)
    first = open_dialog(db, qtbot, client_id, view.meeting.id)
    press(first.action_rows[0].measure_button)
    first.close()

    dialog = open_dialog(db, qtbot, client_id, view.meeting.id)
    action = dialog.action_rows[0]
    assert action.link_label.text() == "→ tiltak under mål 2"
    assert not action.measure_button.isVisible()
    type_text(action.line("description"), "Søke bostøtte og startlån")
    QTest.mouseClick(dialog.save_close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    [item] = get_meeting(db, view.meeting.id or 0).action_items
    assert item.description == "Søke bostøtte og startlån"
    assert item.measure_key == client_plan(db, client_id).content["goals"][1]["measures"][0][KEY]


def test_the_selected_words_of_the_decisions_become_a_measure(
    db: Database, qtbot: QtBot, client_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_plan(db, client_id)
    dialog = open_dialog(db, qtbot, client_id)
    type_text(dialog.starts.widget, f"{format_date(MEETING_DAY)} 10:00")
    type_text(dialog.decisions_edit, "Ola starter i arbeidstrening.")
    QTest.keyClick(dialog.decisions_edit, Qt.Key.Key_Return)
    QTest.keyClicks(dialog.decisions_edit, "Neste møte om en måned.")
    cursor = dialog.decisions_edit.textCursor()
    cursor.setPosition(0)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfLine, QTextCursor.MoveMode.KeepAnchor)
    dialog.decisions_edit.setTextCursor(cursor)
    choose_goal(monkeypatch, 1)
    boxes = MessageBoxes(monkeypatch, answer=True)

    press(dialog.decision_measure_button)

    # Not saved yet: the dialog asked, saved, then made the measure.
    assert "Møtet må lagres" in boxes.texts[0]
    meeting = saved_meeting(db, client_id).meeting
    [measure] = client_plan(db, client_id).content["goals"][1]["measures"]
    assert measure["description"] == "Ola starter i arbeidstrening."
    assert measure[ORIGIN] == {"meeting_id": meeting.id, "action_item_id": None}
    assert dialog.measures_label.text() == (
        "Mål 2, tiltak 1: «Ola starter i arbeidstrening.» (fra vedtak)"
    )


def test_without_a_plan_the_dialog_explains_and_makes_no_measure(
    db: Database, qtbot: QtBot, client_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_meeting(
        db,
        client_id,
        {
            "starts_at": dt.datetime.combine(MEETING_DAY, dt.time(9, 0)),
            "action_items": [{"description": "Søke bostøtte"}],
        },
    )
    meeting_id = saved_meeting(db, client_id).meeting.id
    shown = choose_goal(monkeypatch, 0)
    boxes = MessageBoxes(monkeypatch, answer=True)
    dialog = open_dialog(db, qtbot, client_id, meeting_id)

    press(dialog.action_rows[0].measure_button)

    assert shown == []  # no goal to choose
    assert "ingen individuell plan" in boxes.texts[0]
    assert client_plan(db, client_id).plan is None
    assert dialog.action_rows[0].measure_button.isVisible()
    assert dialog.measures_label.text() == "Ingen tiltak i IP fra dette møtet ennå."


# --- refusals -----------------------------------------------------------------------------------


def test_refusals_are_named_by_row_and_nothing_is_written(
    db: Database, qtbot: QtBot, client_id: int
) -> None:
    dialog = open_dialog(db, qtbot, client_id)
    type_text(dialog.starts.widget, f"{format_date(MEETING_DAY)} 10:00")
    type_text(dialog.ends.widget, f"{format_date(MEETING_DAY)} 09:00")
    for title in ("Bolig", ""):
        press(dialog.add_agenda_button)
        QTest.keyClicks(dialog.agenda_rows[-1].title_edit, title)
    for _ in range(2):
        press(dialog.add_action_button)
    type_text(dialog.action_rows[0].line("description"), "Søke bolig")
    type_text(dialog.action_rows[1].line("description"), "Legeerklæring")
    type_text(dialog.action_rows[1].line("due_on"), format_date(TODAY - dt.timedelta(days=1)))

    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert client_group(db, client_id).meetings == []
    assert dialog.ends.error.text() == "⚠ Må være etter starttidspunktet."
    assert dialog.agenda_rows[1].title_input.error.text() == "⚠ Må fylles ut."
    assert dialog.agenda_rows[0].title_input.error.isHidden()
    due = dialog.action_rows[1].due
    assert due.error.text() == "⚠ Kan ikke være før møtedagen."
    assert due.widget.accessibleDescription() == "⚠ Kan ikke være før møtedagen."
    summary = dialog.summary_label.text()
    assert "Slutt: Må være etter starttidspunktet." in summary
    assert "Punkt 2 – Tittel: Må fylles ut." in summary
    assert "Oppgave 2 – Frist: Kan ikke være før møtedagen." in summary
    # The input is kept as typed, and the keyboard is at the first problem.
    assert dialog.action_rows[1].line("description").text() == "Legeerklæring"
    assert QApplication.focusWidget() is dialog.ends.widget

    type_text(dialog.ends.widget, f"{format_date(MEETING_DAY)} 11:30")
    QTest.keyClicks(dialog.agenda_rows[1].title_edit, "Arbeid")
    type_text(dialog.action_rows[1].line("due_on"), format_date(DUE))
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.summary_label.isHidden()
    assert len(saved_meeting(db, client_id).action_items) == 2


def test_an_action_item_for_someone_who_is_no_member_is_refused_by_row(
    db: Database, qtbot: QtBot, client_id: int
) -> None:
    dialog = open_dialog(db, qtbot, client_id)
    # Nina leaves the group while the dialog is open (she is in no meeting, so she is deleted).
    nina = next(m for m in members(db, client_id) if m.name == "Nina Nav")
    assert remove_member(db, nina.id or 0) == "deleted"
    type_text(dialog.starts.widget, f"{format_date(MEETING_DAY)} 10:00")
    next(row for row in dialog.attendance_rows if row.member == "Nina Nav").set_status(None)
    press(dialog.add_action_button)
    action = dialog.action_rows[0]
    type_text(action.line("description"), "Søke bostøtte")
    action.responsible_combo.setCurrentIndex(action.responsible_combo.findText("Nina Nav"))

    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert client_group(db, client_id).meetings == []
    assert action.responsible.error.text() == "⚠ Er ikke medlem av gruppen."
    assert "Oppgave 1 – Hvem: Er ikke medlem av gruppen." in dialog.summary_label.text()


def test_a_former_member_cannot_be_given_an_action_item(
    db: Database, qtbot: QtBot, client_id: int
) -> None:
    create_meeting(
        db,
        client_id,
        {
            "starts_at": dt.datetime.combine(TODAY, dt.time(9, 0)),
            "attendance": [{"member": "Per Lege", "status": "present"}],
            "action_items": [
                {"description": "Legeerklæring", "responsible": "Per Lege", "done_on": TODAY}
            ],
        },
    )
    per = next(m for m in members(db, client_id) if m.name == "Per Lege")
    assert remove_member(db, per.id or 0) == "left"
    old = open_dialog(db, qtbot, client_id, saved_meeting(db, client_id).meeting.id)
    # The old item still names Per, marked as no longer a member …
    assert old.action_rows[0].responsible_combo.currentText() == "Per Lege (ikke lenger medlem)"
    assert [row.member for row in old.attendance_rows] == [
        "Kari Koordinator",
        "Nina Nav",
        "Per Lege",
    ]
    old.close()

    # … but a new item offers only the current members.
    dialog = open_dialog(db, qtbot, client_id)
    press(dialog.add_action_button)
    combo = dialog.action_rows[0].responsible_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "(ingen valgt)",
        "Kari Koordinator",
        "Nina Nav",
    ]
    assert [row.member for row in dialog.attendance_rows] == ["Kari Koordinator", "Nina Nav"]


# --- agenda editing and closing -----------------------------------------------------------------


def test_agenda_items_move_and_go_by_keyboard(db: Database, qtbot: QtBot, client_id: int) -> None:
    dialog = open_dialog(db, qtbot, client_id)
    for title in ("Bolig", "Arbeid", "Økonomi"):
        press(dialog.add_agenda_button)
        QTest.keyClicks(dialog.agenda_rows[-1].title_edit, title)

    QTest.keyClick(dialog.agenda_rows[2].title_edit, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [row.value()["title"] for row in dialog.agenda_rows] == ["Bolig", "Økonomi", "Arbeid"]
    assert dialog.agenda_rows[1].title() == "Punkt 2"
    assert dialog.agenda_rows[1].title_edit.accessibleName() == "Tittel, punkt 2"
    assert not dialog.agenda_rows[0].up_button.isEnabled()
    assert not dialog.agenda_rows[2].down_button.isEnabled()

    press(dialog.agenda_rows[0].remove_button)
    assert [row.value()["title"] for row in dialog.agenda_rows] == ["Økonomi", "Arbeid"]
    assert QApplication.focusWidget() is dialog.agenda_rows[0].title_edit


def test_a_new_meeting_carries_the_open_items_of_the_last_one_onto_the_agenda(
    db: Database, qtbot: QtBot, client_id: int
) -> None:
    create_meeting(
        db,
        client_id,
        {
            "starts_at": dt.datetime.combine(TODAY, dt.time(9, 0)),
            "location": "Rådhuset",
            "action_items": [
                {"description": "Søke bostøtte", "responsible": "Nina Nav", "due_on": DUE},
                {"description": "Ferdig allerede", "done_on": TODAY},
            ],
        },
    )
    dialog = open_dialog(db, qtbot, client_id)
    assert dialog.windowTitle() == "Nytt møte i ansvarsgruppen"
    assert [row.value()["title"] for row in dialog.agenda_rows] == [
        f"Oppfølging: Søke bostøtte (Nina Nav, frist {format_date(DUE)})"
    ]
    location = dialog.location.widget
    assert isinstance(location, QLineEdit)
    assert location.text() == "Rådhuset"
    assert dialog.action_rows == []


def test_closing_with_changes_asks_and_keeps_the_input_when_told_to(
    db: Database, qtbot: QtBot, client_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(db, qtbot, client_id)
    press(dialog.add_agenda_button)
    QTest.keyClicks(dialog.agenda_rows[0].title_edit, "Bolig")
    boxes = MessageBoxes(monkeypatch, answer=False)

    QTest.keyClick(dialog.agenda_rows[0].title_edit, Qt.Key.Key_Escape)

    assert dialog.isVisible()
    assert boxes.texts and boxes.texts[0].startswith("Forkaste endringene?")
    assert dialog.agenda_rows[0].title_edit.text() == "Bolig"
    boxes.answer = True
    QTest.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()
    assert client_group(db, client_id).meetings == []


def test_an_untouched_dialog_closes_without_asking(
    db: Database, qtbot: QtBot, client_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = MessageBoxes(monkeypatch, answer=False)
    dialog = open_dialog(db, qtbot, client_id)
    QTest.keyClick(dialog.starts.widget, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert boxes.texts == []


# --- the minutes as PDF ---------------------------------------------------------------------------


def test_the_minutes_open_in_the_preview_once_what_is_typed_is_saved(
    db: Database, qtbot: QtBot, client_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = previews(monkeypatch)
    dialog = open_dialog(db, qtbot, client_id)
    assert not dialog.minutes_button.isEnabled()  # nothing saved: no minutes yet
    type_text(dialog.starts.widget, "31.02.2026 10:00")
    type_text(dialog.location.widget, "Rustjenesten")

    QTest.keyClick(dialog.location.widget, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert "Start: " in dialog.summary_label.text()  # refused as by Lagre, and said where
    assert shown == [] and client_group(db, client_id).meetings == []

    type_text(dialog.starts.widget, f"{format_date(MEETING_DAY)} 10:00")
    QTest.keyClick(dialog.location.widget, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    meeting = saved_meeting(db, client_id).meeting
    assert meeting.location == "Rustjenesten"  # the minutes are of what was typed
    assert dialog.minutes_button.isEnabled() and not dialog.has_changes()
    [(document, pages)] = shown
    assert document is not None
    assert (document.kind, document.entity_id) == ("minutes", meeting.id)
    assert pages == document.pages >= 1

    press(dialog.minutes_button)  # saved and unchanged: straight to the preview again
    assert len(shown) == 2
    assert dialog.isVisible()  # the minutes stay open to write on


# --- saved as it is typed -------------------------------------------------------------------------


def test_minutes_are_saved_as_they_are_typed_and_a_half_typed_date_waits(
    db: Database, qtbot: QtBot, client_id: int
) -> None:
    view = create_meeting(
        db,
        client_id,
        {
            "starts_at": dt.datetime.combine(MEETING_DAY, dt.time(9, 0)),
            "agenda": [{"title": "Bolig"}],
        },
    )
    dialog = open_dialog(db, qtbot, client_id, view.meeting.id)
    assert dialog._autosave.isActive() and dialog.AUTOSAVE_MS <= 2000
    type_text(dialog.agenda_rows[0].notes_edit, "Søknad om kommunal bolig er sendt.")
    dialog.autosave()  # what the timer does every AUTOSAVE_MS
    assert saved_meeting(db, client_id).meeting.agenda[0]["notes"] == (
        "Søknad om kommunal bolig er sendt."
    )
    assert dialog.status_label.text().startswith("Lagret automatisk kl.")

    type_text(dialog.next_meeting.widget, "12.0")  # still being typed: not a date yet
    type_text(dialog.agenda_rows[0].notes_edit, " Svar ventes i januar.")
    dialog.autosave()
    assert saved_meeting(db, client_id).meeting.agenda[0]["notes"] == (
        "Søknad om kommunal bolig er sendt."
    )
    assert dialog.summary_label.isHidden()  # no scolding while typing
    type_text(dialog.next_meeting.widget, "12.01.2027 10:00")
    dialog.autosave()
    saved = saved_meeting(db, client_id).meeting
    assert saved.agenda[0]["notes"] == "Søknad om kommunal bolig er sendt. Svar ventes i januar."
    assert saved.next_meeting_at == dt.datetime(2027, 1, 12, 10, 0)
    # One change per sitting in the audit log, not one per pause in the typing.
    updates = [
        e
        for e in audit_events(db, client_id)
        if (e.entity, e.action) == ("group_meeting", "update")
    ]
    assert len(updates) == 1
