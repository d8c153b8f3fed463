"""Accessibility of the whole UI: every input named and labelled, Tab in reading order, a
shortcut for every action and no letter shared, focus drawn, nothing told by colour alone,
nothing cut when the font is twice as large.

The walk opens the main window on a caseload, every tab, and every dialog and wizard the way
the user opens them (its `exec` is taken over: the dialog is shown, checked and closed);
what no button opens is built directly. A dialog class that appears under rustool/ui and is
not walked fails `test_every_dialog_class_is_walked`.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import itertools
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt
from PySide6.QtGui import QAction, QFont, QImage, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QTreeWidget,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

import rustool.ui
from rustool.db import Database
from rustool.services.clients import create_client, search_clients
from rustool.services.demo import create_demo_clients
from rustool.services.groups import create_meeting
from rustool.services.plans import save_plan
from rustool.services.record_parts import Part, add_part
from rustool.services.referrals import create_referral, save_draft
from rustool.services.screenings import record_screening
from rustool.ui.accessibility import menu_shortcuts
from rustool.ui.dashboard_view import DashboardView
from rustool.ui.dialogs.audit_dialog import AuditDialog
from rustool.ui.dialogs.backup_dialogs import RestoreDialog
from rustool.ui.dialogs.client_dialog import ClientDialog, client_form_fields
from rustool.ui.dialogs.meeting_dialog import GoalChoiceDialog, MeetingDialog
from rustool.ui.dialogs.member_dialog import MemberDialog
from rustool.ui.dialogs.passphrase_dialogs import NewPassphraseDialog, PassphraseDialog
from rustool.ui.dialogs.pdf_preview import PdfPreviewDialog
from rustool.ui.dialogs.plan_dialogs import (
    NOTE_FIELD,
    MemberChoiceDialog,
    RevisionDialog,
    evaluation_dialog,
)
from rustool.ui.dialogs.referral_event_dialog import ReferralEventDialog
from rustool.ui.dialogs.screening_dialog import ScreeningDialog
from rustool.ui.dialogs.settings_dialog import SettingsDialog
from rustool.ui.form_dialog import WARNING_SIGN, FormDialog
from rustool.ui.help_window import TOPICS, HelpWindow, show_help
from rustool.ui.main_window import MainWindow
from rustool.ui.screening_tab import DraftChoiceDialog
from rustool.ui.session_lock import LockScreen
from rustool.ui.wizards.first_start import FirstStartWizard
from rustool.ui.wizards.referral_wizard import ReferralWizard
from rustool.ui.wizards.substance_table import SubstanceTable
from tests.conftest import SYNTHETIC_ID
from tests.services.test_dashboard import sent
from tests.ui.dialog_helpers import MessageBoxes, type_into
from tests.ui.test_meeting_dialog import add_members

# What a user operates. A check box or button names itself by its text.
INPUTS = (
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractButton,
    QAbstractItemView,
)
TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox)
# Widgets whose own children are parts of them (a combo's list, a tab bar's arrows, a line
# edit's clear button, the menu bar's overflow button): Qt names those.
COMPOSITES = (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QTabBar,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QMenu,
    QMenuBar,
    QCalendarWidget,
)
# A grid of inputs, one line per substance: the column headings label it, and each cell's
# name says its row and column ("Rad 2: Debutalder"); a buddy per cell would repeat them.
INPUT_GRIDS = (SubstanceTable,)
TOLERANCE = 2  # pixels, for frames that overlap by a line

# Every dialog and wizard class of the UI, and whether the walk below opened it.
WALKED: tuple[type[QDialog], ...] = (
    AuditDialog,
    ClientDialog,
    DraftChoiceDialog,
    FirstStartWizard,
    FormDialog,
    GoalChoiceDialog,
    HelpWindow,
    LockScreen,
    MeetingDialog,
    MemberChoiceDialog,
    MemberDialog,
    NewPassphraseDialog,
    PassphraseDialog,
    PdfPreviewDialog,
    ReferralEventDialog,
    ReferralWizard,
    RestoreDialog,
    RevisionDialog,
    ScreeningDialog,
    SettingsDialog,
)


# --- what is checked ---------------------------------------------------------------------------


def without_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def is_part(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def widgets_of(root: QWidget) -> list[QWidget]:
    return [root, *root.findChildren(QWidget)]


def inputs_of(root: QWidget) -> list[QWidget]:
    return [
        widget
        for widget in widgets_of(root)
        if isinstance(widget, INPUTS)
        and not isinstance(widget, QHeaderView | QScrollBar)
        and not is_part(widget, root)
    ]


def name_of(widget: QWidget) -> str:
    name = widget.accessibleName().strip()
    if not name and isinstance(widget, QAbstractButton):
        name = without_mnemonic(widget.text())
    return name


def describe(widget: QWidget) -> str:
    shown = widget.text() if isinstance(widget, QAbstractButton | QLabel) else ""
    owners: list[str] = []
    parent = widget.parentWidget()
    while parent is not None and len(owners) < 3:
        if type(parent).__module__.startswith("rustool"):
            owners.append(type(parent).__name__)
        parent = parent.parentWidget()
    where = f" in {'/'.join(owners)}" if owners else ""
    return f"{type(widget).__name__} {name_of(widget) or shown!r}{where}"


def layout_widgets(layout: QLayout) -> list[QWidget]:
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget = item.widget() if item is not None else None
        inner = item.layout() if item is not None else None
        if widget is not None:
            found.append(widget)
        elif inner is not None:
            found.extend(layout_widgets(inner))
    return found


def unnamed_inputs(root: QWidget) -> list[str]:
    return [f"no name: {describe(w)}" for w in inputs_of(root) if not name_of(w)]


def form_rows_without_buddy(root: QWidget) -> list[str]:
    """A form row's input must be the buddy of the row's label."""
    problems = []
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if field is None:
                continue  # a spanning row: a check box or a note, naming itself
            widget, inner = field.widget(), field.layout()
            holders = [widget] if widget else layout_widgets(inner) if inner else []
            inputs = [found for holder in holders for found in inputs_of(holder)]
            if not inputs:
                continue
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = label_item.widget() if label_item is not None else None
            if not isinstance(label, QLabel) or label.buddy() not in inputs:
                problems.append(f"form row without its label as buddy: {describe(inputs[0])}")
    return problems


def is_read_only(widget: QWidget) -> bool:
    """A text to read (the help, a summary): named, but not an input needing a label."""
    return isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit) and widget.isReadOnly()


def text_inputs_without_label(root: QWidget) -> list[str]:
    buddies = [label.buddy() for label in root.findChildren(QLabel)]
    return [
        f"no label (buddy): {describe(widget)}"
        for widget in inputs_of(root)
        if isinstance(widget, TEXT_INPUTS)
        and not is_read_only(widget)
        and widget not in buddies
        and not any(isinstance(owner, INPUT_GRIDS) for owner in ancestors(widget))
    ]


def ancestors(widget: QWidget) -> list[QWidget]:
    found = []
    parent = widget.parentWidget()
    while parent is not None:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def shared_mnemonics(root: QWidget) -> list[str]:
    """Alt+letter must do one thing among what is shown together (a shared one only moves
    the focus between its owners, and a button no longer presses)."""
    owners: dict[str, list[str]] = {}
    for widget in widgets_of(root):
        if not widget.isVisible():
            continue
        texts: list[str] = []
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or (
            isinstance(widget, QAbstractButton) and not is_part(widget, root)
        ):
            texts = [widget.text()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count()) if widget.isTabEnabled(i)]
        elif isinstance(widget, QMenuBar):
            texts = [action.text() for action in widget.actions()]
        for text in texts:
            key = mnemonic(text)
            if key:
                owners.setdefault(key, []).append(without_mnemonic(text))
    return [
        f"Alt+{key.upper()} shared by {names}" for key, names in owners.items() if len(names) > 1
    ]


def coloured_without_sign(root: QWidget) -> list[str]:
    """A message coloured for emphasis says what it is in words and a sign as well."""
    return [
        f"coloured text without {WARNING_SIGN}: {label.text()!r}"
        for label in root.findChildren(QLabel)
        if label.isVisible()
        and "color" in label.styleSheet()
        and label.text()
        and not label.text().startswith(WARNING_SIGN)
    ]


class Walk:
    """Collects what is wrong in each window it is shown, and which dialog classes it saw."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.seen: set[type] = set()

    def check(self, root: QWidget) -> None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # removed rows
        self.seen.add(type(root))
        where = root.windowTitle() or type(root).__name__
        for check in (
            unnamed_inputs,
            form_rows_without_buddy,
            text_inputs_without_label,
            shared_mnemonics,
            coloured_without_sign,
        ):
            self.problems.extend(f"{where}: {problem}" for problem in check(root))


@pytest.fixture
def walk(monkeypatch: pytest.MonkeyPatch) -> Walk:
    """Each dialog the user would see is shown, checked and closed (Avbryt) in their place."""
    MessageBoxes(monkeypatch)  # every question answered "no": nothing is deleted
    walker = Walk()

    def exec_(dialog: QDialog) -> int:
        dialog.show()
        walker.check(dialog)
        dialog.done(int(QDialog.DialogCode.Rejected.value))
        return int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(QDialog, "exec", exec_)
    return walker


# --- the caseload ------------------------------------------------------------------------------


def everything_for(db: Database, given_name: str) -> int:
    """A client with something in every part of the record, and a draft and a sent referral."""
    today = dt.date.today()
    client = create_client(
        db, {"given_name": given_name, "family_name": "Nordmann", "national_id": SYNTHETIC_ID}
    )
    assert client.id is not None
    client_id = client.id
    for kind in ("referral", "responsibility_group", "individual_plan"):
        add_part(db, Part.CONSENTS, client_id, {"kind": kind, "given_on": today, "form": "written"})
    add_part(db, Part.NETWORK, client_id, {"name": "Kari Søster", "relation": "søster"})
    add_part(db, Part.CHILDREN, client_id, {"name": "Lise", "relation": "child"})
    add_part(db, Part.APPOINTMENTS, client_id, {"starts_at": dt.datetime.now(), "kind": "other"})
    add_members(db, client_id)
    create_meeting(
        db,
        client_id,
        {
            "starts_at": dt.datetime.now() - dt.timedelta(days=3),
            "location": "Rådhuset",
            "agenda": [{"title": "Bolig", "notes": "Søknad sendt"}],
            "action_items": [
                {"description": "Søke bolig", "responsible": "Per Lege", "due_on": today}
            ],
        },
    )
    plan = {
        "coordinator": "Kari Koordinator",
        "period_start": today,
        "participants": [{"name": "Per Lege", "role": "fastlege"}],
        "goals": [
            {
                "life_area": "housing",
                "description": "Egen leilighet",
                "measures": [{"description": "Boligsøknad", "responsible": "NAV, Per"}],
            }
        ],
        "evaluations": [{"held_on": today, "summary": "Godt i gang"}],
    }
    first = save_plan(db, client_id, plan, None)
    assert first.plan is not None
    save_plan(db, client_id, plan | {"coordinator": "Kari K."}, first.plan.version)
    record_screening(db, client_id, "AUDIT", today, [1] * 8 + [2, 2], "male")
    draft = create_referral(db, client_id, "tsb")
    assert draft.id is not None
    save_draft(
        db,
        draft.id,
        common={},
        recipient={"name": "Enhet"},
        content={"help_wanted": "Hjelp"},
        substance_use=[{"substance": "alcohol", "frequency": "daglig"}],
        wizard_page=0,
        expected_version=draft.version,
    )
    sent(db, client_id)
    return client_id


@pytest.fixture
def caseload(db: Database) -> tuple[int, int]:
    """Demo clients for the day's overview; Ola with everything; Per with nothing at all."""
    create_demo_clients(db, 60, seed=11)  # enough for every group of the overview
    ola = everything_for(db, "Ola")
    per = create_client(
        db, {"given_name": "Per", "family_name": "Tom", "birth_date": "1990-05-17"}
    ).id
    assert per is not None
    return ola, per


def open_window(db: Database, qtbot: QtBot) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.dashboard.refresh()
    return window


# --- the walk ----------------------------------------------------------------------------------


def press(*buttons: QAbstractButton) -> None:
    """Click each button the user could click now (shown and enabled), as they would."""
    for button in buttons:
        if button.isVisible() and button.isEnabled():
            button.click()


def walk_client(window: MainWindow, walk: Walk, client_id: int) -> None:
    """Every tab (and the plan's own tabs) of one client, and every dialog they open."""
    window.open_from_dashboard(client_id, "overview", 0, 0)
    view = window.client_view
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        walk.check(window)
    plan = view.plan_tab
    view.tabs.setCurrentWidget(plan)
    for index in range(plan.sections.count()):
        plan.sections.setCurrentIndex(index)
        walk.check(window)

    for action in (view.edit_action, view.close_case_action, view.audit_log_action):
        action.trigger()
    for part in (view.network_tab, view.children_tab, view.consents_tab, view.appointments_tab):
        view.tabs.setCurrentWidget(part)
        press(part.add_button)
        part.table.selectRow(0)
        press(part.edit_button)

    referrals = view.referrals_tab
    view.tabs.setCurrentWidget(referrals)
    for row in range(len(referrals.views)):
        referrals.table.selectRow(row)
        press(referrals.continue_button, referrals.event_button, referrals.pdf_button)
    press(referrals.new_tsb_button, referrals.new_lar_button)

    screening = view.screening_tab
    view.tabs.setCurrentWidget(screening)
    press(screening.audit_button, screening.dudit_button)
    screening.table.selectRow(0)
    press(screening.attach_button)

    group = view.group_tab
    view.tabs.setCurrentWidget(group)
    press(group.new_member_button)
    group.member_table.selectRow(0)
    press(group.edit_member_button, group.new_meeting_button)
    group.meeting_table.selectRow(0)
    press(group.open_meeting_button, group.minutes_button)
    group.item_table.selectRow(0)
    press(group.measure_button)

    view.tabs.setCurrentWidget(plan)
    press(plan.consent_button, plan.decline_button, plan.create_button)
    plan.sections.setCurrentWidget(plan.plan_page)
    press(plan.pdf_button, plan.edit_plan_button)
    press(plan.add_members_button, plan.add_participant_button)
    plan.sections.setCurrentWidget(plan.goals_page)
    press(plan.new_goal_button)
    first_goal = plan.goals_tree.topLevelItem(0)
    if first_goal is not None:  # the empty record has none
        plan.goals_tree.setCurrentItem(first_goal)
    press(plan.new_measure_button, plan.edit_item_button)
    plan.sections.setCurrentWidget(plan.evaluations_page)
    press(plan.new_evaluation_button)
    plan.evaluations_table.selectRow(0)
    press(plan.edit_evaluation_button)
    plan.sections.setCurrentWidget(plan.revisions_page)
    plan.revisions_table.selectRow(0)
    press(plan.view_revision_button)


def test_every_input_is_named_and_labelled_and_every_letter_does_one_thing(
    db: Database, qtbot: QtBot, walk: Walk, caseload: tuple[int, int]
) -> None:
    ola, per = caseload
    window = open_window(db, qtbot)
    walk.check(window)  # the day's overview
    for action in (
        window.new_client_action,
        window.restore_action,
        window.settings_action,
        window.audit_log_action,
        window.passphrase_action,
    ):
        action.trigger()
    walk_client(window, walk, ola)
    # The empty states (other words, other buttons) in a window of their own: the one that
    # showed Ola keeps her group tab's selection, which trips GroupTab.set_client (reported).
    walk_client(open_window(db, qtbot), walk, per)

    for topic in TOPICS:  # the help, as its menu opens it
        walk.check(show_help(window, topic, "nb", menu_shortcuts(window.menuBar())))
    # Opened by no button: the start's assistant and question, and the lock screen.
    for dialog in (
        FirstStartWizard(),
        PassphraseDialog(Path("rustool.sqlite3"), lambda _passphrase: None),
        LockScreen(True, lambda _passphrase: None, lambda: None),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        walk.check(dialog)

    problems = list(dict.fromkeys(walk.problems))  # a window checked in each state
    assert problems == [], "\n".join(problems)
    assert set(WALKED) <= walk.seen, "not opened by the walk: " + ", ".join(
        cls.__name__ for cls in set(WALKED) - walk.seen
    )


def test_every_dialog_class_is_walked() -> None:
    """A new dialog or wizard under rustool/ui must join the walk above (add it to WALKED and
    open it there)."""
    found: set[type] = set()
    for module_info in pkgutil.walk_packages(rustool.ui.__path__, "rustool.ui."):
        module = importlib.import_module(module_info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__:
                found.add(cls)
    assert sorted(cls.__name__ for cls in found - set(WALKED)) == []


# --- tab order ---------------------------------------------------------------------------------


def tab_stops(first: QWidget, limit: int = 300) -> list[QWidget]:
    """The widgets Tab visits from `first` until it comes round again, as the user meets them."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is first
    stops = [first]
    for _ in range(limit):
        current = QApplication.focusWidget()
        assert current is not None
        QTest.keyClick(current, Qt.Key.Key_Tab)
        current = QApplication.focusWidget()
        if current is None or current is first:
            return stops
        stops.append(current)
    raise AssertionError("Tab never came round to the first widget again")


def rect_in(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def out_of_reading_order(stops: list[QWidget], window: QWidget) -> list[str]:
    """Each next stop must be below the one before, or beside it on the right."""
    problems = []
    for before, after in itertools.pairwise(stops):
        a, b = rect_in(before, window), rect_in(after, window)
        below = b.top() >= a.bottom() - TOLERANCE
        same_line = b.top() <= a.bottom() and a.top() <= b.bottom()
        right = same_line and b.left() >= a.right() - TOLERANCE
        if not (below or right):
            problems.append(f"{describe(before)} → {describe(after)}")
    return problems


def reachable_inputs(page: QWidget) -> list[QWidget]:
    return [
        widget
        for widget in inputs_of(page)
        if widget.isVisible()
        and widget.isEnabled()
        and widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
    ]


def unroll(window: QWidget) -> None:
    """Tall enough that no scroll area scrolls: positions then read as the eye reads them."""
    for area in window.findChildren(QScrollArea):
        area.verticalScrollBar().setValue(0)
    extra = max(
        (
            inner.sizeHint().height() - area.viewport().height()
            for area in window.findChildren(QScrollArea)
            if area.isVisible() and (inner := area.widget()) is not None
        ),
        default=0,
    )
    window.resize(window.width(), window.height() + max(extra, 0))
    QApplication.processEvents()


def show_active(qtbot: QtBot, window: QWidget) -> None:
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # focus and keys need the window active


def test_tab_follows_the_reading_order_in_the_client_dialog(db: Database, qtbot: QtBot) -> None:
    dialog = ClientDialog(db, None)
    show_active(qtbot, dialog)
    first = dialog.field_widget("given_name")
    stops = tab_stops(first)
    unroll(dialog)
    assert all(not isinstance(stop, QScrollArea) for stop in stops)  # no stop without a name
    assert out_of_reading_order(stops, dialog) == []
    assert set(reachable_inputs(dialog)) <= set(stops)
    fields = [dialog.field_widget(field.name) for field in client_form_fields()]
    assert stops[: len(fields)] == fields  # the fields first, as the form shows them


def wizard_page_problems(wizard: QWizard) -> list[str]:
    """Tab on the current page: in reading order, reaching every input, each stop named."""
    page = wizard.currentPage()
    inputs = reachable_inputs(page)
    if not inputs:
        return []  # a page to read (a summary): the wizard's buttons only
    stops = [stop for stop in tab_stops(inputs[0]) if page.isAncestorOf(stop)]
    unroll(wizard)
    title = page.title()
    problems = [f"{title}: {problem}" for problem in out_of_reading_order(stops, wizard)]
    problems += [f"{title}: Tab never reaches {describe(w)}" for w in inputs if w not in stops]
    problems += [f"{title}: unnamed stop {describe(w)}" for w in stops if not name_of(w)]
    return problems


@pytest.mark.parametrize("kind", ["tsb", "lar"])
def test_tab_follows_the_reading_order_on_every_referral_wizard_page(
    db: Database,
    qtbot: QtBot,
    caseload: tuple[int, int],
    kind: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    MessageBoxes(monkeypatch)
    ola, _ = caseload
    referral = create_referral(db, ola, kind)
    assert referral.id is not None
    save_draft(  # a line in the substance table: a grid of inputs, read row by row
        db,
        referral.id,
        common={},
        recipient={},
        content={},
        substance_use=[{"substance": "alcohol"}, {"substance": "cannabis"}],
        wizard_page=0,
        expected_version=referral.version,
    )
    wizard = ReferralWizard(db, referral.id)
    show_active(qtbot, wizard)
    problems: list[str] = []
    try:
        for page_id in wizard.pageIds():
            while wizard.currentId() != page_id:
                wizard.next()
            problems += wizard_page_problems(wizard)
    finally:
        wizard.done(int(QDialog.DialogCode.Rejected.value))
    assert problems == []


def test_tab_follows_the_reading_order_on_every_first_start_page(qtbot: QtBot) -> None:
    wizard = FirstStartWizard()
    show_active(qtbot, wizard)
    problems: list[str] = []
    for page_id in wizard.pageIds():
        wizard.setStartId(page_id)  # each page as the assistant shows it, without filling it
        wizard.restart()
        problems += wizard_page_problems(wizard)
    assert problems == []


# --- shortcuts ---------------------------------------------------------------------------------


def menu_actions(menu_bar: QMenuBar) -> list[QAction]:
    found = []
    for top in menu_bar.actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        found += [a for a in menu.actions() if not a.isSeparator() and a.menu() is None]
    return found


def test_every_menu_action_has_keys_of_its_own_listed_for_the_help(
    db: Database, qtbot: QtBot
) -> None:
    window = open_window(db, qtbot)
    actions = menu_actions(window.menuBar())
    assert [without_mnemonic(a.text()) for a in actions if a.shortcut().isEmpty()] == []

    # No two window-wide keys the same: Qt would then run neither, only warn.
    window_wide = [action.shortcut() for action in window.findChildren(QAction)]
    window_wide += [
        shortcut.key()
        for shortcut in window.findChildren(QShortcut)
        if shortcut.context()
        in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
    ]
    keys = [key.toString() for key in window_wide if not key.isEmpty()]
    assert sorted({key for key in keys if keys.count(key) > 1}) == []

    # Within a menu, each underlined letter picks one entry.
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        letters = [mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
        assert None not in letters and len(letters) == len(set(letters)), menu.title()

    # The keys page of the help lists them, as the menus name them.
    listed = menu_shortcuts(window.menuBar())
    assert len(listed) == len(actions)
    assert all(what and "&" not in what and keys for what, keys in listed)
    assert (
        window.tr("Ny klient"),
        QKeySequence("Ctrl+N").toString(QKeySequence.SequenceFormat.NativeText),
    ) in listed


# --- focus ------------------------------------------------------------------------------------


def unseen_focus(first: QWidget) -> list[str]:
    """Tab round from `first`; each stop must look different with the focus than it did while
    the stop before it had the focus (a button: than while another button had it, because
    the default button is outlined whenever a field has the focus)."""
    stops = tab_stops(first)
    buttons = [stop for stop in stops if isinstance(stop, QAbstractButton)]
    stops[-1].setFocus(Qt.FocusReason.TabFocusReason)
    looks: dict[int, list[QImage]] = {id(stop): [] for stop in stops}  # without the focus
    focused: dict[int, QImage] = {}
    for index, stop in enumerate(stops):
        current = QApplication.focusWidget()
        assert current is not None
        QTest.keyClick(current, Qt.Key.Key_Tab)  # as the user moves on
        assert stop.hasFocus()
        focused[id(stop)] = stop.grab().toImage()
        following = stops[(index + 1) % len(stops)]
        looks[id(following)].append(following.grab().toImage())
        for button in buttons:
            if button is not stop:
                looks[id(button)].append(button.grab().toImage())
    return [
        f"focus not shown on {describe(stop)}"
        for stop in stops
        if all(focused[id(stop)] == look for look in looks[id(stop)])
    ]


def test_the_focus_is_shown_wherever_tab_goes(
    db: Database, qtbot: QtBot, caseload: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    MessageBoxes(monkeypatch)
    ola, _ = caseload
    window = open_window(db, qtbot)
    problems = unseen_focus(window.search_edit)  # the list and the day's overview
    view = window.client_view
    for client_id in caseload:  # a full record, and an empty one (empty tables)
        window.open_from_dashboard(client_id, "overview", 0, 0)
        for index in range(view.tabs.count()):
            view.tabs.setCurrentIndex(index)
            problems += unseen_focus(window.search_edit)

    # Forms: line edits, a check box, a text field, buttons; a filter; radio buttons.
    client = ClientDialog(db, None)
    log = AuditDialog(db, ola)
    unknown_sex = create_client(
        db, {"given_name": "Kim", "family_name": "Test", "birth_date": "1990-01-01"}
    )
    screening = ScreeningDialog(db, unknown_sex, "AUDIT")
    for dialog, first in (
        (client, client.field_widget("given_name")),
        (log, log.from_edit),
        (screening, screening.date_input),
    ):
        show_active(qtbot, dialog)
        problems += unseen_focus(first)
        dialog.close()
    assert problems == []


# --- colour ------------------------------------------------------------------------------------


def test_the_overview_says_each_urgency_in_words_and_never_in_colour(
    db: Database, qtbot: QtBot, caseload: tuple[int, int]
) -> None:
    view = DashboardView(db)
    qtbot.addWidget(view)
    view.show()
    words = {
        "⚠ Haster": ("⚠ ",),
        "Forfalt": ("forfalt", "over fristen"),
        "Snart": (),
        "Til orientering": (),
    }
    shown = [heading.text(0).rsplit(" (", 1)[0] for heading in view.headings()]
    assert shown == list(words)  # every group, in words (this caseload has them all)
    for heading in view.headings():
        says = words[heading.text(0).rsplit(" (", 1)[0]]
        for row in range(heading.childCount()):
            line = heading.child(row)
            assert line is not None
            # No colour of its own: what it means is in the sentence.
            assert line.foreground(0).style() == Qt.BrushStyle.NoBrush
            assert line.background(0).style() == Qt.BrushStyle.NoBrush
            assert not says or any(word in line.toolTip(0) for word in says), line.toolTip(0)
    assert coloured_without_sign(view) == []


def test_a_refusal_is_marked_with_a_sign_and_words_under_its_field(
    db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    MessageBoxes(monkeypatch)
    before = len(search_clients(db, ""))
    dialog = ClientDialog(db, None)
    show_active(qtbot, dialog)
    type_into(dialog, "family_name", "Nordmann")
    type_into(dialog, "birth_date", "01.02.1980")
    type_into(dialog, "email", "ola.example.org")
    dialog.save_button.click()

    assert dialog.isVisible()  # not saved, the input kept
    assert len(search_clients(db, "")) == before
    for name, reason in (("given_name", "må fylles ut"), ("email", "e-post")):
        error = dialog.error_label(name)
        assert error.isVisible() and error.text().startswith(f"{WARNING_SIGN} ")
        assert reason in error.text().lower()
        # A screen reader reads it with the field, which also has the focus first.
        assert dialog.field_widget(name).accessibleDescription() == error.text()
    assert dialog.field_widget("given_name").hasFocus()
    assert dialog.summary_label.text().startswith(WARNING_SIGN)
    assert coloured_without_sign(dialog) == []


def test_an_unanswered_screening_is_refused_with_a_sign_and_words(
    db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    MessageBoxes(monkeypatch)
    client = create_client(
        db, {"given_name": "Ola", "family_name": "B", "national_id": SYNTHETIC_ID}
    )
    dialog = ScreeningDialog(db, client, "AUDIT")
    show_active(qtbot, dialog)
    dialog.save_button.click()
    assert dialog.saved is None
    assert dialog.summary_label.isVisible()
    assert dialog.summary_label.text().startswith(WARNING_SIGN)
    assert coloured_without_sign(dialog) == []


# --- twice the font size -----------------------------------------------------------------------


@pytest.fixture
def double_font(qapp: QApplication) -> Iterator[float]:
    """The system font at twice its size for the windows made in the test; its point size."""
    normal = QApplication.font()
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 2)
    QApplication.setFont(large)
    yield large.pointSizeF()
    QApplication.setFont(normal)


def cut_headings(view: QTableView | QTreeView) -> list[str]:
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    if header.isHidden():
        return []
    problems = []
    for section in range(header.count()):
        stretched = header.sectionResizeMode(section) == QHeaderView.ResizeMode.Stretch
        last = section == header.count() - 1 and header.stretchLastSection()
        if header.isSectionHidden(section) or stretched or last:
            continue  # what is left over: it is as wide as the view allows
        if header.sectionSize(section) < header.sectionSizeHint(section) - TOLERANCE:
            problems.append(
                f"column {section} of {describe(view)}: "
                f"{header.sectionSize(section)} wide of {header.sectionSizeHint(section)}"
            )
    return problems


def cut_lines(tree: QTreeWidget) -> list[str]:
    """A list whose lines wrap shows each line whole: as wide and as high as its text."""
    problems = []
    metrics = tree.fontMetrics()
    for index in range(tree.topLevelItemCount()):
        heading = tree.topLevelItem(index)
        assert heading is not None
        for row in range(heading.childCount()):
            item = heading.child(row)
            assert item is not None
            lines = item.text(0).split("\n")
            rect = tree.visualItemRect(item)
            widest = max(metrics.horizontalAdvance(line) for line in lines)
            high = len(lines) * metrics.lineSpacing()
            if widest > rect.width() or high > rect.height():
                shown = f"{rect.width()}×{rect.height()} of {widest}×{high}"
                problems.append(f"line cut in {describe(tree)}, {shown}: {item.text(0)!r}")
    return problems


def cut_text(root: QWidget) -> list[str]:
    """Shown labels and buttons get the room their text needs (or wrap and get the height);
    a column heading gets its width unless the column stretches into what is left."""
    problems = []
    for widget in widgets_of(root):
        if not widget.isVisible() or is_part(widget, root):
            continue
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + TOLERANCE:
                    problems.append(f"{describe(widget)}: {widget.height()} high of {needed}")
                continue
            hint = widget.minimumSizeHint()
        elif isinstance(widget, QAbstractButton) and widget.text():
            hint = widget.minimumSizeHint()
        elif isinstance(widget, QTableView | QTreeView):
            problems += cut_headings(widget)
            if isinstance(widget, QTreeWidget) and widget.wordWrap():
                problems += cut_lines(widget)
            continue
        else:
            continue
        if widget.width() < hint.width() - TOLERANCE or widget.height() < hint.height() - TOLERANCE:
            problems.append(f"{describe(widget)}: {widget.size().toTuple()} of {hint.toTuple()}")
    return problems


def test_nothing_is_cut_in_the_main_window_at_twice_the_font_size(
    db: Database, qtbot: QtBot, caseload: tuple[int, int], double_font: float
) -> None:
    window = open_window(db, qtbot)
    assert window.table.font().pointSizeF() == double_font
    problems = cut_text(window)
    view = window.client_view
    for client_id in caseload:
        window.open_from_dashboard(client_id, "overview", 0, 0)
        for index in range(view.tabs.count()):
            view.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            problems += cut_text(window)
    problems = list(dict.fromkeys(problems))
    assert problems == [], "\n".join(problems)


def test_nothing_is_cut_in_the_referral_wizard_at_twice_the_font_size(
    db: Database,
    qtbot: QtBot,
    caseload: tuple[int, int],
    double_font: float,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    MessageBoxes(monkeypatch)
    problems: list[str] = []
    for kind in ("tsb", "lar"):
        referral = create_referral(db, caseload[0], kind)
        assert referral.id is not None
        wizard = ReferralWizard(db, referral.id)
        show_active(qtbot, wizard)
        assert wizard.font().pointSizeF() == double_font
        for page_id in wizard.pageIds():
            while wizard.currentId() != page_id:
                wizard.next()
            QApplication.processEvents()
            problems += cut_text(wizard)
        wizard.done(int(QDialog.DialogCode.Rejected.value))
    dialog = ClientDialog(db, None)
    show_active(qtbot, dialog)
    problems += cut_text(dialog)
    problems = list(dict.fromkeys(problems))
    assert problems == [], "\n".join(problems)


def test_an_ampersand_the_user_wrote_is_shown_in_a_label_and_takes_no_key(qtbot: QtBot) -> None:
    goals = [{"description": "Bolig & arbeid"}]
    dialog = evaluation_dialog({}, goals, lambda _values: None, new=True)
    qtbot.addWidget(dialog)
    name = NOTE_FIELD.format(goal=0)
    label = dialog.field_label_widget(name)
    assert mnemonic(label.text()) is None  # "&&": shown as "&", no Alt+letter
    assert without_mnemonic(label.text()) == "Mål 1 «Bolig & arbeid»"
    assert label.buddy() is dialog.field_widget(name)
    assert dialog.field_widget(name).accessibleName() == "Mål 1 «Bolig & arbeid»"
