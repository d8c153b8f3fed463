"""The Individuell plan tab: consent first, the plan and its goals and measures, evaluations,
the quality lines that lead to their spot, revisions read back, and a declined plan."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from rustool.db import Database
from rustool.models import Client
from rustool.services.clients import create_client
from rustool.services.groups import create_meeting, save_member
from rustool.services.plans import action_item_to_measure, client_plan, decline_plan, save_plan
from rustool.services.record_parts import Part, add_part
from rustool.ui.dialogs.plan_dialogs import MemberChoiceDialog, RevisionDialog
from rustool.ui.form_dialog import FormDialog, format_date
from rustool.ui.plan_tab import PlanTab
from tests.ui.dialog_helpers import MessageBoxes, drive_form_dialogs, type_into
from tests.ui.test_pdf_preview import previews

TODAY = dt.date.today()
START = TODAY - dt.timedelta(days=30)
END = TODAY + dt.timedelta(days=180)


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    """Questions answered "yes" (remove, discard) unless a test says otherwise."""
    return MessageBoxes(monkeypatch, answer=True)


@pytest.fixture
def client(db: Database) -> Client:
    return create_client(
        db, {"given_name": "Ola", "family_name": "Nordmann", "birth_date": "1985-04-12"}
    )


def client_id_of(client: Client) -> int:
    assert client.id is not None
    return client.id


def give_consent(db: Database, client: Client) -> None:
    add_part(
        db,
        Part.CONSENTS,
        client_id_of(client),
        {"kind": "individual_plan", "given_on": START, "form": "written"},
    )


def plan_data(**more: Any) -> dict[str, Any]:
    return {
        "coordinator": "Kari Koordinator",
        "period_start": START,
        "period_end": END,
        "next_revision_on": END,
        "participants": [],
        "goals": [],
        "evaluations": [],
    } | more


def goal(description: str, *measures: dict[str, Any]) -> dict[str, Any]:
    return {"life_area": "housing", "description": description, "measures": list(measures)}


def measure(description: str, responsible: str | None = "NAV, Per Veileder") -> dict[str, Any]:
    return {"description": description, "responsible": responsible}


def make_plan(db: Database, client: Client, **more: Any) -> None:
    give_consent(db, client)
    save_plan(db, client_id_of(client), plan_data(**more), None)


def stored(db: Database, client: Client) -> dict[str, Any]:
    return client_plan(db, client_id_of(client)).content


def revision_count(db: Database, client: Client) -> int:
    return len(client_plan(db, client_id_of(client)).revisions)


def open_tab(db: Database, qtbot: QtBot, client: Client) -> PlanTab:
    tab = PlanTab(db)
    qtbot.addWidget(tab)
    tab.set_client(client)
    return tab


def choose(dialog: FormDialog, name: str, value: str) -> None:
    combo = dialog.field_widget(name)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(value))


def shown(widget: QWidget) -> bool:
    """Visible within its (not shown) dialog or tab."""
    return not widget.isHidden()


def tree_texts(tab: PlanTab) -> list[list[str]]:
    """Goals and, under each, its measures: the tree's rows as the user reads them."""
    rows = []
    for g in range(tab.goals_tree.topLevelItemCount()):
        item = tab.goals_tree.topLevelItem(g)
        assert item is not None
        rows.append([item.text(column) for column in range(3)])
        for m in range(item.childCount()):
            child = item.child(m)
            assert child is not None
            rows.append([child.text(column) for column in range(3)])
    return rows


def cell(table: QTableWidget, row: int, column: int) -> str:
    return str(table.model().index(row, column).data())


# --- consent, declined, creating --------------------------------------------------------------


def test_without_consent_the_tab_explains_and_leads_to_recording_it_then_to_the_plan(
    db: Database, qtbot: QtBot, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = open_tab(db, qtbot, client)
    assert "Individuell plan krever samtykke" in tab.status_label.text()
    assert not tab.create_button.isEnabled()
    assert "samtykke" in tab.create_button.toolTip()
    assert shown(tab.consent_button) and tab.consent_button.isEnabled()
    assert not shown(tab.plan_area)

    seen: dict[str, Any] = {}

    def record_consent(dialog: FormDialog) -> None:
        seen["kind"], seen["given_on"] = dialog.value("kind"), dialog.value("given_on")
        dialog.save_button.click()

    def create(dialog: FormDialog) -> None:
        type_into(dialog, "coordinator", "Kari Koordinator")
        dialog.save_button.click()

    drive_form_dialogs(monkeypatch, record_consent, create)
    with qtbot.waitSignal(tab.changed):
        tab.consent_button.click()
    assert seen == {"kind": "individual_plan", "given_on": TODAY}
    assert not shown(tab.consent_button)
    assert tab.create_button.isEnabled()
    assert "Klienten har samtykket" in tab.status_label.text()

    with qtbot.waitSignal(tab.changed):
        tab.create_button.click()
    assert shown(tab.plan_area)
    assert not shown(tab.create_button)
    assert stored(db, client)["coordinator"] == "Kari Koordinator"
    assert stored(db, client)["period_start"] == TODAY


def test_create_plan_through_the_dialog_with_the_group_coordinator_offered(
    db: Database, qtbot: QtBot, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    give_consent(db, client)
    save_member(db, client_id_of(client), {"name": "Kari Koordinator", "is_coordinator": True})
    save_member(db, client_id_of(client), {"name": "Per Veileder", "organization": "NAV"})
    tab = open_tab(db, qtbot, client)
    seen: dict[str, Any] = {}

    def create(dialog: FormDialog) -> None:
        seen["coordinator"] = dialog.value("coordinator")
        seen["hint"] = dialog.hint_label("coordinator").text()
        type_into(dialog, "period_end", format_date(END))
        type_into(dialog, "next_revision_on", format_date(TODAY + dt.timedelta(days=90)))
        type_into(dialog, "client_story", "Jeg vil ha et sted å bo.")
        type_into(dialog, "cooperation", "NAV og fastlegen.")
        dialog.save_button.click()

    drive_form_dialogs(monkeypatch, create)
    tab.create_button.click()

    assert seen["coordinator"] == "Kari Koordinator"
    assert "Per Veileder" in seen["hint"]
    content = stored(db, client)
    assert content["period_end"] == END
    assert content["client_story"] == "Jeg vil ha et sted å bo."
    assert content["status"] == "active"
    summary = tab.summary_view.toPlainText()
    assert "Koordinator: Kari Koordinator" in summary
    assert f"Periode til: {format_date(END)}" in summary
    assert "Samarbeid med andre instanser:\n    NAV og fastlegen." in summary
    assert tab.revisions_table.rowCount() == 1


def test_declined_plan_keeps_a_coordinator_and_the_plan_can_come_later(
    db: Database, qtbot: QtBot, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = open_tab(db, qtbot, client)

    def decline(dialog: FormDialog) -> None:
        assert dialog.value("declined_on") == TODAY
        type_into(dialog, "coordinator", "Kari Koordinator")
        type_into(dialog, "notes", "Vil tenke på det.")
        dialog.save_button.click()

    def create(dialog: FormDialog) -> None:
        assert dialog.value("coordinator") == "Kari Koordinator"
        dialog.save_button.click()

    drive_form_dialogs(monkeypatch, decline, create)
    with qtbot.waitSignal(tab.changed):
        tab.decline_button.click()

    status = tab.status_label.text()
    assert f"Klienten takket nei til individuell plan {format_date(TODAY)}." in status
    assert "Koordinator: Kari Koordinator" in status
    assert "Notater: Vil tenke på det." in status
    assert not tab.create_button.isEnabled()  # still no consent
    assert client_plan(db, client_id_of(client)).declined

    give_consent(db, client)
    tab.set_client(client)
    assert tab.create_button.isEnabled()
    tab.create_button.click()
    view = client_plan(db, client_id_of(client))
    assert not view.declined
    assert view.content["coordinator"] == "Kari Koordinator"
    assert shown(tab.plan_area)


def test_a_declined_record_without_a_coordinator_is_refused_in_the_dialog(
    db: Database, qtbot: QtBot, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = open_tab(db, qtbot, client)
    seen: dict[str, str] = {}

    def decline(dialog: FormDialog) -> None:
        type_into(dialog, "notes", "Ingen koordinator valgt ennå.")
        dialog.save_button.click()
        seen["error"] = dialog.error_label("coordinator").text()
        seen["notes"] = str(dialog.value("notes"))

    drive_form_dialogs(monkeypatch, decline)
    tab.decline_button.click()
    assert seen == {"error": "⚠ Må fylles ut.", "notes": "Ingen koordinator valgt ennå."}
    assert client_plan(db, client_id_of(client)).plan is None


# --- goals, measures, evaluations -------------------------------------------------------------


def test_add_a_goal_and_a_measure_under_it(
    db: Database, qtbot: QtBot, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_plan(db, client)
    tab = open_tab(db, qtbot, client)
    assert not tab.new_measure_button.isEnabled()  # no goal chosen yet

    def new_goal(dialog: FormDialog) -> None:
        choose(dialog, "life_area", "housing")
        type_into(dialog, "description", "Jeg vil ha min egen leilighet.")
        choose(dialog, "horizon", "long")
        type_into(dialog, "target_date", format_date(END))
        dialog.save_button.click()

    def new_measure(dialog: FormDialog) -> None:
        assert "mål 1" in dialog.windowTitle()
        type_into(dialog, "description", "Søke kommunal bolig")
        type_into(dialog, "responsible", "NAV, Per Veileder")
        type_into(dialog, "scope", "Ett møte i uka")
        type_into(dialog, "start_on", format_date(TODAY))
        type_into(dialog, "end_on", format_date(TODAY + dt.timedelta(days=60)))
        dialog.save_button.click()

    drive_form_dialogs(monkeypatch, new_goal, new_measure)
    tab.new_goal_button.click()
    assert tab.selected_spot() == (0, None)  # the new goal, ready for its measures
    tab.new_measure_button.click()
    assert tab.selected_spot() == (0, 0)

    saved = stored(db, client)["goals"]
    assert [g["description"] for g in saved] == ["Jeg vil ha min egen leilighet."]
    assert saved[0]["measures"][0]["responsible"] == "NAV, Per Veileder"
    assert tree_texts(tab) == [
        [
            "Mål 1: Jeg vil ha min egen leilighet.",
            f"Bolig · lang sikt · måldato {format_date(END)}",
            "åpent",
        ],
        [
            "Tiltak 1: Søke kommunal bolig",
            "Ansvarlig: NAV, Per Veileder · Omfang: Ett møte i uka · "
            f"{format_date(TODAY)}–{format_date(TODAY + dt.timedelta(days=60))}",
            "planlagt",
        ],
    ]


def test_editing_a_measure_keeps_its_key(
    db: Database, qtbot: QtBot, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_plan(db, client, goals=[goal("Bo trygt", measure("Søke bolig"))])
    key = stored(db, client)["goals"][0]["measures"][0]["key"]
    tab = open_tab(db, qtbot, client)
    tab.select_spot(0, 0)

    def edit(dialog: FormDialog) -> None:
        assert dialog.value("description") == "Søke bolig"
        choose(dialog, "status", "ongoing")
        dialog.save_button.click()

    drive_form_dialogs(monkeypatch, edit)
    tab.edit_item_button.click()
    saved = stored(db, client)["goals"][0]["measures"][0]
    assert (saved["status"], saved["key"]) == ("ongoing", key)
    assert tree_texts(tab)[1][2] == "pågår"


def test_measure_outside_the_plan_period_is_refused_on_its_end_date(
    db: Database, qtbot: QtBot, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_plan(db, client, goals=[goal("Bo trygt")])
    revisions = revision_count(db, client)
    tab = open_tab(db, qtbot, client)
    tab.select_spot(0)
    too_late = format_date(END + dt.timedelta(days=10))
    seen: dict[str, Any] = {}

    def new_measure(dialog: FormDialog) -> None:
        type_into(dialog, "description", "Søke bolig")
        type_into(dialog, "end_on", too_late)
        dialog.save_button.click()
        seen["error"] = dialog.error_label("end_on").text()
        seen["error shown"] = shown(dialog.error_label("end_on"))
        seen["kept"] = (dialog.value("description"), dialog.field_widget("end_on").property("text"))
        seen["summary"] = dialog.summary_label.text()
        seen["accepted"] = dialog.result() == QDialog.DialogCode.Accepted

    drive_form_dialogs(monkeypatch, new_measure)
    tab.new_measure_button.click()

    assert seen["error"] == (
        f"⚠ Må ligge innenfor planperioden ({format_date(START)} – {format_date(END)})."
    )
    assert seen["error shown"]
    assert seen["kept"] == ("Søke bolig", too_late)
    assert "Ikke lagret" in seen["summary"]
    assert not seen["accepted"]
    assert stored(db, client)["goals"][0]["measures"] == []
    assert revision_count(db, client) == revisions


def test_shrinking_the_period_names_the_measure_it_would_leave_outside(
    db: Database, qtbot: QtBot, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    late = measure("Søke bolig") | {"end_on": END}
    make_plan(db, client, goals=[goal("Bo trygt", late)])
    tab = open_tab(db, qtbot, client)
    seen: dict[str, str] = {}

    def edit_plan(dialog: FormDialog) -> None:
        type_into(dialog, "period_end", format_date(TODAY))
        dialog.save_button.click()
        seen["summary"] = dialog.summary_label.text()

    drive_form_dialogs(monkeypatch, edit_plan)
    tab.edit_plan_button.click()
    assert "Mål 1, tiltak 1, Slutt: Må ligge innenfor planperioden" in seen["summary"]
    assert stored(db, client)["period_end"] == END


def test_evaluation_before_the_plan_started_is_refused_then_saved_when_corrected(
    db: Database, qtbot: QtBot, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_plan(db, client, goals=[goal("Bo trygt", measure("Søke bolig")), goal("Jobbe")])
    tab = open_tab(db, qtbot, client)
    seen: dict[str, Any] = {}

    def evaluate(dialog: FormDialog) -> None:
        assert dialog.value("held_on") == TODAY
        type_into(dialog, "held_on", format_date(START - dt.timedelta(days=1)))
        type_into(dialog, "summary", "Går framover.")
        type_into(dialog, "note_1", "Har søkt jobb.")
        dialog.save_button.click()
        seen["error"] = dialog.error_label("held_on").text()
        seen["saved before"] = stored(db, client)["evaluations"]
        type_into(dialog, "held_on", format_date(TODAY))
        dialog.save_button.click()

    drive_form_dialogs(monkeypatch, evaluate)
    tab.new_evaluation_button.click()

    assert seen["error"] == (
        f"⚠ En evaluering kan ikke være før planen startet ({format_date(START)})."
    )
    assert seen["saved before"] == []
    evaluations = stored(db, client)["evaluations"]
    assert evaluations == [
        {
            "held_on": TODAY,
            "summary": "Går framover.",
            "goal_notes": [{"goal": 1, "note": "Har søkt jobb."}],
        }
    ]
    assert cell(tab.evaluations_table, 0, 0) == format_date(TODAY)
    assert cell(tab.evaluations_table, 0, 2) == "1"


def test_removing_a_goal_asks_and_its_evaluation_notes_follow(
    db: Database, qtbot: QtBot, client: Client, boxes: MessageBoxes
) -> None:
    evaluation = {
        "held_on": TODAY,
        "summary": "Status",
        "goal_notes": [{"goal": 0, "note": "Om bolig"}, {"goal": 1, "note": "Om jobb"}],
    }
    make_plan(
        db,
        client,
        goals=[goal("Bo trygt", measure("Søke bolig")), goal("Jobbe", measure("Kurs"))],
        evaluations=[evaluation],
    )
    tab = open_tab(db, qtbot, client)
    tab.select_spot(0)
    tab.remove_item_button.click()

    assert "Fjerne mål 1 «Bo trygt» med 1 tiltak" in boxes.texts[0]
    content = stored(db, client)
    assert [g["description"] for g in content["goals"]] == ["Jobbe"]
    assert content["evaluations"][0]["goal_notes"] == [{"goal": 0, "note": "Om jobb"}]
    assert tree_texts(tab)[0][0] == "Mål 1: Jobbe"


def test_measure_from_a_meeting_says_which_meeting(
    db: Database, qtbot: QtBot, client: Client
) -> None:
    make_plan(db, client, goals=[goal("Bo trygt")])
    client_id = client_id_of(client)
    save_member(db, client_id, {"name": "Per Veileder", "is_coordinator": True})
    starts = dt.datetime.combine(TODAY - dt.timedelta(days=3), dt.time(10))
    meeting = create_meeting(
        db,
        client_id,
        {
            "starts_at": starts,
            "attendance": [{"member": "Per Veileder", "status": "present"}],
            "action_items": [{"description": "Søke bolig", "responsible": "Per Veileder"}],
        },
    )
    item_id = meeting.action_items[0].id
    assert item_id is not None
    action_item_to_measure(db, item_id, 0)
    tab = open_tab(db, qtbot, client)
    assert tree_texts(tab)[1][1] == (
        f"Ansvarlig: Per Veileder · fra møte {format_date(starts.date())}"
    )


# --- participants ------------------------------------------------------------------------------


def test_participants_from_the_group_by_hand_and_removed(
    db: Database,
    qtbot: QtBot,
    client: Client,
    monkeypatch: pytest.MonkeyPatch,
    boxes: MessageBoxes,
) -> None:
    make_plan(db, client)
    client_id = client_id_of(client)
    save_member(db, client_id, {"name": "Kari Koordinator", "is_coordinator": True})
    save_member(
        db, client_id, {"name": "Ola Lege", "role": "fastlege", "organization": "Legesenteret"}
    )
    tab = open_tab(db, qtbot, client)
    offered: list[str] = []

    def pick_second(dialog: MemberChoiceDialog) -> int:
        offered.extend(dialog.list.item(row).text() for row in range(dialog.list.count()))
        dialog.list.setCurrentRow(1)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(MemberChoiceDialog, "exec", pick_second)
    tab.add_members_button.click()
    assert offered == ["Kari Koordinator", "Ola Lege (fastlege, Legesenteret)"]

    def by_hand(dialog: FormDialog) -> None:
        type_into(dialog, "name", "Mor")
        type_into(dialog, "role", "pårørende")
        dialog.save_button.click()

    drive_form_dialogs(monkeypatch, by_hand)
    tab.add_participant_button.click()
    assert stored(db, client)["participants"] == [
        {"name": "Ola Lege", "role": "fastlege", "organization": "Legesenteret"},
        {"name": "Mor", "role": "pårørende", "organization": None},
    ]
    assert cell(tab.participants_table, 1, 0) == "Mor"

    tab.participants_table.selectRow(0)
    tab.remove_participant_button.click()
    assert "Fjerne Ola Lege" in boxes.texts[-1]
    assert [p["name"] for p in stored(db, client)["participants"]] == ["Mor"]


# --- quality -----------------------------------------------------------------------------------


def show_active(qtbot: QtBot, tab: PlanTab) -> None:
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)  # waitActive returns early on the offscreen platform


def quality_lines(tab: PlanTab) -> list[str]:
    return [tab.quality_list.item(row).text() for row in range(tab.quality_list.count())]


def test_quality_line_leads_to_the_goal_without_measures(
    db: Database, qtbot: QtBot, client: Client
) -> None:
    make_plan(
        db,
        client,
        goals=[goal("Bo trygt", measure("Søke bolig", responsible=None)), goal("Jobbe")],
    )
    tab = open_tab(db, qtbot, client)
    show_active(qtbot, tab)
    lines = quality_lines(tab)
    assert lines == [
        "⚠ Tiltak 1 «Søke bolig» under mål 1 har ingen ansvarlig.",
        "⚠ Mål 2 «Jobbe» har ingen tiltak.",
    ]
    assert "⚠ ingen tiltak" in tree_texts(tab)[2][1]  # said in words in the tree too
    assert tab.sections.currentWidget() is tab.plan_page

    tab.quality_list.setFocus()
    tab.quality_list.setCurrentRow(1)
    QTest.keyClick(tab.quality_list, Qt.Key.Key_Return)
    assert tab.sections.currentWidget() is tab.goals_page
    assert tab.selected_spot() == (1, None)
    assert QApplication.focusWidget() is tab.goals_tree

    centre = tab.quality_list.visualItemRect(tab.quality_list.item(0)).center()
    # A real double click is a click and then a double-click event; QTest sends only the latter.
    QTest.mouseClick(tab.quality_list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    QTest.mouseDClick(tab.quality_list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert tab.selected_spot() == (0, 0)


def test_plan_level_quality_line_opens_the_plan_fields_at_the_field(
    db: Database, qtbot: QtBot, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_plan(db, client, next_revision_on=None, goals=[goal("Bo trygt", measure("Søke bolig"))])
    tab = open_tab(db, qtbot, client)
    assert quality_lines(tab) == ["⚠ Planen har ingen dato for neste revisjon."]
    seen: dict[str, Any] = {}

    def add_revision_date(dialog: FormDialog) -> None:
        seen["focus"] = dialog.focusWidget() is dialog.field_widget("next_revision_on")
        type_into(dialog, "next_revision_on", format_date(TODAY + dt.timedelta(days=90)))
        dialog.save_button.click()

    drive_form_dialogs(monkeypatch, add_revision_date)
    tab.quality_list.setCurrentRow(0)
    QTest.keyClick(tab.quality_list, Qt.Key.Key_Return)
    assert seen["focus"]
    assert quality_lines(tab) == ["Planen har mål, tiltak, ansvarlige og revisjonsdato."]


# --- revisions ---------------------------------------------------------------------------------


def test_revisions_grow_and_an_earlier_one_opens_read_only(
    db: Database, qtbot: QtBot, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_plan(db, client)
    tab = open_tab(db, qtbot, client)
    assert tab.revisions_table.rowCount() == 1

    def new_goal(dialog: FormDialog) -> None:
        type_into(dialog, "description", "Jeg vil ha min egen leilighet.")
        dialog.save_button.click()

    drive_form_dialogs(monkeypatch, new_goal)
    tab.new_goal_button.click()
    table = tab.revisions_table
    assert table.rowCount() == 2
    assert cell(table, 0, 0) == "2"  # newest first
    assert cell(table, 0, 3) == "Mål lagt til: «Jeg vil ha min egen leilighet.»"
    assert cell(table, 1, 3) == "Planen opprettet"

    opened: list[RevisionDialog] = []

    def read(dialog: RevisionDialog) -> int:
        opened.append(dialog)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(RevisionDialog, "exec", read)
    assert not tab.view_revision_button.isEnabled()
    table.selectRow(1)
    tab.view_revision_button.click()

    (dialog,) = opened
    assert dialog.header_label.text().startswith("Revisjon 1, lagret ")
    assert dialog.changes_list.item(0).text() == "Planen opprettet"
    assert dialog.content_view.isReadOnly()
    text = dialog.content_view.toPlainText()
    assert "Koordinator: Kari Koordinator" in text
    assert f"Periode fra: {format_date(START)}" in text
    assert "leilighet" not in text  # the goal came in revision 2


# --- the plan as PDF -------------------------------------------------------------------------


def test_the_plan_opens_in_the_preview_from_any_section(
    db: Database, qtbot: QtBot, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_plan(db, client, goals=[goal("Egen leilighet", measure("Søke bostøtte"))])
    tab = open_tab(db, qtbot, client)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)  # the shortcut needs the window active
    opened = previews(monkeypatch)
    assert tab.pdf_button.isEnabled()

    tab.pdf_button.click()
    tab.sections.setCurrentWidget(tab.goals_page)
    tab.goals_tree.setFocus()
    QTest.keyClick(tab.goals_tree, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    plan = client_plan(db, client_id_of(client)).plan
    assert plan is not None
    assert [(doc.kind, doc.entity_id, doc.client_id) for doc, _ in opened if doc] == [
        ("plan", plan.id, client.id),
        ("plan", plan.id, client.id),
    ]
    assert all(doc is not None and pages == doc.pages >= 1 for doc, pages in opened)


def test_without_a_plan_or_with_a_declined_one_there_is_nothing_to_print(
    db: Database, qtbot: QtBot, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = previews(monkeypatch)
    tab = open_tab(db, qtbot, client)
    assert not tab.pdf_button.isEnabled() and not shown(tab.plan_area)
    tab.preview_plan()
    decline_plan(
        db, client_id_of(client), {"declined_on": TODAY, "coordinator": "Kari Koordinator"}, None
    )
    tab.set_client(client)
    assert not tab.pdf_button.isEnabled() and not shown(tab.plan_area)
    tab.preview_plan()
    assert opened == []
