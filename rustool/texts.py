"""Words the user reads that are defined outside the window: the domain's field titles, help
texts and coded answers, and the documents' headings.

They are written in bokmål (the source language) and translated when they are read, through
the translator the window installs (`rustool.i18n.apply_language`); without one, as in
scripts that never chose a language, they read as written. This module has no Qt, so the
domain stays free of it. `tools/i18n.py` finds the words marked here for the translators.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

Translator = Callable[[str, str], str]


def _as_written(_context: str, text: str) -> str:
    return text


_translator: Translator = _as_written


def set_translator(translator: Translator | None) -> None:
    """Use `translator(context, text)` from now on (None: the words as written)."""
    global _translator
    _translator = translator or _as_written


def translate(context: str, text: str) -> str:
    return _translator(context, text)


def N_(context: str, text: str) -> str:
    """Marks `text` for translation in `context` where it is defined; shown with `translate`."""
    del context
    return text


class Labels(Mapping[str, str]):
    """Codes and their words, each word translated when it is read."""

    def __init__(self, context: str, words: Mapping[str, str]) -> None:
        self.context = context
        self._words = dict(words)

    def __getitem__(self, code: str) -> str:
        return _translator(self.context, self._words[code])

    def __iter__(self) -> Iterator[str]:
        return iter(self._words)

    def __len__(self) -> int:
        return len(self._words)

    def source(self, code: str) -> str:
        """The bokmål word, untranslated."""
        return self._words[code]
