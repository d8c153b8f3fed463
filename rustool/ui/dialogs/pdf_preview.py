"""A document's preview before it is printed or saved as PDF.

The pages are drawn by PDFium (pypdfium2) from the PDF bytes in memory: nothing is written to a
temporary folder. Making the document (the service call) and drawing its pages run off the UI
thread; only the pages in view and next to it are kept as images, at the current zoom, so a
long document costs no more memory than a short one. Printing draws each page again at the
printer's resolution and paints it at its real size on the whole sheet, so the address lands in
the envelope's window. Printing and saving are audited once they have happened, never before.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSizeF, QStandardPaths, Qt
from PySide6.QtGui import (
    QImage,
    QKeySequence,
    QPageSize,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rustool.db import Database
from rustool.services.documents import PdfDocument, log_output
from rustool.ui import background
from rustool.ui.accessibility import fit_to_screen, show_focus
from rustool.ui.dialogs.message_box import show_error
from rustool.ui.form_dialog import WARNING_SIGN
from rustool.ui.geometry import restore_geometry, save_geometry
from rustool.ui.messages import error_text
from rustool.ui.widgets import USER_ERRORS, write_chosen_file

# PDFium is not thread-safe: one call at a time in the whole process, whichever thread.
_PDFIUM = threading.Lock()

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
SCREEN_DPI_CAP = 200  # enlarged beyond this, still sharp, and a page image stays ~15 MB
PRINT_DPI_CAP = 300  # what a laser printer shows; more only makes the print job slower
PAGE_GAP = 12  # pixels between the pages and around them

_log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("PdfPreviewDialog", text)


class PdfPages:
    """An open PDF whose pages render to images; any thread may use it (one call at a time)."""

    def __init__(self, data: bytes) -> None:
        with _PDFIUM:
            self._pdf = pdfium.PdfDocument(data)  # reads from memory, writes nothing
            self.sizes = [QSizeF(*self._pdf.get_page_size(i)) for i in range(len(self._pdf))]
        self._closed = False

    def render(self, index: int, dots_per_point: float) -> QImage | None:
        """Page `index` (from 0) at `dots_per_point` pixels per PDF point; None once closed."""
        with _PDFIUM:
            if self._closed:
                return None
            page = self._pdf[index]
            try:
                bitmap = page.render(scale=dots_per_point, rev_byteorder=True, prefer_bgrx=True)
                try:
                    image = QImage(
                        bitmap.buffer,
                        bitmap.width,
                        bitmap.height,
                        bitmap.stride,
                        QImage.Format.Format_RGBX8888,
                    )
                    return image.copy()  # the QImage above only borrows PDFium's buffer
                finally:
                    bitmap.close()
            finally:
                page.close()

    def close(self) -> None:
        with _PDFIUM:
            if not self._closed:
                self._closed = True
                self._pdf.close()


def _open(make: Callable[[], PdfDocument]) -> tuple[PdfDocument, PdfPages]:
    document = make()
    return document, PdfPages(document.data)


class PageCanvas(QWidget):
    """All pages one below the other, each a white sheet until its image is there."""

    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []  # each page's place on the canvas
        self.images: dict[int, QImage] = {}  # page index → image (possibly of an older zoom)
        self.setAccessibleName(_t("Sidene"))

    def lay_out(self, sizes: list[QSizeF], pixels_per_point: float, min_width: int) -> None:
        widths = [round(size.width() * pixels_per_point) for size in sizes]
        width = max([min_width, *(w + 2 * PAGE_GAP for w in widths)])
        top = PAGE_GAP
        self.rects = []
        for size, page_width in zip(sizes, widths, strict=True):
            height = round(size.height() * pixels_per_point)
            self.rects.append(QRect((width - page_width) // 2, top, page_width, height))
            top += height + PAGE_GAP
        self.resize(width, top)
        self.update()

    def pages_in(self, area: QRect) -> list[int]:
        return [index for index, rect in enumerate(self.rects) if rect.intersects(area)]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Dark))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setPen(self.palette().color(QPalette.ColorRole.Shadow))
        for index in self.pages_in(event.rect()):
            rect = self.rects[index]
            painter.fillRect(rect, Qt.GlobalColor.white)
            image = self.images.get(index)
            if image is not None:
                painter.drawImage(QRectF(rect), image)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.end()


@dataclass
class _PrintJob:
    printer: QPrinter
    painter: QPainter
    pages: list[int]  # indexes of the pages to print, in order
    dots_per_point: float
    printed: list[int] = field(default_factory=list)


class PdfPreviewDialog(QDialog):
    """The pages of the document `make()` returns, to zoom, print (Ctrl+P) or save (Ctrl+S).

    `make` runs off the UI thread (it reads the database and renders the PDF); until it and the
    first pages are done the dialog says "Lager forhåndsvisning…".
    """

    def __init__(
        self, db: Database, make: Callable[[], PdfDocument], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.document: PdfDocument | None = None
        self._pages: PdfPages | None = None
        self._zoom = 1.0
        self._fit_width = True
        # Bumped with every zoom: images still being drawn for an older zoom are dropped.
        self._generation = 0
        self._fresh: set[int] = set()  # pages whose image is of the current zoom
        self._pending: set[int] = set()  # pages being drawn for the current zoom
        self._print_job: _PrintJob | None = None
        self._preparing = True  # until the document and its first pages are there
        self._closed = False  # callbacks arriving after close have nothing to show

        self.setWindowTitle(self.tr("Forhåndsvisning"))
        self.status_label = QLabel(self.tr("Lager forhåndsvisning…"))
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # paths and reasons as typed
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Status"))

        self.canvas = PageCanvas()
        self.scroll_area = QScrollArea()
        self.scroll_area.setAccessibleName(self.tr("Forhåndsvisning av sidene"))
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setBackgroundRole(QPalette.ColorRole.Dark)
        show_focus(self.scroll_area)  # where the keys act: it shows that it has the focus
        self.scroll_area.verticalScrollBar().valueChanged.connect(self._view_moved)
        self.scroll_area.horizontalScrollBar().valueChanged.connect(self._view_moved)

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_bar())
        layout.addWidget(self.status_label)
        layout.addWidget(self.scroll_area, stretch=1)
        self._build_shortcuts()
        self._set_ready(False)
        # A page's width at about its printed size, as tall as the screen allows (laptops).
        fit_to_screen(self, 860, 1000)
        restore_geometry(self, "pdf_preview")
        self.scroll_area.setFocus()
        background.run(lambda: _open(make), self._opened, self._failed)

    # --- building ----------------------------------------------------------------------------

    def _button(self, text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAutoDefault(False)  # Enter never prints or saves by surprise
        button.clicked.connect(slot)
        return button

    def _build_bar(self) -> QHBoxLayout:
        self.zoom_out_button = self._button(
            self.tr("For&minsk"), self.tr("Forminsk (Ctrl+-)"), self.zoom_out
        )
        self.zoom_label = QLabel()
        self.zoom_label.setAccessibleName(self.tr("Forstørrelse"))
        self.zoom_in_button = self._button(
            self.tr("For&størr"), self.tr("Forstørr (Ctrl++)"), self.zoom_in
        )
        self.fit_button = self._button(
            self.tr("Tilpass &bredden"),
            self.tr("Hele sidebredden i vinduet (Ctrl+0)"),
            self.fit_width,
        )
        self.page_label = QLabel()
        self.page_label.setAccessibleName(self.tr("Side"))
        self.print_button = self._button(
            self.tr("Skriv &ut…"), self.tr("Skriv ut dokumentet (Ctrl+P)"), self.print_document
        )
        self.save_button = self._button(
            self.tr("&Lagre som PDF…"),
            self.tr("Lagre dokumentet som PDF-fil der du velger (Ctrl+S)"),
            self.save_as_pdf,
        )
        self.close_button = self._button(self.tr("Lukk"), self.tr("Lukk (Esc)"), self.reject)
        bar = QHBoxLayout()
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        for button in (self.print_button, self.save_button, self.close_button):
            bar.addWidget(button)
        return bar

    def _build_shortcuts(self) -> None:
        standard = QKeySequence.keyBindings
        keys: list[tuple[list[QKeySequence], Callable[[], object]]] = [
            # Ctrl+= too: Ctrl++ without Shift, on the keyboards where + needs it.
            (
                [*standard(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")],
                self.zoom_in,
            ),
            (standard(QKeySequence.StandardKey.ZoomOut), self.zoom_out),
            ([QKeySequence("Ctrl+0")], self.fit_width),
            ([QKeySequence(Qt.Key.Key_PageDown)], self.next_page),
            ([QKeySequence(Qt.Key.Key_PageUp)], self.previous_page),
            (standard(QKeySequence.StandardKey.Print), self.print_document),
            (standard(QKeySequence.StandardKey.Save), self.save_as_pdf),
        ]
        for sequences, slot in keys:
            # One shortcut per action with all its keys: two for the same key would cancel
            # each other out (Qt calls that ambiguous and does neither).
            shortcut = QShortcut(self)
            shortcut.setKeys(sequences)
            shortcut.activated.connect(slot)

    def _set_ready(self, ready: bool) -> None:
        for button in (
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_button,
            self.print_button,
            self.save_button,
        ):
            button.setEnabled(ready)

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    # --- the document ------------------------------------------------------------------------

    def _opened(self, result: tuple[PdfDocument, PdfPages]) -> None:
        document, pages = result
        if self._closed:
            pages.close()
            return
        self.document, self._pages = document, pages
        self.setWindowTitle(self.tr("{title} – forhåndsvisning").format(title=document.title))
        self._set_ready(True)
        self.set_zoom(self._fit_zoom(), fit=True)

    def _failed(self, error: Exception) -> None:
        if self._closed:
            return
        self._preparing = False
        reason = error_text(error) if isinstance(error, USER_ERRORS) else self._unexpected(error)
        self._say(
            f"{WARNING_SIGN} "
            + self.tr("Dokumentet ble ikke laget: {reason}").format(reason=reason)
        )

    def _unexpected(self, error: Exception) -> str:
        """A Norwegian sentence for a failure that is not the user's to fix; the details go to
        the log for whoever supports the app."""
        _log.error("document preview failed", exc_info=error)
        return self.tr("en uventet feil i dokumentet (detaljene står i loggen).")

    def page_count(self) -> int:
        return len(self.canvas.rects)

    # --- zoom --------------------------------------------------------------------------------

    def _pixels_per_point(self) -> float:
        """On screen, at 100 % a page has its printed size (the screen's dots per inch / 72)."""
        return self.logicalDpiX() / 72 * self._zoom

    def _view_width(self) -> int:
        """The width to show pages in, the vertical scroll bar's kept free whether it shows
        yet or not: otherwise it would appear after the layout and push the pages sideways."""
        return (
            self.scroll_area.width()
            - 2 * self.scroll_area.frameWidth()
            - self.scroll_area.verticalScrollBar().sizeHint().width()
        )

    def _fit_zoom(self) -> float:
        if self._pages is None or not self._pages.sizes:
            return 1.0
        widest = max(size.width() for size in self._pages.sizes)
        room = self._view_width() - 2 * PAGE_GAP
        return max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], room / (widest * self.logicalDpiX() / 72)))

    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float, *, fit: bool = False) -> None:
        """Show the pages at `zoom` (1.0 is the printed size), keeping the place in the text."""
        if self._pages is None:
            return
        bar = self.scroll_area.verticalScrollBar()
        place = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self._fit_width = fit
        self._zoom = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], zoom))
        self._generation += 1
        self._fresh.clear()  # the images shown stay, enlarged or reduced, until redrawn
        self._pending.clear()
        self._lay_out()
        bar.setValue(round(place * bar.maximum()))
        self.zoom_label.setText(f"{round(self._zoom * 100)} %")
        self.zoom_out_button.setEnabled(self._zoom > ZOOM_STEPS[0])
        self.zoom_in_button.setEnabled(self._zoom < ZOOM_STEPS[-1])
        self._view_moved()

    def _lay_out(self) -> None:
        if self._pages is None:
            return
        self.canvas.lay_out(self._pages.sizes, self._pixels_per_point(), self._view_width())

    def zoom_in(self) -> None:
        bigger = [step for step in ZOOM_STEPS if step > self._zoom + 0.005]
        if bigger and self._pages is not None:
            self.set_zoom(bigger[0])

    def zoom_out(self) -> None:
        smaller = [step for step in ZOOM_STEPS if step < self._zoom - 0.005]
        if smaller and self._pages is not None:
            self.set_zoom(smaller[-1])

    def fit_width(self) -> None:
        self.set_zoom(self._fit_zoom(), fit=True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._pages is None:
            return
        if self._fit_width:
            self.set_zoom(self._fit_zoom(), fit=True)
        else:
            self._lay_out()
            self._view_moved()

    # --- pages in view -----------------------------------------------------------------------

    def _view_rect(self) -> QRect:
        viewport = self.scroll_area.viewport()
        return QRect(
            self.scroll_area.horizontalScrollBar().value(),
            self.scroll_area.verticalScrollBar().value(),
            viewport.width(),
            viewport.height(),
        )

    def current_page(self) -> int:
        """The page (from 0) the reader is at: the one a third down the view."""
        view = self._view_rect()
        probe = view.top() + view.height() // 3
        for index, rect in enumerate(self.canvas.rects):
            if rect.bottom() + PAGE_GAP >= probe:
                return index
        return max(0, len(self.canvas.rects) - 1)

    def _view_moved(self) -> None:
        if self.canvas.rects:
            self.page_label.setText(
                self.tr("Side {page} av {count}").format(
                    page=self.current_page() + 1, count=len(self.canvas.rects)
                )
            )
        self._render_near()

    def _render_near(self) -> None:
        """Draw the pages in view and a screenful either side; forget those further away."""
        pages = self._pages
        if pages is None or self._closed:
            return
        view = self._view_rect()
        near = self.canvas.pages_in(view.adjusted(0, -view.height(), 0, view.height()))
        for index in list(self.canvas.images):
            if index not in near:
                del self.canvas.images[index]
                self._fresh.discard(index)
        wanted = [i for i in near if i not in self._fresh and i not in self._pending]
        if not wanted:
            return
        self._pending.update(wanted)
        generation = self._generation
        dots = min(self._pixels_per_point(), SCREEN_DPI_CAP / 72) * self.devicePixelRatioF()

        def work() -> list[tuple[int, QImage | None]]:
            # Stops early when the zoom changed meanwhile: those images would be dropped.
            return [
                (index, pages.render(index, dots))
                for index in wanted
                if generation == self._generation
            ]

        background.run(
            work,
            lambda images: self._rendered(generation, images),
            self._render_failed,
        )

    def _rendered(self, generation: int, images: list[tuple[int, QImage | None]]) -> None:
        if self._closed or generation != self._generation:
            return
        for index, image in images:
            self._pending.discard(index)
            if image is not None:
                self.canvas.images[index] = image
                self._fresh.add(index)
        self.canvas.update()
        if self._preparing:
            self._preparing = False
            self._say("")
        self._render_near()  # the view may have moved while these were drawn

    def _render_failed(self, error: Exception) -> None:
        if self._closed:
            return
        self._pending.clear()
        self._say(
            f"{WARNING_SIGN} "
            + self.tr("Sidene kan ikke vises: {reason}").format(reason=self._unexpected(error))
        )

    def go_to_page(self, index: int) -> None:
        if not self.canvas.rects:
            return
        index = max(0, min(index, len(self.canvas.rects) - 1))
        self.scroll_area.verticalScrollBar().setValue(self.canvas.rects[index].top() - PAGE_GAP)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def previous_page(self) -> None:
        """To the top of this page when partly read, else to the page before."""
        if not self.canvas.rects:
            return
        index = self.current_page()
        if self.canvas.rects[index].top() - PAGE_GAP < self._view_rect().top():
            self.go_to_page(index)
        else:
            self.go_to_page(index - 1)

    # --- print -------------------------------------------------------------------------------

    def print_document(self) -> None:
        document, pages = self.document, self._pages
        if document is None or pages is None or self._print_job is not None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(document.title)
        printer.setCreator("rustool")
        first = pages.sizes[0]
        printer.setPageSize(QPageSize(first, QPageSize.Unit.Point))
        # The whole sheet, not the printable area: the page already has its margins, and only
        # at its real size does the address sit in the envelope's window.
        printer.setFullPage(True)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Skriv ut"))
        dialog.setMinMax(1, len(pages.sizes))
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()  # it points at the printer, which lives only as long as the job
        if not accepted:
            return
        chosen = self._chosen_pages(printer, len(pages.sizes))
        painter = QPainter()
        if not painter.begin(printer):
            show_error(
                self,
                self.tr("Ikke skrevet ut"),
                self.tr("Skriveren «{printer}» kan ikke brukes nå.").format(
                    printer=printer.printerName() or printer.outputFileName()
                ),
            )
            return
        dots = min(printer.resolution(), PRINT_DPI_CAP) / 72
        self._print_job = _PrintJob(printer, painter, chosen, dots)
        self._set_ready(False)
        self._print_next()

    @staticmethod
    def _chosen_pages(printer: QPrinter, count: int) -> list[int]:
        """The 0-based pages the print dialog asked for: every range of "1,3-4", or all."""
        ranges = printer.pageRanges().toRangeList()
        if not ranges:
            return list(range(count))
        chosen: list[int] = []
        for part in ranges:
            chosen += [page - 1 for page in range(part.from_, part.to + 1) if 1 <= page <= count]
        return sorted(set(chosen))

    def _print_next(self) -> None:
        job, pages = self._print_job, self._pages
        if job is None or pages is None:
            return
        if len(job.printed) == len(job.pages):
            self._print_finished(job)
            return
        index = job.pages[len(job.printed)]
        self._say(
            self.tr("Skriver ut side {page} av {count}…").format(
                page=len(job.printed) + 1, count=len(job.pages)
            )
        )
        background.run(
            lambda: pages.render(index, job.dots_per_point),
            lambda image: self._paint_page(job, index, image),
            lambda error: self._print_failed(job, self._unexpected(error)),
        )

    def _paint_page(self, job: _PrintJob, index: int, image: QImage | None) -> None:
        if self._closed or job is not self._print_job or self._pages is None:
            return
        if image is None:
            self._print_failed(job, self.tr("Dokumentet er lukket."))
            return
        if job.printed and not job.printer.newPage():
            self._print_failed(job, self.tr("Skriveren tok ikke imot en ny side."))
            return
        job.painter.drawImage(self._print_target(job.printer, self._pages.sizes[index]), image)
        job.printed.append(index)
        self._print_next()

    @staticmethod
    def _print_target(printer: QPrinter, page: QSizeF) -> QRectF:
        """The page at its real size on the sheet, reduced only if the sheet is smaller."""
        sheet = printer.paperRect(QPrinter.Unit.DevicePixel)
        dots = printer.resolution() / 72
        width, height = page.width() * dots, page.height() * dots
        scale = min(1.0, sheet.width() / width, sheet.height() / height)
        width, height = width * scale, height * scale
        return QRectF(
            sheet.left() + (sheet.width() - width) / 2,
            sheet.top() + (sheet.height() - height) / 2,
            width,
            height,
        )

    def _print_finished(self, job: _PrintJob) -> None:
        self._print_job = None
        self._set_ready(True)
        if not job.painter.end():
            self._say(f"{WARNING_SIGN} " + self.tr("Utskriften ble ikke fullført."))
            return
        if self.document is not None and self._audit("print"):
            count = len(job.printed)
            self._say(
                self.tr("Sendt til skriveren: 1 side.")
                if count == 1
                else self.tr("Sendt til skriveren: {count} sider.").format(count=count)
            )

    def _print_failed(self, job: _PrintJob, reason: str) -> None:
        if job is not self._print_job:
            return
        self._print_job = None
        job.printer.abort()
        job.painter.end()
        if self._closed:
            return
        self._set_ready(True)
        self._say("")
        show_error(
            self,
            self.tr("Ikke skrevet ut"),
            self.tr("Utskriften ble avbrutt: {reason}").format(reason=reason),
        )

    # --- save --------------------------------------------------------------------------------

    def save_as_pdf(self) -> None:
        document = self.document
        if document is None or self._print_job is not None:
            return
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Lagre som PDF"),
            str(Path(documents) / document.file_name),
            self.tr("PDF-dokument (*.pdf)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".pdf")
        if not write_chosen_file(self, path, document.data, self.tr("PDF-en ble ikke lagret")):
            return
        if self._audit("export"):
            self._say(self.tr("Lagret i {path}.").format(path=path))

    def _audit(self, action: str) -> bool:
        """Log the print or export that has happened; say so if the log cannot be written."""
        assert self.document is not None
        try:
            log_output(self._db, self.document, action)
        except USER_ERRORS as exc:
            show_error(
                self,
                self.tr("Ikke loggført"),
                self.tr(
                    "Dokumentet er skrevet ut eller lagret, men det ble ikke registrert i "
                    "loggen:\n{reason}"
                ).format(reason=error_text(exc)),
            )
            return False
        return True

    # --- closing -----------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Close: stop a print under way (nothing is logged), and free the pages."""
        self._closed = True
        job, self._print_job = self._print_job, None
        if job is not None:
            job.printer.abort()
            job.painter.end()
        if self._pages is not None:
            self._pages.close()
        self.canvas.images.clear()
        save_geometry(self, "pdf_preview")
        super().done(result)


def open_pdf_preview(
    db: Database, make: Callable[[], PdfDocument], parent: QWidget | None = None
) -> None:
    """Show the preview of `make()`'s document modally; it is freed when closed."""
    dialog = PdfPreviewDialog(db, make, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.exec()
