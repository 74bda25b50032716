"""Which language's rules `db.text.anchors.find_anchors` applies to a text: the one given, or
the one its script and words say (a Turkish text written without its letters is told by its
words, an ending after an apostrophe or a verb's tense)."""

from __future__ import annotations

import re

LANGUAGES = ("en", "ar", "tr", "ru")
"""Languages whose negation, modality and number words are recognised; numbers in digits are
recognised in any text."""


_TURKISH_LETTERS = re.compile(r"[şğıİŞĞçöüÇÖÜ]")
_TURKISH_WORDS = re.compile(
    r"(?i)\b(?:ve|bir|bu|için|ile|olarak|dedi|değil|yok|da|de|mi|gibi|sonra|kadar|pek|"
    r"nadiren|neredeyse|yaklasik|civarinda|en az|en fazla)\b"
)
_TURKISH_ENDING = re.compile(r"\w['’](?:[dt][ae]n|[dt][ae]|[ıiuü]n|n[ıiuü]n|y?[ae]|l[ae]r)\b")
"""A Turkish ending after an apostrophe ("45'ten", "Ankara'da"): Turkish."""
_TURKISH_VERB = re.compile(
    r"(?i)\b\w{2,}(?:[iu]yor(?:lar|du)?|[ae]c[ae]k(?:lar|ler)?|m[iu]s|[dt][iu](?:lar|ler)?)\b"
)
_ENGLISH_WORDS = re.compile(r"(?i)\b(?:the|a|an|of|to|is|are|was|were|will|and|in|on|at|by)\b")
"""A Turkish verb's tense ("bekliyor", "acilacak") in a text without an English function word:
Turkish written without its letters."""
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")


def anchor_language(text: str, language: str | None = None) -> str:
    """The language whose rules `find_anchors` applies: the given one (its primary subtag)
    when it is one of `LANGUAGES`, else the one the script says (Arabic, Cyrillic → Russian;
    Latin → Turkish when Turkish letters or words show, else English); "" when none fits."""
    if language:
        primary = language.split("-")[0].split("_")[0].lower()
        if primary in LANGUAGES:
            return primary
    arabic = len(_ARABIC.findall(text))
    cyrillic = len(_CYRILLIC.findall(text))
    latin = len(_LATIN.findall(text))
    if arabic > max(cyrillic, latin):
        return "ar"
    if cyrillic > latin:
        return "ru"
    if latin:
        if (
            _TURKISH_LETTERS.search(text)
            or _TURKISH_ENDING.search(text)
            or (_TURKISH_VERB.search(text) and not _ENGLISH_WORDS.search(text))
            or len(_TURKISH_WORDS.findall(text)) >= 2
        ):
            return "tr"
        return "en"
    return ""
