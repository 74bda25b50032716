"""Text direction, the one place for it: which way a text or a language reads (`first_strong_direction`,
`language_direction`, the one list `RTL_LANGUAGES`) and keeping a case's text from reordering the
app's own words (`isolate`), and a number kept one left-to-right run in a right-to-left line
(`isolate_ltr_runs`). Reports, reading sources, the command line and the window share it.

Text from a case may hold right-to-left letters (Arabic, Hebrew) or explicit direction controls
pasted from a chat app (U+202E RIGHT-TO-LEFT OVERRIDE left open). Put beside the app's own words
("Verdict:", a time, a page number) in one line, such text would reorder them under the Unicode
bidirectional algorithm (UAX #9): "Claim A says⟨RLO⟩eurt si siht — Accurate" shows "etaruccA —".

The cure is isolation, never editing what the case holds: in plain text (Markdown, a CSV report
sheet, PDF page headers, Qt strings) the case's text is put between U+2068 FIRST STRONG ISOLATE
and U+2069 POP DIRECTIONAL ISOLATE, which (UAX #9, rule X6a) also closes every embedding or
override the text left open; in HTML it goes into `<bdi>` (or an element with `dir="auto"`).
"""

from __future__ import annotations

import functools
import re
import unicodedata

FSI = "\u2068"
"""FIRST STRONG ISOLATE: the isolated text takes the direction of its first strong letter."""
PDI = "\u2069"
"""POP DIRECTIONAL ISOLATE: ends the isolate and everything opened inside it."""

OPENERS = frozenset("\u202a\u202b\u202d\u202e\u2066\u2067\u2068")
"""LRE, RLE, LRO, RLO, LRI, RLI, FSI: the controls that open an embedding, override or
isolate."""
CLOSERS = frozenset("\u202c\u2069")
"""PDF (pop directional formatting) and PDI."""

_STRONG_RTL = frozenset(("R", "AL"))


_ISOLATE_OPENERS = frozenset("\u2066\u2067\u2068")
"""LRI, RLI, FSI."""


def isolate(text: str) -> str:
    """`text` between FSI and PDI, so that nothing in it (right-to-left letters, an override
    left open) reorders the words around it; "" stays "" (an empty isolate is noise).

    A PDI in `text` that closes no isolate of its own is left out: on its own it does nothing
    (UAX #9 ignores it), but inside the isolate it would close ours early and let what follows
    it (an override) loose on the words around. Nothing visible changes."""
    if not text:
        return text
    if PDI in text:
        kept, depth = [], 0
        for char in text:
            if char in _ISOLATE_OPENERS:
                depth += 1
            elif char == PDI:
                if not depth:
                    continue
                depth -= 1
            kept.append(char)
        text = "".join(kept)
    return f"{FSI}{text}{PDI}"


_REORDERING = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u061c\u200f\u202a-\u202e\u2066-\u2069"
    "\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
"""Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko … and their presentation forms,
Arabic digits), the right-to-left and Arabic letter marks, and the explicit direction controls:
what can move the words around a text."""


def needs_isolation(text: str) -> bool:
    """Whether `text` could reorder words put beside it in a left-to-right line: it holds a
    right-to-left letter or digit, or a direction control. Text without one (plain English,
    Turkish, Russian) reads the same isolated or not, so a renderer may skip the isolate."""
    return _REORDERING.search(text) is not None


def strip_isolates(text: str) -> str:
    """`text` without the FSI/PDI marks `isolate` added (for comparing or searching what a
    reader copied)."""
    return text.replace(FSI, "").replace(PDI, "")


def first_strong_direction(text: str, fallback: str = "ltr") -> str:
    """ "rtl" or "ltr": the bidi class of the first strongly directional character of `text`
    (Unicode's rule P2, as FSI and HTML's `dir="auto"` decide); `fallback` when it has none
    (digits, punctuation only)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "ltr"
        if kind in _STRONG_RTL:
            return "rtl"
    return fallback


def is_rtl(text: str) -> bool:
    """Whether `text` reads right to left: its first strong character is Arabic, Hebrew, …"""
    return first_strong_direction(text) == "rtl"


RTL_LANGUAGES = frozenset(
    {
        "ar",
        "arc",
        "ckb",
        "dv",
        "fa",
        "he",
        "iw",
        "ks",
        "ku-arab",
        "ps",
        "sd",
        "syr",
        "ug",
        "ur",
        "yi",
    }
)
"""Languages written right to left (BCP 47 tags or their primary subtag)."""


@functools.lru_cache(maxsize=256)
def language_direction(language: str, fallback: str = "ltr") -> str:
    """ "rtl" for a right-to-left language tag (ar, fa-IR, he, ur, sr-Arab, …); `fallback` for
    no tag; else "ltr"."""
    tag = language.strip().lower().replace("_", "-")
    if not tag:
        return fallback
    if tag in RTL_LANGUAGES or tag.split("-")[0] in RTL_LANGUAGES:
        return "rtl"
    if "-arab" in tag or "-hebr" in tag:
        return "rtl"
    return "ltr"


_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def unbalanced_controls(text: str) -> int:
    """How many embeddings, overrides or isolates `text` leaves open at its end, matched as
    UAX #9 matches them (0 for text that is safe to put beside other words without isolating
    it): a PDF closes the last embedding or override unless an isolate is open above it; a PDI
    closes the last open isolate with everything opened inside it; an unmatched closer does
    nothing."""
    stack: list[bool] = []  # True for an isolate, False for an embedding or override
    for match in _CONTROLS.finditer(text):
        char = match.group()
        if char in _ISOLATE_OPENERS:
            stack.append(True)
        elif char in OPENERS:
            stack.append(False)
        elif char == "\u202c":
            if stack and not stack[-1]:
                stack.pop()
        elif True in stack:  # PDI
            while not stack.pop():
                pass
    return len(stack)


BIDI_CONTROLS: dict[str, tuple[str, str]] = {
    "\u200e": ("LRM", "left-to-right mark"),
    "\u200f": ("RLM", "right-to-left mark"),
    "\u061c": ("ALM", "Arabic letter mark"),
    "\u202a": ("LRE", "left-to-right embedding"),
    "\u202b": ("RLE", "right-to-left embedding"),
    "\u202c": ("PDF", "pop directional formatting"),
    "\u202d": ("LRO", "left-to-right override"),
    "\u202e": ("RLO", "right-to-left override"),
    "\u2066": ("LRI", "left-to-right isolate"),
    "\u2067": ("RLI", "right-to-left isolate"),
    "\u2068": ("FSI", "first strong isolate"),
    "\u2069": ("PDI", "pop directional isolate"),
}
"""The invisible characters that steer the bidirectional algorithm: their short names (as
Unicode's UAX #9 abbreviates them) and what they are. An override (LRO, RLO) shows letters in
an order other than the one stored: "⟨RLO⟩eurt" reads "true"."""
_ANY_BIDI_CONTROL = re.compile("[" + "".join(BIDI_CONTROLS) + "]")


_STEERING_CONTROL = re.compile("[\u202a-\u202e\u2066\u2067]")
"""Embeddings (LRE, RLE), overrides (LRO, RLO), their PDF and the directed isolates (LRI, RLI):
what turns letters or words around unseen. Not the marks (LRM, RLM, ALM), which only settle
neutral characters and are common in right-to-left typing, nor FSI and PDI, which follow the
text's own first letter and which displays add themselves (`isolate`)."""


def bidi_controls(text: str, *, every: bool = True) -> tuple[str, ...]:
    """The short names of the direction controls `text` holds, each once, in order of first
    appearance ("RLO", "PDF"); with `every` False, only the steering ones (`_STEERING_CONTROL`)."""
    pattern = _ANY_BIDI_CONTROL if every else _STEERING_CONTROL
    return tuple(dict.fromkeys(BIDI_CONTROLS[c][0] for c in pattern.findall(text)))


def show_bidi_controls(text: str, *, every: bool = True) -> str:
    """`text` with each direction control replaced by its visible name, "⟨RLO⟩" — for output
    where the text is shown, never for what is stored; with `every` False, only the steering
    ones (`_STEERING_CONTROL`)."""
    pattern = _ANY_BIDI_CONTROL if every else _STEERING_CONTROL
    return pattern.sub(lambda m: f"⟨{BIDI_CONTROLS[m.group()][0]}⟩", text)


NUMBER_START, NUMBER_END = "\u2066\u202d", "\u202c\u2069"
"""LRI and LRO before a number, PDF and PDI after it (`isolate_ltr_runs`): isolated from the
words around it, and its characters (Arabic-Indic digits too) left to right."""
NUMBER_MARKS = frozenset(NUMBER_START + NUMBER_END)

_GROUP = r"\d+(?:[.,:/'\u066b\u066c]\d+|[ \u00a0\u202f\u2009]\d{3}(?!\d))*"
"""Digits with their separators: full stop, comma, colon, slash, apostrophe, the Arabic
decimal and thousands signs between digits, and a space (plain, no-break, narrow no-break,
thin) only before a group of exactly three ("12 000", not "2025 12")."""
NUMBER = re.compile(
    rf"(?:[#$€£¥₺₽₹¢±][ \u00a0\u202f]?)?(?:(?<!\w)[-+\u2212])?{_GROUP}"
    rf"(?:(?: ?[\u2013\u2014] ?|-){_GROUP})?(?:[ \u00a0\u202f]?[%\u066a\u2030°])?"
)
"""A number as a reader takes it in: a number or currency sign before it (#1, $16 800), a sign,
grouped digits, a range (12–15), a date (03.12.2026), a percent sign after it."""

_JOINERS = ("ES", "CS", "ET")
"""Signs that hold a number to a word: hyphen, slash, full stop, currency."""


def _joins_a_word(text: str, start: int, end: int) -> bool:
    before = start - 1
    while before >= 0 and unicodedata.bidirectional(text[before]) in _JOINERS:
        before -= 1
    after = end
    while after < len(text) and unicodedata.bidirectional(text[after]) in _JOINERS:
        after += 1
    return (before >= 0 and unicodedata.bidirectional(text[before]) == "L") or (
        after < len(text) and unicodedata.bidirectional(text[after]) == "L"
    )


_LTR_RUN = re.compile(
    rf"{NUMBER.pattern}|⟨(?:{'|'.join(short for short, _what in BIDI_CONTROLS.values())})⟩"
)
"""What stays one left-to-right run in a right-to-left line: a number, and a direction control
shown by name ("⟨RLO⟩", `show_bidi_controls`)."""


def _ltr_isolated(match: re.Match[str]) -> str:
    if match.group()[0] != "⟨" and _joins_a_word(match.string, match.start(), match.end()):
        return match.group()  # part of a left-to-right word ("COVID-19", "A320"): its own
    return NUMBER_START + match.group() + NUMBER_END


def isolate_ltr_runs(text: str) -> str:
    """`text` with each number (`NUMBER`) and each control shown by name ("⟨RLI⟩") isolated
    as one left-to-right run (`NUMBER_START` … `NUMBER_END`), for a renderer that lays a
    right-to-left line out itself (the PDF report): the bidirectional algorithm alone splits
    "12 000" at its space in a right-to-left line (drawn "000 12"), turns a range "12–15" or
    a name's brackets round and reverses space-grouped Arabic-Indic digits. Where `isolate`
    leaves a run's direction to its own characters, this fixes it left to right. The marks are
    the renderer's to drop again (they draw nothing)."""
    if not any(c.isdigit() or c == "⟨" for c in text):
        return text
    return _LTR_RUN.sub(_ltr_isolated, text)
