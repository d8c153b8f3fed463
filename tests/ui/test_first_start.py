"""The first-start assistant as the user meets it: completed from the keyboard alone, each page
refusing to go on with the reason shown, the letterhead previewed, the language applied to the
pages after the first, and a cancel that leaves nothing behind."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from rustool import i18n
from rustool.db import Database, StorageError
from rustool.services import demo
from rustool.services.clients import count_clients
from rustool.services.first_start import FirstStartAnswers
from rustool.services.settings import get_settings
from rustool.ui.wizards.first_start import (
    FirstStartWizard,
    apply_first_start,
    run_first_start,
)
from tests.ui.dialog_helpers import MessageBoxes

PASSPHRASE = "sju grønne elefanter på ski"
SETTINGS = {
    "user_name": "Kari Nordmann",
    "user_title": "Ruskonsulent",
    "org_municipality": "Kautokeino / Guovdageaidnu",
    "org_service": "Rus og psykisk helse",
    "org_address": "Boks 1, 9520 Kautokeino",
    "org_phone": "78 48 70 00",
    "org_email": "post@example.no",
}
NEXT = QWizard.WizardButton.NextButton


@pytest.fixture(autouse=True)
def _no_unexpected_dialog(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> None:
    """A message no test answers fails the test instead of blocking it (MessageBoxes answers
    the expected ones). Every test here runs in the application."""

    def unexpected(box: QMessageBox) -> int:
        raise AssertionError(f"unexpected message {box.windowTitle()!r}: {box.text()}")

    monkeypatch.setattr(QMessageBox, "exec", unexpected)


@pytest.fixture
def applied(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[list[str]]:
    """Every language the assistant applied (with the real translations), in order; bokmål
    again after the test."""
    codes: list[str] = []
    real = i18n.apply_language

    def apply_language(app: QCoreApplication, code: str) -> None:
        codes.append(code)
        real(app, code)

    monkeypatch.setattr(i18n, "apply_language", apply_language)
    yield codes
    real(qapp, i18n.DEFAULT_LANGUAGE)


@pytest.fixture
def wizard(qtbot: QtBot, applied: list[str]) -> FirstStartWizard:
    shown = FirstStartWizard()
    # Closed after the test without the question a cancel asks.
    qtbot.addWidget(shown, before_close_func=lambda _: shown.done(QDialog.DialogCode.Rejected))
    shown.show()
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    return shown


# --- the user at the keyboard ------------------------------------------------------------------


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def keys(*sequence: str | Qt.Key) -> None:
    """Type text or press keys wherever the focus is, as the user does."""
    for item in sequence:
        if isinstance(item, str):
            QTest.keyClicks(focused(), item)
        else:
            QTest.keyClick(focused(), item)


def type_into(edit: QLineEdit, text: str) -> None:
    edit.clear()
    QTest.keyClicks(edit, text)


def fill_to(wizard: FirstStartWizard, page_id: int) -> None:
    """Valid answers on every page before `page_id`, and that page shown."""
    while wizard.currentId() < page_id:
        page = wizard.currentPage()
        if page is wizard.user_page or page is wizard.letterhead_page:
            for name, edit in page.edits.items():
                edit.setText(SETTINGS[name])
        elif page is wizard.passphrase_page:
            page.passphrase_edit.setText(PASSPHRASE)
            page.repeated_edit.setText(PASSPHRASE)
            page.noted.setChecked(True)
        wizard.next()
    assert wizard.currentId() == page_id


def blocked(wizard: FirstStartWizard, reason: str, error: QLabel) -> None:
    """Next is disabled with `reason` shown in words, and Enter does not leave the page."""
    page = wizard.currentId()
    assert not wizard.button(NEXT).isEnabled()
    assert error.isVisible()
    assert reason in error.text()
    assert error.text().startswith("⚠")
    keys(Qt.Key.Key_Return)
    assert wizard.currentId() == page


def files_under(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


# --- the tests ---------------------------------------------------------------------------------


def test_the_first_start_wizard_is_completed_with_the_keyboard_alone(
    wizard: FirstStartWizard, applied: list[str]
) -> None:
    assert wizard.windowTitle() == "Sett opp rustool"
    assert wizard.currentPage().title() == "Velkommen til rustool"
    assert focused() is wizard.language_page.combo
    keys(Qt.Key.Key_Return)  # bokmål, as it stands

    assert applied == ["nb"]
    assert (wizard.currentPage().title(), wizard.currentPage().subTitle()) == (
        "Om deg",
        "Steg 2 av 6",
    )
    keys(SETTINGS["user_name"], Qt.Key.Key_Tab, SETTINGS["user_title"], Qt.Key.Key_Return)

    assert wizard.currentPage().title() == "Brevhode"
    for name in ("org_municipality", "org_service", "org_address", "org_phone"):
        keys(SETTINGS[name], Qt.Key.Key_Tab)
    keys(SETTINGS["org_email"], Qt.Key.Key_Return)

    assert wizard.currentPage().title() == "Passordfrase"
    keys(PASSPHRASE, Qt.Key.Key_Tab, PASSPHRASE, Qt.Key.Key_Tab)
    assert focused() is wizard.passphrase_page.noted
    keys(Qt.Key.Key_Space, Qt.Key.Key_Return)

    assert wizard.currentPage().title() == "Demodata"
    assert focused() is wizard.demo_page.wanted
    keys(Qt.Key.Key_Space, Qt.Key.Key_Tab)
    assert focused() is wizard.demo_page.count
    QTest.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys("120", Qt.Key.Key_Return)

    assert wizard.currentPage().title() == "Oppsummering"
    keys(Qt.Key.Key_Return)  # Fullfør

    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.answers() == FirstStartAnswers("nb", SETTINGS, PASSPHRASE, 120)


def test_every_input_has_a_visible_label_as_buddy_and_an_accessible_name(
    wizard: FirstStartWizard,
) -> None:
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        buddies = {label.buddy(): label for label in page.findChildren(QLabel) if label.buddy()}
        inputs = [
            widget
            for widget in page.findChildren(QWidget)
            if isinstance(widget, QLineEdit | QComboBox | QSpinBox | QCheckBox)
            and not isinstance(widget.parent(), QSpinBox)  # the spin box's own line edit
        ]
        assert inputs or page is wizard.summary_page
        for widget in inputs:
            name = widget.accessibleName()
            assert name, widget
            if isinstance(widget, QCheckBox):
                assert name == widget.text().replace("&", "")
            else:
                assert buddies[widget].text().replace("&", "").rstrip(":") == name


def test_the_summary_shows_every_answer_but_never_the_passphrase(
    wizard: FirstStartWizard,
) -> None:
    fill_to(wizard, 5)
    shown = "\n".join(value.text() for _, value in wizard.summary_page.rows.values())

    assert "Norsk bokmål" in shown
    assert "Kari Nordmann, Ruskonsulent" in shown
    assert "Rus og psykisk helse, Kautokeino / Guovdageaidnu" in shown
    assert "Telefon 78 48 70 00  E-post post@example.no" in shown
    assert "Valgt (sterk)" in shown
    assert PASSPHRASE not in shown
    assert wizard.summary_page.rows["demo"][1].text() == "Nei"
    assert wizard.answers().demo_clients == 0


def test_an_empty_name_blocks_next_with_the_field_named(wizard: FirstStartWizard) -> None:
    fill_to(wizard, 1)
    page = wizard.user_page
    blocked(wizard, "Ditt navn: Må fylles ut.", page.errors["user_name"])
    type_into(page.edits["user_name"], "   ")  # spaces are no name
    blocked(wizard, "Ditt navn: Må fylles ut.", page.errors["user_name"])
    assert page.edits["user_name"].accessibleDescription() == "Ditt navn: Må fylles ut."

    type_into(page.edits["user_name"], "Kari Nordmann")

    assert wizard.button(NEXT).isEnabled()
    assert not page.errors["user_name"].isVisible()
    keys(Qt.Key.Key_Return)
    assert wizard.currentId() == 2


@pytest.mark.parametrize("email", ["post.example.no", "post@example", "kari @example.no"])
def test_a_bad_email_blocks_next_until_it_is_mended(wizard: FirstStartWizard, email: str) -> None:
    fill_to(wizard, 2)
    page = wizard.letterhead_page
    assert wizard.button(NEXT).isEnabled()  # everything here may stay empty

    type_into(page.edits["org_email"], email)

    blocked(wizard, "E-post: Er ikke en gyldig e-postadresse.", page.errors["org_email"])
    type_into(page.edits["org_email"], "post@example.no")
    assert wizard.button(NEXT).isEnabled()
    assert not page.errors["org_email"].isVisible()


def test_the_letterhead_preview_reads_as_the_documents_print_it(
    wizard: FirstStartWizard,
) -> None:
    fill_to(wizard, 2)
    page = wizard.letterhead_page
    assert page.preview.text() == "(Tomt – ingen brevhode.)"

    type_into(page.edits["org_service"], "Rus og psykisk helse")
    type_into(page.edits["org_municipality"], "Kautokeino")
    type_into(page.edits["org_email"], "post@example.no")

    assert page.preview.text() == "Rus og psykisk helse, Kautokeino\nE-post post@example.no"
    assert page.preview.accessibleName() == "Forhåndsvisning av brevhodet"


@pytest.mark.parametrize(
    ("passphrase", "repeated", "reason"),
    [
        ("", "", "Passordfrasen må ha minst 8 tegn."),
        ("kort", "kort", "Passordfrasen må ha minst 8 tegn."),
        ("passord1", "passord1", "Passordfrasen er for lett å gjette."),
        (PASSPHRASE, PASSPHRASE + "x", "De to passordfrasene er ikke like."),
    ],
)
def test_a_weak_or_mismatched_passphrase_blocks_next_with_the_reason(
    wizard: FirstStartWizard, passphrase: str, repeated: str, reason: str
) -> None:
    fill_to(wizard, 3)
    page = wizard.passphrase_page
    page.noted.setChecked(True)
    type_into(page.passphrase_edit, passphrase)
    type_into(page.repeated_edit, repeated)

    blocked(wizard, reason, page.message)
    assert page.passphrase_edit.echoMode() == QLineEdit.EchoMode.Password
    assert "Kryss av" not in page.message.text()


def test_the_passphrase_page_warns_it_cannot_be_recovered_and_wants_it_noted(
    wizard: FirstStartWizard,
) -> None:
    fill_to(wizard, 3)
    page = wizard.passphrase_page
    assert "kan ikke hentes fram igjen" in page.warning.text()
    type_into(page.passphrase_edit, PASSPHRASE)
    type_into(page.repeated_edit, PASSPHRASE)
    assert page.strength_text.text() == "Sterk – godt nok."

    blocked(wizard, "Kryss av for at du har skrevet ned passordfrasen.", page.message)
    page.noted.setChecked(True)

    assert wizard.button(NEXT).isEnabled()
    assert not page.message.isVisible()


def test_demo_data_is_off_by_default_and_counts_50_to_at_most_1000(
    wizard: FirstStartWizard,
) -> None:
    fill_to(wizard, 4)
    page = wizard.demo_page
    assert not page.wanted.isChecked()
    assert not page.count.isEnabled()
    assert (page.count.value(), page.count.maximum()) == (50, 1000)
    assert "oppdiktet" in page.intro.text()
    assert wizard.answers().demo_clients == 0

    page.wanted.setChecked(True)
    assert page.count.isEnabled()
    assert wizard.answers().demo_clients == 50
    page.count.setValue(5000)
    assert wizard.answers().demo_clients == 1000
    page.wanted.setChecked(False)
    assert wizard.answers().demo_clients == 0


@pytest.mark.parametrize(
    ("downs", "code", "titles"),
    [
        (1, "nn", ("Set opp rustool", "Om deg", "Brevhovud", "&Neste >", "Velkomen til rustool")),
        (2, "en", ("Set up rustool", "About you", "Letterhead", "&Next >", "Welcome to rustool")),
    ],
)
def test_the_chosen_language_is_applied_and_shows_on_the_pages_after_the_first(
    wizard: FirstStartWizard,
    applied: list[str],
    downs: int,
    code: str,
    titles: tuple[str, str, str, str, str],
) -> None:
    window, user, letterhead, next_text, welcome = titles
    assert [wizard.language_page.combo.itemText(i) for i in range(3)] == [
        "Norsk bokmål",
        "Norsk nynorsk",
        "English",
    ]
    keys(*[Qt.Key.Key_Down] * downs, Qt.Key.Key_Return)

    assert applied == [code]
    assert wizard.windowTitle() == window
    assert wizard.currentPage().title() == user
    assert wizard.buttonText(NEXT) == next_text
    keys("Kari", Qt.Key.Key_Return)
    assert wizard.currentPage().title() == letterhead

    wizard.back()
    wizard.back()
    assert wizard.currentPage().title() == welcome
    wizard.language_page.combo.setCurrentIndex(0)  # changed their mind: bokmål after all
    wizard.next()

    assert applied == [code, "nb"]
    assert (wizard.windowTitle(), wizard.currentPage().title()) == ("Sett opp rustool", "Om deg")
    assert wizard.user_page.edits["user_name"].text() == "Kari"  # the input is kept
    assert wizard.answers().language == "nb"


def test_cancelling_writes_nothing_and_returns_none(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, applied: list[str]
) -> None:
    boxes = MessageBoxes(monkeypatch, answer=True)
    monkeypatch.setattr(i18n, "save_language", lambda *_: pytest.fail("language saved"))
    seen: list[FirstStartWizard] = []

    def user(wizard: FirstStartWizard) -> int:
        seen.append(wizard)
        wizard.show()
        fill_to(wizard, 3)
        type_into(wizard.passphrase_page.passphrase_edit, PASSPHRASE)
        QTest.keyClick(wizard.passphrase_page.passphrase_edit, Qt.Key.Key_Escape)
        return wizard.result()

    monkeypatch.setattr(FirstStartWizard, "exec", user)

    assert run_first_start() is None
    assert boxes.texts == [
        "Ingenting er lagret, og rustool avsluttes. Du kommer tilbake hit neste gang du "
        "starter rustool."
    ]
    assert not seen[0].isVisible()
    assert files_under(tmp_path) == []  # no database, settings or window geometry


def test_cancelling_can_be_regretted_and_an_untouched_wizard_closes_at_once(
    monkeypatch: pytest.MonkeyPatch, wizard: FirstStartWizard
) -> None:
    boxes = MessageBoxes(monkeypatch, answer=False)
    fill_to(wizard, 1)
    type_into(wizard.user_page.edits["user_name"], "Kari")
    keys(Qt.Key.Key_Escape)

    assert len(boxes.texts) == 1
    assert wizard.isVisible()
    assert wizard.user_page.edits["user_name"].text() == "Kari"

    fresh = FirstStartWizard()
    fresh.show()
    fresh.reject()
    assert len(boxes.texts) == 1  # nothing typed: nothing to ask about
    assert fresh.result() == QDialog.DialogCode.Rejected
    fresh.deleteLater()


def test_run_first_start_returns_the_answers_when_finished(
    monkeypatch: pytest.MonkeyPatch, applied: list[str]
) -> None:
    def user(wizard: FirstStartWizard) -> int:
        wizard.show()
        fill_to(wizard, 5)
        wizard.accept()
        return wizard.result()

    monkeypatch.setattr(FirstStartWizard, "exec", user)

    assert run_first_start(language="en") == FirstStartAnswers("en", SETTINGS, PASSPHRASE, 0)
    assert applied == ["en"]


def test_the_answers_go_into_the_new_database(db: Database) -> None:
    result = apply_first_start(db, FirstStartAnswers("nb", SETTINGS, PASSPHRASE, 15))

    assert result is not None and result.demo_clients == 15
    assert get_settings(db).user_name == "Kari Nordmann"
    assert get_settings(db).org_email == "post@example.no"
    assert count_clients(db, status="all") == 15


def test_demo_data_that_fails_is_told_and_the_settings_stand(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = MessageBoxes(monkeypatch)

    def disk_full(*_: object) -> None:
        raise StorageError("disk_full", "The disk is full; nothing was saved.")

    monkeypatch.setattr(demo, "_insert_batch", disk_full)

    result = apply_first_start(db, FirstStartAnswers("nb", SETTINGS, PASSPHRASE, 15))

    assert result is not None and result.demo_error is not None
    [text] = boxes.texts
    assert text.startswith("Innstillingene er lagret, men demoklientene kunne ikke legges inn.")
    assert "Disken er full." in text
    assert get_settings(db).user_name == "Kari Nordmann"
    assert count_clients(db, status="all") == 0


def test_settings_that_cannot_be_saved_are_told_and_nothing_is_written(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = MessageBoxes(monkeypatch)

    result = apply_first_start(
        db, FirstStartAnswers("nb", SETTINGS | {"user_name": ""}, PASSPHRASE, 15)
    )

    assert result is None
    assert boxes.texts == ["Ditt navn: Må fylles ut."]
    assert get_settings(db).org_email is None
    assert count_clients(db, status="all") == 0
