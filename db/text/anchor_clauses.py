"""Clauses and which negations of a text change its meaning (per-clause polarity).

`db.text.anchor_polarity` finds every negation word. Not every one is a negation of its own:

- **Coordinated negations** of one sentence are one negative statement when the later one
  negates no verb of its own: "no red lines and no preconditions" says what "no red lines or
  preconditions" says; "لا توجد خطوط حمراء ولا شروط", "ни денег, ни еды", "neither … nor". A
  later negation of a verb ("did not close and did not stop", "لم يغلق ولم يتوقف", "не закрыли
  и не остановили", a Turkish negative verb) is a clause of its own and counts.
- **Turkish "ne … ne (de)"** (neither … nor) negates its clause with an affirmative verb ("Ne
  hükümet ne de muhalefet açıklama yaptı" / "… açıklama yapmadı"): one negation.
- **"Not only … but also"** ("не только … но и", "sadece … değil, … de", "ليس فقط … بل",
  "لا … فحسب بل") negates nothing.

`counted_negations` keeps the negation hits that count. `clause_spans` splits a text into
clauses (at sentence and clause punctuation, coordinating and subordinating words), the unit of
`db.text.anchor_predicates`' comparison, which the aligner's coordination rule
(`db.text.align_polarity`) may share.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable

from .normalise import search_key

Hit = tuple[int, int, str]

_WORD = re.compile(r"\w+(?:'t)?")
_SENTENCE_END = re.compile(r"[.!?؟;؛:]")


def _words(*words: str) -> frozenset[str]:
    return frozenset(search_key(w) for w in words)


_BREAK_WORDS = {
    "en": _words(
        *("and", "or", "but", "nor", "yet", "that", "which", "who", "because", "while"),
        *("whereas", "although", "though", "after", "before", "when", "since", "if"),
    ),
    "tr": _words("ve", "veya", "ya", "ama", "fakat", "ancak", "ki", "çünkü", "oysa"),
    "ru": _words(
        *("и", "или", "но", "а", "что", "чтобы", "который", "которая", "которое", "которые"),
        *("потому", "хотя", "когда", "если", "однако", "поскольку"),
    ),
    "ar": _words(
        *("و", "أو", "او", "لكن", "لكنه", "لكنها", "بل", "أن", "إن", "ان", "الذي", "التي"),
        *("الذين", "لأن", "لان", "حيث", "بينما", "عندما", "إذا", "اذا"),
    ),
}
"""Words that open a clause (coordinating and subordinating), as folded."""
_AR_JOINED_BREAK = re.compile(r"^[وف](?:لا|لم|لن|ليس|ليست|ما|قد|ان|إن|أن)$")
"""An Arabic clause opened by و/ف written onto a particle ("ولا", "ولم", "وأن")."""
_CLAUSE_PUNCTUATION = re.compile(r"[.!?؟;؛:,،()\"«»“”]")

_COORDINATION = re.compile(
    r"^[^.!?؟;؛:]*?(?:,|،|\b(?:and|or|nor|neither|и|или|ни|ve|veya|ya|ne|او|أو)\b)[^.!?؟;؛:]*$"
)
"""The words between two negations of one sentence that coordinate them."""
_AR_COORDINATED = _words("ولا", "ولم", "ولن", "وليس", "وليست", "وما")
_CONTINUING = _words("nor", "ни")


# --- clauses ---------------------------------------------------------------------------------


def clause_spans(text: str, language: str) -> list[tuple[int, int]]:
    """Spans `[start, end)` of the clauses of `text`, in order, covering it whole: a clause
    ends after clause punctuation and before a word that opens a clause ("and", "that", "ve",
    "что", "و" or a particle with و written onto it). An empty text is one empty clause."""
    if not text:
        return [(0, 0)]
    breaks = _BREAK_WORDS.get(language, frozenset())
    cuts = {0, len(text)}
    for mark in _CLAUSE_PUNCTUATION.finditer(text):
        cuts.add(mark.end())
    for token in _WORD.finditer(text):
        word = search_key(token.group())
        if word in breaks or (language == "ar" and _AR_JOINED_BREAK.match(word)):
            cuts.add(token.start())
    points = sorted(cuts)
    spans = [(a, b) for a, b in itertools.pairwise(points) if b > a]
    merged: list[tuple[int, int]] = []
    for start, end in spans:  # a span without a word joins the clause after it
        if merged and not _WORD.search(text, merged[-1][0], merged[-1][1]):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged or [(0, 0)]


# --- which negations count -------------------------------------------------------------------

_EN_AUXILIARY = _words(
    *("do", "does", "did", "is", "are", "was", "were", "will", "would", "can", "could"),
    *("should", "must", "may", "might", "has", "have", "had", "be", "been", "shall"),
)
_EN_NOMINAL = _words("no", "none", "nobody", "nothing", "neither", "nor", "not")
_AR_LA = _words("لا", "ولا", "فلا")
_RU_VERB_POS = frozenset({"VERB", "INFN", "PRTS", "PRTF", "GRND", "PRED"})


@functools.lru_cache(maxsize=8192)
def _ru_verb(word: str) -> bool:
    from .anchor_names import _morph

    return any(str(p.tag.POS) in _RU_VERB_POS for p in _morph().parse(word)[:2])


def _previous_word(folded: str, at: int) -> str:
    words = _WORD.findall(folded[:at])
    return words[-1] if words else ""


def _clause_after(folded: str, end: int, language: str) -> list[str]:
    """The words after a negation up to the end of its clause."""
    words: list[str] = []
    breaks = _BREAK_WORDS.get(language, frozenset())
    for token in _WORD.finditer(folded, end):
        if _CLAUSE_PUNCTUATION.search(folded, end, token.start()) or token.group() in breaks:
            break
        words.append(token.group())
    return words


def _verb(word: str, language: str) -> bool:
    if language == "en":
        if word in _EN_AUXILIARY:
            return True
        from lemminflect import getAllLemmas

        lemmas = getAllLemmas(word)
        return ("VERB" in lemmas or "AUX" in lemmas) and "NOUN" not in lemmas
    if language == "ru":
        return _ru_verb(word)
    if language == "ar":
        bare = word[1:] if word[:1] in "وف" and len(word) > 3 else word
        return bare[:1] in ("ي", "ت", "ن") or bare in _AR_BE
    return True


_AR_BE = _words("كان", "كانت", "كانوا", "يكون", "تكون", "أصبح", "أصبحت", "بات", "باتت")


def _nominal(folded: str, hit: Hit, language: str) -> bool:
    """Whether a negation negates no verb of its own: a noun's negation whose clause has no
    verb ("and no preconditions", "ولا شروط مسبقة"), the statement of the negation before it
    going on. A negated verb ("did not stop", "ولم يتوقف", "не остановили", a Turkish
    negative verb) or a negation with its own verb after it ("and no civilians were hurt") is a
    clause of its own."""
    start, end, value = hit
    surface = folded[start:end]
    if value != "not" or language not in ("en", "ar", "ru"):
        return False
    if language == "en" and surface not in _EN_NOMINAL:
        return False
    if language == "en" and surface == "not" and _previous_word(folded, start) in _EN_AUXILIARY:
        return False
    if language == "ar" and surface not in _AR_LA:
        return False
    if language == "ru" and surface != "ни":
        return False
    return not any(_verb(w, language) for w in _clause_after(folded, end, language))


def _coordinated(folded: str, previous: Hit, hit: Hit, language: str) -> bool:
    """Whether `hit` continues the negative statement of `previous` by coordination."""
    gap = folded[previous[1] : hit[0]]
    if _SENTENCE_END.search(gap):
        return False
    surface = folded[hit[0] : hit[1]]
    if surface in _CONTINUING or (language == "ar" and surface in _AR_COORDINATED):
        return True
    return bool(_COORDINATION.match(gap))


_PAIRED = {"neither": "nor", "ни": "ни"}


def _paired(folded: str, previous: Hit, hit: Hit) -> bool:
    """ "neither … nor", "ни … ни" of one sentence: one negation however many verbs follow."""
    first, second = folded[previous[0] : previous[1]], folded[hit[0] : hit[1]]
    return _PAIRED.get(first) == second and not _SENTENCE_END.search(folded, previous[1], hit[0])


_NOT_ONLY = {
    "en": re.compile(r"\bnot only\b(?=[^.!?;:]*\bbut\b)"),
    "ru": re.compile(r"(?<!\w)не только(?=[^.!?;:]*(?:\bно и\b|\bа и\b|\bно также\b))"),
    "tr": re.compile(
        r"\b(?:sadece|yalnizca|yalniz|sirf)\b[^.!?;:]*?\b(degil)\b(?=[^.!?;:]*\b(?:de|da|ayrica)\b)"
    ),
    "ar": re.compile(
        r"(?:^|\s)((?:ليس|ليست|لا|لم)) (?:\w+ ){0,4}?(?:فقط|فحسب)(?=[^.!?؟]*\s(?:بل|وإنما|وانما))"
    ),
}
""""Not only X but (also) Y" in the four languages, as folded: the negation word says "only"."""
_TR_NE_NE = re.compile(r"(?:^|(?<=\W))(ne)\s[^.!?;:]+?\s(?:ne)(?:\s+(?:de|da))?\s")


_UNTIL = {"ru": re.compile(r"(?<!\w)пока (не)(?!\w)")}
"""Russian "пока не" is "until" ("не вернёмся, пока не повысят" / "до повышения"), no negation."""


def _not_only_spans(folded: str, language: str) -> list[tuple[int, int]]:
    spans = [m.span(1) for m in _UNTIL[language].finditer(folded)] if language in _UNTIL else []
    pattern = _NOT_ONLY.get(language)
    if pattern is None:
        return spans
    return spans + [m.span(m.lastindex or 0) for m in pattern.finditer(folded)]


def counted_negations(folded: str, language: str, hits: Iterable[Hit]) -> list[Hit]:
    """The negation hits (of `db.text.anchor_polarity`) that change the text's polarity, and a
    Turkish "ne … ne (de)" as one (see the module's docstring)."""
    only = _not_only_spans(folded, language)
    kept: list[Hit] = []
    previous: Hit | None = None
    for hit in sorted(hits):
        if any(a <= hit[0] < b for a, b in only):
            continue
        if previous is not None and (
            _paired(folded, previous, hit)
            or (_coordinated(folded, previous, hit, language) and _nominal(folded, hit, language))
        ):
            previous = hit
            continue  # "no red lines and no preconditions": the same statement goes on
        kept.append(hit)
        previous = hit
    if language == "tr":
        for match in _TR_NE_NE.finditer(folded):
            kept.append((match.start(1), match.end(1), "not"))
    return sorted(kept)
