"""The help window: short pages on the referral path, the referral wizard, groups and plans,
privacy, the keys and the emergency numbers, in the user's language.

The pages are HTML fragments in `rustool/resources/help/<language>/<topic>.html`. That tree is
bundled as data beside the package, so a path relative to this file finds it in a PyInstaller
bundle as well as in a checkout. The keys page is made from the shortcuts the caller passes,
so it always matches the menus. Links between pages (`topic:wizard`) stay in the window; a
link out is shown as its address in text, since rustool opens nothing on the network. The
emergency numbers stay visible under every page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from rustool.ui.geometry import restore_geometry, save_geometry

TOPICS: tuple[str, ...] = (
    "referral_path",
    "wizard",
    "groups_plans",
    "privacy",
    "shortcuts",
    "emergency",
)
GENERATED_TOPIC = "shortcuts"  # made from the caller's shortcuts, not read from a file
HELP_LANGUAGES = ("nb", "nn", "en")
FALLBACK_LANGUAGE = "nb"  # the source language: every page exists in it
HELP_DIR = Path(__file__).resolve().parent.parent / "resources" / "help"
TOPIC_SCHEME = "topic"
GEOMETRY_KEY = "help_window"
# Headings a step above the text, not the browser's poster sizes.
_STYLE = "h1 { font-size: x-large; } h2 { font-size: large; } h3 { font-size: medium; }"
# A link that leaves the help: anything but topic:. The pages are ours, so a pattern suffices.
_LINK_OUT = re.compile(r'<a\s+href="(?!topic:)(?P<url>[^"]*)"\s*>(?P<text>.*?)</a>', re.DOTALL)


def _t(text: str) -> str:
    return QCoreApplication.translate("HelpWindow", text)


def topic_title(topic: str) -> str:
    """The title of a page, in the list and above the page."""
    titles = {
        "referral_path": _t("Henvisningsforløpet"),
        "wizard": _t("Henvisningsveiviseren"),
        "groups_plans": _t("Ansvarsgruppe og individuell plan"),
        "privacy": _t("Personvern og sikkerhet"),
        "shortcuts": _t("Hurtigtaster"),
        "emergency": _t("Nødnumre"),
    }
    return titles[topic]


def help_language(language: str) -> str:
    return language if language in HELP_LANGUAGES else FALLBACK_LANGUAGE


def language_in_use() -> str:
    """The help language matching the language applied to the app (`rustool.i18n` sets the
    default locale with it), for callers that do not carry the language code themselves."""
    languages = {
        QLocale.Language.NorwegianNynorsk: "nn",
        QLocale.Language.English: "en",
    }
    return languages.get(QLocale().language(), FALLBACK_LANGUAGE)


def _keys(*sequences: str) -> str:
    """Keys as this platform names them, as the menus show them."""
    return " / ".join(
        QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)
        for sequence in sequences
    )


def fixed_shortcuts() -> list[tuple[str, list[tuple[str, str]]]]:
    """The keys no menu shows: lists and forms, the referral wizard, this window."""
    return [
        (
            _t("I lister og skjemaer"),
            [
                (_t("Fra søkefeltet ned i klientlisten"), _keys("Down")),
                (_t("Åpne klienten eller raden som er valgt"), _keys("Enter")),
                (_t("Neste fane i klientvisningen"), _keys("Ctrl+Tab")),
                (_t("Ny rad / fjern rad i tabellen i en fane"), _keys("Ins", "Del")),
                (_t("Lagre skjemaet"), _keys("Ctrl+S")),
                (_t("Lukke skjemaet (spør først hvis noe er endret)"), _keys("Esc")),
            ],
        ),
        (
            _t("I henvisningsveiviseren"),
            [
                # The Alt keys are the buttons' underlined letters: translated with them.
                (_t("Neste side (også fra et tekstfelt)"), _keys(_t("Alt+N"), "Ctrl+PgDown")),
                (_t("Forrige side (også fra et tekstfelt)"), _keys(_t("Alt+T"), "Ctrl+PgUp")),
                (
                    _t("Neste side (siste side: send), utenom i tekstfelt med flere linjer"),
                    _keys("Enter"),
                ),
                (
                    _t("Neste felt / forrige felt, også ut av et tekstfelt"),
                    _keys("Tab", "Shift+Tab"),
                ),
                (_t("Send henvisningen (på siste side)"), _keys(_t("Alt+S"))),
                (_t("Lukk – det du har skrevet, er lagret som utkast"), _keys("Esc")),
            ],
        ),
        (
            _t("I hjelpen"),
            [
                (_t("Større / mindre tekst"), _keys("Ctrl++", "Ctrl+-")),
                (_t("Lukk hjelpen"), _keys("Esc")),
            ],
        ),
    ]


def _table(rows: Sequence[tuple[str, str]]) -> str:
    head = "<tr><th align='left'>{what}</th><th align='left'>{keys}</th></tr>".format(
        what=escape(_t("Hva")), keys=escape(_t("Taster"))
    )
    body = "".join(
        f"<tr><td>{escape(what)}</td><td>{escape(keys)}</td></tr>" for what, keys in rows
    )
    return f"<table width='100%' border='1' cellspacing='0' cellpadding='4'>{head}{body}</table>"


def shortcuts_html(window_shortcuts: Sequence[tuple[str, str]]) -> str:
    """The keys page: the caller's (what, keys) pairs first, then the fixed ones."""
    groups = [(_t("I hovedvinduet"), list(window_shortcuts)), *fixed_shortcuts()]
    return "\n".join(
        f"<h2>{escape(heading)}</h2>\n{_table(rows)}" for heading, rows in groups if rows
    )


def topic_html(topic: str, language: str) -> str:
    """A page's text from its file, in `language` or else bokmål; links out become text."""
    path = HELP_DIR / help_language(language) / f"{topic}.html"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:  # a damaged installation: say so in the window rather than fail
        return "<p>{}</p>".format(escape(_t("Denne hjelpesiden mangler i installasjonen.")))
    return _LINK_OUT.sub(r"\g<text> (\g<url>)", text)


class HelpWindow(QDialog):
    """Topics on the left, the page on the right, the emergency numbers underneath.

    Non-modal, so it can stay open beside the work. It remembers its size and position only.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.setSizeGripEnabled(True)
        self._language = FALLBACK_LANGUAGE
        self._shortcuts: list[tuple[str, str]] = []

        self.topic_list = QListWidget()
        self.topic_list.setAccessibleName(self.tr("Emner i hjelpen"))
        self.topic_list.addItems([topic_title(topic) for topic in TOPICS])  # row i is TOPICS[i]
        list_label = QLabel(self.tr("&Emner:"))
        list_label.setBuddy(self.topic_list)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(list_label)
        left_layout.addWidget(self.topic_list)

        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # topic: links are followed here, nothing else opens
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setAccessibleName(self.tr("Hjelpetekst"))
        self.browser.document().setDefaultStyleSheet(_STYLE)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 620])

        self.emergency_label = QLabel(
            self.tr("Ved fare for liv: ring 113. Legevakt: ring 116 117.")
        )
        self.emergency_label.setTextFormat(Qt.TextFormat.PlainText)
        self.emergency_label.setWordWrap(True)
        self.emergency_label.setStyleSheet("font-weight: bold;")
        self.emergency_label.setAccessibleName(self.tr("Nødnumre"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Lukk"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.emergency_label)
        layout.addWidget(buttons)

        for key, zoom in (
            (QKeySequence.StandardKey.ZoomIn, self.browser.zoomIn),
            (QKeySequence.StandardKey.ZoomOut, self.browser.zoomOut),
        ):
            QShortcut(QKeySequence(key), self).activated.connect(zoom)

        self.topic_list.currentRowChanged.connect(lambda _row: self._render())
        self.resize(860, 600)
        restore_geometry(self, GEOMETRY_KEY)

    def configure(self, language: str, shortcuts: Sequence[tuple[str, str]] | None) -> None:
        """The language of the pages (unknown: bokmål) and the pairs the keys page lists
        (None: the ones it has, so a window that knows no menus leaves the main window's)."""
        self._language = help_language(language)
        if shortcuts is not None:
            self._shortcuts = list(shortcuts)

    def current_topic(self) -> str:
        return TOPICS[max(self.topic_list.currentRow(), 0)]

    def show_topic(self, topic: str) -> None:
        if topic not in TOPICS:
            raise ValueError(f"unknown help topic: {topic!r}")
        row = TOPICS.index(topic)
        if self.topic_list.currentRow() == row:
            self._render()  # the language or the shortcuts may have changed
        else:
            self.topic_list.setCurrentRow(row)  # renders through currentRowChanged

    def _render(self) -> None:
        topic = self.current_topic()
        if topic == GENERATED_TOPIC:
            body = shortcuts_html(self._shortcuts)
        else:
            body = topic_html(topic, self._language)
        title = topic_title(topic)
        self.browser.setHtml(f"<h1>{escape(title)}</h1>\n{body}")
        self.setWindowTitle(self.tr("Hjelp – {topic}").format(topic=title))

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == TOPIC_SCHEME and url.path() in TOPICS:
            self.show_topic(url.path())

    def done(self, result: int) -> None:
        save_geometry(self, GEOMETRY_KEY)
        super().done(result)


def show_help(
    parent: QWidget,
    topic: str,
    language: str,
    shortcuts: Sequence[tuple[str, str]] | None,
) -> HelpWindow:
    """Open the help at `topic`, or bring the open help window forward at that topic.

    `shortcuts` are (what, keys) pairs for the keys page, e.g. the main window's menu actions;
    None keeps those given before (the referral wizard has no menus of its own).
    """
    owner = parent.window()
    window = next(
        (widget for widget in QApplication.topLevelWidgets() if isinstance(widget, HelpWindow)),
        None,
    )
    if window is None:
        window = HelpWindow(owner)
    elif window.parentWidget() is not owner:
        # A modal window (the referral wizard) blocks every window except its own children.
        window.setParent(owner, window.windowFlags())
    window.configure(language, shortcuts)
    window.show_topic(topic)
    window.show()
    window.raise_()
    window.activateWindow()
    window.topic_list.setFocus(Qt.FocusReason.OtherFocusReason)
    return window
