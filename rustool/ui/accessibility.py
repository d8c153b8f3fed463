"""Labels bound to their inputs, the shortcuts the menus offer, sizes from the font.

A label is bound as its input's buddy (Alt+letter moves there, and a screen reader reads the
label with the input) and the input gets the label's words as its accessible name. Sizes that
hold text come from the font's metrics, so nothing is cut when the system font is larger.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QMenu, QMenuBar, QWidget

# What surrounds a label's words: the mnemonic mark, the colon, the "required" star.
_DECORATION = " :*"
# The style draws no focus on a scroll area's frame; this one does, in the highlight colour.
# The same width either way, so the content does not move when the focus comes.
_FOCUS_FRAME = (
    "{kind} {{ border: 1px solid palette(mid); padding: 1px; }}"
    "{kind}:focus {{ border: 2px solid palette(highlight); padding: 0px; }}"
)


def without_mnemonic(text: str) -> str:
    """ "&Søk:" → "Søk:"; a doubled "&&" is a shown ampersand."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def name_from_label(text: str) -> str:
    """The words of a label as a name: "&Fornavn: *" → "Fornavn"."""
    return without_mnemonic(text).strip().rstrip(_DECORATION).strip()


def bind_label(label: QLabel, widget: QWidget) -> QLabel:
    """Make `label` the visible label of `widget`; a name the widget has already stays."""
    label.setBuddy(widget)
    if not widget.accessibleName():
        widget.setAccessibleName(name_from_label(label.text()))
    return label


def labelled(text: str, widget: QWidget) -> QLabel:
    """A new label with `text` bound to `widget`."""
    return bind_label(QLabel(text), widget)


def show_focus(area: QAbstractScrollArea) -> None:
    """A scroll area or list that Tab stops at shows when it has the focus, as every input
    does, also when it is empty (a list's focus is otherwise drawn on its current row only)."""
    area.setStyleSheet(area.styleSheet() + _FOCUS_FRAME.format(kind=type(area).__name__))


def menu_shortcuts(menu_bar: QMenuBar) -> list[tuple[str, str]]:
    """(what, keys) for each action of the menus, in menu order, as the shortcuts help lists
    them: the words without the mnemonic mark, the keys as this platform writes them."""
    found: list[tuple[str, str]] = []
    for top in menu_bar.actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None:
                continue
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            found.append((without_mnemonic(action.text()).rstrip("…"), keys))
    return found


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to `width` × `height`, but at most nine tenths of the screen's free area: at 200 %
    scaling or with a large font a laptop's screen holds less than the usual size, and a
    window taller than the screen hides its buttons. The layout's minimum still applies."""
    screen = (widget.parentWidget() or widget).screen().availableGeometry()
    widget.resize(min(width, screen.width() * 9 // 10), min(height, screen.height() * 9 // 10))


def text_width(widget: QWidget, sample: str, padding: int = 24) -> int:
    """Pixels to show `sample` in `widget`'s font, with room for frame and margins."""
    return widget.fontMetrics().horizontalAdvance(sample) + padding
