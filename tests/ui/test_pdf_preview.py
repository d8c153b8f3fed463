"""The document preview: pages drawn from memory, zoom and paging by keyboard, save as PDF and
print, each audited only once it has happened; nothing left in a temporary folder."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPageRanges
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot
from reportlab.platypus import PageBreak, Paragraph

from rustool.db import Database
from rustool.documents.layout import DocumentInfo, Letterhead, render_counted, styles
from rustool.services.audit import audit_events
from rustool.services.clients import create_client
from rustool.services.documents import PdfDocument
from rustool.services.errors import NotFoundError
from rustool.ui import background
from rustool.ui.dialogs.pdf_preview import PdfPreviewDialog
from tests.conftest import SYNTHETIC_ID
from tests.ui.dialog_helpers import MessageBoxes

A4_POINTS = (595, 842)


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    return MessageBoxes(monkeypatch)


@pytest.fixture(autouse=True)
def temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temporary folder, for this test alone, so what appears in it is ours to see."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setenv("TMPDIR", str(folder))  # Qt's temporary folder too
    assert tempfile.gettempdir() == str(folder)
    return folder


@pytest.fixture
def client_id(db: Database) -> int:
    client = create_client(
        db, {"given_name": "Ola", "family_name": "Nordmann", "national_id": SYNTHETIC_ID}
    )
    assert client.id is not None
    return client.id


def a_document(client_id: int, pages: int = 3) -> PdfDocument:
    st = styles()
    story: list[Any] = []
    for number in range(1, pages + 1):
        if story:
            story.append(PageBreak())
        story.append(Paragraph(f"Innhold på side {number}", st["title"]))
    info = DocumentInfo(
        title="Henvisning til TSB",
        subject="Henvisning til tverrfaglig spesialisert rusbehandling",
        author="Kari Konsulent",
        client_name="Ola Nordmann",
        national_id=SYNTHETIC_ID,
        letterhead=Letterhead(municipality="Ålesund kommune", service="Rustjenesten"),
    )
    data, count = render_counted(info, story)
    assert count == pages
    return PdfDocument(
        kind="referral",
        entity="referral",
        entity_id=7,
        client_id=client_id,
        title="Henvisning til TSB",
        file_name="henvisning-tsb-2026-01-05.pdf",
        data=data,
        pages=count,
    )


def previews(monkeypatch: pytest.MonkeyPatch) -> list[tuple[PdfDocument | None, int]]:
    """Each preview opened (by a tab's button) is looked at and closed with Esc, in place of
    the user; returns each one's document and the number of pages it showed."""
    shown: list[tuple[PdfDocument | None, int]] = []

    def exec_(dialog: PdfPreviewDialog) -> int:
        shown.append((dialog.document, dialog.page_count()))
        QTest.keyClick(dialog.scroll_area, Qt.Key.Key_Escape)
        return dialog.result()

    monkeypatch.setattr(PdfPreviewDialog, "exec", exec_)
    return shown


def open_preview(db: Database, qtbot: QtBot, make: Callable[[], PdfDocument]) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(db, make)
    qtbot.addWidget(dialog)
    dialog.resize(700, 800)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # shortcuts need the window active
    return dialog


def ctrl(dialog: PdfPreviewDialog, key: Qt.Key) -> None:
    QTest.keyClick(dialog.scroll_area, key, Qt.KeyboardModifier.ControlModifier)


def darkest(image: QImage) -> int:
    """The darkest grey in the image (255: blank white)."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return min(bytes(grey.constBits()))


def outputs(db: Database, client_id: int) -> list[tuple[str, str, int | None]]:
    return [
        (event.action, event.entity, event.entity_id)
        for event in audit_events(db, client_id)
        if event.action in ("export", "print")
    ]


# --- showing ---------------------------------------------------------------------------------


def test_the_pages_are_drawn_from_memory_and_counted(
    db: Database, qtbot: QtBot, client_id: int, temp_folder: Path
) -> None:
    document = a_document(client_id)
    dialog = open_preview(db, qtbot, lambda: document)
    assert dialog.windowTitle() == "Henvisning til TSB – forhåndsvisning"
    assert dialog.page_count() == 3
    assert dialog.page_label.text() == "Side 1 av 3"
    assert dialog.status_label.isHidden()  # "Lager forhåndsvisning…" is gone
    first = dialog.canvas.images[0]
    assert not first.isNull()
    assert darkest(first) < 100  # the text is there, not a white sheet
    # Drawn for the screen at the page's size in view.
    assert abs(first.width() / first.devicePixelRatio() - dialog.canvas.rects[0].width()) <= 1
    assert os.listdir(temp_folder) == []
    assert outputs(db, client_id) == []  # looking is no export


def test_it_says_it_is_working_until_the_pages_are_ready(
    db: Database, qtbot: QtBot, client_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    waiting: list[tuple[Any, Any, Any]] = []
    monkeypatch.setattr(background, "run", lambda *job: waiting.append(job))
    dialog = open_preview(db, qtbot, lambda: a_document(client_id))
    assert dialog.status_label.text() == "Lager forhåndsvisning…"
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    while waiting:  # the worker's turn: the document, then the pages in view
        background.run_now(*waiting.pop(0))
        assert dialog.isVisible()
    assert dialog.status_label.isHidden()
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert 0 in dialog.canvas.images


def test_a_document_that_cannot_be_made_says_why(
    db: Database, qtbot: QtBot, client_id: int
) -> None:
    def make() -> PdfDocument:
        raise NotFoundError("referral", 99)

    dialog = open_preview(db, qtbot, make)
    assert "Dokumentet ble ikke laget" in dialog.status_label.text()
    assert "Oppføringen finnes ikke lenger" in dialog.status_label.text()
    assert dialog.page_count() == 0
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()


def test_closed_before_the_pages_were_ready_nothing_breaks(
    db: Database, qtbot: QtBot, client_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    waiting: list[tuple[Any, Any, Any]] = []
    monkeypatch.setattr(background, "run", lambda *job: waiting.append(job))
    dialog = open_preview(db, qtbot, lambda: a_document(client_id))
    QTest.keyClick(dialog.scroll_area, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    background.run_now(*waiting.pop(0))  # the document arrives after all
    assert waiting == [] and dialog.canvas.images == {}


# --- zoom and paging -------------------------------------------------------------------------


def test_zoom_in_out_and_back_to_the_page_width(db: Database, qtbot: QtBot, client_id: int) -> None:
    dialog = open_preview(db, qtbot, lambda: a_document(client_id))
    viewport = dialog.scroll_area.viewport().width()
    fitted = dialog.canvas.rects[0].width()
    assert viewport - 40 <= fitted <= viewport  # the whole width of the page in view
    fit_zoom = dialog.zoom()

    ctrl(dialog, Qt.Key.Key_Plus)
    assert dialog.zoom() > fit_zoom
    assert dialog.canvas.rects[0].width() > fitted
    assert dialog.zoom_label.text() == f"{round(dialog.zoom() * 100)} %"
    # The page is drawn again for the new size, not only enlarged.
    image = dialog.canvas.images[0]
    assert abs(image.width() / image.devicePixelRatio() - dialog.canvas.rects[0].width()) <= 1

    ctrl(dialog, Qt.Key.Key_Minus)
    ctrl(dialog, Qt.Key.Key_Minus)
    assert dialog.zoom() < fit_zoom
    assert dialog.canvas.rects[0].width() < fitted

    ctrl(dialog, Qt.Key.Key_0)
    assert dialog.zoom() == pytest.approx(fit_zoom)
    assert dialog.canvas.rects[0].width() == fitted


def test_page_down_and_up_go_page_by_page(db: Database, qtbot: QtBot, client_id: int) -> None:
    dialog = open_preview(db, qtbot, lambda: a_document(client_id))
    QTest.keyClick(dialog.scroll_area, Qt.Key.Key_PageDown)
    assert dialog.page_label.text() == "Side 2 av 3"
    assert 1 in dialog.canvas.images  # drawn once in view
    QTest.keyClick(dialog.scroll_area, Qt.Key.Key_PageDown)
    assert dialog.page_label.text() == "Side 3 av 3"
    QTest.keyClick(dialog.scroll_area, Qt.Key.Key_PageUp)
    assert dialog.page_label.text() == "Side 2 av 3"
    QTest.keyClick(dialog.scroll_area, Qt.Key.Key_PageUp)
    assert dialog.page_label.text() == "Side 1 av 3"
    assert dialog.scroll_area.verticalScrollBar().value() == 0


# --- save as PDF -----------------------------------------------------------------------------


def choose_file(monkeypatch: pytest.MonkeyPatch, answer: str) -> list[str]:
    """The save dialog answered with `answer`; returns the file names it proposed."""
    proposed: list[str] = []

    def get_save_file_name(*args: Any) -> tuple[str, str]:
        proposed.append(args[2])
        return answer, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    return proposed


def test_save_as_pdf_writes_the_document_and_audits_the_export(
    db: Database,
    qtbot: QtBot,
    client_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    temp_folder: Path,
) -> None:
    document = a_document(client_id)
    dialog = open_preview(db, qtbot, lambda: document)
    folder = tmp_path / "ut"
    folder.mkdir()
    proposed = choose_file(monkeypatch, str(folder / "henvisning"))  # typed without .pdf
    ctrl(dialog, Qt.Key.Key_S)
    assert Path(proposed[0]).name == "henvisning-tsb-2026-01-05.pdf"
    saved = folder / "henvisning.pdf"
    assert saved.read_bytes() == document.data
    assert os.listdir(folder) == ["henvisning.pdf"]  # nothing half-written beside it
    metadata = pypdf.PdfReader(saved).metadata
    assert metadata is not None and metadata.title == "Henvisning til TSB"
    assert outputs(db, client_id) == [("export", "referral", 7)]
    assert dialog.status_label.text() == f"Lagret i {saved}."
    assert os.listdir(temp_folder) == []


def test_a_save_that_fails_says_where_and_why_and_audits_nothing(
    db: Database,
    qtbot: QtBot,
    client_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: MessageBoxes,
) -> None:
    dialog = open_preview(db, qtbot, lambda: a_document(client_id))
    target = tmp_path / "finnes-ikke" / "henvisning.pdf"
    choose_file(monkeypatch, str(target))
    dialog.save_button.click()
    [message] = boxes.texts
    assert str(target) in message and "No such file or directory" in message
    assert not target.parent.exists()
    assert outputs(db, client_id) == []


def test_a_cancelled_save_writes_and_audits_nothing(
    db: Database, qtbot: QtBot, client_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_preview(db, qtbot, lambda: a_document(client_id))
    choose_file(monkeypatch, "")
    ctrl(dialog, Qt.Key.Key_S)
    assert outputs(db, client_id) == []


# --- print -----------------------------------------------------------------------------------


def print_to_file(
    monkeypatch: pytest.MonkeyPatch,
    path: Path,
    *,
    accept: bool = True,
    pages: tuple[tuple[int, int], ...] = (),
) -> list[str]:
    """The print dialog answered by the user: a PDF "printer" writing to `path`; returns the
    name of each document it was shown for."""
    shown: list[str] = []

    def exec_(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        shown.append(printer.docName())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        ranges = QPageRanges()
        for first, last in pages:  # as the dialog's "Sider" field sets them: "1,3-4"
            ranges.addRange(first, last)
        printer.setPageRanges(ranges)
        accepted = QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected
        return int(accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    return shown


def test_print_paints_every_page_at_its_real_size_and_audits_it(
    db: Database,
    qtbot: QtBot,
    client_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    temp_folder: Path,
) -> None:
    dialog = open_preview(db, qtbot, lambda: a_document(client_id))
    printed = tmp_path / "skriver.pdf"
    shown = print_to_file(monkeypatch, printed)
    ctrl(dialog, Qt.Key.Key_P)
    assert shown == ["Henvisning til TSB"]
    reader = pypdf.PdfReader(printed)
    assert len(reader.pages) == 3
    for page in reader.pages:  # A4 on A4, nothing shrunk: the address stays in the window
        assert (round(page.mediabox.width), round(page.mediabox.height)) == A4_POINTS
        assert page.images  # each sheet carries its page's image
    assert outputs(db, client_id) == [("print", "referral", 7)]
    assert dialog.status_label.text() == "Sendt til skriveren: 3 sider."
    assert dialog.print_button.isEnabled()
    assert os.listdir(temp_folder) == []


def test_print_only_the_pages_chosen(
    db: Database, qtbot: QtBot, client_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_preview(db, qtbot, lambda: a_document(client_id))
    printed = tmp_path / "side-1-og-3.pdf"
    print_to_file(monkeypatch, printed, pages=((1, 1), (3, 3)))
    dialog.print_button.click()
    assert len(pypdf.PdfReader(printed).pages) == 2  # page 2 left out
    assert dialog.status_label.text() == "Sendt til skriveren: 2 sider."


def test_a_cancelled_print_prints_and_audits_nothing(
    db: Database, qtbot: QtBot, client_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_preview(db, qtbot, lambda: a_document(client_id))
    printed = tmp_path / "skriver.pdf"
    print_to_file(monkeypatch, printed, accept=False)
    ctrl(dialog, Qt.Key.Key_P)
    assert not printed.exists()
    assert outputs(db, client_id) == []
    assert dialog.status_label.isHidden()
