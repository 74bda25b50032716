"""Anchors of meaning for the aligner and its drift flags: numbers (any digit system) and
negation, in the shape of `db.text.anchors` (issue 22) so that the aligner switches to
`find_anchors` by changing this one module."""

from __future__ import annotations

import re
from dataclasses import dataclass

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_D = "0-9٠-٩۰-۹"
_NUMBER = re.compile(
    rf"(?<![{_D}A-Za-z])[{_D}]+(?:(?P<sep>[,.٬'’\u00a0\u202f ])[{_D}]{{3}}(?![{_D}]))*"
    rf"(?:[.,٫][{_D}]+)?(?![{_D}])"
)
_NEGATION_WORDS = {
    "en": {
        "not",
        "no",
        "never",
        "none",
        "nobody",
        "nothing",
        "neither",
        "nor",
        "without",
        "cannot",
    },
    "ar": {"لا", "لم", "لن", "ليس", "ليست", "ليسوا", "دون", "بدون", "بلا"},
    "ru": {"не", "нет", "ни", "никогда", "без", "ничего", "никто", "нельзя", "ничто"},
    "tr": {"değil", "degil", "yok", "hiç", "hic", "hiçbir", "asla", "hayır"},
}
_TURKISH_NEGATIVE_VERB = re.compile(
    r"(?:m[ae]d[ıi]|m[ae]m[ıiuü]ş|m[ae]y[ae]c[ae][kğ]|m[ıiuü]yor|m[ae]z|m[ae]y[ae]n|"
    r"(?<=[^aeıioöuü])m[ae]m[ae])\w{0,10}$"
)
_AR_STILL = ("يزال", "تزال", "زال", "يزالون", "تزالان")
_AR_ONLY = frozenset({"سوى", "الا", "إلا"})
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_AR_CONJ = ("و", "ف")


@dataclass(frozen=True)
class Anchor:
    """A token whose change changes what a sentence says (the shape of issue 22's Anchor)."""

    kind: str
    start: int
    end: int
    surface: str
    value: str


def _number_value(surface: str, language: str) -> str:
    s = surface.translate(_DIGITS)
    lang = language.split("-")[0].lower()
    # the last separator is a decimal point unless three digits follow it in a run of groups
    m = re.fullmatch(r"(\d+(?:[,.٬'’\u00a0\u202f ]\d{3})*)(?:[.,٫](\d+))?", s)
    if m is None:
        return s
    whole, frac = m.group(1), m.group(2)
    if frac is None and lang in ("ru", "tr") and re.fullmatch(r"\d{1,3},\d{3}", whole):
        whole, frac = whole.split(",")
    whole = re.sub(r"\D", "", whole)
    if frac is not None:
        frac = frac.rstrip("0")
    value = str(int(whole)) if whole else "0"
    return f"{value}.{frac}" if frac else value


def _negated(word: str, lang: str) -> bool:
    w = word.lower()
    words = _NEGATION_WORDS.get(lang, set())
    if w in words:
        return True
    if lang == "en" and w.endswith("n't"):
        return True
    if lang == "ar" and len(w) > 2 and w[0] in _AR_CONJ and w[1:] in words:
        return True
    if lang == "tr":
        stem = re.split(r"['’]", w)[0]
        return len(stem) > 4 and _TURKISH_NEGATIVE_VERB.search(stem) is not None
    return False


def find_anchors(text: str, language: str | None = None) -> tuple[Anchor, ...]:
    """The numbers and negations of `text`, in order."""
    lang = (language or "en").split("-")[0].lower()
    found: list[Anchor] = []
    for m in _NUMBER.finditer(text):
        surface = m.group().rstrip(" \u00a0\u202f")
        if lang != "ru" and " " in surface:
            surface = surface.split(" ")[0]
        end = m.start() + len(surface)
        found.append(Anchor("number", m.start(), end, surface, _number_value(surface, lang)))
    words = list(_WORD.finditer(text))
    for k, m in enumerate(words):
        if not _negated(m.group(), lang):
            continue
        after = [w.group() for w in words[k + 1 : k + 5]]
        # Arabic "لا يزال" is "still", "لن … سوى" is "only": no negation of meaning
        if lang == "ar" and after and (after[0].startswith(_AR_STILL) or _AR_ONLY & set(after)):
            continue
        found.append(Anchor("negation", m.start(), m.end(), m.group(), "not"))
    found.sort(key=lambda a: a.start)
    return tuple(found)
