"""Dialogs and windows remember their size and position (in ui.ini beside the data)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

_settings_file: Path | None = None


def use_settings_file(path: Path) -> None:
    """Called once by the app (and by tests) before any window opens."""
    global _settings_file
    _settings_file = path


def settings_file() -> Path | None:
    """ui.ini, where the user's other preferences of the window (the language) live too."""
    return _settings_file


def _settings() -> QSettings | None:
    if _settings_file is None:  # not configured (a widget in isolation): remember nothing
        return None
    return QSettings(str(_settings_file), QSettings.Format.IniFormat)


def restore_geometry(widget: QWidget, key: str) -> None:
    settings = _settings()
    if settings is None:
        return
    value = settings.value(f"geometry/{key}")
    if value is not None:
        widget.restoreGeometry(value)


def save_geometry(widget: QWidget, key: str) -> None:
    settings = _settings()
    if settings is None:
        return
    settings.setValue(f"geometry/{key}", widget.saveGeometry())
    settings.sync()
