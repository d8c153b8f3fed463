"""The generic record dialog: typed dates, inline refusals, kept input, asking before losing it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from rustool.db import StorageError
from rustool.domain.records import FieldError, ValidationError
from rustool.services.errors import ConflictError
from rustool.ui import geometry
from rustool.ui.form_dialog import (
    FormDialog,
    FormField,
    parse_date_text,
    parse_datetime_text,
)
from tests.ui.dialog_helpers import MessageBoxes, type_into

# The offscreen platform cannot resize windows to their hints and says so; that is no fault.


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    """Message boxes answered "yes" unless a test says otherwise (also when closing at the end)."""
    return MessageBoxes(monkeypatch, answer=True)


FIELDS = (
    FormField("name", "Navn", "line", required=True),
    FormField("given_on", "Gitt dato", "date"),
    FormField("starts_at", "Tidspunkt", "datetime"),
    FormField("done", "Gjennomført", "bool"),
    FormField("kind", "Type", "choice", choices=(("written", "Skriftlig"), ("oral", "Muntlig"))),
    FormField("notes", "Notater", "text"),
)


class Recorder:
    """A save callback that remembers what it got and can refuse it."""

    def __init__(self) -> None:
        self.saved: list[dict[str, Any]] = []
        self.refuse: Exception | None = None

    def __call__(self, values: dict[str, Any]) -> None:
        if self.refuse is not None:
            raise self.refuse
        self.saved.append(values)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def dialog(qtbot: QtBot, recorder: Recorder) -> FormDialog:
    widget = FormDialog("Test", FIELDS, recorder, geometry_key="test_dialog")
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", None),
        ("  ", None),
        ("17.05.2024", dt.date(2024, 5, 17)),
        ("1.2.2024", dt.date(2024, 2, 1)),
        ("2024-05-17", dt.date(2024, 5, 17)),
        ("31.02.2024", "31.02.2024"),  # no such day: passed on for the service to refuse
        ("i morgen", "i morgen"),
    ],
)
def test_dates_are_read_as_norwegians_write_them(typed: str, expected: object) -> None:
    assert parse_date_text(typed) == expected


def test_times_are_read_with_or_without_the_iso_t() -> None:
    assert parse_datetime_text("17.05.2024 09:30") == dt.datetime(2024, 5, 17, 9, 30)
    assert parse_datetime_text("2024-05-17T09:30") == dt.datetime(2024, 5, 17, 9, 30)
    assert parse_datetime_text("17.05.2024") == "17.05.2024"
    assert parse_datetime_text("") is None


def test_every_input_has_a_bound_label_and_an_accessible_name(dialog: FormDialog) -> None:
    buddies = {label.buddy(): label.text() for label in dialog.findChildren(QLabel)}
    for field in FIELDS:
        widget = dialog.field_widget(field.name)
        assert widget.accessibleName() == field.label
        assert buddies[widget].startswith(field.label)
    assert buddies[dialog.field_widget("name")] == "Navn *"  # required is marked in words


def test_values_come_back_typed_and_an_empty_optional_date_is_none(
    dialog: FormDialog, recorder: Recorder
) -> None:
    type_into(dialog, "name", "Ola")
    type_into(dialog, "starts_at", "01.03.2026 14:05")
    type_into(dialog, "notes", "Første linje")
    check = dialog.field_widget("done")
    assert isinstance(check, QCheckBox)
    check.setChecked(True)
    combo = dialog.field_widget("kind")
    assert isinstance(combo, QComboBox)
    assert combo.currentText() == "Skriftlig"  # the user reads Norwegian words
    combo.setCurrentIndex(1)
    dialog.save_button.click()
    assert recorder.saved == [
        {
            "name": "Ola",
            "given_on": None,
            "starts_at": dt.datetime(2026, 3, 1, 14, 5),
            "done": True,
            "kind": "oral",
            "notes": "Første linje",
        }
    ]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_initial_values_are_shown_in_norwegian_form(qtbot: QtBot, recorder: Recorder) -> None:
    dialog = FormDialog(
        "Test",
        FIELDS,
        recorder,
        values={"given_on": dt.date(2026, 3, 1), "starts_at": dt.datetime(2026, 3, 1, 9, 0)},
        geometry_key="test_dialog",
    )
    qtbot.addWidget(dialog)
    given_on = dialog.field_widget("given_on")
    assert isinstance(given_on, QLineEdit)
    assert given_on.text() == "01.03.2026"
    assert dialog.value("starts_at") == dt.datetime(2026, 3, 1, 9, 0)
    assert not dialog.has_changes()


def test_a_refusal_is_shown_under_its_field_in_words_and_the_input_stays(
    dialog: FormDialog, recorder: Recorder
) -> None:
    type_into(dialog, "given_on", "31.02.2024")
    type_into(dialog, "notes", "Viktig tekst")
    recorder.refuse = ValidationError(
        [
            FieldError("name", "required", "is required"),
            FieldError("given_on", "date", "must be a real date written YYYY-MM-DD"),
        ]
    )
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.error_label("name").text() == "⚠ Må fylles ut."
    assert dialog.error_label("given_on").text() == "⚠ Er ikke en gyldig dato."
    assert not dialog.error_label("notes").isVisibleTo(dialog)
    assert dialog.field_widget("name").accessibleDescription() == "⚠ Må fylles ut."
    assert dialog.summary_label.text().startswith("⚠")
    assert dialog.value("notes") == "Viktig tekst"
    assert dialog.value("given_on") == "31.02.2024"
    # Putting it right and saving clears the messages.
    recorder.refuse = None
    type_into(dialog, "name", "Ola")
    type_into(dialog, "given_on", "28.02.2024")
    dialog.save_button.click()
    assert not dialog.error_label("name").isVisibleTo(dialog)
    assert recorder.saved[0]["given_on"] == dt.date(2024, 2, 28)


def test_an_error_about_no_field_on_the_form_is_shown_above_it(
    dialog: FormDialog, recorder: Recorder
) -> None:
    recorder.refuse = ValidationError(
        [FieldError("status", "already_closed", "the case is already closed")]
    )
    dialog.save_button.click()
    assert "the case is already closed" in dialog.summary_label.text()
    assert dialog.isVisible()


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (ConflictError("client", 1), "Noen andre har endret"),
        (StorageError("disk_full", "No space left on device"), "Disken er full"),
    ],
)
def test_a_conflict_or_storage_error_is_told_and_the_input_kept(
    dialog: FormDialog,
    recorder: Recorder,
    boxes: MessageBoxes,
    error: Exception,
    expected: str,
) -> None:
    type_into(dialog, "name", "Ola <b>&amp;")
    recorder.refuse = error
    dialog.save_button.click()
    assert len(boxes.texts) == 1 and expected in boxes.texts[0]
    assert dialog.isVisible()
    assert dialog.value("name") == "Ola <b>&amp;"


def test_ctrl_s_saves(dialog: FormDialog, recorder: Recorder, qtbot: QtBot) -> None:
    type_into(dialog, "name", "Ola")
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    QTest.keyClick(dialog.field_widget("name"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [values["name"] for values in recorder.saved] == ["Ola"]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_closing_without_changes_does_not_ask(dialog: FormDialog, boxes: MessageBoxes) -> None:
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert boxes.texts == []
    assert not dialog.isVisible()


def test_closing_with_changes_asks_and_no_keeps_the_input(
    dialog: FormDialog, boxes: MessageBoxes, recorder: Recorder
) -> None:
    boxes.answer = False
    type_into(dialog, "name", "Ola")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.cancel_button.click()
    assert not dialog.close()  # the window's close button
    assert len(boxes.texts) == 3
    assert all(text.startswith("Forkaste endringene?") for text in boxes.texts)
    assert dialog.isVisible()
    assert dialog.value("name") == "Ola"
    boxes.answer = True
    dialog.cancel_button.click()
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert recorder.saved == []


def test_the_dialog_remembers_its_size(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, recorder: Recorder
) -> None:
    monkeypatch.setattr(geometry, "_settings_file", None)  # restored after the test
    geometry.use_settings_file(tmp_path / "ui.ini")
    first = FormDialog("Test", FIELDS, recorder, geometry_key="remembered")
    qtbot.addWidget(first)
    first.show()
    first.resize(640, 530)
    first.reject()
    again = FormDialog("Test", FIELDS, recorder, geometry_key="remembered")
    qtbot.addWidget(again)
    again.show()
    assert again.size() == QSize(640, 530)
    other = FormDialog("Test", FIELDS, recorder, geometry_key="another_dialog")
    qtbot.addWidget(other)
    assert other.size() != QSize(640, 530)
