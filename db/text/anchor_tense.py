"""Will happen or happened: one verb in the future in one text and in the past in the other.

"The crossing will close on Monday" and "The crossing closed on Monday" hold the same anchors
("will" against no modality agrees, so that "closes" and "will close" stay one claim), yet one
announces and the other reports. `tense_differences` finds the same verb said in the future in
one text and in the past in the other text of the same language:

- English: "will <verb>" in one text, a past form of that verb (lemminflect's) and no "will
  <verb>" in the other;
- Russian: a verb whose dictionary form (pymorphy3) is in the future tense in one text (a
  perfective "закроется", or "будет") and in the past in the other ("закрылся", "был");
- Turkish: a verb stem with the future suffix in one ("kapanacak", "kapanacağını") and the
  past suffix in the other ("kapandı", "kapandığını", "kapanmış");
- Arabic: the future prefix on the imperfect ("سيغلق") in one and the perfect of the same
  letters ("أغلق", "غلق"), or of a hollow verb's ("ستعيد" / "أعادت"), in the other, when that other text says nothing in the future
  (in "ستعيد فتح", will reopen, "فتح" is the opening, not "opened").

Tying the two tenses to one verb keeps a reporting verb ("said", "заявил", "söyledi") or a
participle ("detained sailors") from counting: only the verb that changed its tense does.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from .anchors import Anchor, AnchorDifference
from .normalise import fold

_WORD = re.compile(r"\w+")
_WILL = re.compile(
    r"\b(?:will|shall|'ll)\s+(?:not\s+|never\s+)?(?:have\s+been\s+|have\s+|be\s+)?(\w+)",
    re.IGNORECASE,
)
"""A verb in the future, active or passive ("will reopen", "will be reopened", "will have
closed"): its participle belongs to the future, not the past."""
_TURKISH_FUTURE = re.compile(r"^(\w{3,}?)(?:y?[ae]c[ae][kg])\w*$")
_TURKISH_PAST = r"^{stem}(?:[dt][iu](?:g\w*|k\w*|m\w*|n\w*|l\w*)?|m[iu]s\w*)$"
_ARABIC_FUTURE = re.compile(r"^(?:سوف )?س[يتن](\w{3,})$")
_ARABIC_WILL_BE = frozenset({"سيتم", "ستتم", "وسيتم", "وستتم"})
_ARABIC_WAS = frozenset({"تم", "تمت", "جرى", "جرت"})
"""The passive said with a verbal noun: "سيتم إغلاق" (will be closed), "تم إغلاق" (was)."""

Span = tuple[int, int]


def _words(text: str) -> list[tuple[str, Span]]:
    """The folded words of a stored text with their stored spans."""
    folded = fold(text)
    return [
        (m.group(), folded.original_span(m.start(), m.end())) for m in _WORD.finditer(folded.text)
    ]


@functools.lru_cache(maxsize=4096)
def _english_past(lemma: str) -> frozenset[str]:
    from lemminflect import getInflection

    forms = set(getInflection(lemma, tag="VBD")) | set(getInflection(lemma, tag="VBN"))
    return frozenset(f.lower() for f in forms)


@functools.lru_cache(maxsize=4096)
def _english_lemma(word: str) -> str:
    from lemminflect import getLemma

    lemmas = getLemma(word, upos="VERB")
    return str(lemmas[0]).lower() if lemmas else word


def _english(text_a: str, text_b: str) -> Iterator[tuple[Span, Span]]:
    futures_b = list(_WILL.finditer(text_b))
    future_b = {_english_lemma(m.group(1).lower()) for m in futures_b}
    in_future = [m.span(1) for m in futures_b]
    words_b = [(w, s) for w, s in _words(text_b) if s not in in_future]
    for match in _WILL.finditer(text_a):
        verb = _english_lemma(match.group(1).lower())
        if verb in future_b:
            continue
        past = _english_past(verb)
        for word, span in words_b:
            if word in past and word != verb:
                yield (match.start(), match.end()), span
                return


@functools.lru_cache(maxsize=65536)
def _russian_tense(word: str) -> tuple[str, str] | None:
    """(dictionary form, "futr" or "past") of a Russian verb form, None for anything else."""
    from .anchor_names import _morph

    parse = _morph().parse(word)[0]
    if parse.tag.POS != "VERB" or parse.tag.tense not in ("futr", "past"):
        return None
    return str(parse.normal_form), str(parse.tag.tense)


_RUSSIAN_BE = {"будет": "futr", "будут": "futr", "был": "past", "была": "past", "было": "past"}
_RUSSIAN_BE["были"] = "past"


@functools.lru_cache(maxsize=65536)
def _russian_participle(word: str) -> str | None:
    """The verb of a Russian short passive participle ("закрыт", "открыта"), None otherwise."""
    from .anchor_names import _morph

    for parse in _morph().parse(word):
        if parse.tag.POS == "PRTS":
            return str(parse.normal_form)
    return None


def _russian_tenses(text: str) -> list[tuple[tuple[str, str] | None, Span]]:
    """Each word's (verb without -ся, tense); a short participle after будет / был takes that
    tense ("будет закрыт" is "закрыть" in the future), and the auxiliary itself counts no more."""
    words = _words(text)
    tenses: list[tuple[tuple[str, str] | None, Span]] = []
    for i, (word, span) in enumerate(words):
        before = words[i - 1][0] if i else ""
        verb = _russian_participle(word) if before in _RUSSIAN_BE else None
        if verb is not None:
            start = tenses[-1][1][0]
            tenses[-1] = (None, tenses[-1][1])
            tenses.append(((_reflexive_less(verb), _RUSSIAN_BE[before]), (start, span[1])))
            continue
        tense = _russian_tense(word)
        tenses.append(((_reflexive_less(tense[0]), tense[1]) if tense else None, span))
    return tenses


def _reflexive_less(verb: str) -> str:
    return verb[:-2] if verb.endswith(("ся", "сь")) else verb


def _russian(text_a: str, text_b: str) -> Iterator[tuple[Span, Span]]:
    tenses_a = _russian_tenses(text_a)
    tenses_b = _russian_tenses(text_b)
    future_a = {t[0]: s for t, s in tenses_a if t and t[1] == "futr"}
    futures_b = {t[0] for t, _ in tenses_b if t and t[1] == "futr"}
    pasts_a = {t[0] for t, _ in tenses_a if t and t[1] == "past"}
    for tense, span in tenses_b:
        if not tense or tense[1] != "past" or tense[0] not in future_a:
            continue
        if tense[0] not in futures_b and tense[0] not in pasts_a:
            yield future_a[tense[0]], span
            return


def _turkish(text_a: str, text_b: str) -> Iterator[tuple[Span, Span]]:
    words_b = _words(text_b)
    for word, span in _words(text_a):
        found = _TURKISH_FUTURE.match(word)
        if not found:
            continue
        stem = found.group(1)
        past = re.compile(_TURKISH_PAST.format(stem=re.escape(stem)))
        if any(_TURKISH_FUTURE.match(w) and w.startswith(stem) for w, _ in words_b):
            continue
        for other, other_span in words_b:
            if past.match(other):
                yield span, other_span
                return


def _arabic(text_a: str, text_b: str) -> Iterator[tuple[Span, Span]]:
    words_b = _words(text_b)
    if any(_ARABIC_FUTURE.match(w) or w == "سوف" for w, _ in words_b):
        return  # the other text speaks of the future too: "ستعيد فتح" is "will reopen"
    done = [(w[1:] if w[:1] in "وف" and len(w) == 3 else w, s) for w, s in words_b]
    for word, span in _words(text_a):
        if word in _ARABIC_WILL_BE:  # "سيتم إغلاق" (will be closed) / "تم إغلاق" (was closed)
            past = next((s for w, s in done if w in _ARABIC_WAS), None)
            if past is not None:
                yield span, past
                return
        found = _ARABIC_FUTURE.match(word)
        if not found:
            continue
        perfect = _arabic_perfect_stems(found.group(1))
        for other, other_span in words_b:
            if other[:1] in "وف" and len(other) > 3:
                other = other[1:]  # "وأعادت": and returned
            if any(
                other in (s, "ا" + s, s + "ت", "ا" + s + "ت", s + "وا", "ا" + s + "وا")
                for s in perfect
            ):
                yield span, other_span
                return


def _arabic_perfect_stems(root: str) -> tuple[str, ...]:
    """The stems of the perfect that answer an imperfect's letters: the same letters, and for
    a hollow verb (its middle letter و or ي or ا) that letter made "ا": "يعيد" / "أعاد",
    "يعود" / "عاد", "يزور" / "زار" (irregular verbs the same letters cannot match)."""
    if len(root) == 3 and root[1] in "ويا":  # "أعيد": the passive's ي
        return (root, root[0] + "ا" + root[2], root[0] + "ي" + root[2])
    return (root,)


_BY_LANGUAGE = {"en": _english, "ru": _russian, "tr": _turkish, "ar": _arabic}


def tense_differences(text_a: str, text_b: str, language: str) -> list[AnchorDifference]:
    """At most one "tense" difference: one verb future in a text and past in the other (either
    way round)."""
    find = _BY_LANGUAGE.get(language)
    if find is None:
        return []
    for first, second, flipped in ((text_a, text_b, False), (text_b, text_a, True)):
        for future, past in find(first, second):
            a = _anchor(first, future, "will")
            b = _anchor(second, past, "past")
            return [AnchorDifference("tense", b, a) if flipped else AnchorDifference("tense", a, b)]
    return []


def _anchor(text: str, span: Span, value: str) -> Anchor:
    return Anchor("tense", span[0], span[1], text[span[0] : span[1]], value)
