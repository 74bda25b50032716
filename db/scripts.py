"""Writing systems of short texts: a quote's direction and the language of its words.

A hop keeps two languages: the one its actor spoke (`Hop.language`) and the one of the quoted
words (`Hop.quote_language`), which differ when the reviewer took the quote from a translation.
The quote's language comes from the source it was located in; otherwise from the hop's or the
source's language when the quote's script fits that language; otherwise from the script alone
where the script says it (Arabic, Hebrew, Greek, …), else it is left unknown (""). Direction is
never taken from a language tag: it is the direction of the quote's first strong character
(what HTML's `dir="auto"` does).
"""

from __future__ import annotations

import unicodedata

_SCRIPT_OF_LANGUAGE = {
    **dict.fromkeys(("ar", "fa", "ur", "ps", "ug", "sd", "ckb", "ku"), "arabic"),
    **dict.fromkeys(("he", "yi"), "hebrew"),
    **dict.fromkeys(("ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "mn", "tg"), "cyrillic"),
    "el": "greek",
    **dict.fromkeys(("zh", "ja", "ko"), "cjk"),
    "hy": "armenian",
    "ka": "georgian",
    "th": "thai",
    "hi": "devanagari",
}
_LANGUAGE_OF_SCRIPT = {"arabic": "ar", "hebrew": "he", "greek": "el"}


def _script_of_char(char: str) -> str | None:
    if not char.isalpha():
        return None
    code = ord(char)
    if code < 0x0250 or 0x1E00 <= code < 0x1F00 or 0xFB00 <= code < 0xFB07:
        return "latin"
    if 0x0370 <= code < 0x0400 or 0x1F00 <= code < 0x2000:
        return "greek"
    if 0x0400 <= code < 0x0530:
        return "cyrillic"
    if 0x0530 <= code < 0x0590:
        return "armenian"
    if 0x0590 <= code < 0x0600 or 0xFB1D <= code < 0xFB50:
        return "hebrew"
    if 0x0600 <= code < 0x0800 or 0x08A0 <= code < 0x0900 or 0xFB50 <= code < 0xFF00:
        return "arabic"
    if 0x0900 <= code < 0x0980:
        return "devanagari"
    if 0x0E00 <= code < 0x0E80:
        return "thai"
    if 0x10A0 <= code < 0x1100:
        return "georgian"
    if 0x3040 <= code < 0xA000 or 0xAC00 <= code < 0xD7B0:
        return "cjk"
    name = unicodedata.name(char, "")
    return "latin" if name.startswith("LATIN") else "other"


def main_script(text: str) -> str | None:
    """The script most letters of `text` are written in ("latin", "arabic", "hebrew",
    "cyrillic", "greek", "cjk", …), or None when it has no letters."""
    counts: dict[str, int] = {}
    for char in text[:5000]:
        script = _script_of_char(char)
        if script is not None:
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=lambda s: counts[s]) if counts else None


def script_of_language(tag: str) -> str:
    """The script a language is usually written in ("latin" for those not listed)."""
    return _SCRIPT_OF_LANGUAGE.get(tag.split("-")[0].lower(), "latin") if tag else ""


def first_strong_direction(text: str, fallback: str = "ltr") -> str:
    """ "rtl" or "ltr": the bidi class of the first strongly directional character of `text`
    (Unicode's rule P2, as `dir="auto"`); `fallback` when there is none (digits only)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return fallback


def quote_language(
    quote: str, *, located_in: str | None = None, hop_language: str = "", source_language: str = ""
) -> str:
    """The language of a hop's quoted words (a BCP 47 tag, or "" when it cannot be told).

    `located_in` is the language of the source the quote was located in (None when it was not
    located there)."""
    script = main_script(quote)
    if script is None:
        return ""
    if located_in and script_of_language(located_in) == script:
        return located_in
    for tag in (hop_language, source_language):
        if tag and script_of_language(tag) == script:
            return tag
    return _LANGUAGE_OF_SCRIPT.get(script, "")
