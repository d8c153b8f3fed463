"""Registering and editing a client in the dialog: what is typed is checked, kept and saved."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QDialog, QGroupBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from rustool.db import Database
from rustool.services.clients import count_clients, create_client, get_client
from rustool.ui.dialogs.client_dialog import ClientDialog
from tests.conftest import SYNTHETIC_D_NUMBER, SYNTHETIC_ID
from tests.ui.dialog_helpers import MessageBoxes, type_into


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    """Message boxes answered "yes" unless a test says otherwise (also when closing at the end)."""
    return MessageBoxes(monkeypatch, answer=True)


# The synthetic id with its last (check) digit changed.
WRONG_CHECK_DIGIT = SYNTHETIC_ID[:-1] + "5"
UNUSUAL_TEXT = "Ŋ Ŧ Đ Č Š Ž 🙂 <b>&amp; \"sitat\" 'enkel'"


@pytest.fixture
def new_dialog(db: Database, qtbot: QtBot) -> ClientDialog:
    dialog = ClientDialog(db, None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def count_all(db: Database) -> int:
    return count_clients(db, status="all")


def test_every_field_has_a_bound_label_an_accessible_name_and_a_box(
    new_dialog: ClientDialog,
) -> None:
    buddies = {label.buddy() for label in new_dialog.findChildren(QLabel)}
    for name in ("given_name", "national_id", "gp_name", "interpreter_needed", "notes"):
        widget = new_dialog.field_widget(name)
        assert widget in buddies
        assert widget.accessibleName()
    titles = [box.title() for box in new_dialog.findChildren(QGroupBox)]
    assert titles == ["Personalia", "Kontakt", "Fastlege og NAV", "Språk", "Notater"]


def test_a_client_is_registered_by_typing_and_saving(
    db: Database, new_dialog: ClientDialog
) -> None:
    type_into(new_dialog, "given_name", "Kari")
    type_into(new_dialog, "family_name", "Nordmann")
    type_into(new_dialog, "national_id", SYNTHETIC_ID)
    type_into(new_dialog, "phone", "912 34 567")
    type_into(new_dialog, "preferred_language", "nordsamisk")
    interpreter = new_dialog.field_widget("interpreter_needed")
    assert isinstance(interpreter, QCheckBox)
    interpreter.setChecked(True)
    type_into(new_dialog, "notes", "Ønsker samtaler på formiddagen.")
    new_dialog.save_button.click()

    assert new_dialog.result() == QDialog.DialogCode.Accepted
    assert new_dialog.saved_client_id is not None
    client = get_client(db, new_dialog.saved_client_id)
    assert (client.given_name, client.family_name) == ("Kari", "Nordmann")
    assert client.national_id == SYNTHETIC_ID
    assert client.birth_date == dt.date(1955, 11, 10)
    assert client.phone == "912 34 567"
    assert client.interpreter_needed is True
    assert client.notes == "Ønsker samtaler på formiddagen."


def test_the_birth_date_is_read_from_the_national_id_as_it_is_typed(
    new_dialog: ClientDialog,
) -> None:
    birth_date = new_dialog.field_widget("birth_date")
    assert isinstance(birth_date, QLineEdit)
    type_into(new_dialog, "national_id", SYNTHETIC_ID[:6])
    assert birth_date.text() == ""
    assert not new_dialog.error_label("national_id").isVisibleTo(new_dialog)  # not done yet
    QTest.keyClicks(new_dialog.field_widget("national_id"), SYNTHETIC_ID[6:])
    assert birth_date.text() == "10.11.1955"
    assert birth_date.isReadOnly()
    assert new_dialog.hint_label("national_id").text() == "Født 10.11.1955 (syntetisk testnummer)"
    type_into(new_dialog, "national_id", SYNTHETIC_D_NUMBER)
    assert birth_date.text() == "01.01.1940"
    assert "D-nummer" in new_dialog.hint_label("national_id").text()


def test_a_wrong_check_digit_is_shown_at_once_and_refused(
    db: Database, new_dialog: ClientDialog
) -> None:
    type_into(new_dialog, "given_name", "Kari")
    type_into(new_dialog, "family_name", "Nordmann")
    type_into(new_dialog, "national_id", WRONG_CHECK_DIGIT)
    assert new_dialog.error_label("national_id").text() == "⚠ Kontrollsifferet stemmer ikke."
    new_dialog.save_button.click()
    assert new_dialog.isVisible()
    assert new_dialog.error_label("national_id").text() == "⚠ Kontrollsifferet stemmer ikke."
    assert count_all(db) == 0


def test_a_short_national_id_is_told_when_the_field_is_left(new_dialog: ClientDialog) -> None:
    type_into(new_dialog, "national_id", "1234")
    national_id = new_dialog.field_widget("national_id")
    assert isinstance(national_id, QLineEdit)
    national_id.editingFinished.emit()
    assert new_dialog.error_label("national_id").text() == "⚠ Må ha 11 sifre."


def test_an_empty_family_name_is_refused_next_to_the_field_and_input_kept(
    db: Database, new_dialog: ClientDialog, qtbot: QtBot
) -> None:
    new_dialog.activateWindow()
    qtbot.waitActive(new_dialog)
    type_into(new_dialog, "given_name", "Kari")
    type_into(new_dialog, "national_id", SYNTHETIC_ID)
    type_into(new_dialog, "notes", "Lang tekst som ikke må gå tapt.")
    new_dialog.save_button.click()
    assert new_dialog.isVisible()
    assert new_dialog.error_label("family_name").text() == "⚠ Må fylles ut."
    assert not new_dialog.error_label("given_name").isVisibleTo(new_dialog)
    assert new_dialog.value("notes") == "Lang tekst som ikke må gå tapt."
    assert new_dialog.field_widget("family_name").hasFocus()  # the keyboard goes where to fix
    assert count_all(db) == 0


def test_without_a_national_id_the_birth_date_is_asked_for(
    db: Database, new_dialog: ClientDialog
) -> None:
    type_into(new_dialog, "given_name", "Kari")
    type_into(new_dialog, "family_name", "Nordmann")
    new_dialog.save_button.click()
    assert new_dialog.error_label("birth_date").text() == "⚠ Må fylles ut."
    type_into(new_dialog, "birth_date", "01.02.1980")
    new_dialog.save_button.click()
    assert new_dialog.result() == QDialog.DialogCode.Accepted
    assert new_dialog.saved_client_id is not None
    assert get_client(db, new_dialog.saved_client_id).birth_date == dt.date(1980, 2, 1)


def test_a_duplicate_national_id_is_refused_naming_the_existing_client(
    db: Database, new_dialog: ClientDialog
) -> None:
    existing = create_client(
        db, {"given_name": "Ola", "family_name": "Nordmann", "national_id": SYNTHETIC_ID}
    )
    type_into(new_dialog, "given_name", "Kari")
    type_into(new_dialog, "family_name", "Hansen")
    type_into(new_dialog, "national_id", SYNTHETIC_ID)
    new_dialog.save_button.click()
    message = new_dialog.error_label("national_id").text()
    assert message.startswith("⚠ Er allerede registrert på Ola Nordmann")
    assert str(existing.id) in message
    assert new_dialog.isVisible()
    assert count_all(db) == 1


def test_editing_saves_the_change_and_bumps_the_version(db: Database, qtbot: QtBot) -> None:
    client = create_client(
        db, {"given_name": "Kari", "family_name": "Nordmann", "national_id": SYNTHETIC_ID}
    )
    assert client.id is not None
    dialog = ClientDialog(db, client.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Kari Nordmann" in dialog.windowTitle()
    assert dialog.value("national_id") == SYNTHETIC_ID
    assert not dialog.has_changes()
    type_into(dialog, "phone", "22 33 44 55")
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved_client_id == client.id
    saved = get_client(db, client.id)
    assert saved.phone == "22 33 44 55"
    assert saved.version == client.version + 1


def test_a_save_over_a_newer_change_is_refused_and_the_input_kept(
    db: Database, qtbot: QtBot, boxes: MessageBoxes
) -> None:
    client = create_client(
        db, {"given_name": "Kari", "family_name": "Nordmann", "birth_date": "1980-02-01"}
    )
    assert client.id is not None
    first, second = ClientDialog(db, client.id), ClientDialog(db, client.id)
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    type_into(first, "phone", "111")
    first.save_button.click()
    type_into(second, "phone", "222")
    second.save_button.click()
    assert len(boxes.texts) == 1 and "endret" in boxes.texts[0]
    assert second.value("phone") == "222"
    assert get_client(db, client.id).phone == "111"


def test_closing_with_changes_asks_and_no_keeps_the_dialog_open(
    db: Database, new_dialog: ClientDialog, boxes: MessageBoxes
) -> None:
    boxes.answer = False
    type_into(new_dialog, "given_name", "Kari")
    QTest.keyClick(new_dialog, Qt.Key.Key_Escape)
    assert boxes.texts and boxes.texts[0].startswith("Forkaste endringene?")
    assert new_dialog.isVisible()
    assert new_dialog.value("given_name") == "Kari"
    boxes.answer = True
    new_dialog.cancel_button.click()
    assert not new_dialog.isVisible()
    assert count_all(db) == 0


def test_unusual_text_is_saved_exactly(db: Database, new_dialog: ClientDialog) -> None:
    for name in ("given_name", "family_name", "gp_office"):
        widget = new_dialog.field_widget(name)
        assert isinstance(widget, QLineEdit)
        widget.setText(UNUSUAL_TEXT)  # emoji cannot be typed key by key
    type_into(new_dialog, "birth_date", "01.02.1980")
    new_dialog.save_button.click()
    assert new_dialog.saved_client_id is not None
    client = get_client(db, new_dialog.saved_client_id)
    assert client.given_name == client.family_name == client.gp_office == UNUSUAL_TEXT
