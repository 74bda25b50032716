"""Text normalisation shared by storage, search and quote location.

Two levels:

- `normalise_text` is what a case stores: NFKC (so Arabic presentation forms such as the
  lam-alef ligature become their letters), line ends unified, NUL and other C0 controls removed.
  It never changes what a source *says*: soft hyphens, bidi marks and line-end hyphens stay.
- **The folding** (`fold`, `search_key`) is the one normalisation that search indexing (SQLite
  FTS5 and PostgreSQL) and quote location (`db.text.spans.locate_quote`) share, so that a quote is
  located wherever search finds its words. In order:

  1. per character: NFKC; Turkish İ/I/ı → i; case fold; accents on Latin letters dropped
     (ş→s, é→e; marks on other scripts, such as Cyrillic й, are letters and stay); Arabic
     diacritics (harakat, shadda, sukun, superscript alef, Quranic marks) and tatweel removed;
     alef forms (أ إ آ ٱ) → ا, alef maksura ى → ي; ё → е; format characters (Unicode category
     Cf: soft hyphen, bidi marks, zero-width joiner/non-joiner, BOM, word joiner) removed;
     quotation marks (“ ” „ « » ‹ › ״ …) → `"`, apostrophes (’ ‘ ‚ ʼ ׳ ` ´ …) → `'`;
     dashes and hyphens (‐ ‑ ‒ – — ― − …) → `-`;
  2. a hyphen (or soft hyphen) at a line end between two letters is joined: `reser-\\nvoir`
     folds to `reservoir`;
  3. every run of white space (line breaks included) becomes one space.

  `fold(text)` also keeps, for each folded character, the range of characters of `text` it
  came from, so a match found in the folded text maps back to exactly the original characters
  (`Folded.original_span`). `search_key(text) == fold(text).text` for any stored text (text
  already in `normalise_text` form); `search_key` alone skips the offset bookkeeping.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field

_CONTROL = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])

_ARABIC_MARKS = frozenset(
    chr(c)
    for c in [
        *range(0x0610, 0x061B),
        *range(0x064B, 0x0660),
        0x0670,
        *range(0x06D6, 0x06EE),
        0x0640,  # tatweel
        *range(0x0591, 0x05BE),  # Hebrew points and cantillation marks
        0x05BF,
        0x05C1,
        0x05C2,
        0x05C4,
        0x05C5,
        0x05C7,
    ]
)
_TURKISH_I = {"İ": "i", "I": "i", "ı": "i"}
_LETTERS = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ё": "е",
}
_DOUBLE_QUOTES = '"“”„‟«»‹›״〝〞〟＂'
_SINGLE_QUOTES = "'’‘‚‛ʼʻ׳`´′"
_DASHES = "-‐‑‒–—―−⁃﹘﹣－־"
_SOFT_HYPHEN = "\u00ad"
_PUNCTUATION = (
    {c: '"' for c in _DOUBLE_QUOTES} | {c: "'" for c in _SINGLE_QUOTES} | {c: "-" for c in _DASHES}
)

_LATIN_MARKS = re.compile(r"(?<=[a-z])[\u0300-\u036f]+")
"""Combining marks left after an ASCII letter (a mark with no precomposed letter, e.g. q́)."""
_LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])[-\u00ad][^\S\n]*\n\s*(?=[^\W\d_])")
_SOFT = re.compile(_SOFT_HYPHEN)
_SPACES = re.compile(r"\s{2,}|[^\S ]")
"""White space that is not already one plain space."""


_PIECE = 1 << 15
"""Characters normalised or folded in one go: a long text (a 500-page PDF) is done piece by
piece, so that no single C call holds the interpreter for long while the window's thread
waits for it (the window stays responsive during an import)."""
_SPACE_BETWEEN_WORDS = re.compile(r"(?<=\w) (?=\w)")


def _pieces(text: str, cut_between: Callable[[str, str], bool] | None = None) -> list[str]:
    """`text` cut about every `_PIECE` characters after a space between two word characters
    (where `cut_between(character before the space, character after)` agrees); one piece for
    a short text."""
    if len(text) <= 2 * _PIECE:
        return [text]
    pieces = []
    start = at = 0
    while len(text) - start > 2 * _PIECE:
        found = _SPACE_BETWEEN_WORDS.search(text, max(at, start + _PIECE))
        if found is None:
            break
        at = found.end()
        if cut_between is None or cut_between(text[at - 2], text[at]):
            pieces.append(text[start:at])
            start = at
    pieces.append(text[start:])
    return pieces


def normalise_text(text: str) -> str:
    """The form in which a case stores any text: NFKC, `\\n` line ends, no control characters.
    (Cut after a space, NFKC gives the same: a space composes with nothing.)"""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(
        unicodedata.normalize("NFKC", piece).translate(_CONTROL) for piece in _pieces(text)
    )


@functools.lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    """Step 1 of the folding for one character (white space other than `\\n` becomes a space;
    soft hyphens and `\\n` are kept for steps 2 and 3)."""
    if char == "\n" or char == _SOFT_HYPHEN:
        return char
    if char.isspace():
        return " "
    if char in _TURKISH_I:
        return _TURKISH_I[char]
    out: list[str] = []
    for piece in unicodedata.normalize("NFKC", char):
        for c in piece.casefold():
            if c in _TURKISH_I:
                out.append(_TURKISH_I[c])
                continue
            if c.isspace():
                out.append(" ")
                continue
            if c in _ARABIC_MARKS or unicodedata.category(c) == "Cf":
                continue
            c = _LETTERS.get(c, c)
            c = _PUNCTUATION.get(c, c)
            if not c.isascii() and c.isalpha():
                decomposed = unicodedata.normalize("NFD", c)
                if decomposed[0].isascii():
                    c = "".join(d for d in decomposed if not unicodedata.combining(d))
            out.append(c)
    return "".join(out)


def _table(text: str) -> dict[int, str]:
    """A `str.translate` table of step 1 for the characters of `text` that change."""
    table: dict[int, str] = {}
    for char in set(text):
        folded = _fold_char(char)
        if folded != char:
            table[ord(char)] = folded
    return table


def _context_steps(text: str) -> str:
    if "\n" in text or _SOFT_HYPHEN in text:
        text = _LINE_END_HYPHEN.sub("", text)
        text = text.replace(_SOFT_HYPHEN, "")
    if max(text, default=" ") >= "\u0300":
        text = _LATIN_MARKS.sub("", text)
    return _SPACES.sub(" ", text)


def search_key(text: str) -> str:
    """Fold `text` for matching (see the module's docstring): what a reviewer types and what a
    source holds meet here. Search indexes store this form; `fold` gives it with offsets."""
    return "".join(_search_key(piece) for piece in _pieces(text, _folds_apart))


def _search_key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return _context_steps(text.translate(_table(text)))


def _folds_apart(before: str, after: str) -> bool:
    """Whether the folding may cut at a space between `before` and `after`: each folds to
    something with no white space or hyphen next to the space (not tatweel, not an isolated
    haraka's presentation form), so no step of the folding (runs of white space, hyphens at
    line ends, marks after a letter) reaches across the cut."""
    folded_before = "".join(_fold_char(c) for c in unicodedata.normalize("NFKC", before))
    folded_after = "".join(_fold_char(c) for c in unicodedata.normalize("NFKC", after))
    return (
        bool(folded_before and folded_after)
        and not (folded_before[-1].isspace() or folded_before[-1] in "-\u00ad")
        and not (folded_after[0].isspace() or folded_after[0] in "-\u00ad")
    )


@dataclass(frozen=True)
class Folded:
    """A text folded, with the way back: folded character `i` came from the characters
    `[starts[i], ends[i])` of `original`. Several folded characters may share one original
    character (a lam-alef ligature, ß → ss); one folded space may stand for a run of white space
    and the invisible characters in it."""

    original: str
    text: str
    starts: array[int] = field(repr=False, compare=False)
    ends: array[int] = field(repr=False, compare=False)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The characters of `original` that folded characters `[start, end)` came from,
        widened over the marks that belong to the last letter (Arabic harakat and tanwin,
        Hebrew points, combining accents, tatweel), which fold to nothing.

        Raises `ValueError` for an empty or out-of-range span."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"no folded span {start}–{end} in {len(self.text)} characters")
        last = self.ends[end - 1]
        original = self.original
        while last < len(original) and (
            original[last] in _ARABIC_MARKS or unicodedata.combining(original[last])
        ):
            last += 1
        return self.starts[start], last


def _substitute(
    pattern: re.Pattern[str], replacement: str, text: str, starts: array[int], ends: array[int]
) -> tuple[str, array[int], array[int]]:
    """`pattern.sub(replacement, text)` keeping the offset maps; `replacement` is "" or one
    character, which stands for the whole match."""
    pieces: list[str] = []
    new_starts = array("i")
    new_ends = array("i")
    previous = 0
    for match in pattern.finditer(text):
        a, b = match.span()
        pieces.append(text[previous:a])
        new_starts.extend(starts[previous:a])
        new_ends.extend(ends[previous:a])
        if replacement:
            pieces.append(replacement)
            new_starts.append(starts[a])
            new_ends.append(ends[b - 1])
        previous = b
    if previous == 0:
        return text, starts, ends
    pieces.append(text[previous:])
    new_starts.extend(starts[previous:])
    new_ends.extend(ends[previous:])
    return "".join(pieces), new_starts, new_ends


@functools.lru_cache(maxsize=2)
def fold(text: str) -> Folded:
    """The folding of `text` (stored text: already in `normalise_text` form) with the map from
    each folded character back to the characters of `text` it came from.

    Costs about twice `search_key` and 8 bytes per character for the offset map; the last two
    results are cached (a source's text is folded once for several quotes)."""
    table = _table(text)
    starts = array("i")
    ends = array("i")
    odd = [chr(k) for k, v in table.items() if len(v) != 1]
    if not odd:
        starts = array("i", range(len(text)))
        ends = array("i", range(1, len(text) + 1))
    else:
        previous = 0
        pattern = re.compile("[" + re.escape("".join(odd)) + "]")
        for match in pattern.finditer(text):
            at = match.start()
            starts.extend(range(previous, at))
            ends.extend(range(previous + 1, at + 1))
            width = len(table[ord(text[at])])
            starts.extend([at] * width)
            ends.extend([at + 1] * width)
            previous = at + 1
        starts.extend(range(previous, len(text)))
        ends.extend(range(previous + 1, len(text) + 1))
    folded = text.translate(table)
    if "\n" in folded or _SOFT_HYPHEN in folded:
        folded, starts, ends = _substitute(_LINE_END_HYPHEN, "", folded, starts, ends)
        folded, starts, ends = _substitute(_SOFT, "", folded, starts, ends)
    if max(folded, default=" ") >= "\u0300":
        folded, starts, ends = _substitute(_LATIN_MARKS, "", folded, starts, ends)
    folded, starts, ends = _substitute(_SPACES, " ", folded, starts, ends)
    return Folded(text, folded, starts, ends)


_WORD = re.compile(r"\w+", re.UNICODE)


def search_words(query: str) -> list[str]:
    """The words of a query, folded; punctuation and operators are not words."""
    return _WORD.findall(search_key(query))
