"""The audit log viewer: one client's log or the whole database's, in Norwegian, filtered by
date and action, read a page at a time; a client's log exported as CSV, and that audited."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

import rustool.ui.dialogs.audit_dialog as audit_dialog_module
from rustool.db import Database, StorageError
from rustool.models import AuditEvent
from rustool.services.audit import ACTION_WORDS, ENTITY_WORDS, audit_events, verify_chain
from rustool.services.settings import save_settings
from rustool.ui.dialogs.audit_dialog import (
    AuditDialog,
    action_word,
    entity_word,
    open_audit_dialog,
)
from tests.ui.dialog_helpers import MessageBoxes


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    return MessageBoxes(monkeypatch)


def add_events(db: Database, rows: list[dict[str, Any]]) -> None:
    base = {"user": "Kari Konsulent", "entity_id": None, "client_id": None, "detail": None}
    with db.session() as session:
        session.connection().execute(insert(AuditEvent), [base | row for row in rows])


def at(day: int, hour: int = 12) -> dt.datetime:
    return dt.datetime(2026, 3, day, hour)


@pytest.fixture
def log(db: Database) -> None:
    """Events 1-5: client 1's record over three days in March 2026, one of client 2's."""
    save_settings(db, {"user_name": "Kari Konsulent"})  # who opens the log in the tests
    add_events(
        db,
        [
            {"at": at(2, 9), "action": "create", "entity": "client", "entity_id": 1,
             "client_id": 1},
            {"at": at(2, 10), "action": "view", "entity": "client", "entity_id": 2,
             "client_id": 2, "user": "Per Saksbehandler"},
            {"at": at(3), "action": "update", "entity": "referral", "entity_id": 7,
             "client_id": 1, "detail": "fields: reason"},
            {"at": at(4, 8), "action": "print", "entity": "referral", "entity_id": 7,
             "client_id": 1, "detail": "pdf referral, 3 pages"},
            {"at": at(4, 9), "action": "view", "entity": "network_person", "entity_id": 3,
             "client_id": 1},
        ],
    )  # fmt: skip


def open_dialog(db: Database, qtbot: QtBot, client_id: int | None) -> AuditDialog:
    dialog = AuditDialog(db, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def headers(dialog: AuditDialog) -> list[str]:
    model = dialog.model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def rows(dialog: AuditDialog) -> list[list[str]]:
    model = dialog.model
    return [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def type_and_enter(widget: QWidget, text: str) -> None:
    widget.setFocus()
    QTest.keySequence(widget, "Ctrl+A")
    QTest.keyClicks(widget, text)
    QTest.keyClick(widget, Qt.Key.Key_Return)


def press(button: QPushButton | None) -> None:
    assert button is not None
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Space)


# --- what the log shows --------------------------------------------------------------------------


@pytest.mark.usefixtures("log")
def test_a_clients_log_says_who_did_what_and_when_and_its_viewing_is_logged(
    db: Database, qtbot: QtBot
) -> None:
    dialog = open_dialog(db, qtbot, 1)
    assert dialog.windowTitle() == "Logg over innsyn – klient nr. 1"
    assert headers(dialog) == ["Tidspunkt", "Bruker", "Handling", "Gjelder", "Nr.", "Detaljer"]
    now = rows(dialog)[0]
    assert now[1:] == ["Kari Konsulent", "vist", "logg over innsyn", "", ""]
    assert now[0].startswith(dt.date.today().strftime("%d.%m.%Y"))
    assert rows(dialog)[1:] == [
        ["04.03.2026 09:00:00", "Kari Konsulent", "vist", "nettverksperson", "3", ""],
        ["04.03.2026 08:00:00", "Kari Konsulent", "skrevet ut", "henvisning", "7",
         "pdf referral, 3 pages"],
        ["03.03.2026 12:00:00", "Kari Konsulent", "endret", "henvisning", "7",
         "fields: reason"],
        ["02.03.2026 09:00:00", "Kari Konsulent", "opprettet", "klient", "1", ""],
    ]  # fmt: skip
    assert dialog.count_label.text() == "5 hendelser"
    last = audit_events(db)[-1]
    assert (last.action, last.entity, last.client_id) == ("view", "audit_log", 1)
    assert verify_chain(db) == []


@pytest.mark.usefixtures("log")
def test_the_whole_database_log_names_client_numbers_and_its_viewing_is_not_logged(
    db: Database, qtbot: QtBot
) -> None:
    dialog = open_dialog(db, qtbot, None)
    assert dialog.windowTitle() == "Logg over innsyn – hele databasen"
    assert "Klientnr." in headers(dialog)
    client_column = headers(dialog).index("Klientnr.")
    assert [row[client_column] for row in rows(dialog)] == ["1", "1", "1", "2", "1"]
    assert rows(dialog)[3][1] == "Per Saksbehandler"
    assert dialog.export_button is None  # an export is of one client's log
    assert len(audit_events(db)) == 5


def test_a_long_log_is_read_a_page_at_a_time_as_it_is_scrolled(db: Database, qtbot: QtBot) -> None:
    add_events(
        db,
        [
            {"at": at(1) + dt.timedelta(minutes=i), "action": "view", "entity": "client",
             "client_id": i}
            for i in range(450)
        ],
    )  # fmt: skip
    dialog = open_dialog(db, qtbot, None)
    assert dialog.model.rowCount() == 200
    assert dialog.count_label.text() == "450 hendelser"
    dialog.table.scrollToBottom()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 400)
    dialog.table.scrollToBottom()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 450)
    assert not dialog.model.canFetchMore()
    assert rows(dialog)[-1][0] == "01.03.2026 12:00:00"  # the oldest comes last


# --- filters -------------------------------------------------------------------------------------


@pytest.mark.usefixtures("log")
def test_the_log_filters_by_action_and_date_range(db: Database, qtbot: QtBot) -> None:
    dialog = open_dialog(db, qtbot, 1)
    dialog.action_combo.setCurrentText("endret")
    assert [row[3] for row in rows(dialog)] == ["henvisning"]
    assert dialog.count_label.text() == "1 hendelse"

    dialog.action_combo.setCurrentIndex(0)  # Alle handlinger
    type_and_enter(dialog.from_edit, "3.3.2026")
    assert dialog.from_edit.text() == "03.03.2026"
    assert [row[2] for row in rows(dialog)] == ["vist", "vist", "skrevet ut", "endret"]
    type_and_enter(dialog.to_edit, "03.03.2026")  # the whole last day
    assert [row[2] for row in rows(dialog)] == ["endret"]
    dialog.action_combo.setCurrentText("vist")
    assert rows(dialog) == []
    assert dialog.count_label.text() == "0 hendelser"


@pytest.mark.usefixtures("log")
def test_a_date_that_is_no_date_is_explained_and_the_table_kept(
    db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[object] = []

    def save_name(*args: Any) -> tuple[str, str]:
        asked.append(args)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    dialog = open_dialog(db, qtbot, 1)
    before = rows(dialog)
    type_and_enter(dialog.from_edit, "31.02.2026")
    assert dialog.filter_error_label.isVisible()
    assert dialog.filter_error_label.text() == "Fra dato: Er ikke en gyldig dato (dd.mm.åååå)."
    assert rows(dialog) == before
    type_and_enter(dialog.from_edit, "04.03.2026")
    assert not dialog.filter_error_label.isVisible()
    since_the_fourth = rows(dialog)
    assert len(since_the_fourth) == 3  # today's viewing and two events on 4 March
    type_and_enter(dialog.to_edit, "02.03.2026")
    assert dialog.filter_error_label.text() == "Til dato er før fra dato."
    assert rows(dialog) == since_the_fourth
    assert asked == []  # Enter in a date field filters; it never starts an export


# --- export --------------------------------------------------------------------------------------


@pytest.mark.usefixtures("log")
def test_export_saves_the_clients_log_as_csv_for_excel_and_logs_it(
    db: Database, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "eksport"
    folder.mkdir()
    suggested: list[str] = []

    def save_name(*args: Any) -> tuple[str, str]:
        suggested.append(args[2])
        return str(folder / "logg til klienten"), "CSV-fil for Excel (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    dialog = open_dialog(db, qtbot, 1)
    press(dialog.export_button)

    today = dt.date.today().isoformat()
    assert Path(suggested[0]).name == f"logg-over-innsyn-klient-1-{today}.csv"
    target = folder / "logg til klienten.csv"
    assert sorted(p.name for p in folder.iterdir()) == [target.name]  # no temporary file left
    lines = target.read_bytes().decode("utf-8-sig").splitlines()
    assert lines[0] == "Tidspunkt;Bruker;Handling;Gjelder;Nr.;Detaljer"
    assert lines[1] == "02.03.2026 09:00:00;Kari Konsulent;opprettet;klient;1;"
    assert lines[-1].split(";")[2:4] == ["vist", "logg over innsyn"]  # opening this dialog
    assert len(lines) == 1 + 5
    assert not any("Per Saksbehandler" in line for line in lines)  # client 2's event
    assert dialog.status_label.text() == f"Loggen er lagret i {target}."
    assert rows(dialog)[0][2:4] == ["eksportert", "logg over innsyn"]
    assert dialog.count_label.text() == "6 hendelser"
    last = audit_events(db)[-1]
    assert (last.action, last.entity, last.client_id, last.detail) == (
        "export",
        "audit_log",
        1,
        "csv, 5 events",
    )


@pytest.mark.usefixtures("log")
def test_a_cancelled_export_writes_and_logs_nothing(
    db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    dialog = open_dialog(db, qtbot, 1)
    events = len(audit_events(db))
    press(dialog.export_button)
    assert len(audit_events(db)) == events
    assert dialog.status_label.text() == ""


@pytest.mark.usefixtures("log")
def test_an_export_that_cannot_be_written_says_so(
    db: Database,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: MessageBoxes,
) -> None:
    missing = tmp_path / "finnes-ikke" / "logg.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(missing), ""))
    dialog = open_dialog(db, qtbot, 1)
    press(dialog.export_button)
    assert boxes.texts and boxes.texts[0].startswith(f"Kunne ikke skrive {missing}:")
    assert not missing.parent.exists()
    assert dialog.status_label.text() == ""


def test_a_log_that_cannot_be_read_is_explained(
    db: Database, monkeypatch: pytest.MonkeyPatch, boxes: MessageBoxes
) -> None:
    def locked(*args: Any, **kwargs: Any) -> list[AuditEvent]:
        raise StorageError("locked", "The database is busy in another program; try again.")

    monkeypatch.setattr(audit_dialog_module, "audit_page", locked)
    shown: list[AuditDialog] = []

    def exec_(dialog: AuditDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(AuditDialog, "exec", exec_)
    open_audit_dialog(db, 1, None)
    assert shown == []
    assert boxes.texts and boxes.texts[0].startswith("Databasen er opptatt i et annet program.")


def test_the_viewer_and_the_export_use_the_same_words() -> None:
    assert {action: action_word(action) for action in ACTION_WORDS} == ACTION_WORDS
    assert {entity: entity_word(entity) for entity in ENTITY_WORDS} == ENTITY_WORDS
