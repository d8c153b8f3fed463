"""The Ansvarsgruppe tab: consent warning, members (one koordinator, former members kept),
meetings with their .ics invitation, and the open action items."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, cast

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)
from pytestqt.qtbot import QtBot

from rustool.db import Database
from rustool.services.audit import audit_events
from rustool.services.clients import create_client, get_client
from rustool.services.groups import client_group, create_meeting
from rustool.services.plans import ORIGIN, client_plan
from rustool.services.record_parts import Part, add_part
from rustool.services.settings import save_settings
from rustool.ui.dialogs.meeting_dialog import MeetingDialog
from rustool.ui.dialogs.member_dialog import MemberDialog
from rustool.ui.form_dialog import FormDialog, format_date
from rustool.ui.group_tab import GroupTab
from tests.ui.dialog_helpers import MessageBoxes, drive_form_dialogs, type_into
from tests.ui.test_meeting_dialog import (
    DUE,
    MEETING_DAY,
    TODAY,
    add_members,
    choose_goal,
    give_consent,
    make_client,
    make_plan,
)
from tests.ui.test_pdf_preview import previews

MEETING_START = dt.datetime.combine(MEETING_DAY, dt.time(10, 0))


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    return MessageBoxes(monkeypatch, answer=True)


@pytest.fixture
def client_id(db: Database) -> int:
    return make_client(db)


def open_tab(db: Database, qtbot: QtBot, client_id: int) -> GroupTab:
    tab = GroupTab(db)
    qtbot.addWidget(tab)
    tab.set_client(get_client(db, client_id))
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)  # shortcuts and focus need the window active
    return tab


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def cells(table: QTableWidget) -> list[list[str]]:
    return [
        [cell(table, row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def select(table: QTableWidget, row: int) -> None:
    table.setFocus()
    table.selectRow(row)


def press(button: QPushButton) -> None:
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Space)


def a_meeting(db: Database, client_id: int, **extra: Any) -> int:
    view = create_meeting(
        db,
        client_id,
        {
            "starts_at": MEETING_START,
            "ends_at": MEETING_START + dt.timedelta(hours=1),
            "location": "Rådhuset, møterom 3",
            **extra,
        },
    )
    assert view.meeting.id is not None
    return view.meeting.id


# --- consent -------------------------------------------------------------------------------------


def test_the_tab_warns_in_words_while_no_group_consent_is_in_force(
    db: Database, qtbot: QtBot, client_id: int
) -> None:
    tab = open_tab(db, qtbot, client_id)
    assert tab.warning_label.isVisible()
    assert tab.warning_label.text().startswith("⚠ Klienten har ikke samtykket til ansvarsgruppe")

    give_consent(db, client_id, "responsibility_group")
    tab.set_client(get_client(db, client_id))
    assert tab.warning_label.isHidden()


# --- members -------------------------------------------------------------------------------------


def test_the_first_member_suggested_is_the_user_as_koordinator(
    db: Database, qtbot: QtBot, client_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_settings(
        db,
        {
            "user_name": "Kari Koordinator",
            "user_title": "ruskonsulent",
            "org_service": "Rustjenesten",
            "org_municipality": "Eksempel kommune",
            "org_email": "rus@example.org",
        },
    )
    tab = open_tab(db, qtbot, client_id)
    assert tab.member_empty_label.isVisible()
    seen: dict[str, Any] = {}

    def user(dialog: FormDialog) -> None:
        seen.update(dialog.values())
        dialog.try_save()

    drive_form_dialogs(monkeypatch, user)
    with qtbot.waitSignal(tab.changed):
        press(tab.new_member_button)

    assert seen == {
        "name": "Kari Koordinator",
        "role": "ruskonsulent",
        "organization": "Rustjenesten, Eksempel kommune",
        "phone": None,
        "email": "rus@example.org",
        "is_coordinator": True,
    }
    assert cells(tab.member_table) == [
        [
            "Kari Koordinator",
            "ruskonsulent",
            "Rustjenesten, Eksempel kommune",
            "",
            "rus@example.org",
            "Ja",
        ]
    ]
    assert tab.status_label.text() == "Kari Koordinator er lagret i ansvarsgruppen."


def test_a_member_is_picked_from_the_network(
    db: Database, qtbot: QtBot, client_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_members(db, client_id)
    add_part(
        db,
        Part.NETWORK,
        client_id,
        {"name": "Randi Nordmann", "relation": "mor", "phone": "99887766"},
    )
    tab = open_tab(db, qtbot, client_id)

    def user(dialog: FormDialog) -> None:
        assert isinstance(dialog, MemberDialog) and dialog.picker is not None
        assert dialog.picker.itemText(1) == "Randi Nordmann (mor, fra nettverket)"
        dialog.picker.setCurrentIndex(1)
        assert not dialog.value("is_coordinator")  # the group has its koordinator
        assert "Koordinator nå: Kari Koordinator" in dialog.hint_label("is_coordinator").text()
        dialog.try_save()

    drive_form_dialogs(monkeypatch, user)
    press(tab.new_member_button)

    randi = client_group(db, client_id).members[-1]
    assert (randi.name, randi.role, randi.phone, randi.is_coordinator) == (
        "Randi Nordmann",
        "mor",
        "99887766",
        False,
    )


def test_a_second_koordinator_is_refused_under_the_box_and_nothing_is_written(
    db: Database, qtbot: QtBot, client_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_members(db, client_id)
    tab = open_tab(db, qtbot, client_id)
    before = [(m.name, m.is_coordinator) for m in client_group(db, client_id).members]

    def user(dialog: FormDialog) -> None:
        type_into(dialog, "name", "Ivar Ivrig")
        box = dialog.field_widget("is_coordinator")
        assert isinstance(box, QCheckBox)
        box.setChecked(True)
        dialog.try_save()
        assert dialog.error_label("is_coordinator").text() == (
            "⚠ Gruppen har allerede en koordinator (Kari Koordinator). Det kan bare være én; "
            "bruk «Gjør til koordinator» i medlemslisten for å gi rollen videre."
        )
        assert dialog.summary_label.text() == "⚠ Ikke lagret. Rett det som er merket."
        assert dialog.value("name") == "Ivar Ivrig"  # kept as typed
        dialog.reject()

    opened = drive_form_dialogs(monkeypatch, user)
    press(tab.new_member_button)

    assert len(opened) == 1
    assert [(m.name, m.is_coordinator) for m in client_group(db, client_id).members] == before
    assert tab.member_table.rowCount() == 3


def test_the_only_koordinator_cannot_be_unticked(
    db: Database, qtbot: QtBot, client_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_members(db, client_id)
    tab = open_tab(db, qtbot, client_id)

    def user(dialog: FormDialog) -> None:
        box = dialog.field_widget("is_coordinator")
        assert isinstance(box, QCheckBox) and box.isChecked()
        box.setChecked(False)
        dialog.try_save()
        assert dialog.error_label("is_coordinator").text() == (
            "⚠ Gruppen må ha én koordinator. Gi rollen til et annet medlem med «Gjør til "
            "koordinator» i medlemslisten."
        )
        dialog.reject()

    drive_form_dialogs(monkeypatch, user)
    select(tab.member_table, 0)
    QTest.keyClick(tab.member_table, Qt.Key.Key_Return)  # Enter: change the member

    assert [m.is_coordinator for m in client_group(db, client_id).members] == [True, False, False]


def test_the_koordinator_role_is_handed_over(db: Database, qtbot: QtBot, client_id: int) -> None:
    add_members(db, client_id)
    tab = open_tab(db, qtbot, client_id)
    select(tab.member_table, 0)
    assert not tab.coordinator_button.isEnabled()  # Kari already is
    select(tab.member_table, 1)
    with qtbot.waitSignal(tab.changed):
        press(tab.coordinator_button)
    assert [row[5] for row in cells(tab.member_table)] == ["", "Ja", ""]
    assert tab.status_label.text() == "Per Lege er nå koordinator."


def test_a_member_in_no_meeting_is_deleted(
    db: Database, qtbot: QtBot, client_id: int, boxes: MessageBoxes
) -> None:
    add_members(db, client_id)
    tab = open_tab(db, qtbot, client_id)
    select(tab.member_table, 2)
    QTest.keyClick(tab.member_table, Qt.Key.Key_Delete)

    assert boxes.texts[0].startswith("Fjerne Nina Nav fra ansvarsgruppen?")
    assert [m.name for m in client_group(db, client_id).members] == [
        "Kari Koordinator",
        "Per Lege",
    ]
    assert tab.status_label.text() == "Nina Nav er slettet fra ansvarsgruppen."


def test_a_member_named_in_the_minutes_stays_as_former_member_greyed_and_in_words(
    db: Database, qtbot: QtBot, client_id: int
) -> None:
    add_members(db, client_id)
    a_meeting(db, client_id, attendance=[{"member": "Per Lege", "status": "present"}])
    tab = open_tab(db, qtbot, client_id)
    select(tab.member_table, 1)
    press(tab.remove_member_button)

    sluttet = f"Per Lege (sluttet {format_date(TODAY)})"
    assert tab.status_label.text() == (
        f"Per Lege er nevnt i møtereferater og står nå som tidligere medlem "
        f"(sluttet {format_date(TODAY)})."
    )
    assert [row[0] for row in cells(tab.member_table)] == [
        "Kari Koordinator",
        "Nina Nav",
        sluttet,
    ]
    grey = tab.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert cell(tab.member_table, 2, 0).foreground().color() == grey
    assert cell(tab.member_table, 0, 0).foreground().color() != grey
    select(tab.member_table, 2)
    assert not tab.coordinator_button.isEnabled()


def test_removing_is_refused_in_words_for_the_koordinator_and_for_open_items(
    db: Database, qtbot: QtBot, client_id: int, boxes: MessageBoxes
) -> None:
    add_members(db, client_id)
    a_meeting(
        db,
        client_id,
        action_items=[{"description": "Søke bostøtte", "responsible": "Nina Nav"}],
    )
    tab = open_tab(db, qtbot, client_id)
    select(tab.member_table, 0)
    press(tab.remove_member_button)
    select(tab.member_table, 2)
    press(tab.remove_member_button)

    assert boxes.texts[1] == (
        "Kari Koordinator er koordinator, og gruppen har andre medlemmer. Gjør en annen til "
        "koordinator først."
    )
    assert boxes.texts[3] == (
        "Nina Nav er ansvarlig for oppgaver som ikke er utført: «Søke bostøtte». Gi dem til en "
        "annen eller merk dem som utført først."
    )
    members = client_group(db, client_id).members
    assert [(m.name, m.left_on) for m in members] == [
        ("Kari Koordinator", None),
        ("Per Lege", None),
        ("Nina Nav", None),
    ]


# --- meetings ------------------------------------------------------------------------------------


def test_meetings_are_listed_with_their_open_items_and_selected_on_request(
    db: Database, qtbot: QtBot, client_id: int
) -> None:
    add_members(db, client_id)
    first = a_meeting(
        db,
        client_id,
        action_items=[
            {"description": "Søke bostøtte", "responsible": "Nina Nav", "due_on": DUE},
            {"description": "Ferdig", "done_on": MEETING_DAY},
        ],
    )
    tab = open_tab(db, qtbot, client_id)
    when = f"{format_date(MEETING_DAY)} 10:00–11:00"
    assert cells(tab.meeting_table) == [[when, "Rådhuset, møterom 3", "1"]]
    assert cells(tab.item_table) == [
        ["Søke bostøtte", "Nina Nav", format_date(DUE), format_date(MEETING_DAY), ""]
    ]
    assert tab.select_meeting(first)
    assert tab.selected_meeting() is tab.meetings[0]
    assert not tab.select_meeting(first + 100)


def test_another_client_without_a_group_opens_after_a_selection(
    db: Database, qtbot: QtBot, client_id: int
) -> None:
    # The rows selected for the first client must not be looked up in the next one's lists.
    add_members(db, client_id)
    a_meeting(db, client_id, action_items=[{"description": "Søke bostøtte", "due_on": DUE}])
    tab = open_tab(db, qtbot, client_id)
    select(tab.member_table, 0)
    select(tab.meeting_table, 0)
    select(tab.item_table, 0)
    other = create_client(
        db, {"given_name": "Kari", "family_name": "Nordmann", "birth_date": "1980-01-01"}
    )
    tab.set_client(get_client(db, other.id or 0))
    assert (tab.selected_member(), tab.selected_meeting(), tab.selected_item()) == (
        None,
        None,
        None,
    )
    assert cells(tab.meeting_table) == []


def test_a_new_meeting_is_written_in_the_dialog_and_listed(
    db: Database, qtbot: QtBot, client_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_members(db, client_id)
    tab = open_tab(db, qtbot, client_id)

    def user(dialog: MeetingDialog) -> int:
        assert [row.status() for row in dialog.attendance_rows] == ["present"] * 3
        starts = dialog.starts.widget
        assert isinstance(starts, QLineEdit)
        QTest.keyClicks(starts, f"{format_date(MEETING_DAY)} 13:00")
        dialog.save_and_close()
        return dialog.result()

    monkeypatch.setattr(MeetingDialog, "exec", user)
    with qtbot.waitSignal(tab.changed):
        press(tab.new_meeting_button)

    [view] = client_group(db, client_id).meetings
    assert cells(tab.meeting_table) == [[f"{format_date(MEETING_DAY)} 13:00", "", "0"]]
    assert tab.selected_meeting() is tab.meetings[0]

    # Enter on the meeting opens it again; closing untouched writes nothing.
    opened: list[MeetingDialog] = []

    def look(dialog: MeetingDialog) -> int:
        opened.append(dialog)
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(MeetingDialog, "exec", look)
    with qtbot.assertNotEmitted(tab.changed):
        QTest.keyClick(tab.meeting_table, Qt.Key.Key_Return)
    assert opened[0].meeting_id == view.meeting.id


def test_the_minutes_of_the_selected_meeting_open_in_the_preview(
    db: Database, qtbot: QtBot, client_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_members(db, client_id)
    first = a_meeting(db, client_id)
    later = create_meeting(
        db, client_id, {"starts_at": MEETING_START + dt.timedelta(days=30), "location": "NAV"}
    ).meeting.id
    tab = open_tab(db, qtbot, client_id)
    shown = previews(monkeypatch)
    assert not tab.minutes_button.isEnabled()  # no meeting selected

    assert tab.select_meeting(first)
    assert tab.minutes_button.isEnabled()
    tab.meeting_table.setFocus()
    QTest.keyClick(tab.meeting_table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert tab.select_meeting(later or 0)
    press(tab.minutes_button)

    assert [(doc.kind, doc.entity_id, doc.title) for doc, _ in shown if doc] == [
        ("minutes", first, "Referat fra ansvarsgruppemøte"),
        ("minutes", later, "Referat fra ansvarsgruppemøte"),
    ]
    assert all(doc is not None and pages == doc.pages >= 1 for doc, pages in shown)


def test_a_meeting_is_deleted_after_asking(
    db: Database, qtbot: QtBot, client_id: int, boxes: MessageBoxes
) -> None:
    meeting_id = a_meeting(db, client_id)
    tab = open_tab(db, qtbot, client_id)
    tab.select_meeting(meeting_id)
    boxes.answer = False
    press(tab.delete_meeting_button)
    assert len(client_group(db, client_id).meetings) == 1

    boxes.answer = True
    select(tab.meeting_table, 0)
    with qtbot.waitSignal(tab.changed):
        QTest.keyClick(tab.meeting_table, Qt.Key.Key_Delete)
    assert boxes.texts[1].startswith(f"Slette møtet {format_date(MEETING_DAY)} 10:00–11:00?")
    assert client_group(db, client_id).meetings == []
    assert tab.meeting_empty_label.isVisible()


def test_the_invitation_is_written_as_a_calendar_file(
    db: Database, qtbot: QtBot, client_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_members(db, client_id)
    meeting_id = a_meeting(db, client_id)
    target = tmp_path / "invitasjoner" / "ansvarsgruppe.ics"
    target.parent.mkdir()
    target.write_bytes(b"old")  # replaced whole
    suggested: list[str] = []

    def save_name(*args: Any) -> tuple[str, str]:
        suggested.append(args[2])
        return str(target), "Kalenderfil (*.ics)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    tab = open_tab(db, qtbot, client_id)
    tab.select_meeting(meeting_id)
    press(tab.export_button)

    assert Path(suggested[0]).name == f"ansvarsgruppemote-{MEETING_DAY.isoformat()}.ics"
    assert sorted(p.name for p in target.parent.iterdir()) == ["ansvarsgruppe.ics"]  # no temp
    calendar = Calendar.from_ical(target.read_bytes())
    [event] = calendar.walk("VEVENT")
    assert event.decoded("dtstart").replace(tzinfo=None) == MEETING_START
    assert event.decoded("dtend").replace(tzinfo=None) == MEETING_START + dt.timedelta(hours=1)
    assert str(event["location"]) == "Rådhuset, møterom 3"
    assert str(event["summary"]) == "Ansvarsgruppemøte"
    meeting = client_group(db, client_id).meetings[0].meeting
    assert str(event["uid"]) == meeting.ics_uid
    assert event["sequence"] == meeting.ics_sequence == 0
    assert "Ola" not in target.read_text(encoding="utf-8")  # the client is never named
    assert str(event["organizer"]) == "mailto:kari@example.org"
    attendees = cast(list[Any], event["attendee"])
    assert sorted(str(a) for a in attendees) == [
        "mailto:kari@example.org",
        "mailto:per@example.org",
    ]
    assert tab.status_label.text() == (
        f"Invitasjonen er lagret i {target}. Åpne den i Outlook eller en annen kalender for å "
        "sende den til medlemmene. Uten e-post, ikke invitert: Nina Nav."
    )


def test_a_place_that_names_the_client_is_questioned_before_export(
    db: Database,
    qtbot: QtBot,
    client_id: int,
    monkeypatch: pytest.MonkeyPatch,
    boxes: MessageBoxes,
) -> None:
    add_members(db, client_id)
    meeting_id = a_meeting(db, client_id, location="Hjemme hos Ola")
    asked_for_file: list[Any] = []

    def save_name(*args: Any) -> tuple[str, str]:
        asked_for_file.append(args)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    tab = open_tab(db, qtbot, client_id)
    tab.select_meeting(meeting_id)
    boxes.answer = False
    press(tab.export_button)
    assert "klientens navn" in boxes.texts[-1]
    assert asked_for_file == []  # stopped before anything was made or audited
    assert not [e for e in audit_events(db, client_id) if e.action == "export"]


def test_an_invitation_that_cannot_be_written_says_so(
    db: Database,
    qtbot: QtBot,
    client_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: MessageBoxes,
) -> None:
    meeting_id = a_meeting(db, client_id)
    missing = tmp_path / "finnes-ikke" / "møte.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(missing), ""))
    tab = open_tab(db, qtbot, client_id)
    tab.select_meeting(meeting_id)
    press(tab.export_button)

    assert boxes.texts and boxes.texts[0].startswith(f"Kunne ikke skrive {missing}:")
    assert not missing.parent.exists()
    assert not tab.status_label.text().startswith("Invitasjonen er lagret")


# --- open action items ---------------------------------------------------------------------------


def test_an_open_item_is_ticked_off_today(db: Database, qtbot: QtBot, client_id: int) -> None:
    add_members(db, client_id)
    a_meeting(
        db,
        client_id,
        starts_at=dt.datetime.combine(TODAY, dt.time(9, 0)),
        ends_at=None,
        action_items=[{"description": "Søke bostøtte", "responsible": "Nina Nav"}],
    )
    tab = open_tab(db, qtbot, client_id)
    select(tab.item_table, 0)
    with qtbot.waitSignal(tab.changed):
        press(tab.done_button)

    [item] = client_group(db, client_id).meetings[0].action_items
    assert item.done_on == TODAY
    assert tab.item_table.rowCount() == 0
    assert tab.item_empty_label.isVisible()
    assert tab.status_label.text() == "«Søke bostøtte» er merket som utført."


def test_an_item_of_a_meeting_not_yet_held_cannot_be_ticked_off(
    db: Database, qtbot: QtBot, client_id: int
) -> None:
    add_members(db, client_id)
    a_meeting(
        db,
        client_id,
        starts_at=dt.datetime.combine(TODAY + dt.timedelta(days=3), dt.time(9, 0)),
        ends_at=None,
        action_items=[{"description": "Søke bostøtte", "responsible": "Nina Nav"}],
    )
    tab = open_tab(db, qtbot, client_id)
    select(tab.item_table, 0)
    assert not tab.done_button.isEnabled()
    assert tab.measure_button.isEnabled()


def test_an_open_item_becomes_a_measure_from_the_tab(
    db: Database, qtbot: QtBot, client_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    give_consent(db, client_id, "individual_plan")
    add_members(db, client_id)
    make_plan(db, client_id)
    meeting_id = a_meeting(
        db, client_id, action_items=[{"description": "Søke bostøtte", "responsible": "Nina Nav"}]
    )
    tab = open_tab(db, qtbot, client_id)
    choose_goal(monkeypatch, 0)
    select(tab.item_table, 0)
    press(tab.measure_button)

    [measure] = client_plan(db, client_id).content["goals"][0]["measures"]
    item = client_group(db, client_id).meetings[0].action_items[0]
    assert measure[ORIGIN] == {"meeting_id": meeting_id, "action_item_id": item.id}
    assert cells(tab.item_table)[0][4] == "→ tiltak under mål 1"
    select(tab.item_table, 0)
    assert not tab.measure_button.isEnabled()


def test_without_plan_consent_the_tab_explains_instead_of_making_a_measure(
    db: Database,
    qtbot: QtBot,
    client_id: int,
    monkeypatch: pytest.MonkeyPatch,
    boxes: MessageBoxes,
) -> None:
    add_members(db, client_id)
    a_meeting(db, client_id, action_items=[{"description": "Søke bostøtte"}])
    shown = choose_goal(monkeypatch, 0)
    tab = open_tab(db, qtbot, client_id)
    select(tab.item_table, 0)
    press(tab.measure_button)

    assert shown == []
    assert "ingen individuell plan" in boxes.texts[0]
    assert client_plan(db, client_id).plan is None
