"""The user's language: bokmål (the source language of every string), nynorsk or English.

The choice is kept in ui.ini beside the data (not in the database: the passphrase question
comes before the database opens, and is asked in the chosen language). Applying a language
installs rustool's translations (`resources/i18n/rustool_<code>.qm`, built from the .ts
sources by `tools/i18n.py release`) and Qt's own for its buttons and standard dialogs, and
hands the same translations to the words defined outside the window (`rustool.texts`), so
the printed documents follow the language too. Dates read Norwegian style (23.11.2026) in
every language: the app formats them itself.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from rustool import texts

LANGUAGES: dict[str, str] = {"nb": "Norsk bokmål", "nn": "Norsk nynorsk", "en": "English"}
DEFAULT_LANGUAGE = "nb"
# Accented, lengthened strings that show a cut-off or cramped label at once (developers and
# tests only: RUSTOOL_LANGUAGE=pseudo).
PSEUDO_LANGUAGE = "pseudo"
LANGUAGE_ENV = "RUSTOOL_LANGUAGE"
I18N_DIR = Path(__file__).parent / "resources" / "i18n"
_SETTING = "language"  # QSettings writes it under [General]

# The locale of Qt's own widgets (sorting, number fields). The app writes dates itself,
# Norwegian style in every language (`ui.form_dialog.format_date`, the documents).
_LOCALES = {
    "nb": QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway),
    "nn": QLocale(QLocale.Language.NorwegianNynorsk, QLocale.Country.Norway),
    "en": QLocale(QLocale.Language.English, QLocale.Country.Norway),
    PSEUDO_LANGUAGE: QLocale(QLocale.Language.English, QLocale.Country.Norway),
}
# Qt's own strings: nynorsk ships with Qt; bokmål is ours (resources/i18n/qtbase_nb.ts).
_QT_CATALOGS = {"nb": "qtbase_nb", "nn": "qtbase_nn"}

_installed: list[QTranslator] = []


def read_language(settings_file: Path) -> str:
    """The language chosen in `settings_file` (ui.ini; RUSTOOL_LANGUAGE overrides it),
    bokmål when none or unknown."""
    chosen = os.environ.get(LANGUAGE_ENV)
    if chosen is None and settings_file.exists():
        value = QSettings(str(settings_file), QSettings.Format.IniFormat).value(_SETTING)
        chosen = value if isinstance(value, str) else None
    known = chosen in LANGUAGES or chosen == PSEUDO_LANGUAGE
    return chosen if chosen is not None and known else DEFAULT_LANGUAGE


def save_language(settings_file: Path, code: str) -> None:
    if code not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {code!r}")
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    settings.setValue(_SETTING, code)
    settings.sync()


def _load(translator: QTranslator, name: str) -> bool:
    if translator.load(name, str(I18N_DIR)):
        return True
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator.load(name, qt_dir)


def apply_language(app: QCoreApplication, code: str) -> None:
    """Translate from now on into `code` (windows made afterwards, documents, domain words).

    A missing .qm file leaves the strings in bokmål rather than failing: the app stays usable.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    names = [f"rustool_{code}"] if code != DEFAULT_LANGUAGE else []
    if code in _QT_CATALOGS:
        names.append(_QT_CATALOGS[code])
    for name in names:
        translator = QTranslator(app)
        if _load(translator, name):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(_LOCALES.get(code, _LOCALES[DEFAULT_LANGUAGE]))
    texts.set_translator(QCoreApplication.translate)


def use_for_documents(code: str) -> None:
    """Documents and the domain's words in `code`, without a Qt application (the command line
    makes a PDF without one); the window uses `apply_language`."""
    translator = QTranslator()
    if code == DEFAULT_LANGUAGE or not _load(translator, f"rustool_{code}"):
        texts.set_translator(None)
        return
    texts.set_translator(lambda context, text: translator.translate(context, text) or text)


def installed_catalogs() -> list[str]:
    """The translation files in use (for the self-test and the About text)."""
    return [translator.filePath() for translator in _installed]
