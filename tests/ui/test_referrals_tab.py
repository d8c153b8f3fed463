"""The Henvisninger tab: referrals with deadlines in words, drafts resumed, events recorded."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from rustool.db import Database
from rustool.models import Client
from rustool.services.clients import create_client
from rustool.services.record_parts import Part, add_part
from rustool.services.referrals import (
    client_referrals,
    create_referral,
    open_referral,
    record_event,
    save_draft,
    send_referral,
)
from rustool.ui.client_view import ClientView
from rustool.ui.dialogs.referral_event_dialog import ReferralEventDialog, possible_events
from rustool.ui.form_dialog import FormDialog, format_date
from rustool.ui.referrals_tab import ReferralsTab
from rustool.ui.wizards import referral_wizard
from tests.conftest import SYNTHETIC_ID
from tests.ui.dialog_helpers import MessageBoxes, drive_form_dialogs, type_into
from tests.ui.test_pdf_preview import previews

SENT = dt.date(2024, 1, 2)
RECEIVED = dt.date(2024, 1, 3)  # a Wednesday: the 10th working day after is 17 January
ASSESSED = dt.date(2024, 1, 10)
TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    """Message boxes answered "yes" (closing a dialog with input asks first) unless told."""
    return MessageBoxes(monkeypatch, answer=True)


@pytest.fixture
def client(db: Database) -> Client:
    return create_client(
        db, {"given_name": "Kari", "family_name": "Nordmann", "national_id": SYNTHETIC_ID}
    )


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The wizard stands in for the user: it records which referral it was opened on."""
    calls: list[int] = []

    def wizard(_db: Database, referral_id: int, parent: QWidget | None = None) -> bool:
        assert isinstance(parent, ReferralsTab)
        calls.append(referral_id)
        return False

    monkeypatch.setattr(referral_wizard, "open_referral_wizard", wizard)
    return calls


@pytest.fixture
def view(db: Database, qtbot: QtBot, client: Client) -> ClientView:
    widget = ClientView(db)
    qtbot.addWidget(widget)
    widget.show()
    widget.show_client(client.id)
    widget.tabs.setCurrentWidget(widget.referrals_tab)
    return widget


def sent_referral(db: Database, client_id: int, kind: str = "tsb") -> int:
    add_part(db, Part.CONSENTS, client_id, {"kind": "referral", "given_on": SENT, "form": "oral"})
    referral = create_referral(db, client_id, kind)
    assert referral.id is not None
    saved = save_draft(
        db,
        referral.id,
        common={},
        recipient={"name": "TSB, Ålesund behandlingssenter"},
        content={"help_wanted": "Hjelp med alkohol", "reason": "Trenger behandling nå"},
        substance_use=[],
        wizard_page=5,
        expected_version=referral.version,
    )
    send_referral(db, referral.id, SENT, "post", saved.version)
    return referral.id


def granted(db: Database, client_id: int, start_deadline: dt.date) -> int:
    referral_id = sent_referral(db, client_id)
    record_event(db, referral_id, "received", RECEIVED)
    details = {
        "outcome": "right_granted",
        "treatment_level": "outpatient",
        "start_deadline": start_deadline,
    }
    record_event(db, referral_id, "assessed", ASSESSED, details)
    return referral_id


def table_cells(table: QTableWidget) -> list[dict[str, str]]:
    """Each row as the user reads it, by column heading."""
    model = table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return [
        {headers[c]: model.index(r, c).data() for c in range(model.columnCount())}
        for r in range(model.rowCount())
    ]


def row_of(tab: ReferralsTab, referral_id: int) -> dict[str, str]:
    ids = [v.referral.id for v in tab.views]
    return table_cells(tab.table)[ids.index(referral_id)]


def refresh(view: ClientView, client: Client) -> ReferralsTab:
    view.show_client(client.id)
    return view.referrals_tab


def test_drafts_and_sent_referrals_with_their_deadlines_in_words(
    db: Database, view: ClientView, client: Client
) -> None:
    assert client.id is not None
    draft = create_referral(db, client.id, "lar")
    waiting = sent_referral(db, client.id)
    record_event(db, waiting, "received", RECEIVED)
    late_start = granted(db, client.id, dt.date(2024, 3, 1))
    rejected = sent_referral(db, client.id)
    record_event(db, rejected, "received", RECEIVED)
    record_event(db, rejected, "assessed", ASSESSED, {"outcome": "rejected"})
    discharged_on = TODAY - dt.timedelta(days=5)
    home = granted(db, client.id, dt.date(2024, 3, 1))
    record_event(db, home, "treatment_started", dt.date(2024, 2, 1))
    record_event(db, home, "discharged", discharged_on)

    tab = refresh(view, client)

    assert draft.id is not None
    assert row_of(tab, draft.id)["Type"] == "LAR-henvisning"
    assert row_of(tab, draft.id)["Status"] == "Utkast"
    assert row_of(tab, draft.id)["Sendt"] == ""
    waiting_row = row_of(tab, waiting)
    assert waiting_row["Status"] == "Mottatt"
    assert waiting_row["Sendt"] == "02.01.2024"
    assert waiting_row["Svarfrist"] == "17.01.2024 ⚠ forfalt"
    late = row_of(tab, late_start)
    assert late["Utfall"] == "Rett til nødvendig helsehjelp"
    assert late["Svarfrist"] == "17.01.2024"  # answered in time: no warning
    assert late["Frist for oppstart"] == "01.03.2024 ⚠ frist passert"
    assert row_of(tab, rejected)["Klagefrist"] == "07.02.2024"
    window_end = format_date(discharged_on + dt.timedelta(days=28))
    assert row_of(tab, home)["Etter utskrivning"] == f"⚠ overdosefare til {window_end}"
    assert row_of(tab, home)["Frist for oppstart"] == "01.03.2024"  # started: not overdue
    assert row_of(tab, home)["Status"] == "Utskrevet"


def test_the_details_show_the_dates_and_the_history(
    db: Database, view: ClientView, client: Client
) -> None:
    assert client.id is not None
    discharged_on = TODAY - dt.timedelta(days=3)
    referral_id = granted(db, client.id, dt.date(2024, 3, 1))
    record_event(db, referral_id, "treatment_started", dt.date(2024, 2, 1))
    record_event(db, referral_id, "discharged", discharged_on)
    tab = refresh(view, client)

    assert tab.select_referral(referral_id)

    details = tab.details_label.text()
    assert "Mottatt 03.01.2024. Svarfrist 17.01.2024 (10 virkedager)." in details
    assert "Poliklinikk. Frist for oppstart 01.03.2024." in details
    assert "Risikoen for overdose er høy de første 28 dagene etter utskrivning" in details
    history = table_cells(tab.history_table)
    assert [(row["Dato"], row["Hendelse"]) for row in history] == [
        ("02.01.2024", "Sendt"),
        ("03.01.2024", "Mottatt"),
        ("10.01.2024", "Vurdert"),
        ("01.02.2024", "Behandling startet"),
        (format_date(discharged_on), "Utskrevet"),
    ]
    assert all(row["Registrert av"] for row in history)


def test_a_new_referral_is_created_and_opened_in_the_wizard(
    db: Database, view: ClientView, client: Client, opened: list[int]
) -> None:
    tab = view.referrals_tab
    assert tab.empty_label.isVisible()

    tab.new_lar_button.click()

    (created,) = client_referrals(db, client.id or 0)
    assert created.referral.kind == "lar" and created.referral.status == "draft"
    assert opened == [created.referral.id]
    # The draft is listed in the client view, and selected, when the wizard closes.
    assert tab.selected_view() is not None
    assert tab.selected_view().referral.id == created.referral.id  # type: ignore[union-attr]
    assert row_of(tab, created.referral.id or 0)["Status"] == "Utkast"
    assert not tab.empty_label.isVisible()


def test_enter_on_a_draft_resumes_it_in_the_wizard(
    db: Database, view: ClientView, client: Client, opened: list[int]
) -> None:
    draft = create_referral(db, client.id or 0, "tsb")
    tab = refresh(view, client)
    tab.select_referral(draft.id or 0)
    assert tab.continue_button.isEnabled()
    assert not tab.event_button.isEnabled()  # a draft is sent from the wizard

    tab.table.setFocus()
    QTest.keyClick(tab.table, Qt.Key.Key_Return)

    assert opened == [draft.id]


def test_deleting_a_draft_asks_and_no_keeps_it(
    db: Database, view: ClientView, client: Client, boxes: MessageBoxes
) -> None:
    draft = create_referral(db, client.id or 0, "tsb")
    tab = refresh(view, client)
    tab.select_referral(draft.id or 0)

    boxes.answer = False
    tab.delete_button.click()
    assert len(client_referrals(db, client.id or 0)) == 1
    assert "Slette utkastet til TSB-henvisning" in boxes.texts[-1]

    boxes.answer = True
    tab.delete_button.click()
    assert client_referrals(db, client.id or 0) == []
    assert tab.table.rowCount() == 0


def test_a_sent_referral_cannot_be_deleted_but_takes_its_next_event(
    db: Database, view: ClientView, client: Client
) -> None:
    referral_id = sent_referral(db, client.id or 0)
    tab = refresh(view, client)
    tab.select_referral(referral_id)
    assert not tab.delete_button.isEnabled()
    assert not tab.continue_button.isEnabled()
    assert tab.event_button.isEnabled()
    assert possible_events(open_referral(db, referral_id).referral) == ("received", "withdrawn")


def choose(dialog: FormDialog, name: str, value: str) -> None:
    combo = dialog.field_widget(name)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(value))


def user(*steps: Callable[[FormDialog], None], save: bool = True) -> Callable[[FormDialog], None]:
    def act(dialog: FormDialog) -> None:
        for step in steps:
            step(dialog)
        if save:
            dialog.save_button.click()

    return act


def test_received_is_recorded_through_the_dialog(
    db: Database, view: ClientView, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    referral_id = sent_referral(db, client.id or 0)
    tab = refresh(view, client)
    tab.select_referral(referral_id)
    dialogs = drive_form_dialogs(
        monkeypatch, user(lambda d: type_into(d, "on", format_date(RECEIVED)))
    )

    tab.event_button.click()

    assert dialogs[0].value("event") == "received"  # the only step that can follow "sent"
    stored = open_referral(db, referral_id).referral
    assert stored.status == "received" and stored.received_on == RECEIVED
    assert row_of(tab, referral_id)["Svarfrist"] == "17.01.2024 ⚠ forfalt"
    assert tab.selected_view().referral.id == referral_id  # type: ignore[union-attr]


def test_an_assessment_granting_the_right_with_its_deadline(
    db: Database, qtbot: QtBot, client: Client
) -> None:
    referral_id = sent_referral(db, client.id or 0)
    record_event(db, referral_id, "received", RECEIVED)
    dialog = ReferralEventDialog(db, open_referral(db, referral_id).referral)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.value("event") == "assessed"
    assert dialog.field_widget("outcome").isVisible()
    assert not dialog.field_widget("start_deadline").isVisible()

    type_into(dialog, "on", "10.01.2024")
    choose(dialog, "outcome", "right_granted")
    assert dialog.field_widget("start_deadline").isVisible()
    choose(dialog, "treatment_level", "residential")
    type_into(dialog, "treatment_place", "Ålesund behandlingssenter")
    type_into(dialog, "start_deadline", "01.03.2024")
    dialog.save_button.click()

    assert dialog.result() == FormDialog.DialogCode.Accepted
    stored = open_referral(db, referral_id).referral
    assert (stored.status, stored.assessed_on, stored.outcome) == (
        "assessed",
        ASSESSED,
        "right_granted",
    )
    assert stored.treatment_level == "residential"
    assert stored.treatment_place == "Ålesund behandlingssenter"
    assert stored.start_deadline == dt.date(2024, 3, 1)


def test_an_assessment_before_the_receipt_is_refused_inline_and_nothing_written(
    db: Database, qtbot: QtBot, client: Client
) -> None:
    referral_id = sent_referral(db, client.id or 0)
    record_event(db, referral_id, "received", RECEIVED)
    before = open_referral(db, referral_id)
    dialog = ReferralEventDialog(db, before.referral)
    qtbot.addWidget(dialog)
    dialog.show()

    type_into(dialog, "on", "02.01.2024")
    choose(dialog, "outcome", "rejected")
    dialog.save_button.click()

    assert dialog.isVisible()
    error = dialog.error_label("on")
    assert error.isVisible()
    assert error.text() == "⚠ Kan ikke være før datoen den ble mottatt (03.01.2024)."
    after = open_referral(db, referral_id)
    assert after.referral.assessed_on is None and after.referral.version == before.referral.version
    assert len(after.events) == len(before.events)


def test_a_granted_assessment_without_deadline_names_the_fields(
    db: Database, qtbot: QtBot, client: Client
) -> None:
    referral_id = sent_referral(db, client.id or 0)
    record_event(db, referral_id, "received", RECEIVED)
    dialog = ReferralEventDialog(db, open_referral(db, referral_id).referral)
    qtbot.addWidget(dialog)
    dialog.show()

    type_into(dialog, "on", "10.01.2024")
    choose(dialog, "outcome", "right_granted")
    dialog.save_button.click()

    assert dialog.error_label("start_deadline").text() == "⚠ Må fylles ut."
    assert dialog.error_label("treatment_level").text() == "⚠ Må fylles ut."
    assert open_referral(db, referral_id).referral.assessed_on is None


def test_a_rejection_shows_the_complaint_deadline_as_the_date_is_typed(
    db: Database, qtbot: QtBot, client: Client
) -> None:
    referral_id = sent_referral(db, client.id or 0)
    record_event(db, referral_id, "received", RECEIVED)
    dialog = ReferralEventDialog(db, open_referral(db, referral_id).referral)
    qtbot.addWidget(dialog)
    dialog.show()

    choose(dialog, "outcome", "rejected")
    type_into(dialog, "on", "10.01.2024")
    assert dialog.hint_label("outcome").text() == (
        "Klagefrist: 07.02.2024 (fire uker etter vurderingen)."
    )
    type_into(dialog, "on", "15.01.2024")
    assert "Klagefrist: 12.02.2024" in dialog.hint_label("outcome").text()
    assert not dialog.field_widget("start_deadline").isVisible()

    dialog.save_button.click()
    stored = open_referral(db, referral_id)
    assert stored.referral.outcome == "rejected"
    assert stored.computed.complaint_due == dt.date(2024, 2, 12)
    assert possible_events(stored.referral) == ("complaint_filed", "withdrawn")


def test_show_client_opens_the_referrals_tab_at_the_referral(
    db: Database, qtbot: QtBot, client: Client
) -> None:
    first = sent_referral(db, client.id or 0)
    second = create_referral(db, client.id or 0, "tsb")
    widget = ClientView(db)
    qtbot.addWidget(widget)
    widget.show()

    widget.show_client(client.id, tab="referrals", referral_id=first)

    assert widget.tabs.currentWidget() is widget.referrals_tab
    assert widget.referrals_tab.selected_view().referral.id == first  # type: ignore[union-attr]
    assert second.id != first


def test_show_client_opens_the_consents_tab_at_the_consent(
    db: Database, qtbot: QtBot, client: Client
) -> None:
    add_part(
        db, Part.CONSENTS, client.id or 0, {"kind": "referral", "given_on": SENT, "form": "oral"}
    )
    later = add_part(
        db,
        Part.CONSENTS,
        client.id or 0,
        {"kind": "information_exchange", "given_on": RECEIVED, "form": "written"},
    )
    widget = ClientView(db)
    qtbot.addWidget(widget)
    widget.show()

    widget.show_client(client.id, consent_id=later.id)

    assert widget.tabs.currentWidget() is widget.consents_tab
    assert widget.consents_tab.selected_row().id == later.id
    widget.show_client(client.id, tab="overview")
    assert widget.tabs.currentIndex() == 0


def test_the_selected_referral_opens_in_the_preview_to_print_or_save(
    db: Database, view: ClientView, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert client.id is not None
    draft = create_referral(db, client.id, "lar")
    sent = sent_referral(db, client.id)
    tab = refresh(view, client)
    shown = previews(monkeypatch)
    assert not tab.pdf_button.isEnabled()  # nothing selected yet

    tab.select_referral(sent)
    assert tab.pdf_button.isEnabled()
    tab.table.setFocus()
    QTest.keyClick(tab.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    tab.select_referral(draft.id or 0)
    tab.pdf_button.click()  # a draft too: to read it through on paper before sending

    assert [(doc.kind, doc.entity_id, doc.title) for doc, _ in shown if doc] == [
        ("referral", sent, "Henvisning til TSB"),
        ("referral", draft.id, "Henvisning til LAR"),
    ]
    assert all(doc is not None and pages == doc.pages >= 1 for doc, pages in shown)
