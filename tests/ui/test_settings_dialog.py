"""The settings dialog saves the user's and organisation's details and never drops input."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QGroupBox
from pytestqt.qtbot import QtBot

from rustool import i18n, texts
from rustool.db import Database, StorageError
from rustool.services.settings import get_settings, save_settings
from rustool.ui import geometry
from rustool.ui.dialogs import settings_dialog
from rustool.ui.dialogs.settings_dialog import SettingsDialog
from tests.ui.dialog_helpers import MessageBoxes, type_into

VALUES = {
    "user_name": "Kari Nordmann",
    "user_title": "Ruskonsulent",
    "org_municipality": "Kautokeino / Guovdageaidnu",
    "org_service": "Rus og psykisk helse <b>&</b>",
    "org_address": "Boks 1, 9520 Kautokeino",
    "org_phone": "78 48 70 00",
    "org_email": "post@example.no",
}


@pytest.fixture
def dialog(db: Database, qtbot: QtBot) -> SettingsDialog:
    widget = SettingsDialog(db)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_fields_are_labelled_and_grouped_in_norwegian(
    db: Database, dialog: SettingsDialog
) -> None:
    names = [*VALUES, "backup_count", "lock_minutes"]
    labels = [dialog.field_label_widget(name).text() for name in names]
    expected = ["Ditt navn", "Din tittel", "Kommune", "Tjeneste", "Adresse", "Telefon", "E-post"]
    assert labels == [
        *expected,
        "Antall automatiske sikkerhetskopier",
        "Lås etter så mange minutter uten bruk",
    ]
    for name in names:
        assert dialog.field_label_widget(name).buddy() is dialog.field_widget(name)
        assert dialog.field_widget(name).accessibleName() == dialog.field_label_widget(name).text()
    titles = [box.title() for box in dialog.findChildren(QGroupBox)]
    assert titles == [
        "Deg som bruker",
        "Organisasjon (brevhode på dokumenter)",
        "Sikkerhetskopier",
        "Sikkerhet",
    ]
    assert dialog.value("backup_count") == "14"
    assert dialog.value("lock_minutes") == "5"
    assert "Ctrl+L" in dialog.hint_label("lock_minutes").text()
    hint = dialog.hint_label("backup_count").text()
    assert str(db.backup_dir) in hint
    assert "Kopier du tar selv, slettes aldri." in hint


def test_ctrl_s_saves_and_the_values_come_back(
    db: Database, dialog: SettingsDialog, qtbot: QtBot
) -> None:
    for name, value in VALUES.items():
        type_into(dialog, name, value)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    QTest.keyClick(
        dialog.field_widget("org_email"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert get_settings(db).org_municipality == "Kautokeino / Guovdageaidnu"
    again = SettingsDialog(db)
    qtbot.addWidget(again)
    assert again.values() == VALUES | {"backup_count": "14", "lock_minutes": "5"}
    assert not again.has_changes()


def test_emptying_a_field_removes_the_setting(db: Database, qtbot: QtBot) -> None:
    save_settings(db, VALUES)
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    type_into(dialog, "user_title", "")
    dialog.save_button.click()
    assert get_settings(db).user_title is None
    assert get_settings(db).user_name == "Kari Nordmann"


def test_closing_with_changes_asks_and_keeps_them_until_the_user_discards(
    db: Database, dialog: SettingsDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = MessageBoxes(monkeypatch, answer=False)
    type_into(dialog, "user_name", "Ola")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(boxes.texts) == 1 and boxes.texts[0].startswith("Forkaste endringene?")
    assert dialog.isVisible()
    assert dialog.value("user_name") == "Ola"
    boxes.answer = True
    dialog.cancel_button.click()
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert get_settings(db).user_name is None


def test_closing_without_changes_does_not_ask(
    dialog: SettingsDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = MessageBoxes(monkeypatch)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert boxes.texts == []
    assert not dialog.isVisible()


def test_a_too_long_value_is_refused_next_to_the_field_and_the_input_kept(
    db: Database, dialog: SettingsDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    MessageBoxes(monkeypatch, answer=True)  # pytest-qt closes the changed dialog at teardown
    type_into(dialog, "org_service", "x" * 201)
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.error_label("org_service").text() == "⚠ Teksten er for lang."
    assert dialog.value("org_service") == "x" * 201
    assert get_settings(db).org_service is None


def test_a_storage_failure_is_told_and_the_input_kept(
    dialog: SettingsDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*args: object) -> None:
        raise StorageError("disk_full", "The disk is full; nothing was saved.")

    monkeypatch.setattr(settings_dialog, "save_settings", disk_full)
    boxes = MessageBoxes(monkeypatch, answer=True)
    type_into(dialog, "user_name", "Ola")
    dialog.save_button.click()
    assert len(boxes.texts) == 1 and boxes.texts[0].startswith("Disken er full")
    assert dialog.isVisible()
    assert dialog.value("user_name") == "Ola"


def test_the_number_of_backups_kept_is_saved_and_used(db: Database, dialog: SettingsDialog) -> None:
    type_into(dialog, "backup_count", "30")
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert get_settings(db).backup_count == 30
    assert db.backup_count() == 30  # what the retention reads


@pytest.mark.parametrize("typed", ["0", "366", "fjorten", "-3", "1,5"])
def test_a_number_of_backups_that_is_no_count_is_refused_next_to_the_field(
    db: Database, dialog: SettingsDialog, monkeypatch: pytest.MonkeyPatch, typed: str
) -> None:
    MessageBoxes(monkeypatch, answer=True)  # pytest-qt closes the changed dialog at teardown
    type_into(dialog, "user_name", "Ola")
    type_into(dialog, "backup_count", typed)
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.error_label("backup_count").text() == "⚠ Må være et helt tall fra 1 til 365."
    assert dialog.value("backup_count") == typed
    assert (get_settings(db).user_name, get_settings(db).backup_count) == (None, 14)


def test_the_idle_minutes_before_the_lock_are_saved(db: Database, dialog: SettingsDialog) -> None:
    type_into(dialog, "lock_minutes", "15")
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert get_settings(db).lock_minutes == 15


@pytest.mark.parametrize("typed", ["0", "121", "abc", "-3", "1,5"])
def test_idle_minutes_that_are_no_count_from_1_to_120_are_refused_next_to_the_field(
    db: Database, dialog: SettingsDialog, monkeypatch: pytest.MonkeyPatch, typed: str
) -> None:
    MessageBoxes(monkeypatch, answer=True)  # pytest-qt closes the changed dialog at teardown
    type_into(dialog, "user_name", "Ola")
    type_into(dialog, "lock_minutes", typed)
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.error_label("lock_minutes").text() == "⚠ Må være et helt tall fra 1 til 120."
    assert dialog.value("lock_minutes") == typed
    assert (get_settings(db).user_name, get_settings(db).lock_minutes) == (None, 5)


@pytest.fixture
def ui_ini(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[Path]:
    """The window's ui.ini, as the app configures it; bokmål again after the test."""
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    path = tmp_path / "ui.ini"
    monkeypatch.setattr(geometry, "_settings_file", path)
    yield path
    i18n.apply_language(qapp, i18n.DEFAULT_LANGUAGE)
    texts.set_translator(None)


def test_the_language_is_chosen_here_and_applies_to_what_opens_next(
    db: Database, qtbot: QtBot, ui_ini: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = MessageBoxes(monkeypatch)
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    combo = dialog.field_widget("language")
    assert isinstance(combo, QComboBox)
    assert dialog.field_label_widget("language").buddy() is combo
    assert [combo.itemText(i) for i in range(combo.count())] == list(i18n.LANGUAGES.values())
    assert dialog.value("language") == "nb"
    combo.setCurrentIndex(combo.findData("nn"))
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert i18n.read_language(ui_ini) == "nn"
    # Told in the language chosen: the main window follows at the next start.
    assert "hovudvindauget neste gong" in boxes.texts[0]
    assert SettingsDialog(db).windowTitle() == "Innstillingar"  # a new window is in nynorsk


def test_a_refused_save_changes_no_language(
    db: Database, qtbot: QtBot, ui_ini: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    MessageBoxes(monkeypatch, answer=True)  # pytest-qt closes the changed dialog at teardown
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    combo = dialog.field_widget("language")
    assert isinstance(combo, QComboBox)
    dialog.show()
    combo.setCurrentIndex(combo.findData("en"))
    type_into(dialog, "lock_minutes", "0")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert i18n.read_language(ui_ini) == "nb" and not ui_ini.exists()
