"""Writing systems of short texts: a quote's direction and the language of its words.

A hop keeps two languages: the one its actor spoke (`Hop.language`) and the one of the quoted
words (`Hop.quote_language`), which differ when the reviewer took the quote from a translation.
The quote's language comes from the source it was located in; otherwise from the hop's or the
source's language when the quote's script fits that language; otherwise from the script alone
where the script says it (Arabic, Hebrew, Greek, …), else it is left unknown (""). Direction is
never taken from a language tag: it is the direction of the quote's first strong character
(`db.text.direction.first_strong_direction`, what HTML's `dir="auto"` does).
"""

from __future__ import annotations

import re

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


_SCRIPTS = {
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff\ufb00-\ufb06]"),
    "greek": re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]"),
    "cyrillic": re.compile(r"[\u0400-\u052f]"),
    "armenian": re.compile(r"[\u0530-\u058f]"),
    "hebrew": re.compile(r"[\u0590-\u05ff\ufb1d-\ufb4f]"),
    "arabic": re.compile(r"[\u0600-\u07ff\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]"),
    "devanagari": re.compile(r"[\u0900-\u097f]"),
    "thai": re.compile(r"[\u0e00-\u0e7f]"),
    "georgian": re.compile(r"[\u10a0-\u10ff]"),
    "cjk": re.compile(r"[\u3040-\u9fff\uac00-\ud7af]"),
}
_LETTER = re.compile(r"[^\W\d_]")


def main_script(text: str) -> str | None:
    """The script most letters of `text` are written in ("latin", "arabic", "hebrew",
    "cyrillic", "greek", "cjk", …; "other" for scripts not listed), or None when it has no
    letters. Looks at the first 5,000 characters."""
    sample = text[:5000]
    letters = len(_LETTER.findall(sample))
    if not letters:
        return None
    counts = {name: len(pattern.findall(sample)) for name, pattern in _SCRIPTS.items()}
    best = max(counts, key=lambda name: counts[name])
    return best if counts[best] else "other"


def script_of_language(tag: str) -> str:
    """The script a language is usually written in ("latin" for those not listed)."""
    return _SCRIPT_OF_LANGUAGE.get(tag.split("-")[0].lower(), "latin") if tag else ""


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
