"""Negation across languages, for the aligner and its drift flags.

The meaning check's reader (`db.text.anchor_polarity`) counts every negation of a sentence;
across two languages some of them are not clause negations but a word's own negative sense,
which a translation renders with another word: "غير الشرعية" / "illegal", "olaysız" /
"without incident", "не согласилось" / "disagreed", "запрещено" / "not allowed", "beklenmedik" /
"unexpected". These **privatives** (without / без / بدون, دون, عدم, غير before an adjective,
Turkish -sız/-siz, un-, dis-, il-, words of refusal, absence and prohibition) are counted apart
from the clause negations: a negation on one side only is a drift unless the other side has a
privative more to render it. Negations coordinated in one sentence ("no red lines or
preconditions", "لا … ولا", "ни … ни", Turkish "ne … ne de", "did not come and did not call")
are one negative statement, whichever way a language coordinates them. Arabic "ما" before a verb of consequence ("، ما أدى إلى", "which
led to") is a relative, not a negation."""

from __future__ import annotations

import functools
import re

from .align_lexicon import fold
from .anchor_polarity import negation_hits

_PRIVATIVE_NEGATION = {
    "en": frozenset({"without", "unless"}),
    "ru": frozenset({"без"}),
    "ar": frozenset(
        fold(w) for w in ("عدم", "بدون", "دون", "وبدون", "ودون", "بلا", "وعدم", "بعدم", "وبعدم")
    ),
    "tr": frozenset(),
}
_PRIVATIVE_WORDS = {
    "en": re.compile(
        r"^(?:dis(?:agree|approv|satisf|obey|honest|loyal|allow|qualif|credit|prov)\w*"
        r"|il(?:legal|licit|logical)\w*|ir(?:regular|relevant|responsib|reversib)\w*"
        r"|in(?:accura|complete|sufficien|valid|correct|adequa|abilit|capab|effective|nocen)\w*"
        r"|im(?:possib|proper|balance|partial)\w*|non\w{3,}|absen\w+|lack\w*|fail\w*"
        r"|refus\w+|reject\w*|forbid\w*|forbade|ban|bans|banned|banning|prohibit\w*|denied"
        r"|free|freed|spared|unharmed)$"
    ),
    "ru": re.compile(
        r"^(?:отсутств\w*|запрещ\w*|запрет\w*|отказ\w*|отклон\w*|отверг\w*|лишен\w*"
        r"|не(?:законн|легальн|возможн|известн|достаточн|удач|верн|приемлем|соглас|довол)\w*)$"
    ),
    "tr": re.compile(
        r"^(?:\w{2,}s[ıiuü]z\w*|yasak\w*|redded\w*|reddet\w*|eksik\w*"
        r"|\w+m[ae]d[ıi]k\w*|\w+m[ae]y[ae]n\w*|olmadan|olmaksizin)$"
    ),
    "ar": re.compile(
        r"^(?:[وف]?ب?(?:غير|عدم|بدون|دون|بلا|رفض\w*|يرفض\w*|ترفض\w*|ممنوع\w*|حظر\w*|يحظر\w*"
        r"|غياب\w*|فشل\w*|امتنع\w*))$"
    ),
}
_WORD = re.compile(r"\w+")
_AR_CONSEQUENCE = re.compile(r"^(?:اد[يى]|يؤدي|اسفر|يعني|جعل|دفع|تسبب|يجعل|يدفع)")
_AR_AT_LEAST = re.compile(r"^[يت](?:قل|زيد)")
_NUMBER_SIGN = re.compile(r"^\.\s*\d")
""""No. 40": the number sign, not a negation ("no 5G" stays one)."""
_TR_VERBAL_NOUN = re.compile(r"\w+m[ae]s[iu]n(?:d[ae]n|d[ae]|[ae]|in|i)")
"""A Turkish verbal noun in -mA with its possessive and a case ("aksamasından",
"çıkarılmasına"), folded: no negative imperative ("gelmesin")."""
_TR_SURNAME = re.compile(r"\w+m[ae]z$")
"""A Turkish surname shaped like a negative aorist (Yılmaz, Korkmaz, Sönmez)."""
_COORDINATED = re.compile(
    r"^[^.!?؟;:]*?(?:,|،|\b(?:and|or|nor|neither|и|или|ни|ve|veya|ya|ne|او)\b)[^.!?؟;:]*$"
)
"""The words between two negations of one sentence that coordinate them ("no red lines or
preconditions", "did not come and did not call", "ни … ни"): one negative statement, not a
double negation."""
_AR_COORDINATED = frozenset(fold(w) for w in ("ولا", "ولم", "ولن", "وليس", "وليست", "وما"))
"""Arabic negations carrying "and" (لا … ولا: neither … nor)."""
_TR_NE_NE = re.compile(r"\bne\b[^.!?;:]+?\bne\b(?:\s+de\b)?")
"""Turkish "ne … ne (de)": neither … nor, a negation without a negative verb."""
_EN_EXCEPTION = re.compile(r"^\W*(?:\w+\W+){0,6}?(?:but|except|other than|apart from)\b")


def _exception(surface: str, after: str) -> bool:
    if surface == "not":
        return after.lstrip().startswith("only")
    return surface in ("nothing", "none", "nobody") and bool(_EN_EXCEPTION.match(after))


_EN_PRIVATIVE_UN = re.compile(r"^(?:un|in|im|il|ir)([a-z]{4,})$")
_EN_NON = re.compile(r"(?<![a-z])non-[a-z]")
"""A "non-" word ("non-governmental"): the word reader splits it at the hyphen."""
_EN_SHORT_OF = re.compile(r"(?<![a-z])short of(?![a-z])")
""""short of" (lacking): the Russian "не хватает", the Turkish "eksik"."""
_BOUND = {
    "ru": re.compile(r"^(?:более|менее|больше|меньше|позднее|позже|раньше|ранее|хват\w*)$"),
    "en": re.compile(r"^(?:more|less|fewer|later|earlier|longer)$"),
}
"""A negation that bounds a quantity ("не более 330", "no more than 20": at most) and the
Russian "не хватает" (lacks, is short of): a lexical negative, not a clause negation."""


@functools.lru_cache(maxsize=16384)
def _en_privative(word: str) -> bool:
    """un-, in-, im-, il-, ir- before a word English knows ("unexpected", "informal",
    "inappropriate"), and the listed words."""
    if _PRIVATIVE_WORDS["en"].match(word):
        return True
    m = _EN_PRIVATIVE_UN.match(word)
    if m is None:
        return False
    from lemminflect import getAllLemmas  # with numpy: loaded when first needed

    rest = m.group(1)
    lemmas = getAllLemmas(rest)
    if word.startswith("un"):
        return bool(lemmas)
    return rest in lemmas.get("ADJ", ())  # "informal", not "insurer" (in + surer)


def _privative_word(word: str, language: str) -> bool:
    if language == "en":
        return _en_privative(word)
    pattern = _PRIVATIVE_WORDS.get(language)
    return bool(pattern and pattern.match(word))


@functools.lru_cache(maxsize=16384)
def polarity_counts(text: str, language: str) -> tuple[int, int, int]:
    """(clause negations, privatives, where the last clause negation ends in the folded text —
    -1 when none) of a passage."""
    folded = fold(text)
    hard = 0
    last = -1
    privative_spans: list[tuple[int, int]] = []
    if language == "tr":
        for m in _TR_NE_NE.finditer(folded):
            hard += 1
            last = m.end()
    for start, end, _value in negation_hits(folded, language):
        surface = folded[start:end]
        after = folded[end : end + 24].split()
        following = after[0] if after else ""
        word = _whole_word(folded, start, end)
        if language == "tr" and (
            _capitalised_inside(text, folded, start) or _leading_surname(text, folded, start, word)
        ):
            continue  # a name: "Korkmaz" is no "does not fear" here
        if language == "tr" and _TR_VERBAL_NOUN.fullmatch(word):
            continue  # "aksamasından" (of its being disrupted): a verbal noun in a case
        if language == "en" and surface == "no" and _NUMBER_SIGN.match(folded[end:]):
            continue  # "Hospital No. 40"
        bound = _BOUND.get(language)
        if (
            surface in _PRIVATIVE_NEGATION.get(language, ())
            # Arabic غير makes a word negative ("غير حكومية", non-governmental; "غير المرجح",
            # unlikely) or means "other than": it never negates a clause
            or (language == "ar" and surface in ("غير", "وغير", "بغير", "لغير"))
            or (language == "tr" and _privative_word(word, language))
            or (bound is not None and surface in ("не", "no", "not") and bound.match(following))
        ):
            privative_spans.append((start, end))
            continue
        if (
            language == "ar"
            and surface in ("ما", "وما")
            and (_AR_CONSEQUENCE.match(following) or following == "لا")
        ):
            continue  # "، ما أدى إلى" (which led to), "ما لا يقل عن" (at least)
        if language == "ar" and surface in ("لا", "ولا") and _AR_AT_LEAST.match(following):
            privative_spans.append((start, end))  # "لا يقل عن": at least, no fewer than
            continue
        if language == "en" and _exception(surface, folded[end : end + 60]):
            continue  # "not only … but also", "nothing but", "no one except": only
        if last >= 0 and _coordinated(folded[last:start], surface, language):
            last = end  # "no X or Y", "لا X ولا Y": the same negative statement goes on
            continue
        hard += 1
        last = end
    privatives = len(privative_spans)
    if language == "en":
        privatives += len(_EN_NON.findall(folded)) + len(_EN_SHORT_OF.findall(folded))
    for m in _WORD.finditer(folded):
        if any(s <= m.start() < e for s, e in privative_spans):
            continue
        if _privative_word(m.group(), language):
            privatives += 1
    return hard, privatives, last


def _coordinated(gap: str, surface: str, language: str) -> bool:
    """Whether a negation continues the previous one of its sentence by coordination (the
    text between them, `gap`, has no sentence end and an "and", "or", "nor" or a comma, or the
    negation is Arabic and carries its "and"): counting it again would read "no red lines
    and no preconditions" as a double negation against "no red lines or preconditions"."""
    if any(mark in gap for mark in ".!?؟;:"):
        return False
    if surface in ("nor", "ни") or (language == "ar" and surface in _AR_COORDINATED):
        return True
    return bool(_COORDINATED.match(gap))


def _capitalised_inside(text: str, folded: str, at: int) -> bool:
    """Whether the word at `at` of the folded text is capitalised in the text, past its first
    word (folding keeps a Turkish text's length)."""
    if len(text) != len(folded):
        return False
    start = at
    while start > 0 and folded[start - 1].isalnum():
        start -= 1
    return start > 0 and text[start].isupper() and bool(text[:start].strip())


def _leading_surname(text: str, folded: str, at: int, word: str) -> bool:
    """Whether the hit is the capitalised first word of the text, shaped like a surname (-mAz)
    and followed by more of the clause ("Yılmaz, görüşmenin …"): a Turkish verb ends its clause."""
    if len(text) != len(folded) or not _TR_SURNAME.fullmatch(word):
        return False
    start = at
    while start > 0 and folded[start - 1].isalnum():
        start -= 1
    if text[:start].strip() or not text[start : start + 1].isupper():
        return False
    rest = folded[start + len(word) :].strip(" \t\"'«»“”")
    return bool(rest) and rest[0] not in ".!?"


def _whole_word(folded: str, start: int, end: int) -> str:
    """The word a hit lies in (a Turkish negation is a suffix of its verb)."""
    while start > 0 and folded[start - 1].isalnum():
        start -= 1
    while end < len(folded) and folded[end].isalnum():
        end += 1
    return folded[start:end]


def negated(text: str, language: str) -> bool:
    """Whether the passage carries a negation or a privative (the aligner's evidence: "not
    allowed" renders "запрещено")."""
    hard, privatives, _ = polarity_counts(text, language)
    return hard + privatives > 0


def negation_drift(
    original: str,
    translation: str,
    original_language: str,
    translation_language: str,
    *,
    merged: bool = False,
) -> int:
    """+1 when the original carries a clause negation the translation does not render, -1 the
    other way round, 0 when their polarity agrees. A privative more on the side with fewer
    negations renders the negation ("не согласилось" / "disagreed"); in a merged pair two
    negated sentences may become one negated sentence, so negation on each side agrees."""
    hard_o, priv_o, _ = polarity_counts(original, original_language)
    hard_t, priv_t, _ = polarity_counts(translation, translation_language)
    if hard_o % 2 == hard_t % 2:
        return 0
    if merged and hard_o and hard_t:
        return 0
    if hard_o > hard_t:
        return 0 if priv_t > priv_o else 1
    return 0 if priv_o > priv_t else -1
