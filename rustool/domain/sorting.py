"""Norwegian alphabetical order (… x y z æ ø å), which byte order and ASCII case folding miss."""

from __future__ import annotations

import unicodedata

# After folding case, the three Norwegian letters (and their Swedish/German look-alikes) are
# moved past 'z' in the right order; other accented letters sort with their base letter.
_NORWEGIAN = str.maketrans({"æ": "{", "ä": "{", "ø": "|", "ö": "|", "å": "}"})
# Sámi letters with no decomposition sort right after their base letter (Đ after D, as in
# Sámi alphabets); "~" follows every ASCII letter and precedes the three above.
_SAMI = str.maketrans({"đ": "d~", "ŋ": "n~", "ŧ": "t~"})


def norwegian_sort_key(text: str) -> str:
    folded = text.casefold().translate(_NORWEGIAN).translate(_SAMI)
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def client_sort_name(family_name: str, given_name: str) -> str:
    """The list's name order: family name, then given name."""
    return f"{norwegian_sort_key(family_name)}\x1f{norwegian_sort_key(given_name)}"
