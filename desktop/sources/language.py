"""A guess at a source's language and text direction; the reviewer can correct both.

The language comes from py3langid (a maintained fork of langid.py: 97 languages, a 4 MB model
shipped in the wheel, no download at run time, fast on whole articles). Its guess is checked
against the script: text that is mostly Arabic, Hebrew or Cyrillic letters gets a language written
in that script, chosen by letters only some languages use, since a statistical model can stray on
short or mixed text. Direction is decided by script alone: right-to-left when most letters are
Arabic-script (Arabic, Persian, Urdu, Pashto) or Hebrew-script (Hebrew, Yiddish).

A source's language is guessed among the languages a desk plausibly reads (`DESK_LANGUAGES`,
the desk's own en ar tr ru first; the environment's PROVDESK_SOURCE_LANGUAGES, tags separated by
spaces or commas, replaces them), and there is no guess ("") when the model is not confident,
finds no language at all (its `zxx`), or the text's letters are split between scripts (a Turkish
and Russian document is neither): a wrong guess (Crimean Tatar, Tagalog) would flow into quotes'
language, reports and ClaimReview, where none is better. Telling a file's encoding is a separate
question (`reading_language`, used by `encoding`): it scores each reading by the model's own
unrestricted guess, so the languages configured for guesses never change how bytes are decoded.

Loading the model takes about 0.7 s, so this module is only imported in reader processes.
"""

from __future__ import annotations

import copy
import os
import re
from functools import cache
from typing import Any

from db.text.direction import language_direction

#: The languages a guess may name unless PROVDESK_SOURCE_LANGUAGES says otherwise.
DESK_LANGUAGES: tuple[str, ...] = (
    *("en", "ar", "tr", "ru", "fa", "he", "fr", "de", "es", "it", "pt", "nl", "pl"),
    *("cs", "ro", "hu", "uk", "bg", "sr", "el", "az", "ku", "ur", "zh", "ja", "ko"),
)
#: Below this share of the model's belief (among the desk's languages) there is no guess.
MIN_CONFIDENCE = 0.6
#: A text whose largest script holds less than this share of its letters mixes scripts.
_ONE_SCRIPT = 0.7

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
        return language_direction(language)
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


_LATIN = "abcdefghijklmnopqrstuvwxyz"
_CYRILLIC_RU = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_ALPHABETS: dict[str, frozenset[str]] = {
    tag: frozenset(letters)
    for tag, letters in {
        "en": _LATIN + "àáâäçèéêëíîïñóôöúûü",  # names and loanwords
        "de": _LATIN + "äöüß",
        "fr": _LATIN + "àâæçéèêëîïôœùûüÿ",
        "es": _LATIN + "áéíñóúü",
        "it": _LATIN + "àèéìíîòóùú",
        "pt": _LATIN + "áâãàçéêíóôõú",
        "tr": _LATIN + "çğıöşüâîû\u0307",
        "az": _LATIN + "çəğıöşü\u0307",
        "tk": "abçdeäfghijžklmnňoöprsştuüwyýz",
        "ru": _CYRILLIC_RU,
        "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'",
        "bg": "абвгдежзийклмнопрстуфхцчшщъьюя",
        "sr": "абвгдђежзијклљмнњопрстћуфхцчџш" + _LATIN + "čćđšž",
        "mk": "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
        "is": "aábdðeéfghiíjklmnoóprstuúvxyýþæö",
        "yo": "abdeẹfghijklmnoọprsṣtuwyàáèéìíòóùúẹ̀ẹ́ọ̀ọ́ńǹḿ\u0300\u0301",
        "pl": _LATIN + "ąćęłńóśźż",
        "cs": _LATIN + "áčďéěíňóřšťúůýž",
        "ro": _LATIN + "ăâîșşțţ",
        "hu": _LATIN + "áéíóöőúüű",
    }.items()
}
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff66-\uff9f]")
_HALF_WIDTH_KANA = re.compile(r"[\uff66-\uff9f]")


def alphabet(tag: str) -> frozenset[str] | None:
    """The lower-case letters a language is written with, where this module knows them."""
    return _ALPHABETS.get(tag.split("-")[0].lower()) if tag else None


_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")


def _fits(sample: str, tag: str, letters: int) -> bool:
    """Whether the letters of `sample` can be language `tag`: Chinese, Japanese and Korean need
    their scripts (not half-width katakana alone, the mark of a mis-read code page); a language
    whose alphabet is known needs nearly all letters of its script from that alphabet (names
    and quotes in other scripts do not count against it)."""
    if tag in ("ja", "zh", "ko"):
        cjk = len(_CJK.findall(sample)) - len(_HALF_WIDTH_KANA.findall(sample))
        return cjk * 2 > letters
    known = alphabet(tag)
    if known is None:
        return True
    script = _CYRILLIC_LETTER if any(_CYRILLIC_LETTER.match(c) for c in known) else _LATIN_LETTER
    own = "".join(script.findall(sample)).lower()
    outside = len(own) - sum(own.count(letter) for letter in known)
    return outside * 20 <= len(own)


def candidates(environ: dict[str, str] | None = None) -> tuple[str, ...]:
    """The languages a guess may name: PROVDESK_SOURCE_LANGUAGES if set, else DESK_LANGUAGES."""
    chosen = (os.environ if environ is None else environ).get("PROVDESK_SOURCE_LANGUAGES", "")
    tags = [t.strip().lower() for t in re.split(r"[\s,]+", chosen) if t.strip()]
    return tuple(tags or DESK_LANGUAGES)


@cache
def _model() -> Any:
    """py3langid's model (every language it knows), probabilities normalised; loaded once."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # the model loads here

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@cache
def _identifier(languages: tuple[str, ...] | None) -> Any:
    """The model restricted to `languages` and its own `zxx` (no language) — or the whole
    model for None; tags the model does not know are left out. Shares the model's tables."""
    model = _model()
    if languages is None:
        return model
    restricted = copy.copy(model)
    known = set(model.nb_classes)
    wanted = [tag for tag in (*languages, *_MACRO, "zxx") if tag in known]
    restricted.set_languages(wanted or None)
    return restricted


def _script_of(c: str) -> str:
    if _LATIN_LETTER.match(c):
        return "latin"
    if _CYRILLIC_LETTER.match(c):
        return "cyrillic"
    if _ARABIC.match(c):
        return "arabic"
    if _HEBREW.match(c):
        return "hebrew"
    if "\u0370" <= c <= "\u03ff":
        return "greek"
    return "cjk" if _CJK.match(c) else "other"


def mixes_scripts(text: str) -> bool:
    """Whether the letters of `text` are split between scripts (Latin, Cyrillic, Arabic,
    Hebrew, Greek, CJK) with none holding `_ONE_SCRIPT` of them."""
    counts: dict[str, int] = {}
    for c in text[:_SAMPLE]:
        if c.isalpha():
            name = _script_of(c)
            counts[name] = counts.get(name, 0) + 1
    total = sum(counts.values())
    return bool(total) and max(counts.values()) < total * _ONE_SCRIPT


_SCRIPT_LANGUAGES = {
    "ar": {"ar", "fa", "ur", "ps"},
    "fa": {"fa"},
    "ur": {"ur"},
    "he": {"he", "yi"},
    "ru": {"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "mn"},
    "uk": {"uk"},
}


def _model_guess(sample: str, letters: int, identifier: Any, *, sure: bool) -> str:
    """The model's language for `sample`, checked against its script and alphabet; with
    `sure`, "" when the model finds no language or is below MIN_CONFIDENCE."""
    scripted = _by_script(sample, letters)
    language, score = identifier.classify(sample)
    if sure and (language == "zxx" or score < MIN_CONFIDENCE):
        return scripted or ""
    language = _MACRO.get(language, language)
    if not _fits(sample, language, letters):
        ranked = (_MACRO.get(tag, tag) for tag, _s in identifier.rank(sample)[:15])
        fitting = (tag for tag in ranked if tag != "zxx" and _fits(sample, tag, letters))
        language = next(fitting, "")
    if scripted is not None and language not in _SCRIPT_LANGUAGES[scripted]:
        return scripted
    return str(language)


def guess_language(text: str, *, minimum_letters: int = 20) -> str:
    """A BCP 47 language tag for `text` among `candidates()`, or "" — no guess — when there is
    too little text to tell (fewer than `minimum_letters` letters), its letters mix scripts, or
    the model is not confident. Never a language whose script or alphabet the text's letters do
    not fit (no `tk` for Turkish with ı, no `ja` for mis-read Cyrillic)."""
    sample = text[:_SAMPLE]
    letters = _letters(sample)
    if letters < minimum_letters or not letters or mixes_scripts(sample):
        return ""
    return _model_guess(sample, letters, _identifier(candidates()), sure=True)


def reading_language(text: str) -> str:
    """The language a decoded reading of a file looks like, among every language the model
    knows (for scoring readings by alphabet in `encoding`; not a source's stored language)."""
    sample = text[:_SAMPLE]
    letters = _letters(sample)
    if not letters:
        return ""
    return _model_guess(sample, letters, _identifier(None), sure=False)


def preload() -> None:
    """Load the language model now (in a reader process that will need it)."""
    _identifier(candidates()).classify("preload")
