"""The referral wizard: written page by page, saved as the user types, checked and sent."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from rustool.db import Database
from rustool.models import Client, Referral
from rustool.services.clients import create_client
from rustool.services.groups import save_member
from rustool.services.plans import save_plan
from rustool.services.record_parts import Part, add_part
from rustool.services.referrals import (
    add_assessment_unit,
    create_referral,
    list_assessment_units,
    save_draft,
)
from rustool.services.screenings import record_screening
from rustool.ui.form_dialog import format_date
from rustool.ui.help_window import HelpWindow
from rustool.ui.wizards.referral_wizard import ReferralWizard
from tests.conftest import SYNTHETIC_ID
from tests.ui.dialog_helpers import MessageBoxes

TODAY = dt.date.today()
# The TSB pages: Aktuelt, Familie og sosialt, Andre forhold, Begrunnelse, Vedlegg, then
# Mottaker og henviser and Kontroll og sending.
TSB_REASON_PAGE, TSB_RECIPIENT_PAGE, TSB_REVIEW_PAGE = 3, 5, 6


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
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
        },
    )


@pytest.fixture
def open_wizard(db: Database, qtbot: QtBot) -> Iterator[Callable[[int], ReferralWizard]]:
    opened: list[ReferralWizard] = []

    def open_(referral_id: int) -> ReferralWizard:
        wizard = ReferralWizard(db, referral_id)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.activateWindow()
        qtbot.waitUntil(wizard.isActiveWindow)
        opened.append(wizard)
        return wizard

    yield open_
    for wizard in opened:
        wizard.done(QWizard.DialogCode.Rejected)  # no autosave left running after the test


def give_referral_consent(db: Database, client: Client) -> None:
    assert client.id is not None
    add_part(
        db, Part.CONSENTS, client.id, {"kind": "referral", "given_on": TODAY, "form": "written"}
    )


def stored(db: Database, referral_id: int) -> Referral:
    with db.session() as session:
        referral = session.get(Referral, referral_id)
        assert referral is not None
        return referral


def new_referral(db: Database, client: Client, kind: str) -> int:
    assert client.id is not None
    referral = create_referral(db, client.id, kind)
    assert referral.id is not None
    return referral.id


def typed(wizard: ReferralWizard, path: str, text: str) -> None:
    widget = wizard.editor(path).input
    assert isinstance(widget, QLineEdit | QPlainTextEdit)
    widget.setFocus()
    QTest.keyClicks(widget, text)


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the user presses it: to whatever has the keyboard focus."""
    focus = QApplication.focusWidget()
    assert focus is not None
    QTest.keyClick(focus, key, modifier)


def type_keys(text: str) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    QTest.keyClicks(focus, text)


def shown_texts(widget: QWidget) -> list[str]:
    """The texts of the labels and buttons the user can see in `widget`."""
    QApplication.processEvents()  # lines just added to a shown page appear on the next turn
    labels = [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]
    buttons = widget.findChildren(QPushButton)
    return labels + [button.text() for button in buttons if button.isVisibleTo(widget)]


def next_page(wizard: ReferralWizard) -> None:
    before = wizard.currentId()
    QTest.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == before + 1


# --- from start to send ------------------------------------------------------------------------


def test_f1_explains_the_pages_of_the_wizard(
    db: Database, client: Client, open_wizard: Callable[[int], ReferralWizard], qtbot: QtBot
) -> None:
    wizard = open_wizard(new_referral(db, client, "tsb"))
    QTest.keyClick(wizard, Qt.Key.Key_F1)
    [helper] = [w for w in QApplication.topLevelWidgets() if isinstance(w, HelpWindow)]
    # Inside the modal wizard, or the wizard would block it.
    assert helper.isVisible() and helper.parentWidget() is wizard
    assert helper.current_topic() == "wizard"


def test_tsb_referral_written_and_sent(
    db: Database, client: Client, open_wizard: Callable[[int], ReferralWizard]
) -> None:
    give_referral_consent(db, client)
    add_assessment_unit(db, {"name": "DPS Nordre", "city": "Ålesund", "postal_code": "6003"})
    referral_id = new_referral(db, client, "tsb")
    wizard = open_wizard(referral_id)
    assert wizard.currentPage().title() == "Aktuelt"

    typed(wizard, "content.help_wanted", "Slutte å drikke, med egne ord.")
    QTest.mouseClick(wizard.substances.add_button, Qt.MouseButton.LeftButton)
    substance = wizard.substances.cell(0, "substance")
    assert isinstance(substance, QComboBox)
    substance.setCurrentIndex(substance.findData("alcohol"))
    QTest.keyClicks(wizard.substances.cell(0, "frequency"), "daglig")
    QTest.keyClicks(wizard.substances.cell(0, "debut_age"), "16")

    while wizard.currentId() < TSB_REASON_PAGE:
        next_page(wizard)
    assert wizard.currentPage().title() == "Begrunnelse"
    typed(wizard, "content.reason", "Trenger døgnbehandling nå.")
    while wizard.currentId() < TSB_RECIPIENT_PAGE:
        next_page(wizard)
    wizard.unit_combo.setCurrentIndex(wizard.unit_combo.findText("DPS Nordre, Ålesund"))
    assert wizard.editor("recipient.name").value() == "DPS Nordre"
    assert wizard.editor("recipient.postal_code").value() == "6003"
    next_page(wizard)

    assert wizard.review.isComplete()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == "&Send henvisningen" and finish.isEnabled()
    QTest.mouseClick(finish, Qt.MouseButton.LeftButton)

    assert wizard.result() == QWizard.DialogCode.Accepted
    referral = stored(db, referral_id)
    assert referral.status == "sent"
    assert referral.sent_on == TODAY and referral.sent_method == "post"
    assert referral.recipient_name == "DPS Nordre"
    assert referral.content["help_wanted"] == "Slutte å drikke, med egne ord."
    assert referral.content["reason"] == "Trenger døgnbehandling nå."
    assert referral.substance_use == [
        {
            "substance": "alcohol",
            "frequency": "daglig",
            "amount": None,
            "route": None,
            "debut_age": 16,
            "last_used_on": None,
        }
    ]


def test_lar_referral_written_and_sent_with_the_keyboard_only(
    db: Database, client: Client, open_wizard: Callable[[int], ReferralWizard]
) -> None:
    give_referral_consent(db, client)
    referral_id = new_referral(db, client, "lar")
    wizard = open_wizard(referral_id)
    titles = [wizard.page(page_id).title() for page_id in wizard.pageIds()]
    assert titles == [
        "Aktuelt",
        "Familie og sosialt",
        "Andre forhold",
        "Opioidavhengighet",
        "Dokumentasjon og prøver",
        "Mål og medisinering",
        "Trepartssamarbeid",
        "Begrunnelse",
        "Vedlegg",
        "Mottaker og henviser",
        "Kontroll og sending",
    ]
    next_keys = (Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)

    # Aktuelt opens with the keyboard in "what the client wants help with".
    assert QApplication.focusWidget() is wizard.editor("content.help_wanted").input
    type_keys("Komme ut av heroinet.")
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Space)  # written by the client
    press(*next_keys)
    press(*next_keys)
    press(*next_keys)

    assert wizard.currentPage().title() == "Opioidavhengighet"
    type_keys("Heroin i ti år.")
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Space)  # injects
    press(Qt.Key.Key_Tab)
    type_keys("Abscesser.")
    for _ in range(3):  # the first three criteria
        press(Qt.Key.Key_Tab)
        press(Qt.Key.Key_Space)
    assert wizard.criteria.count_label.text() == "3 av 6 kriterier"
    assert wizard.criteria.warning.isHidden()
    press(*next_keys)
    press(*next_keys)
    press(*next_keys)

    assert wizard.currentPage().title() == "Trepartssamarbeid"
    type_keys(format_date(TODAY))
    press(Qt.Key.Key_Tab)
    type_keys("Ola i rustjenesten")
    press(Qt.Key.Key_Tab)
    type_keys(TODAY.isoformat())
    press(Qt.Key.Key_Tab)
    type_keys("Dr. Fastlege")
    press(Qt.Key.Key_Tab)
    type_keys(format_date(TODAY))
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Return)  # from a check box, Return is "Neste"

    assert wizard.currentPage().title() == "Begrunnelse"
    type_keys("Ønsker LAR for å stabilisere seg.")
    press(*next_keys)
    press(*next_keys)
    assert wizard.currentPage().title() == "Mottaker og henviser"
    press(*next_keys)

    assert wizard.currentPage().title() == "Kontroll og sending"
    assert wizard.review.isComplete()
    assert QApplication.focusWidget() is wizard.review.send_date
    press(Qt.Key.Key_Return)

    assert wizard.result() == QWizard.DialogCode.Accepted
    referral = stored(db, referral_id)
    assert referral.status == "sent"
    content = referral.content
    assert content["help_wanted"] == "Komme ut av heroinet."
    assert content["help_wanted_by_client"] is True
    assert content["injecting"] is True
    assert content["injection_complications"] == "Abscesser."
    assert content["dependence_criteria"] == ["craving", "impaired_control", "withdrawal"]
    assert content["client_participated_on"] == TODAY.isoformat()
    assert content["municipal_service_participant"] == "Ola i rustjenesten"
    assert content["municipal_service_participated_on"] == TODAY.isoformat()
    assert content["gp_participant"] == "Dr. Fastlege"
    assert content["gp_participated_on"] == TODAY.isoformat()
    assert content["reason"] == "Ønsker LAR for å stabilisere seg."


# --- drafts ------------------------------------------------------------------------------------


def test_typing_is_saved_and_the_draft_resumes_on_its_page(
    db: Database, client: Client, open_wizard: Callable[[int], ReferralWizard]
) -> None:
    referral_id = new_referral(db, client, "tsb")
    wizard = open_wizard(referral_id)
    typed(wizard, "content.resources", "Gode venner")
    next_page(wizard)
    next_page(wizard)  # a page change saves at once, page included
    assert stored(db, referral_id).wizard_page == 2
    typed(wizard, "content.allergies", "Penicillin")
    wizard.close()  # without finishing

    referral = stored(db, referral_id)
    assert referral.status == "draft"
    assert referral.content["resources"] == "Gode venner"
    assert referral.content["allergies"] == "Penicillin"
    again = open_wizard(referral_id)
    assert again.currentId() == 2
    assert again.currentPage().title() == "Andre forhold"
    assert again.editor("content.resources").value() == "Gode venner"
    assert again.editor("content.allergies").value() == "Penicillin"
    # The history is kept: from the resumed page, Tilbake leads to the earlier ones.
    again.back()
    assert again.currentId() == 1


def test_a_pause_in_the_typing_saves_the_draft(
    db: Database, client: Client, qtbot: QtBot, open_wizard: Callable[[int], ReferralWizard]
) -> None:
    referral_id = new_referral(db, client, "tsb")
    wizard = open_wizard(referral_id)
    changes: list[int] = []
    wizard.referral_changed.connect(changes.append)
    typed(wizard, "content.help_wanted", "Hjelp med å slutte")

    qtbot.waitUntil(
        lambda: stored(db, referral_id).content.get("help_wanted") == "Hjelp med å slutte"
    )
    assert changes == [referral_id]  # one save for the whole burst of typing
    assert wizard.editor("content.help_wanted").value() == "Hjelp med å slutte"


def test_a_long_answer_with_sami_letters_and_markup_survives_exactly(
    db: Database, client: Client, open_wizard: Callable[[int], ReferralWizard]
) -> None:
    referral_id = new_referral(db, client, "tsb")
    wizard = open_wizard(referral_id)
    text = ("Áá Čč Đđ Ŋŋ Šš Ŧŧ Žž <b>&amp; \n" * 700)[:20_000]
    assert len(text) == 20_000
    editor = wizard.editor("content.treatment_history").input
    assert isinstance(editor, QPlainTextEdit)
    editor.setPlainText(text)  # pasted: QTest types Latin-1 only
    wizard.close()

    assert stored(db, referral_id).content["treatment_history"] == text
    again = open_wizard(referral_id)
    assert again.editor("content.treatment_history").value() == text


def test_a_refused_value_is_shown_by_its_field_and_the_saved_draft_kept(
    db: Database, client: Client, qtbot: QtBot, open_wizard: Callable[[int], ReferralWizard]
) -> None:
    referral_id = new_referral(db, client, "tsb")
    wizard = open_wizard(referral_id)
    QTest.mouseClick(wizard.substances.add_button, Qt.MouseButton.LeftButton)
    QTest.keyClicks(wizard.substances.cell(0, "frequency"), "ukentlig")
    substance = wizard.substances.cell(0, "substance")
    assert isinstance(substance, QComboBox)
    substance.setCurrentIndex(substance.findData("cannabis"))
    age = wizard.substances.cell(0, "debut_age")
    QTest.keyClicks(age, "15")
    qtbot.waitUntil(lambda: stored(db, referral_id).substance_use[:1] != [])
    assert stored(db, referral_id).substance_use[0]["debut_age"] == 15

    QTest.keyClicks(age, "0")  # 150
    message = wizard.substances._rows[0].error
    qtbot.waitUntil(message.isVisible)
    assert message.text() == "⚠ Rad 1, Debutalder: Må være mellom 0 og 100."
    assert age.accessibleDescription() == "⚠ Må være mellom 0 og 100."
    assert isinstance(age, QLineEdit) and age.text() == "150"
    assert stored(db, referral_id).substance_use[0]["debut_age"] == 15

    age.setFocus()
    QTest.keyClick(age, Qt.Key.Key_Backspace)
    qtbot.waitUntil(message.isHidden)
    assert stored(db, referral_id).substance_use[0]["debut_age"] == 15


def test_a_bad_date_is_refused_by_its_field(
    db: Database,
    client: Client,
    qtbot: QtBot,
    boxes: MessageBoxes,
    open_wizard: Callable[[int], ReferralWizard],
) -> None:
    referral_id = new_referral(db, client, "lar")
    wizard = open_wizard(referral_id)
    wizard.go_to_field("gp_participated_on")
    assert wizard.currentPage().title() == "Trepartssamarbeid"
    editor = wizard.editor("content.gp_participated_on")
    assert QApplication.focusWidget() is editor.input
    type_keys("31.02.2025")
    qtbot.waitUntil(editor.error.isVisible)
    assert editor.error.text() == "⚠ Er ikke en gyldig dato."
    assert stored(db, referral_id).content.get("gp_participated_on") is None

    boxes.texts.clear()
    press(Qt.Key.Key_Escape)  # closing asks, naming what would not be saved
    assert len(boxes.texts) == 1
    assert "Fastlegen deltok (dato): Er ikke en gyldig dato." in boxes.texts[0]
    assert not wizard.isVisible()
    assert stored(db, referral_id).status == "draft"


def test_a_draft_changed_elsewhere_is_not_overwritten(
    db: Database,
    client: Client,
    boxes: MessageBoxes,
    open_wizard: Callable[[int], ReferralWizard],
) -> None:
    referral_id = new_referral(db, client, "tsb")
    wizard = open_wizard(referral_id)
    referral = stored(db, referral_id)
    save_draft(
        db,
        referral_id,
        common={},
        recipient={},
        content={"housing": "Endret et annet sted"},
        substance_use=[],
        wizard_page=0,
        expected_version=referral.version,
    )
    typed(wizard, "content.housing", "Min tekst")
    assert not wizard.save_now()

    assert any("Noen andre har endret" in text for text in boxes.texts)
    assert wizard.editor("content.housing").value() == "Min tekst"
    assert stored(db, referral_id).content["housing"] == "Endret et annet sted"


# --- LAR: the dependence criteria --------------------------------------------------------------


def test_the_criteria_are_counted_live_with_a_warning_under_three(
    db: Database, client: Client, open_wizard: Callable[[int], ReferralWizard]
) -> None:
    wizard = open_wizard(new_referral(db, client, "lar"))
    criteria = wizard.criteria
    assert criteria.count_label.text() == "0 av 6 kriterier"
    criteria.checks["craving"].click()
    criteria.checks["tolerance"].click()

    assert criteria.count_label.text() == "2 av 6 kriterier"
    assert not criteria.warning.isHidden()
    assert criteria.warning_label.text().startswith("⚠ Avhengighet krever at minst 3 av 6")
    assert "2 er krysset av" in criteria.warning_label.text()

    criteria.checks["withdrawal"].click()
    assert criteria.count_label.text() == "3 av 6 kriterier"
    assert criteria.warning.isHidden()


# --- the check before sending -------------------------------------------------------------------


def go_to_review(wizard: ReferralWizard) -> None:
    while wizard.currentId() < TSB_REVIEW_PAGE:
        next_page(wizard)


def test_the_check_lists_what_is_missing_and_refuses_to_send_without_consent(
    db: Database, client: Client, open_wizard: Callable[[int], ReferralWizard]
) -> None:
    referral_id = new_referral(db, client, "tsb")
    wizard = open_wizard(referral_id)
    typed(wizard, "content.help_wanted", "Hjelp")
    typed(wizard, "content.reason", "Nå")
    go_to_review(wizard)

    review = wizard.review
    assert not review.isComplete()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    texts = shown_texts(review)
    assert any("samtykke til henvisning" in text for text in texts)
    # "Not described" is grouped under the section titles, each line with "Gå til".
    assert "Aktuelt" in texts and "Familie og sosialt" in texts and "Vedlegg" in texts
    assert "Ressurser" in texts and "Bolig" in texts
    assert {"resources", "housing", "attachments"} <= set(review.goto_buttons)
    assert "help_wanted" not in review.goto_buttons

    give_referral_consent(db, client)
    wizard.back()
    next_page(wizard)
    assert review.isComplete()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_go_to_jumps_to_the_page_and_focuses_the_field(
    db: Database, client: Client, open_wizard: Callable[[int], ReferralWizard]
) -> None:
    wizard = open_wizard(new_referral(db, client, "tsb"))
    go_to_review(wizard)
    assert "help_wanted" in wizard.review.goto_buttons  # required: listed as blocking

    QTest.mouseClick(wizard.review.goto_buttons["housing"], Qt.MouseButton.LeftButton)
    assert wizard.currentPage().title() == "Familie og sosialt"
    assert QApplication.focusWidget() is wizard.editor("content.housing").input

    go_to_review(wizard)
    QTest.mouseClick(wizard.review.goto_buttons["help_wanted"], Qt.MouseButton.LeftButton)
    assert wizard.currentId() == 0
    assert QApplication.focusWidget() is wizard.editor("content.help_wanted").input
    # Back on the way: the history is whole, Neste still leads on.
    next_page(wizard)


# --- what the app knows, attachments and the directory -----------------------------------------


def test_the_client_and_screenings_are_shown_and_a_screening_attached(
    db: Database, client: Client, open_wizard: Callable[[int], ReferralWizard]
) -> None:
    assert client.id is not None
    add_part(db, Part.CHILDREN, client.id, {"name": "Lille Ola", "relation": "child"})
    screening = record_screening(db, client.id, "AUDIT", TODAY, [1] * 8 + [0, 0])
    assert screening.id is not None
    referral_id = new_referral(db, client, "tsb")
    wizard = open_wizard(referral_id)
    shown = shown_texts(wizard.page(0))
    assert "Dr. Fastlege" in shown
    assert any("Lille Ola" in text for text in shown)

    button = wizard.attachments.screening_buttons[screening.id]
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    name = f"AUDIT {TODAY.isoformat()}"
    assert wizard.attachments.values() == [name]
    assert not button.isEnabled()
    assert stored(db, referral_id).content["attachments"] == [name]
    typed(wizard, "content.housing", "Egen leilighet")  # the next save keeps the attachment
    assert wizard.save_now()
    assert stored(db, referral_id).content["attachments"] == [name]


def test_enter_in_the_new_attachment_field_adds_it_and_stays_on_the_page(
    db: Database, client: Client, open_wizard: Callable[[int], ReferralWizard]
) -> None:
    wizard = open_wizard(new_referral(db, client, "tsb"))
    box = wizard.attachments
    while not wizard.currentPage().isAncestorOf(box):
        wizard.next()
    page = wizard.currentId()
    box.name_edit.setFocus()
    QTest.keyClicks(box.name_edit, "Epikrise")
    QTest.keyClick(box.name_edit, Qt.Key.Key_Return)
    assert box.values() == ["Epikrise"] and box.name_edit.text() == ""
    assert wizard.currentId() == page  # not on to «Mottaker og henviser» as well


def test_a_typed_recipient_is_added_to_the_directory(
    db: Database, client: Client, open_wizard: Callable[[int], ReferralWizard]
) -> None:
    wizard = open_wizard(new_referral(db, client, "tsb"))
    wizard.unit_combo.setCurrentIndex(0)  # "skriv inn selv"
    name = wizard.editor("recipient.name").input
    assert isinstance(name, QLineEdit)
    name.clear()
    QTest.keyClicks(name, "Rusklinikken Øst <b>")
    QTest.mouseClick(wizard.add_unit_button, Qt.MouseButton.LeftButton)

    assert "Rusklinikken Øst <b>" in [unit.name for unit in list_assessment_units(db)]
    assert wizard.unit_combo.currentText().startswith("Rusklinikken Øst <b>")


def test_the_ip_status_answer_is_written_from_the_plan_and_the_group(
    db: Database, client: Client, open_wizard: Callable[[int], ReferralWizard], boxes: MessageBoxes
) -> None:
    assert client.id is not None
    add_part(
        db,
        Part.CONSENTS,
        client.id,
        {"kind": "individual_plan", "given_on": TODAY, "form": "written"},
    )
    save_member(
        db,
        client.id,
        {
            "name": "Siri Koordinator",
            "role": "ruskonsulent",
            "organization": "Testby kommune",
            "is_coordinator": True,
        },
    )
    save_plan(
        db,
        client.id,
        {"coordinator": "Siri Koordinator", "period_start": TODAY, "goals": []},
        None,
    )
    referral_id = new_referral(db, client, "tsb")
    wizard = open_wizard(referral_id)
    editor = wizard.editor("content.ip_status")
    editor.set_value("Skrevet for hånd.")
    button = next(
        b
        for b in wizard.findChildren(QPushButton)
        if b.text() == "Hent fra &individuell plan og ansvarsgruppe"
    )

    boxes.answer = False  # "Behold": the typed answer stays
    button.click()
    assert editor.value() == "Skrevet for hånd."
    assert "Erstatte" in boxes.texts[-1]

    boxes.answer = True
    button.click()
    written = editor.value()
    assert "Individuell plan: aktiv fra" in written
    assert "Siri Koordinator (ruskonsulent, Testby kommune)" in written
    wizard.save_now()
    assert stored(db, referral_id).content["ip_status"] == written
