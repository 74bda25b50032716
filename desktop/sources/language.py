"""A guess at a source's language and text direction; the reviewer can correct both.

The language comes from py3langid (a maintained fork of langid.py: 97 languages, a 4 MB model
shipped in the wheel, no download at run time, fast on whole articles). Its guess is checked
against the script: text that is mostly Arabic, Hebrew or Cyrillic letters gets a language written
in that script, chosen by letters only some languages use, since a statistical model can stray on
short or mixed text. Direction is decided by script alone: right-to-left when most letters are
Arabic-script (Arabic, Persian, Urdu, Pashto) or Hebrew-script (Hebrew, Yiddish).

Loading the model takes about 0.7 s, so this module is only imported in reader processes.
"""

from __future__ import annotations

import re

RTL_LANGUAGES = {"ar", "he", "fa", "ur", "ps", "yi", "ug", "sd", "ckb", "dv"}
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]")
_HEBREW = re.compile(r"[\u0590-\u05ff\ufb1d-\ufb4f]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_URDU = re.compile(r"[ٹڈڑںےۓھ]")
_PERSIAN = re.compile(r"[پچژگکی]")
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_SAMPLE = 20_000
#: Varieties the model tells apart that a desk files under their macrolanguage.
_MACRO = {"ary": "ar", "arz": "ar", "acm": "ar", "apc": "ar", "afb": "ar", "pes": "fa", "prs": "fa"}


def _letters(text: str) -> int:
    return sum(1 for c in text if c.isalpha())


def direction_of(text: str, language: str = "") -> str:
    """`rtl` for text mostly in Arabic or Hebrew script (or, with no letters, an RTL language)."""
    sample = text[:_SAMPLE]
    letters = _letters(sample)
    if not letters:
        return "rtl" if language.split("-")[0] in RTL_LANGUAGES else "ltr"
    rtl = len(_ARABIC.findall(sample)) + len(_HEBREW.findall(sample))
    return "rtl" if rtl * 2 > letters else "ltr"


def _by_script(sample: str, letters: int) -> str | None:
    arabic = len(_ARABIC.findall(sample))
    hebrew = len(_HEBREW.findall(sample))
    cyrillic = len(_CYRILLIC.findall(sample))
    if arabic * 2 > letters:
        if len(_URDU.findall(sample)) * 200 > arabic:
            return "ur"
        if len(_PERSIAN.findall(sample)) * 100 > arabic:
            return "fa"
        return "ar"
    if hebrew * 2 > letters:
        return "he"
    if cyrillic * 2 > letters:
        return "uk" if len(_UKRAINIAN.findall(sample)) * 100 > cyrillic else "ru"
    return None


def guess_language(text: str) -> str:
    """A BCP 47 language tag for `text`, or "" when there is too little text to tell."""
    sample = text[:_SAMPLE]
    letters = _letters(sample)
    if letters < 20:
        return ""
    scripted = _by_script(sample, letters)
    import py3langid  # the model loads on first use

    language, _score = py3langid.classify(sample)
    language = _MACRO.get(language, language)
    if scripted is not None:
        script_languages = {
            "ar": {"ar", "fa", "ur", "ps"},
            "fa": {"fa"},
            "ur": {"ur"},
            "he": {"he", "yi"},
            "ru": {"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "mn"},
            "uk": {"uk"},
        }
        if language not in script_languages[scripted]:
            return scripted
    return str(language)


def preload() -> None:
    """Load the language model now (in a reader process that will need it)."""
    import py3langid

    py3langid.classify("preload")
