"""The Kartlegging tab and the AUDIT/DUDIT form: answered by keyboard, scored, kept, attached."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QRadioButton
from pytestqt.qtbot import QtBot

from rustool.db import Database
from rustool.models import Client
from rustool.services.clients import create_client
from rustool.services.referrals import create_referral, open_referral
from rustool.services.screenings import client_screenings, record_screening
from rustool.ui.client_view import ClientView
from rustool.ui.dialogs.screening_dialog import ScreeningDialog
from rustool.ui.screening_tab import DraftChoiceDialog, ScreeningTab
from tests.conftest import SYNTHETIC_ID
from tests.ui.dialog_helpers import MessageBoxes

# AUDIT answers by position in each item's list of options; items 9 and 10 score 0, 2 or 4.
AUDIT_POSITIONS = [1, 2, 1, 0, 0, 0, 1, 0, 1, 0]
AUDIT_TOTAL = 1 + 2 + 1 + 0 + 0 + 0 + 1 + 0 + 2 + 0  # 7: risky for women, not for men


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    """Message boxes answered "yes" (closing a form with answers asks first) unless told."""
    return MessageBoxes(monkeypatch, answer=True)


@pytest.fixture
def man(db: Database) -> Client:
    # The synthetic number's 9th digit is odd: the national id says "man".
    return create_client(
        db, {"given_name": "Ola", "family_name": "Nordmann", "national_id": SYNTHETIC_ID}
    )


@pytest.fixture
def unknown_sex(db: Database) -> Client:
    return create_client(
        db, {"given_name": "Áilu", "family_name": "Gaup", "birth_date": "1990-05-17"}
    )


def form(db: Database, qtbot: QtBot, client: Client, instrument: str) -> ScreeningDialog:
    dialog = ScreeningDialog(db, client, "AUDIT" if instrument == "AUDIT" else "DUDIT")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # waitActive returns early on the offscreen platform
    return dialog


def focused() -> QRadioButton:
    widget = QApplication.focusWidget()
    assert isinstance(widget, QRadioButton)
    return widget


def answer_by_keyboard(dialog: ScreeningDialog, positions: list[int]) -> None:
    """From the last field above the items: Tab into each item, arrow down to the answer,
    Space, Tab on."""
    start = dialog.sex_combo or dialog.date_input
    start.setFocus()
    assert QApplication.focusWidget() is start
    for item, position in enumerate(positions):
        QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
        assert focused() in dialog.groups[item].buttons()
        for _ in range(position):
            QTest.keyClick(focused(), Qt.Key.Key_Down)
        QTest.keyClick(focused(), Qt.Key.Key_Space)


def test_audit_answered_by_keyboard_is_scored_zoned_and_saved(
    db: Database, qtbot: QtBot, man: Client
) -> None:
    dialog = form(db, qtbot, man, "AUDIT")
    assert "mann (fra fødselsnummeret)" in [label.text() for label in dialog.findChildren(QLabel)]
    assert dialog.sex_combo is None

    answer_by_keyboard(dialog, AUDIT_POSITIONS)

    assert dialog.total_label.text() == (
        "Sum: 7 av 40 poeng (10 av 10 besvart). Sone: Lav risiko."  # men: risky from 8
    )
    QTest.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    (saved,) = client_screenings(db, man.id or 0)
    assert (saved.instrument, saved.score, saved.zone) == ("AUDIT", AUDIT_TOTAL, "low")
    assert saved.taken_on == dt.date.today()
    assert saved.answers == [1, 2, 1, 0, 0, 0, 1, 0, 2, 0]


def test_unknown_sex_uses_the_cautious_threshold_unless_chosen(
    db: Database, qtbot: QtBot, unknown_sex: Client
) -> None:
    dialog = form(db, qtbot, unknown_sex, "AUDIT")
    assert dialog.sex_combo is not None
    assert dialog.sex_note.isVisible()
    assert "den forsiktigste grensen brukes" in dialog.sex_note.text()
    answer_by_keyboard(dialog, AUDIT_POSITIONS)
    assert dialog.total_label.text().endswith("Sone: Risikofylt bruk.")

    dialog.sex_combo.setCurrentIndex(dialog.sex_combo.findData("male"))

    assert not dialog.sex_note.isVisible()
    assert dialog.total_label.text().endswith("Sone: Lav risiko.")
    dialog.save_button.click()
    (saved,) = client_screenings(db, unknown_sex.id or 0)
    assert saved.zone == "low"


def test_unanswered_items_block_saving_and_are_named(
    db: Database, qtbot: QtBot, man: Client
) -> None:
    dialog = form(db, qtbot, man, "AUDIT")
    answer_by_keyboard(dialog, AUDIT_POSITIONS[:8])  # items 9 and 10 left open
    assert "Sonen vises når alle spørsmålene er besvart." in dialog.total_label.text()

    dialog.save_button.click()

    assert dialog.isVisible()
    assert dialog.summary_label.text() == (
        "⚠ Ikke lagret. Disse spørsmålene er ikke besvart: 9, 10."
    )
    assert focused() in dialog.groups[8].buttons()
    assert client_screenings(db, man.id or 0) == []


def test_a_date_in_the_future_is_refused_under_the_date(
    db: Database, qtbot: QtBot, man: Client
) -> None:
    dialog = form(db, qtbot, man, "AUDIT")
    answer_by_keyboard(dialog, AUDIT_POSITIONS)
    dialog.date_input.setText((dt.date.today() + dt.timedelta(days=2)).strftime("%d.%m.%Y"))

    dialog.save_button.click()

    assert dialog.date_error.text() == "⚠ Kan ikke være fram i tid."
    assert client_screenings(db, man.id or 0) == []


def test_dudit_says_its_wording_is_a_working_translation(
    db: Database, qtbot: QtBot, man: Client
) -> None:
    note = "Ordlyden i DUDIT er en arbeidsoversettelse."
    dudit = form(db, qtbot, man, "DUDIT")
    assert note in [label.text() for label in dudit.findChildren(QLabel)]
    assert len(dudit.groups) == 11
    audit = form(db, qtbot, man, "AUDIT")
    assert not any("arbeidsoversettelse" in label.text() for label in audit.findChildren(QLabel))


@pytest.fixture
def view(db: Database, qtbot: QtBot, man: Client) -> ClientView:
    widget = ClientView(db)
    qtbot.addWidget(widget)
    widget.show()
    widget.show_client(man.id, tab="screenings")
    return widget


def test_the_tab_lists_results_newest_first_with_the_zone_in_words(
    db: Database, man: Client, view: ClientView
) -> None:
    assert view.tabs.currentWidget() is view.screening_tab
    assert view.screening_tab.empty_label.isVisible()
    record_screening(db, man.id or 0, "DUDIT", dt.date(2024, 3, 1), [4] * 9 + [4, 4])
    record_screening(db, man.id or 0, "AUDIT", dt.date(2024, 5, 2), [0] * 10)

    view.show_client(man.id)

    model = view.screening_tab.table.model()
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    assert rows == [
        ["02.05.2024", "AUDIT", "0", "Lav risiko"],
        ["01.03.2024", "DUDIT", "44", "Sannsynlig avhengighet"],
    ]


def test_a_new_result_through_the_tab_is_listed(
    db: Database, man: Client, view: ClientView, monkeypatch: pytest.MonkeyPatch
) -> None:
    def user(dialog: ScreeningDialog) -> int:
        for group in dialog.groups:
            group.buttons()[0].click()
        dialog.save_button.click()
        return dialog.result()

    monkeypatch.setattr(ScreeningDialog, "exec", user)

    view.screening_tab.dudit_button.click()

    tab = view.screening_tab
    assert tab.table.rowCount() == 1
    assert tab.selected_row() is not None and tab.selected_row().instrument == "DUDIT"  # type: ignore[union-attr]
    assert "DUDIT" in tab.status_label.text() and "0 poeng" in tab.status_label.text()


def choose_first_draft(monkeypatch: pytest.MonkeyPatch) -> list[DraftChoiceDialog]:
    shown: list[DraftChoiceDialog] = []

    def exec_(dialog: DraftChoiceDialog) -> int:
        shown.append(dialog)
        dialog.list.setCurrentRow(0)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(DraftChoiceDialog, "exec", exec_)
    return shown


def test_a_result_is_attached_to_a_draft_referral(
    db: Database, man: Client, view: ClientView, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = create_referral(db, man.id or 0, "tsb")
    record_screening(db, man.id or 0, "AUDIT", dt.date(2024, 5, 2), [1] * 8 + [0, 0])
    view.show_client(man.id)
    tab: ScreeningTab = view.screening_tab
    tab.table.selectRow(0)
    shown = choose_first_draft(monkeypatch)

    tab.attach_button.click()

    assert [shown[0].list.item(i).text() for i in range(shown[0].list.count())] == [
        f"TSB-henvisning, utkast opprettet {dt.date.today():%d.%m.%Y}"
    ]
    referral = open_referral(db, draft.id or 0)
    assert referral.referral.content["attachments"] == ["AUDIT 2024-05-02"]
    assert [s.instrument for s in referral.screenings] == ["AUDIT"]
    assert "AUDIT 02.05.2024 er lagt ved TSB-henvisning" in tab.status_label.text()
    # The referral's details in the other tab list the attachment too.
    view.referrals_tab.select_referral(draft.id or 0)
    assert "Vedlegg: AUDIT 2024-05-02" in view.referrals_tab.details_label.text()


def test_without_a_draft_the_user_is_told_how_to_attach(
    db: Database, man: Client, view: ClientView, boxes: MessageBoxes
) -> None:
    record_screening(db, man.id or 0, "AUDIT", dt.date(2024, 5, 2), [0] * 10)
    view.show_client(man.id)
    view.screening_tab.table.selectRow(0)

    view.screening_tab.attach_button.click()

    assert "ingen utkast til henvisning" in boxes.texts[-1]
