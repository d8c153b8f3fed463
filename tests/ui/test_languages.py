"""Languages: every string the user sees in bokmål, nynorsk and English, through Qt's
translation system; the choice kept in ui.ini; documents follow it; a pseudo-language with
longer strings shows no cut-off label."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from rustool import i18n, texts
from rustool.db import Database
from rustool.services.clients import create_client
from rustool.services.documents import referral_pdf
from rustool.services.referrals import create_referral
from rustool.ui.main_window import MainWindow
from rustool.ui.wizards.referral_wizard import ReferralWizard
from tools import i18n as catalogs

MNEMONIC = re.compile(r"&(?!&)")


@pytest.fixture(scope="session")
def built() -> None:
    """The .qm files, built from the committed .ts sources as `dev.py` does."""
    catalogs.release()


@pytest.fixture
def language(built: None, qapp: QApplication) -> Iterator[None]:
    """Whatever a test applies, bokmål again afterwards for the tests that follow."""
    yield
    i18n.apply_language(qapp, i18n.DEFAULT_LANGUAGE)
    texts.set_translator(None)


def test_every_string_is_translated_in_every_language_with_its_placeholders() -> None:
    # The .ts files are in step with the code, complete, and keep each {placeholder}.
    assert catalogs.problems() == []


@pytest.mark.parametrize("language", catalogs.TRANSLATED)
def test_a_mnemonic_survives_translation(language: str) -> None:
    translations = catalogs.read_ts(catalogs.ts_path(language))
    lost = [
        (context, source, translated)
        for (context, source, _), translated in translations.items()
        if translated and len(MNEMONIC.findall(source)) != len(MNEMONIC.findall(translated))
    ]
    assert lost == []


def test_the_language_is_kept_in_ui_ini_and_an_unknown_one_means_bokmal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    settings = tmp_path / "data" / "ui.ini"
    assert i18n.read_language(settings) == "nb"
    i18n.save_language(settings, "nn")
    assert i18n.read_language(settings) == "nn"
    settings.write_text("[General]\nlanguage=tlh\n", encoding="utf-8")
    assert i18n.read_language(settings) == "nb"
    with pytest.raises(ValueError, match="language must be one of nb, nn, en, not 'tlh'"):
        i18n.save_language(settings, "tlh")
    assert i18n.read_language(settings) == "nb"  # the refused value was not written
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "en")
    assert i18n.read_language(settings) == "en"


@pytest.mark.parametrize(("code", "menu"), [("nb", "&Fil"), ("nn", "&Fil"), ("en", "&File")])
def test_the_main_window_speaks_the_chosen_language(
    language: None, qapp: QApplication, qtbot: QtBot, db: Database, code: str, menu: str
) -> None:
    i18n.apply_language(qapp, code)
    window = MainWindow(db)
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[0] == menu


@pytest.mark.parametrize("code", list(i18n.LANGUAGES))
def test_dates_read_norwegian_style_in_every_language(
    language: None, qapp: QApplication, db: Database, code: str
) -> None:
    i18n.apply_language(qapp, code)
    assert "01.01.1980" in _referral_text(db)  # the client's birth date


def _referral_text(db: Database) -> str:
    client = create_client(
        db, {"given_name": "Ola", "family_name": "Testesen", "birth_date": "1980-01-01"}
    )
    referral = create_referral(db, client.id or 0, "tsb")
    document = referral_pdf(db, referral.id or 0)
    reader = PdfReader(io.BytesIO(document.data))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_a_referral_in_nynorsk_says_tilvising(
    language: None, qapp: QApplication, db: Database
) -> None:
    i18n.apply_language(qapp, "nn")
    text = _referral_text(db)
    assert "Tilvising" in text or "tilvising" in text
    assert "Henvisning" not in text and "henvisning" not in text


def test_without_a_chosen_language_documents_are_in_bokmal(
    language: None, qapp: QApplication, db: Database
) -> None:
    i18n.apply_language(qapp, "nb")
    assert "Henvisning til TSB" in _referral_text(db)


def _cut_off(window: QWidget) -> list[str]:
    """Labels and buttons on show whose text needs more room than they were given."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() == 0:
            continue
        label = isinstance(widget, QLabel) and not widget.wordWrap()
        if not (label or isinstance(widget, QAbstractButton)):
            continue
        text = widget.text()  # type: ignore[attr-defined]
        needed = widget.minimumSizeHint().width()
        if text and widget.width() < needed:
            found.append(f"{type(widget).__name__} {text!r}: {widget.width()} < {needed}")
    return found


def test_longer_strings_are_not_cut_off_in_the_main_window_and_the_wizard(
    language: None, qapp: QApplication, qtbot: QtBot, db: Database
) -> None:
    i18n.apply_language(qapp, i18n.PSEUDO_LANGUAGE)
    assert QCoreApplication.translate("MainWindow", "&Fil") != "&Fil"  # the pseudo-language is on
    client = create_client(
        db, {"given_name": "Kari", "family_name": "Testesen", "birth_date": "1980-01-01"}
    )
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.table.selectRow(window.model.row_of(client.id or 0) or 0)
    window.open_selected()
    qtbot.waitExposed(window)
    assert _cut_off(window) == []
    referral = create_referral(db, client.id or 0, "lar")
    wizard = ReferralWizard(db, referral.id or 0)
    qtbot.addWidget(wizard)
    wizard.resize(1200, 850)
    wizard.show()
    qtbot.waitExposed(wizard)
    for _ in range(len(wizard.pageIds()) - 1):
        assert _cut_off(wizard) == [], wizard.currentPage().title()
        wizard.next()
