"""The help window: every page in bokmål, nynorsk and English with the facts a consultant looks
for, links between pages, the keys page, and the emergency numbers always in sight."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow
from pytestqt.qtbot import QtBot

from rustool.domain.referral_rules import sections
from rustool.ui import geometry, help_window
from rustool.ui.help_window import (
    GENERATED_TOPIC,
    HELP_DIR,
    TOPICS,
    HelpWindow,
    language_in_use,
    show_help,
    topic_html,
    topic_title,
)

LANGUAGES = ("nb", "nn", "en")
FILE_TOPICS = tuple(topic for topic in TOPICS if topic != GENERATED_TOPIC)
# The facts each page must carry, per language (checked in the page's plain text).
FACTS = {
    "nb": {
        "referral_path": [
            "10 virkedager",
            "§ 2-2",
            "4 uker",
            "statsforvalteren",
            "fornyet vurdering",
            "egen henvisning",
            "trepartssamarbeid",
            "16 ganger",
            "28 dagene",
            "fastlegen",
        ],
        "privacy": ["passordfrase", "Ctrl+L", "30 sekunder", "sikkerhetskopi"],
        "groups_plans": ["koordinator", "samtykke", "Plankvalitet"],
        "emergency": ["113", "116 117", "legevakt"],
    },
    "nn": {
        "referral_path": [
            "10 verkedagar",
            "§ 2-2",
            "4 veker",
            "statsforvaltaren",
            "fornya vurdering",
            "eiga tilvising",
            "trepartssamarbeid",
            "16 gonger",
            "28 dagane",
            "fastlegen",
        ],
        "privacy": ["passordfrase", "Ctrl+L", "30 sekund", "tryggingskopi"],
        "groups_plans": ["koordinator", "samtykke", "Plankvalitet"],
        "emergency": ["113", "116 117", "legevakt"],
    },
    "en": {
        "referral_path": [
            "10 working days",
            "§ 2-2",
            "4 weeks",
            "county governor",
            "new assessment",
            "own referral",
            "three-party",
            "16 times",
            "28 days",
            "GP",
        ],
        "privacy": ["passphrase", "Ctrl+L", "30 seconds", "backup"],
        "groups_plans": ["coordinator", "consent", "Plan quality"],
        "emergency": ["113", "116 117", "legevakt"],
    },
}


def plain(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


@pytest.fixture(autouse=True)
def _no_help_window_left() -> Iterator[None]:
    """The help window is found among the application's windows: none outlives its test."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, HelpWindow):
            widget.close()
            widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def main(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def shown_text(window: HelpWindow) -> str:
    return " ".join(window.browser.toPlainText().split())


# --- the pages ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_exists_in_the_language_and_says_something(language: str) -> None:
    for topic in FILE_TOPICS:
        path = HELP_DIR / language / f"{topic}.html"
        assert path.is_file(), path
        text = plain(path.read_text(encoding="utf-8"))
        assert len(text) > 500, f"{language}/{topic} is too short to help"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_page_carries_its_facts(language: str) -> None:
    for topic, facts in FACTS[language].items():
        text = plain(topic_html(topic, language))
        missing = [fact for fact in facts if fact not in text]
        assert missing == [], f"{language}/{topic} lacks {missing}"


# The wizard's pages beyond the checklist sections, as the wizard titles them.
WIZARD_OWN_PAGES = {"Mottaker og henviser", "Kontroll og sending"}
# The page titles in the other languages (the translations of the sections' titles).
TRANSLATED_PAGES = {
    "nn": {
        "Aktuelt",
        "Familie og sosialt",
        "Andre forhold",
        "Opioidavhengigheit",
        "Dokumentasjon og prøver",
        "Mål og medisinering",
        "Trepartssamarbeid",
        "Grunngiving",
        "Vedlegg",
        "Mottakar og tilvisar",
        "Kontroll og sending",
    },
    "en": {
        "Current situation",
        "Family and social situation",
        "Other matters",
        "Opioid dependence",
        "Documentation and tests",
        "Goals and medication",
        "Three-party collaboration",
        "Reason for the referral",
        "Attachments",
        "Recipient and referrer",
        "Check and send",
    },
}


def page_headings(language: str) -> set[str]:
    return set(re.findall(r"<h3>(.*?)</h3>", topic_html("wizard", language)))


def test_the_wizard_help_describes_every_page_of_both_wizards_by_its_title() -> None:
    pages = {section.title for section in sections("lar")} | WIZARD_OWN_PAGES
    assert {section.title for section in sections("tsb")} < pages
    assert len(pages) == 11

    assert page_headings("nb") == pages
    for language, titles in TRANSLATED_PAGES.items():
        assert page_headings(language) == titles, language
    for language in LANGUAGES:
        text = plain(topic_html("wizard", language))
        assert " 7 " in text and " 11" in text  # the number of pages of each kind


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_link_between_pages_leads_to_a_page(language: str) -> None:
    links = [
        re.findall(r'<a href="topic:(\w+)">(.*?)</a>', topic_html(topic, language), re.DOTALL)
        for topic in FILE_TOPICS
    ]
    found = [link for page in links for link in page]
    in_bokmal = [
        topic
        for page in FILE_TOPICS
        for topic in re.findall(r'"topic:(\w+)"', topic_html(page, "nb"))
    ]
    assert [topic for topic, _ in found] == in_bokmal  # the same links in every language
    for topic, text in found:
        assert topic in TOPICS
        if language == "nb":  # the link reads as the title in the list (the source language)
            assert " ".join(text.split()) == topic_title(topic)


def test_nynorsk_says_tilvising_and_is_nynorsk() -> None:
    pages = {topic: plain(topic_html(topic, "nn")).lower() for topic in FILE_TOPICS}
    everything = " ".join(pages.values())
    assert "henvis" not in everything
    assert re.search(r"\bikke\b", everything) is None
    for word in ("tilvising", "ikkje", "eit", "ein", "rett"):
        assert re.search(rf"\b{word}\b", everything), word
    assert "tilvising" in pages["referral_path"] and "tilvising" in pages["wizard"]


# --- the window --------------------------------------------------------------------------------


def test_show_help_opens_the_requested_topic_beside_the_work(
    main: QMainWindow, qtbot: QtBot
) -> None:
    window = show_help(main, "wizard", "nb", [])
    qtbot.waitUntil(window.isActiveWindow)  # waitActive returns early on the offscreen platform

    assert window.isVisible()
    assert not window.isModal()
    assert window.current_topic() == "wizard"
    assert (
        window.topic_list.currentItem().text() == topic_title("wizard") == "Henvisningsveiviseren"
    )
    assert window.windowTitle() == "Hjelp – Henvisningsveiviseren"
    text = shown_text(window)
    assert text.startswith("Henvisningsveiviseren")
    assert "Trepartssamarbeid" in text
    assert QApplication.focusWidget() is window.topic_list


def test_a_second_call_reuses_the_window_in_the_new_topic_and_language(
    main: QMainWindow,
) -> None:
    first = show_help(main, "referral_path", "nb", [])
    first.close()

    second = show_help(main, "referral_path", "nn", [])

    assert second is first
    assert second.isVisible()
    assert "10 verkedagar" in shown_text(second)
    third = show_help(main, "emergency", "en", [])
    assert third is first
    assert third.current_topic() == "emergency"
    assert "medical emergency" in shown_text(third)
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, HelpWindow)] == [first]


def test_an_unknown_language_falls_back_to_bokmal(main: QMainWindow) -> None:
    window = show_help(main, "referral_path", "se", [])

    assert "10 virkedager" in shown_text(window)
    assert help_window.help_language("xx") == "nb"


def test_the_shortcuts_page_lists_every_pair_given_and_the_wizard_keys(main: QMainWindow) -> None:
    pairs = [("Ny klient…", "Ctrl+N"), ("Lås", "Ctrl+L"), ("Finn <klient> & søk", "Ctrl+F")]

    window = show_help(main, "shortcuts", "nb", pairs)

    text = window.browser.toPlainText()
    for what, keys in pairs:
        assert f"{what}\n{keys}" in text  # side by side in one row, markup shown as text
    for heading in ("I hovedvinduet", "I henvisningsveiviseren", "Hva", "Taster"):
        assert heading in text
    assert "Neste side (også fra et tekstfelt)\nAlt+N / Ctrl+PgDown" in text
    assert "Forrige side (også fra et tekstfelt)\nAlt+T / Ctrl+PgUp" in text
    assert "Send henvisningen (på siste side)\nAlt+S" in text
    assert "Lukk – det du har skrevet, er lagret som utkast\nEsc" in text

    without_menus = show_help(main, "shortcuts", "nb", [])
    assert "I hovedvinduet" not in without_menus.browser.toPlainText()  # no empty table
    assert "I henvisningsveiviseren" in without_menus.browser.toPlainText()


@pytest.fixture
def locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.usefixtures("locale")
def test_the_language_in_use_follows_the_applied_locale() -> None:
    norway = QLocale.Country.Norway
    for language, code in (
        (QLocale.Language.NorwegianBokmal, "nb"),
        (QLocale.Language.NorwegianNynorsk, "nn"),
        (QLocale.Language.English, "en"),
        (QLocale.Language.Swedish, "nb"),
    ):
        QLocale.setDefault(QLocale(language, norway))
        assert language_in_use() == code, language


def test_the_emergency_numbers_are_in_sight_whatever_the_topic(main: QMainWindow) -> None:
    window = show_help(main, "referral_path", "nb", [])

    for topic in TOPICS:
        window.show_topic(topic)
        assert window.emergency_label.isVisible(), topic
        assert "113" in window.emergency_label.text()
        assert "116 117" in window.emergency_label.text()
    assert window.emergency_label.accessibleName() == "Nødnumre"


def test_a_link_to_another_topic_is_followed_in_the_window(main: QMainWindow, qtbot: QtBot) -> None:
    window = show_help(main, "referral_path", "nb", [])
    qtbot.waitUntil(window.isActiveWindow)
    window.browser.setFocus()

    QTest.keyClick(window.browser, Qt.Key.Key_Tab)  # to the page's first link
    assert window.browser.textCursor().selectedText() == "Henvisningsveiviseren"
    QTest.keyClick(window.browser, Qt.Key.Key_Return)

    assert window.current_topic() == "wizard"
    assert window.topic_list.currentRow() == TOPICS.index("wizard")
    assert shown_text(window).startswith("Henvisningsveiviseren")


def test_a_link_out_is_shown_as_its_address_with_nothing_to_click(main: QMainWindow) -> None:
    window = show_help(main, "referral_path", "nb", [])

    assert "helsenorge.no (https://www.helsenorge.no/)" in shown_text(window)
    assert 'href="https://' not in window.browser.toHtml()
    assert 'href="topic:wizard"' in window.browser.toHtml()


def test_the_topics_are_chosen_with_the_keyboard(main: QMainWindow, qtbot: QtBot) -> None:
    window = show_help(main, "referral_path", "nb", [])
    qtbot.waitUntil(window.isActiveWindow)
    assert window.topic_list.accessibleName() == "Emner i hjelpen"
    assert window.browser.accessibleName() == "Hjelpetekst"

    QTest.keyClick(window.topic_list, Qt.Key.Key_Down)
    assert window.current_topic() == "wizard"
    QTest.keyClick(window.topic_list, Qt.Key.Key_End)
    assert window.current_topic() == "emergency"
    assert "116 117" in shown_text(window)
    titles = [window.topic_list.item(row).text() for row in range(window.topic_list.count())]
    assert titles == [topic_title(topic) for topic in TOPICS]


def test_the_text_grows_and_shrinks_with_ctrl_plus_and_minus(
    main: QMainWindow, qtbot: QtBot
) -> None:
    window = show_help(main, "privacy", "nb", [])
    qtbot.waitUntil(window.isActiveWindow)
    size = window.browser.font().pointSizeF()

    QTest.keyClick(window.browser, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.browser.font().pointSizeF() > size
    QTest.keyClick(window.browser, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.browser.font().pointSizeF() == size


def test_help_asked_from_a_modal_window_moves_into_it(main: QMainWindow, qtbot: QtBot) -> None:
    """The wizard is modal: a help window outside it could not be read or clicked."""
    first = show_help(main, "referral_path", "nb", [("Ny klient…", "Ctrl+N")])
    wizard = QDialog(main)
    qtbot.addWidget(wizard)
    wizard.setWindowModality(Qt.WindowModality.ApplicationModal)
    wizard.show()

    window = show_help(wizard, "wizard", "nb", None)

    assert window is first
    assert window.parentWidget() is wizard
    assert window.isVisible()
    assert window.current_topic() == "wizard"
    window.show_topic("shortcuts")  # the main window's keys are still listed
    assert "Ny klient…\nCtrl+N" in window.browser.toPlainText()


def test_the_window_remembers_its_size_and_nothing_else(
    main: QMainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(geometry, "_settings_file", None)  # restored after the test
    geometry.use_settings_file(tmp_path / "ui.ini")
    window = show_help(main, "privacy", "nb", [("Ny klient…", "Ctrl+N")])
    window.resize(700, 450)
    window.close()

    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    assert settings.allKeys() == ["geometry/help_window"]
    again = HelpWindow(main)
    assert again.size().width() == 700 and again.size().height() == 450


def test_a_missing_page_is_said_in_the_window(
    main: QMainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(help_window, "HELP_DIR", tmp_path)

    window = show_help(main, "privacy", "nb", [])

    assert "Denne hjelpesiden mangler i installasjonen." in shown_text(window)
    assert window.emergency_label.isVisible()
