"""The day's overview ("I dag"): what needs attention across the caseload, most urgent first.

Each line says what is due and why it matters, in words; the urgency is a group heading with a
sign, and it is repeated in each line's accessible text, so it never rests on colour or layout.
Lines about the ansvarsgruppe and the individual plan say "forfalt" or when in their own words.
Enter or a double click on a line asks the window to open the client at the right place.
"""

from __future__ import annotations

import datetime as dt
import textwrap

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rustool.db import Database, StorageError
from rustool.domain.deadlines import ASSESSMENT_WORKING_DAYS, working_days_until
from rustool.domain.plan_rules import quote
from rustool.services.dashboard import Attention, DashboardItem, dashboard
from rustool.ui import background
from rustool.ui.accessibility import show_focus
from rustool.ui.form_dialog import format_date
from rustool.ui.messages import error_text
from rustool.ui.referral_labels import code_label

WRAP_CHARACTERS = 90  # until the list is shown and its width known
MIN_WRAP_CHARACTERS = 20
TEXT_MARGIN = 12  # pixels of an item's width that its text does not get
# Measured for the characters a line holds: an ordinary sentence of the overview.
SAMPLE = "Overdosefaren er svært høy de første ukene etter utskrivning – avtal time."
# More lines than anyone reads in a day; beyond it a line says how many more there are, and
# the window stays quick with a caseload of 100,000.
MAX_LINES_PER_GROUP = 300

# The groups, most urgent first, and which kinds of item each holds (in Attention's order).
URGENT = (
    Attention.ASSESSMENT_OVERDUE,
    Attention.START_OVERDUE,
    Attention.POST_DISCHARGE_NO_FOLLOW_UP,
)
OVERDUE = (Attention.ACTION_ITEM_OVERDUE, Attention.PLAN_REVISION_OVERDUE)
SOON = (
    Attention.ASSESSMENT_DUE_SOON,
    Attention.COMPLAINT_DUE_SOON,
    Attention.MEETING_SOON,
    Attention.ACTION_ITEM_DUE_SOON,
    Attention.CONSENT_EXPIRING,
    Attention.PLAN_REVISION_DUE_SOON,
)
FOR_INFORMATION = (Attention.STALE_DRAFT,)
GROUP_ITEMS = (
    Attention.MEETING_SOON,
    Attention.ACTION_ITEM_OVERDUE,
    Attention.ACTION_ITEM_DUE_SOON,
)
PLAN_ITEMS = (Attention.PLAN_REVISION_OVERDUE, Attention.PLAN_REVISION_DUE_SOON)


def _wrapped(sentence: str, length: int = WRAP_CHARACTERS) -> str:
    """The sentence broken into lines of at most `length` characters for the list.

    Broken here, not by the view, so every row's height is known without a Python item
    delegate, whose size hints Qt would ask for thousands of times. `DashboardView` chooses
    the length from the list's width and font, so a larger font or a narrower pane breaks
    sooner rather than cutting a line.
    """
    return "\n".join(textwrap.wrap(sentence, length))


def open_target(item: DashboardItem) -> str:
    """The client view's tab where the user deals with `item`."""
    if item.consent_id is not None:
        return "consents"
    if item.attention in GROUP_ITEMS:
        return "group"  # Ansvarsgruppe: the meeting and its action items
    if item.attention in PLAN_ITEMS:
        return "plan"  # Individuell plan
    if item.attention is Attention.POST_DISCHARGE_NO_FOLLOW_UP:
        return "appointments"  # what is missing is the follow-up appointment
    return "referrals"


class DashboardView(QWidget):
    """The overview; `open_requested(client_id, tab, referral_id or 0, consent_id or 0)`."""

    open_requested = Signal(int, str, int, int)

    def __init__(
        self,
        db: Database,
        today: dt.date | None = None,
        parent: QWidget | None = None,
        *,
        load_now: bool = True,
    ) -> None:
        """With `load_now=False` the overview is read on a worker thread and fills in when
        ready, so a window opening on a large caseload is usable at once."""
        super().__init__(parent)
        self._db = db
        self._today = today  # None: the real date at each refresh (the window may stay open)
        self.items: list[DashboardItem] = []
        self._wrapped_at: int | None = None  # the line width the lines were broken for

        self.date_label = QLabel()
        self.date_label.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.date_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.date_label.setFont(font)

        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Dagens oversikt"))
        self.list.setHeaderHidden(True)
        self.list.setColumnCount(1)
        self.list.setWordWrap(True)
        self.list.setUniformRowHeights(False)
        # Air between the lines: each sentence, wrapped or not, reads as one item.
        self.list.setStyleSheet("QTreeView::item { padding-top: 3px; padding-bottom: 3px; }")
        show_focus(self.list)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.itemActivated.connect(self._activated)
        self.list.installEventFilter(self)  # its width decides where the lines break

        self.message_label = QLabel()
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # This app never handles emergencies; the numbers sit where someone might look for help.
        self.emergency_label = QLabel(self.tr("Akutt fare for liv: ring 113. Legevakt: 116 117."))
        self.emergency_label.setTextFormat(Qt.TextFormat.PlainText)
        self.emergency_label.setWordWrap(True)
        self.emergency_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addWidget(self.date_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message_label, 1)
        layout.addWidget(self.emergency_label)
        self.setFocusProxy(self.list)
        if load_now:
            self.refresh()
        else:
            self.refresh_in_background()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._fit_lines()
        return super().eventFilter(watched, event)

    def _line_width(self) -> int | None:
        """Pixels a line's text may take; None until the list is shown. Room for the scroll
        bar is always kept, so its coming and going never breaks the lines anew."""
        if not self.list.isVisible():
            return None
        taken = (
            2 * self.list.frameWidth()
            + self.list.verticalScrollBar().sizeHint().width()
            + 2 * self.list.indentation()  # a line sits under its heading
            + TEXT_MARGIN
        )
        return max(self.list.width() - taken, 1)

    def _wrap(self, sentence: str) -> str:
        """Lines of as many characters as the width holds on average; a line of wide letters
        that still does not fit breaks the sentence a little shorter."""
        width = self._line_width()
        self._wrapped_at = width
        if width is None:
            return _wrapped(sentence)
        metrics = self.list.fontMetrics()
        length = width * len(SAMPLE) // max(metrics.horizontalAdvance(SAMPLE), 1)
        while True:
            text = _wrapped(sentence, max(length, MIN_WRAP_CHARACTERS))
            fits = all(metrics.horizontalAdvance(line) <= width for line in text.split("\n"))
            if fits or length <= MIN_WRAP_CHARACTERS:
                return text
            length -= max(length // 10, 1)

    def _fit_lines(self) -> None:
        """Break the lines again when the list's width changes (a narrower pane, a larger
        font), so no line is cut."""
        if self._line_width() == self._wrapped_at:
            return
        for line in self.lines():
            sentence = line.toolTip(0)
            if sentence:  # the "… og N til" line is short and has none
                line.setText(0, self._wrap(sentence))

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    # --- filling -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the overview again, keeping the line the user stood on when it is still there."""
        day = self._show_date()
        try:
            items = dashboard(self._db, day)
        except StorageError as exc:
            self._failed(exc)
            return
        self._fill(items, day)

    def refresh_in_background(self) -> None:
        """The same, with the caseload-wide queries on a worker thread (the window's start)."""
        day = self._show_date()
        background.run(
            lambda: dashboard(self._db, day), lambda items: self._fill(items, day), self._failed
        )

    def _show_date(self) -> dt.date:
        day = self.today()
        self.date_label.setText(
            self.tr("I dag, {weekday} {date}").format(
                weekday=self._weekday(day), date=format_date(day)
            )
        )
        return day

    def _failed(self, exc: Exception) -> None:
        if not isinstance(exc, StorageError):
            raise exc
        self.items = []
        self._show_message(error_text(exc))

    def _fill(self, items: list[DashboardItem], day: dt.date) -> None:
        kept = self.current_item()
        self.items = items
        self.list.clear()
        self._groups: list[list[DashboardItem]] = []
        if not self.items:
            self._show_message(self.tr("Ingenting haster i dag."))
            return
        self.message_label.hide()
        self.list.show()
        groups = (
            (URGENT, self.tr("⚠ Haster"), QStyle.StandardPixmap.SP_MessageBoxWarning),
            (OVERDUE, self.tr("Forfalt"), QStyle.StandardPixmap.SP_MessageBoxWarning),
            (SOON, self.tr("Snart"), QStyle.StandardPixmap.SP_MessageBoxInformation),
            (
                FOR_INFORMATION,
                self.tr("Til orientering"),
                QStyle.StandardPixmap.SP_FileDialogInfoView,
            ),
        )
        for kinds, title, icon in groups:
            members = [item for item in self.items if item.attention in kinds]
            if members:
                self._add_group(title, icon, members, day, urgent=kinds is URGENT)
        self._select(kept)

    def _show_message(self, text: str) -> None:
        self.list.clear()
        self.list.hide()
        self.message_label.setText(text)
        self.message_label.show()

    def _add_group(
        self,
        title: str,
        icon: QStyle.StandardPixmap,
        members: list[DashboardItem],
        day: dt.date,
        *,
        urgent: bool,
    ) -> None:
        heading = QTreeWidgetItem(self.list, [f"{title} ({len(members)})"])
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading is read, not opened
        heading.setIcon(0, self.style().standardIcon(icon))
        font = QFont(self.list.font())
        font.setBold(True)
        heading.setFont(0, font)
        group: list[DashboardItem] = []
        self._groups.append(group)
        for item in members[:MAX_LINES_PER_GROUP]:
            text = self.describe(item, day)
            # No item data: PySide6 6.12's QTreeWidgetItem.data/setData binding releases a
            # reference to None on every call, and thousands of lines crash the process at
            # exit. Lines map to items by position (self._groups) instead; the urgent ones say
            # so in their own text, which is also what a screen reader reads.
            shown = f"⚠ {text}" if urgent else text
            QTreeWidgetItem(heading, [self._wrap(shown)]).setToolTip(0, shown)
            group.append(item)
        hidden = len(members) - len(group)
        if hidden:
            more = QTreeWidgetItem(
                heading,
                [
                    self.tr("… og {count} til. Finn klientene i listen til venstre.").format(
                        count=hidden
                    )
                ],
            )
            more.setFlags(Qt.ItemFlag.ItemIsEnabled)  # read, not opened
        heading.setExpanded(True)

    def _select(self, kept: DashboardItem | None) -> None:
        lines = self.lines()
        if not lines:
            return
        chosen = next((line for line in lines if self._item_of(line) == kept), lines[0])
        self.list.setCurrentItem(chosen)

    # --- reading -------------------------------------------------------------------------------

    def headings(self) -> list[QTreeWidgetItem]:
        """The urgency groups shown, most urgent first."""
        found = (self.list.topLevelItem(row) for row in range(self.list.topLevelItemCount()))
        return [heading for heading in found if heading is not None]

    def lines(self) -> list[QTreeWidgetItem]:
        """The lines in the order shown (headings left out)."""
        found = (
            heading.child(row) for heading in self.headings() for row in range(heading.childCount())
        )
        return [line for line in found if line is not None]

    def current_item(self) -> DashboardItem | None:
        current = self.list.currentItem()
        return self._item_of(current) if current is not None else None

    def _item_of(self, line: QTreeWidgetItem) -> DashboardItem | None:
        heading = line.parent()
        if heading is None:  # a heading itself
            return None
        group = self._groups[self.list.indexOfTopLevelItem(heading)]
        row = heading.indexOfChild(line)
        return group[row] if row < len(group) else None  # past the end: the "… og N til" line

    def describe(self, item: DashboardItem, day: dt.date) -> str:
        """What is due and why, in a sentence a colleague would write."""
        date = format_date(item.date)
        if item.attention is Attention.CONSENT_EXPIRING:
            return self.tr("{name} – samtykke utløper {date}.").format(
                name=item.client_name, date=date
            )
        if item.attention in GROUP_ITEMS or item.attention in PLAN_ITEMS:
            return f"{item.client_name} – {self._follow_up(item, day)}"
        what = {
            Attention.ASSESSMENT_OVERDUE: self.tr(
                "svar fra vurderingsinstansen er forfalt (frist {date}). "
                "Klienten har krav på svar innen {days} virkedager."
            ),
            Attention.ASSESSMENT_DUE_SOON: self.tr(
                "svarfrist fra vurderingsinstansen {date} ({when})."
            ),
            Attention.START_OVERDUE: self.tr(
                "bindende frist for behandlingsstart {date} er passert uten at behandling "
                "har startet."
            ),
            Attention.POST_DISCHARGE_NO_FOLLOW_UP: self.tr(
                "utskrevet {date} uten avtalt oppfølging. Overdosefaren er svært høy de første "
                "ukene etter utskrivning – avtal time (time i hånden)."
            ),
            Attention.COMPLAINT_DUE_SOON: self.tr("klagefrist {date} på avslaget ({when})."),
            Attention.STALE_DRAFT: self.tr("utkast ikke endret siden {date}."),
        }[item.attention]
        when = ""
        if item.attention is Attention.ASSESSMENT_DUE_SOON:
            when = self._working_days_left(working_days_until(day, item.date))
        elif item.attention is Attention.COMPLAINT_DUE_SOON:
            when = self._days_left((item.date - day).days)
        sentence = what.format(date=date, days=ASSESSMENT_WORKING_DAYS, when=when)
        return f"{item.client_name} – {code_label(item.referral_kind)}: {sentence}"

    def _task(self, item: DashboardItem) -> str:
        """«Søke bolig» (Kari Nordmann): what to chase and with whom."""
        task = quote(item.what)
        if item.who:
            task += f" ({item.who})"
        return task

    def _follow_up(self, item: DashboardItem, day: dt.date) -> str:
        """The sentence for the ansvarsgruppe's meetings and action items and the plan."""
        date = format_date(item.date)
        when = self._days_left((item.date - day).days)
        if item.attention is Attention.MEETING_SOON:
            time = item.starts_at.strftime("%H:%M") if item.starts_at is not None else ""
            if item.agreed_only:
                return self.tr(
                    "ansvarsgruppemøte avtalt til {weekday} {date} kl. {time} ({when}), men "
                    "ikke planlagt som møte ennå."
                ).format(weekday=self._weekday(item.date), date=date, time=time, when=when)
            return self.tr("ansvarsgruppemøte {weekday} {date} kl. {time} ({when}).").format(
                weekday=self._weekday(item.date), date=date, time=time, when=when
            )
        if item.attention is Attention.ACTION_ITEM_OVERDUE:
            return self.tr(
                "oppgave fra ansvarsgruppen {task} hadde frist {date} og er ikke markert som "
                "gjort ({late})."
            ).format(task=self._task(item), date=date, late=self._days_late((day - item.date).days))
        if item.attention is Attention.ACTION_ITEM_DUE_SOON:
            return self.tr("oppgave fra ansvarsgruppen {task} har frist {date} ({when}).").format(
                task=self._task(item), date=date, when=when
            )
        if item.attention is Attention.PLAN_REVISION_OVERDUE:
            return self.tr(
                "revisjon av individuell plan var satt til {date} og er forfalt ({late})."
            ).format(date=date, late=self._days_late((day - item.date).days))
        return self.tr("individuell plan skal revideres {date} ({when}).").format(
            date=date, when=when
        )

    def _days_late(self, count: int) -> str:
        if count == 1:
            return self.tr("1 dag over fristen")
        return self.tr("{count} dager over fristen").format(count=count)

    def _working_days_left(self, count: int) -> str:
        if count <= 0:
            return self.tr("i dag")
        if count == 1:
            return self.tr("om 1 virkedag")
        return self.tr("om {count} virkedager").format(count=count)

    def _days_left(self, count: int) -> str:
        if count <= 0:
            return self.tr("i dag")
        if count == 1:
            return self.tr("i morgen")
        return self.tr("om {count} dager").format(count=count)

    def _weekday(self, day: dt.date) -> str:
        names = (
            self.tr("mandag"),
            self.tr("tirsdag"),
            self.tr("onsdag"),
            self.tr("torsdag"),
            self.tr("fredag"),
            self.tr("lørdag"),
            self.tr("søndag"),
        )
        return names[day.weekday()]

    # --- opening -------------------------------------------------------------------------------

    def _activated(self, line: QTreeWidgetItem) -> None:
        item = self._item_of(line)
        if item is not None:
            self.open_requested.emit(
                item.client_id, open_target(item), item.referral_id or 0, item.consent_id or 0
            )
