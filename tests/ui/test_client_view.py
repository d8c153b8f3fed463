"""The client view: the record shown as typed, its lists edited, the case closed and erased."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QLabel
from pytestqt.qtbot import QtBot

from rustool.db import Database
from rustool.models import Client
from rustool.services.audit import audit_events
from rustool.services.clients import close_case, create_client, get_client, open_client
from rustool.services.errors import NotFoundError
from rustool.services.record_parts import Part, add_part
from rustool.ui.client_view import ClientView, PartTab
from rustool.ui.form_dialog import FormDialog
from tests.conftest import SYNTHETIC_ID
from tests.ui.dialog_helpers import MessageBoxes, drive_form_dialogs, type_into

UNUSUAL_TEXT = 'Ŋ Ŧ Đ Č Š Ž 🙂 <b>&amp; "sitat"'
TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    """Message boxes answered "yes" unless a test says otherwise."""
    return MessageBoxes(monkeypatch, answer=True)


@pytest.fixture
def client(db: Database) -> Client:
    return create_client(
        db,
        {
            "given_name": "Kari",
            "family_name": "Nordmann",
            "national_id": SYNTHETIC_ID,
            "gp_name": "Dr. Fastlege",
            "nav_contact": "Per i NAV",
            "preferred_language": "nordsamisk",
            "interpreter_needed": True,
        },
    )


@pytest.fixture
def view(db: Database, qtbot: QtBot, client: Client) -> ClientView:
    widget = ClientView(db)
    qtbot.addWidget(widget)
    widget.show()
    widget.show_client(client.id)
    return widget


def cells(tab: PartTab) -> list[list[str]]:
    """The table's text, as the user reads it."""
    model = tab.table.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def column(tab: PartTab, header: str) -> list[str]:
    model = tab.table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    index = headers.index(header)
    return [row[index] for row in cells(tab)]


def save_with(**texts: str) -> Any:
    """A user who types `texts` into the dialog's fields and presses Lagre."""

    def user(dialog: FormDialog) -> None:
        for name, text in texts.items():
            type_into(dialog, name, text)
        dialog.save_button.click()

    return user


def test_without_a_client_a_calm_placeholder_and_no_client_actions(
    db: Database, qtbot: QtBot
) -> None:
    view = ClientView(db)
    qtbot.addWidget(view)
    view.show()
    assert view.placeholder.isVisible()
    assert view.placeholder.text() == "Velg en klient i listen"
    for action in (view.edit_action, view.close_case_action, view.reopen_action):
        assert not action.isEnabled()
    assert not view.delete_action.isEnabled()


def test_the_header_and_overview_show_the_client(view: ClientView) -> None:
    assert view.name_label.text() == "Kari Nordmann"
    assert view.national_id_label.text().startswith("109155 96784")
    assert "10.11.1955" in view.national_id_label.text()
    assert view.status_label.text() == "Aktiv"
    assert view.overview_values["gp_name"].text() == "Dr. Fastlege"
    assert view.overview_values["nav_contact"].text() == "Per i NAV"
    assert view.overview_values["preferred_language"].text() == "nordsamisk"
    assert view.overview_values["interpreter_needed"].text() == "Ja"
    tabs = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert tabs == [
        "Oversikt",
        "Nettverk",
        "Barn",
        "Samtykker",
        "Avtaler",
        "Henvisninger",
        "Kartlegging",
        "Ansvarsgruppe",
        "IP",
    ]
    assert view.edit_action.isEnabled() and view.close_case_action.isEnabled()
    assert not view.reopen_action.isEnabled()
    assert view.edit_action.shortcut().toString() == "Ctrl+E"


def test_showing_a_client_is_audited_as_a_view(db: Database, view: ClientView) -> None:
    events = audit_events(db, client_id=view.client_id)
    assert any(event.action == "view" for event in events)


def test_each_tab_shows_its_rows(db: Database, qtbot: QtBot, client: Client) -> None:
    assert client.id is not None
    add_part(db, Part.NETWORK, client.id, {"name": "Mor Nordmann", "relation": "mor"})
    add_part(
        db,
        Part.CHILDREN,
        client.id,
        {
            "name": "Lille Nordmann",
            "relation": "child",
            "birth_date": dt.date(TODAY.year - 7, 1, 1),
        },
    )
    add_part(db, Part.CHILDREN, client.id, {"name": "Bror", "relation": "sibling"})
    add_part(
        db,
        Part.CONSENTS,
        client.id,
        {"kind": "referral", "given_on": "2024-01-01", "form": "written"},
    )
    add_part(
        db,
        Part.APPOINTMENTS,
        client.id,
        {"starts_at": "2026-03-01T10:15", "kind": "home_visit", "location": "Hjemme"},
    )
    view = ClientView(db)
    qtbot.addWidget(view)
    view.show_client(client.id)

    assert column(view.network_tab, "Navn") == ["Mor Nordmann"]
    assert column(view.network_tab, "Relasjon") == ["mor"]
    assert sorted(column(view.children_tab, "Relasjon")) == ["Barn", "Søsken"]
    ages = dict(
        zip(column(view.children_tab, "Navn"), column(view.children_tab, "Alder"), strict=True)
    )
    assert ages["Lille Nordmann"] == "7 år"
    assert ages["Bror"] == ""
    assert column(view.consents_tab, "Type") == ["Henvisning"]
    assert column(view.consents_tab, "Gitt dato") == ["01.01.2024"]
    assert cells(view.appointments_tab)[0][:4] == ["01.03.2026 10:15", "Hjemmebesøk", "", "Hjemme"]


def test_consent_in_force_is_told_in_words(db: Database, qtbot: QtBot, client: Client) -> None:
    assert client.id is not None
    year_ago = TODAY - dt.timedelta(days=365)
    consents = {
        "information_exchange": {"given_on": year_ago},  # in force, no end
        "individual_plan": {"given_on": year_ago, "expires_on": TODAY - dt.timedelta(days=1)},
        "responsibility_group": {"given_on": year_ago, "withdrawn_on": TODAY},
        "referral": {"given_on": year_ago, "expires_on": TODAY + dt.timedelta(days=10)},
    }
    for kind, dates in consents.items():
        add_part(db, Part.CONSENTS, client.id, {"kind": kind, "form": "oral", **dates})
    view = ClientView(db)
    qtbot.addWidget(view)
    view.show_client(client.id)
    in_force = dict(
        zip(column(view.consents_tab, "Type"), column(view.consents_tab, "I kraft"), strict=True)
    )
    assert in_force == {
        "Informasjonsutveksling": "Ja",
        "Individuell plan": "Nei",  # expired yesterday
        "Ansvarsgruppe": "Nei",  # withdrawn today
        "Henvisning": "Utløper snart",
    }


def test_a_network_person_is_added_through_the_tab(
    db: Database, view: ClientView, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    def user(dialog: FormDialog) -> None:
        type_into(dialog, "name", "Ola Venn")
        type_into(dialog, "relation", "venn")
        next_of_kin = dialog.field_widget("is_next_of_kin")
        assert isinstance(next_of_kin, QCheckBox)
        next_of_kin.setChecked(True)
        dialog.save_button.click()

    opened = drive_form_dialogs(monkeypatch, user)
    with qtbot.waitSignal(view.client_changed) as changed:
        view.network_tab.add_button.click()
    assert opened[0].windowTitle() == "Ny person i nettverket"
    assert changed.args == [view.client_id]
    assert cells(view.network_tab)[0][:5] == ["Ola Venn", "venn", "", "", "Ja"]
    assert view.client_id is not None
    saved = open_client(db, view.client_id).network[0]
    assert (saved.name, saved.is_next_of_kin) == ("Ola Venn", True)


def test_a_refused_row_is_not_added_and_the_view_is_not_changed(
    db: Database, view: ClientView, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    def user(dialog: FormDialog) -> None:
        dialog.save_button.click()  # no name
        assert dialog.error_label("name").text() == "⚠ Må fylles ut."
        dialog.reject()

    drive_form_dialogs(monkeypatch, user)
    with qtbot.assertNotEmitted(view.client_changed):
        view.network_tab.add_button.click()
    assert view.client_id is not None
    assert open_client(db, view.client_id).network == []


def test_enter_on_a_row_edits_it(
    db: Database, client: Client, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert client.id is not None
    add_part(
        db,
        Part.APPOINTMENTS,
        client.id,
        {"starts_at": "2026-03-01T10:15", "kind": "conversation"},
    )
    view = ClientView(db)
    qtbot.addWidget(view)
    view.show()
    view.show_client(client.id)
    view.tabs.setCurrentWidget(view.appointments_tab)
    opened = drive_form_dialogs(
        monkeypatch, save_with(location="Kontoret", starts_at="02.03.2026 09:00")
    )
    table = view.appointments_tab.table
    table.setFocus()
    table.setCurrentCell(0, 0)
    QTest.keyClick(table, Qt.Key.Key_Return)
    assert opened[0].windowTitle() == "Endre avtale"
    assert cells(view.appointments_tab)[0][0] == "02.03.2026 09:00"
    assert open_client(db, client.id).appointments[0].location == "Kontoret"


def test_an_appointment_is_marked_done(db: Database, client: Client, qtbot: QtBot) -> None:
    assert client.id is not None
    add_part(db, Part.APPOINTMENTS, client.id, {"starts_at": "2026-03-01T10:15", "kind": "other"})
    view = ClientView(db)
    qtbot.addWidget(view)
    view.show_client(client.id)
    assert not view.done_button.isEnabled()  # nothing chosen yet
    view.appointments_tab.table.selectRow(0)
    assert view.done_button.isEnabled()
    view.done_button.click()
    assert column(view.appointments_tab, "Gjennomført") == ["Ja"]
    assert open_client(db, client.id).appointments[0].done is True
    view.appointments_tab.table.selectRow(0)
    assert not view.done_button.isEnabled()


def test_removing_a_row_asks_first(
    db: Database, client: Client, qtbot: QtBot, boxes: MessageBoxes
) -> None:
    assert client.id is not None
    add_part(db, Part.CHILDREN, client.id, {"name": "Lille <b>", "relation": "child"})
    view = ClientView(db)
    qtbot.addWidget(view)
    view.show_client(client.id)
    view.children_tab.table.selectRow(0)
    boxes.answer = False
    view.children_tab.remove_button.click()
    assert boxes.texts == [
        "Fjerne Lille <b> fra journalen til Kari Nordmann (f. 10.11.1955)?\n\n"
        "Dette kan ikke angres."
    ]
    assert len(open_client(db, client.id).children) == 1
    boxes.answer = True
    view.children_tab.table.selectRow(0)
    view.children_tab.remove_button.click()
    assert open_client(db, client.id).children == []
    assert cells(view.children_tab) == []


def test_editing_the_client_through_the_action(
    db: Database, view: ClientView, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    drive_form_dialogs(monkeypatch, save_with(family_name="Hansen"))
    with qtbot.waitSignal(view.client_changed):
        view.edit_action.trigger()
    assert view.name_label.text() == "Kari Hansen"
    assert view.client_id is not None
    assert get_client(db, view.client_id).family_name == "Hansen"


def test_close_the_case_then_reopen_it(
    db: Database, view: ClientView, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    opened = drive_form_dialogs(monkeypatch, save_with(closed_reason="Flyttet"))
    with qtbot.waitSignal(view.client_changed):
        view.close_case_action.trigger()
    closed_on = opened[0].value("closed_on")
    assert closed_on == TODAY  # the date offered is today
    assert view.status_label.text() == f"Avsluttet {TODAY:%d.%m.%Y} – Flyttet"
    assert view.client_id is not None
    client = get_client(db, view.client_id)
    assert (client.status, client.closed_on, client.closed_reason) == ("closed", TODAY, "Flyttet")
    assert not view.close_case_action.isEnabled() and view.reopen_action.isEnabled()

    with qtbot.waitSignal(view.client_changed):
        view.reopen_action.trigger()
    assert view.status_label.text() == "Aktiv"
    assert get_client(db, view.client_id).status == "active"
    assert view.close_case_action.isEnabled() and not view.reopen_action.isEnabled()


def test_a_closing_date_in_the_future_is_refused_in_the_dialog(
    db: Database, view: ClientView, monkeypatch: pytest.MonkeyPatch
) -> None:
    tomorrow = TODAY + dt.timedelta(days=1)

    def user(dialog: FormDialog) -> None:
        type_into(dialog, "closed_on", f"{tomorrow:%d.%m.%Y}")
        dialog.save_button.click()
        assert dialog.error_label("closed_on").text() == "⚠ Kan ikke være fram i tid."
        dialog.reject()

    drive_form_dialogs(monkeypatch, user)
    view.close_case_action.trigger()
    assert view.client_id is not None
    assert get_client(db, view.client_id).status == "active"


def test_delete_asks_naming_the_client_and_no_keeps_it(
    db: Database, view: ClientView, boxes: MessageBoxes, qtbot: QtBot
) -> None:
    boxes.answer = False
    client_id = view.client_id
    assert client_id is not None
    with qtbot.assertNotEmitted(view.client_deleted):
        view.delete_action.trigger()
    assert boxes.texts[0].startswith("Slette Kari Nordmann (f. 10.11.1955) permanent?")
    assert "kan ikke angres" in boxes.texts[0]
    assert get_client(db, client_id).given_name == "Kari"


def test_delete_with_confirmation_erases_the_client(
    db: Database, view: ClientView, qtbot: QtBot
) -> None:
    client_id = view.client_id
    assert client_id is not None
    with qtbot.waitSignal(view.client_deleted) as deleted:
        view.delete_action.trigger()
    assert deleted.args == [client_id]
    with pytest.raises(NotFoundError):
        get_client(db, client_id)
    assert view.placeholder.isVisible()
    assert not view.delete_action.isEnabled()


def test_a_client_deleted_elsewhere_is_told_calmly(
    db: Database, qtbot: QtBot, client: Client
) -> None:
    view = ClientView(db)
    qtbot.addWidget(view)
    view.show()
    view.show_client(9999)
    assert view.placeholder.isVisible()
    assert "finnes ikke" in view.placeholder.text()
    assert not view.edit_action.isEnabled()


def test_unusual_text_is_shown_literally(db: Database, qtbot: QtBot) -> None:
    client = create_client(
        db,
        {
            "given_name": UNUSUAL_TEXT,
            "family_name": "<i>Nordmann</i>",
            "birth_date": "1980-02-01",
            "notes": "Linje 1\n<script>&lt;",
        },
    )
    assert client.id is not None
    close_case(db, client.id, TODAY, "<b>fet</b> & glad", client.version)
    add_part(db, Part.NETWORK, client.id, {"name": UNUSUAL_TEXT})
    view = ClientView(db)
    qtbot.addWidget(view)
    view.show_client(client.id)
    assert view.name_label.text() == f"{UNUSUAL_TEXT} <i>Nordmann</i>"
    assert view.overview_values["notes"].text() == "Linje 1\n<script>&lt;"
    assert view.status_label.text().endswith("– <b>fet</b> & glad")
    assert view.national_id_label.text().startswith("Uten fødselsnummer")
    for label in view.findChildren(QLabel):
        if label in (view.name_label, view.status_label, *view.overview_values.values()):
            assert label.textFormat() == Qt.TextFormat.PlainText
    assert cells(view.network_tab)[0][0] == UNUSUAL_TEXT


def test_an_empty_list_says_so_in_words(db: Database, view: ClientView, client: Client) -> None:
    tab = view.network_tab
    assert not tab.empty_label.isHidden()  # isHidden: the tab itself is not the one shown
    assert "Ingenting registrert" in tab.empty_label.text()
    assert client.id is not None
    add_part(db, Part.NETWORK, client.id, {"name": "Mor Nordmann"})
    view.show_client(client.id)
    assert tab.empty_label.isHidden()


def test_insert_and_delete_act_only_on_the_table_that_has_the_focus(view: ClientView) -> None:
    # Delete pressed on a button (or in a text) must never remove a row of some table.
    keys = {QKeySequence(Qt.Key.Key_Insert), QKeySequence(QKeySequence.StandardKey.Delete)}
    table_keys = [s for s in view.findChildren(QShortcut) if s.key() in keys]
    assert len(table_keys) >= 10  # parts, referrals, group members and meetings, the plan
    assert {s.context() for s in table_keys} == {Qt.ShortcutContext.WidgetShortcut}
