"""The page every rustool document shares, and the pieces its documents are built from.

Every page carries the letterhead's name line, the marking "Unntatt offentlighet …", the
client's name and national id, the date printed and "Side x av y". The first page can hold an
address in the left window of a C5/C4 envelope (DIN 5008 form B: 20 mm from the left edge,
45 mm from the top, 85 × 45 mm). Text the user typed always goes through `para` (escaped, so
`<b>` and `&` print as typed); the bundled DejaVu Sans has æøå and the Sámi letters (Ŋ Ŧ Đ Č Š
Ž), which ReportLab's built-in fonts lack.

The words the documents print are bokmål, translated when a document is rendered
(`rustool.texts`): a document follows the language the user chose, and dates stay Norwegian
(23.11.2026) in every language. Everything drawn on one line (running header, footer,
letterhead) is cut with "…" to its room, so a longer translation never runs off the page.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    LongTable,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)

from rustool.texts import N_, translate

FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

MARKING = N_("layout", "Unntatt offentlighet, jf. offl. § 13, jf. fvl. § 13")
NOT_DESCRIBED = N_("layout", "Ikke beskrevet")

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 20 * mm  # also the window envelope's left edge
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 32 * mm  # below the running header
MARGIN_BOTTOM = 22 * mm  # above the running footer
WINDOW_TOP = 45 * mm  # DIN 5008 form B address field, from the top edge
WINDOW_HEIGHT = 45 * mm
WINDOW_WIDTH = 85 * mm
FIRST_BODY_TOP = WINDOW_TOP + WINDOW_HEIGHT + 8 * mm
BODY_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
RUNNING_GAP = 8 * mm  # between the two things on one line of the running header or footer


def _t(text: str) -> str:
    return translate("layout", text)


def not_described() -> str:
    """What an empty answer prints, in the document's language."""
    return translate("layout", NOT_DESCRIBED)


def register_fonts() -> None:
    """Register the bundled fonts once (ReportLab keeps a process-wide registry)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


@dataclass(frozen=True)
class Letterhead:
    """Who sends the document, from the settings."""

    municipality: str | None = None
    service: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None

    def name_line(self) -> str:
        return ", ".join(part for part in (self.service, self.municipality) if part)

    def contact_lines(self) -> list[str]:
        contact = "  ".join(
            part
            for part in (
                _t("Telefon {phone}").format(phone=self.phone) if self.phone else "",
                _t("E-post {email}").format(email=self.email) if self.email else "",
            )
            if part
        )
        return [line for line in (self.address, contact) if line]


@dataclass(frozen=True)
class DocumentInfo:
    """What every page says, and the PDF's metadata."""

    title: str  # also the PDF title, e.g. "Henvisning til TSB"
    subject: str  # PDF subject, e.g. "Henvisning til tverrfaglig spesialisert rusbehandling"
    author: str  # the user who made it (settings), the PDF author
    client_name: str
    national_id: str | None
    letterhead: Letterhead
    printed_on: dt.date = field(default_factory=dt.date.today)
    # The recipient's address, printed in the envelope window on page 1 (None: no window).
    address: Sequence[str] | None = None
    # The letter's date on page 1 (a sent referral keeps the day it was sent); None: printed_on.
    dated: dt.date | None = None
    # Who the client is when there is no national id to print.
    birth_date: dt.date | None = None


# --- text ----------------------------------------------------------------------------------


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13.5, spaceAfter=4)
    return {
        "body": body,
        "title": ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=15, leading=19, spaceAfter=8
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "label": ParagraphStyle(
            "label", parent=body, fontName=FONT_BOLD, spaceBefore=4, spaceAfter=1
        ),
        "muted": ParagraphStyle("muted", parent=body, textColor=colors.HexColor("#444444")),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5, spaceAfter=0),
        "cell_head": ParagraphStyle(
            "cell_head", parent=body, fontName=FONT_BOLD, fontSize=9, leading=11.5, spaceAfter=0
        ),
    }


def markup(value: object) -> str:
    """User text as Paragraph markup: `<`, `>`, `&` literally, line breaks kept."""
    text = escape(str(value))
    return text.replace("\r\n", "\n").replace("\n", "<br/>")


def para(value: object | None, style: ParagraphStyle, *, empty: str | None = None) -> Paragraph:
    """A paragraph of user text; an empty value prints `empty` (already translated; default
    "Ikke beskrevet") in the muted grey, so the reader sees it was considered rather than lost."""
    if value is None or (isinstance(value, str) and not value.strip()):
        shown = not_described() if empty is None else empty
        return Paragraph(f'<font color="#666666"><i>{escape(shown)}</i></font>', style)
    return Paragraph(markup(value), style)


ROOM_UNDER_HEADING = 25 * mm
ROOM_UNDER_LABEL = 15 * mm


def heading(text: str, style: ParagraphStyle, room: float = ROOM_UNDER_HEADING) -> list[Flowable]:
    """A heading (plain text) that starts a new page only when less than `room` is left under
    it. (keepWithNext would keep the WHOLE next flowable with it: a long answer would jump to
    the next page and leave this one half blank.)"""
    return [CondPageBreak(room), Paragraph(escape(text), style)]


def field_block(label: str, value: object | None, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """A labelled answer: the label (bold) never alone at the foot of a page."""
    return [*heading(label, st["label"], ROOM_UNDER_LABEL), para(value, st["body"])]


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[object | None]],
    widths: Sequence[float],
    st: dict[str, ParagraphStyle],
) -> LongTable:
    """A table whose header row repeats on every page it spans; cells are escaped text."""
    data: list[list[Any]] = [[Paragraph(escape(h), st["cell_head"]) for h in headers]]
    for row in rows:
        data.append(
            [Paragraph(markup(cell) if cell not in (None, "") else "", st["cell"]) for cell in row]
        )
    result = LongTable(data, colWidths=list(widths), repeatRows=1)
    result.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return result


def keep(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))


def gap(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)


# --- pages ---------------------------------------------------------------------------------


def norwegian_date(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


WINDOW_PADDING = 5 * mm
WINDOW_LINES = 6


def fit(text: str, font: str, size: float, width: float) -> str:
    """`text` cut with "…" to fit `width` on one line (running header, footer, letterhead)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def window_lines(address: Sequence[str]) -> tuple[float, list[str]]:
    """The address wrapped to the envelope window: 10 pt, or 9 pt when that keeps it within
    six lines; a line that still does not fit is cut with "…" rather than hidden by the
    envelope."""
    width = WINDOW_WIDTH - 2 * WINDOW_PADDING
    for size in (10.0, 9.0):
        lines = [part for line in address for part in simpleSplit(line, FONT, size, width)]
        if len(lines) <= WINDOW_LINES:
            break
    return size, [fit(line, FONT, size, width) for line in lines[:WINDOW_LINES]]


def national_id_text(number: str) -> str:
    """ "109155 96784": the birth date and the personal number apart, as Norwegians read it."""
    digits = number.replace(" ", "")
    return f"{digits[:6]} {digits[6:]}" if len(digits) == 11 and digits.isdigit() else number


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab ships no types
    """Draws the running header and footer once the page count is known ("Side x av y")."""

    def __init__(self, *args: Any, info: DocumentInfo, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._info = info
        self._pages: list[dict[str, Any]] = []
        self.page_count = 0

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_running(total)
            super().showPage()
        self.page_count = total  # after the loop: each page's saved state holds the old value
        super().save()

    def _draw_running(self, total: int) -> None:
        info = self._info
        top = PAGE_HEIGHT - 12 * mm
        # The marking keeps its room first (it says the page is confidential); the title gets
        # what is left, at least a third of the line.
        marking = translate("layout", MARKING)
        title_room = max(
            BODY_WIDTH - stringWidth(marking, FONT_BOLD, 8.5) - RUNNING_GAP, BODY_WIDTH / 3
        )
        title = fit(info.title, FONT, 8.5, title_room)
        marking_room = BODY_WIDTH - stringWidth(title, FONT, 8.5) - RUNNING_GAP
        self.setFont(FONT_BOLD, 8.5)
        self.drawString(MARGIN_LEFT, top, fit(marking, FONT_BOLD, 8.5, marking_room))
        self.setFont(FONT, 8.5)
        self.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, top, title)
        if info.national_id:
            who = _t("{name}, f.nr. {national_id}").format(
                name=info.client_name, national_id=national_id_text(info.national_id)
            )
        elif info.birth_date:
            who = _t("{name}, f. {date}").format(
                name=info.client_name, date=norwegian_date(info.birth_date)
            )
        else:
            who = info.client_name
        self.drawString(MARGIN_LEFT, top - 11, fit(who, FONT, 8.5, BODY_WIDTH))
        self.setStrokeColor(colors.HexColor("#888888"))
        self.setLineWidth(0.4)
        self.line(MARGIN_LEFT, top - 16, PAGE_WIDTH - MARGIN_RIGHT, top - 16)
        bottom = 12 * mm
        self.line(MARGIN_LEFT, bottom + 10, PAGE_WIDTH - MARGIN_RIGHT, bottom + 10)
        printed = _t("utskrevet {date}").format(date=norwegian_date(info.printed_on))
        sender = info.letterhead.name_line()
        number = _t("Side {page} av {total}").format(page=self._pageNumber, total=total)
        room = BODY_WIDTH - stringWidth(number, FONT, 8.5) - RUNNING_GAP
        # The sender gives way to the date printed; the whole is cut only when even that is
        # too long for the room the page number leaves.
        ending = f" · {printed}"
        footer = f"{fit(sender, FONT, 8.5, room - stringWidth(ending, FONT, 8.5))}{ending}"
        self.drawString(MARGIN_LEFT, bottom, fit(footer if sender else printed, FONT, 8.5, room))
        self.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, bottom, number)


def _first_page(info: DocumentInfo) -> Any:
    """Page 1: the letterhead, and the recipient in the envelope window when there is one."""

    def draw(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - MARGIN_TOP + 4 * mm
        date = norwegian_date(info.dated or info.printed_on)
        room = BODY_WIDTH - stringWidth(date, FONT, 8.5) - RUNNING_GAP
        canvas.setFont(FONT_BOLD, 11)
        name = info.letterhead.name_line()
        if name:
            canvas.drawString(MARGIN_LEFT, top, fit(name, FONT_BOLD, 11, room))
        canvas.setFont(FONT, 8.5)
        for index, line in enumerate(info.letterhead.contact_lines()):
            canvas.drawString(MARGIN_LEFT, top - 12 - index * 10.5, fit(line, FONT, 8.5, room))
        canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, top, date)
        if info.address:
            size, lines = window_lines(info.address)
            canvas.setFont(FONT, size)
            y = PAGE_HEIGHT - WINDOW_TOP - 14
            for line in lines:
                canvas.drawString(MARGIN_LEFT + WINDOW_PADDING, y, line)
                y -= size * 1.25
        canvas.restoreState()

    return draw


def render(info: DocumentInfo, story: list[Flowable]) -> bytes:
    """The document as PDF bytes (see `render_counted`)."""
    return render_counted(info, story)[0]


def render_counted(info: DocumentInfo, story: list[Flowable]) -> tuple[bytes, int]:
    """The document as PDF bytes and its number of pages: `story` flows over page 1 (below the
    window when there is an address, else below the letterhead) and the pages after."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        title=info.title,
        author=info.author,
        subject=info.subject,
        creator="rustool",
        # Screen readers of a saved file read it in this language: each translation gives the
        # tag of its own (nn-NO, en-GB), since the document's words follow the translation.
        lang=_t("nb-NO"),
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
    )
    first_top = FIRST_BODY_TOP if info.address else MARGIN_TOP + 16 * mm
    first = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        BODY_WIDTH,
        PAGE_HEIGHT - first_top - MARGIN_BOTTOM,
        id="first",
        leftPadding=0,
        rightPadding=0,
    )
    later = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        BODY_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        id="later",
        leftPadding=0,
        rightPadding=0,
    )
    doc.addPageTemplates(
        [
            PageTemplate("first", [first], onPage=_first_page(info), autoNextPageTemplate="later"),
            PageTemplate("later", [later]),
        ]
    )
    canvases: list[_NumberedCanvas] = []

    def make_canvas(*args: Any, **kwargs: Any) -> _NumberedCanvas:
        canvas = _NumberedCanvas(*args, info=info, **kwargs)
        canvases.append(canvas)
        return canvas

    doc.build(story, canvasmaker=make_canvas)
    return buffer.getvalue(), canvases[-1].page_count
