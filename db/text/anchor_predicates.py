"""Polarity predicate by predicate: a negated verb whose partner in the other text is said.

The negation anchors compare by parity (`db.text.anchors`): one negation more or less is
"negated". Parity misses two negated clauses against two affirmed ones ("The plant did not
close and did not stop production" / "The plant closed and stopped production") and a negation
that moved from one clause to the other ("did not close but stopped" / "closed but did not
stop"). Here each text is split into clauses (`db.text.anchor_clauses.clause_spans`) and each
content word gets the polarity of its clause:

- the negations counted in its clause (`counted_negations`), one more for each verb of denial
  before it in its sentence ("denied that the plant closed" negates the closing);
- a clause opened by "or" / "nor" / "veya" / "или" / "أو" with no negation of its own takes
  the polarity of the clause before it ("did not close or stop").

A **predicate** is the word a verbal negation negates: the first content word after "not",
"لم", "не" in its clause, or a Turkish negative verb itself. Two texts of one language differ
in polarity when a predicate of one has partners in the other (the same word, by
`db.text.word_accounting.same_word`) and every partner has the other polarity.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .anchor_clauses import clause_spans
from .anchors import Anchor, AnchorDifference
from .normalise import search_key
from .word_accounting import same_word, words_of
from .word_tables import Word

_INHERITING = frozenset(search_key(w) for w in ("or", "nor", "veya", "ya", "или", "أو", "او"))
_SUBORDINATE = frozenset(
    search_key(w)
    for w in (
        *("that", "which", "who", "whom", "whose", "ki", "что", "чтобы", "который", "которая"),
        *("которое", "которые", "которых", "которой", "которого", "أن", "ان", "إن", "الذي"),
        *("التي", "الذين", "اللذين", "اللتين", "اللواتي"),
    )
)
"""Words that open a clause inside the clause before it (relative, complement): its negations
are read inside the other's ("no hospital that is not short of fuel": every hospital is)."""
_SENTENCE_END = re.compile(r"[.!?؟;؛]")
_WORD = re.compile(r"\w+")


def _polarities(
    text: str, anchors: Sequence[Anchor], words: Sequence[Word], language: str
) -> list[bool]:
    """Whether each of `words` is negated (see the module's docstring)."""
    spans = clause_spans(text, language)
    negations = [a for a in anchors if a.kind == "negation"]
    own: list[int] = []
    for start, end in spans:
        own.append(sum(a.value != "deny" and start <= a.start < end for a in negations))
    negated = [count % 2 == 1 for count in own]
    for i, (start, end) in enumerate(spans):
        first = _WORD.search(text, start, end)
        opener = search_key(first.group()) if first else ""
        if not i or _ends_sentence(text, spans[i - 1]):
            continue
        if not own[i] and opener in _INHERITING:
            negated[i] = negated[i - 1]
        elif opener in _SUBORDINATE:
            negated[i] = negated[i] != negated[i - 1]
    denials = [a for a in negations if a.value == "deny"]
    result: list[bool] = []
    for word in words:
        clause = next((i for i, (s, e) in enumerate(spans) if s <= word.start < e), 0)
        flips = sum(_denied(text, d, word, language) for d in denials)
        result.append(negated[clause] != (flips % 2 == 1))
    return result


def _denied(text: str, denial: Anchor, word: Word, language: str) -> bool:
    """Whether a verb of denial denies the word: a word after it in its sentence ("denied that
    the plant closed"), before it in Turkish, whose verb ends the sentence ("köprünün çöktüğü
    iddialarını yalanladı")."""
    if language == "tr":
        return word.end <= denial.start and not _SENTENCE_END.search(text, word.end, denial.start)
    return denial.end <= word.start and not _SENTENCE_END.search(text, denial.end, word.start)


def _ends_sentence(text: str, span: tuple[int, int]) -> bool:
    return bool(_SENTENCE_END.search(text, span[0], span[1]))


def _predicates(
    text: str, anchors: Sequence[Anchor], words: Sequence[Word], language: str
) -> list[tuple[int, Anchor]]:
    """(index in `words`, its negation) of each word a verbal negation negates."""
    spans = clause_spans(text, language)
    found: list[tuple[int, Anchor]] = []
    for negation in (a for a in anchors if a.kind == "negation" and a.value != "deny"):
        clause_start, clause_end = next(
            ((s, e) for s, e in spans if s <= negation.start < e), (0, len(text))
        )
        if language == "tr" and search_key(negation.surface) in _TURKISH_AFTER:
            before = [
                i
                for i, w in enumerate(words)
                if clause_start <= w.start and w.end <= negation.start
            ]  # "kapalı değil", "gemi yok": the word before
            at = before[-1] if before else None
        elif language == "tr":
            at = next((i for i, w in enumerate(words) if w.start <= negation.start < w.end), None)
        else:
            at = next(
                (
                    i
                    for i, w in enumerate(words)
                    if negation.end <= w.start < clause_end and w.start >= negation.end
                ),
                None,
            )
        if at is not None and (language == "tr" or _verbal_negation(negation, language, text)):
            found.append((at, negation))
    return found


_VERBAL = {
    "en": frozenset({"not", "n't", "never"}),
    "ar": frozenset(
        search_key(w)
        for w in ("لم", "لن", "ولم", "ولن", "فلم", "فلن", "ليس", "ليست", "لست", "ليسوا", "ليسا")
    ),
    "ru": frozenset({"не"}),
}
"""Negations that stand before the word they negate (Arabic ليس before its predicate)."""
_ARABIC_BEFORE_VERB = frozenset(search_key(w) for w in ("لا", "ولا", "فلا", "ما", "وما", "فما"))
"""Arabic لا and ما negate a verb when one follows ("لا يعمل المصنع", "ما أغلق"); before a noun
("لا شروط") they are left out, as the noun is as often another word's."""
_ARABIC_VERB = re.compile(r"^[يتنا]\w{2,}$")
_TURKISH_AFTER = frozenset(
    search_key(w) for w in ("değil", "değildir", "değildi", "yok", "yoktur", "yoktu")
)
"""Turkish negations that follow the word they negate ("kapalı değil", "gemi yok")."""


def _verbal_negation(anchor: Anchor, language: str, text: str = "") -> bool:
    word = search_key(anchor.surface)
    if language == "ar" and word in _ARABIC_BEFORE_VERB:
        following = _WORD.search(text, anchor.end)
        return following is not None and bool(_ARABIC_VERB.match(search_key(following.group())))
    return word in _VERBAL.get(language, frozenset())


def predicate_differences(
    text_a: str,
    anchors_a: Sequence[Anchor],
    text_b: str,
    anchors_b: Sequence[Anchor],
    language: str,
) -> list[AnchorDifference]:
    """At most one "negation" difference: a predicate of one text whose every partner in the
    other has the other polarity (see the module's docstring)."""
    if language not in ("en", "ar", "ru", "tr"):
        return []
    if not any(a.kind == "negation" for a in (*anchors_a, *anchors_b)):
        return []
    words_a, words_b = words_of(text_a, anchors_a, language), words_of(text_b, anchors_b, language)
    polar_a = _polarities(text_a, anchors_a, words_a, language)
    polar_b = _polarities(text_b, anchors_b, words_b, language)
    for mine, polar, other, other_polar, left in (
        (words_a, polar_a, words_b, polar_b, True),
        (words_b, polar_b, words_a, polar_a, False),
    ):
        text, anchors = (text_a, anchors_a) if left else (text_b, anchors_b)
        for at, negation in _predicates(text, anchors, mine, language):
            partners = [j for j, w in enumerate(other) if same_word(mine[at], w, language)]
            if partners and all(other_polar[j] != polar[at] for j in partners):
                return [
                    AnchorDifference("negation", negation, None)
                    if left
                    else AnchorDifference("negation", None, negation)
                ]
    return []
