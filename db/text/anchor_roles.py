"""Who did what to whom: two texts naming the same two actors in swapped roles.

"Russia attacked Ukraine" and "Ukraine attacked Russia" hold the same anchors (the names
compare as multisets), yet they are opposite claims. `role_differences` finds such a pair of
names in two texts of one language:

- the words between the two names (outside any anchor) are the same in both texts, and are
  not only a conjunction ("Russia and Ukraine" / "Ukraine and Russia" say one thing) — so a
  passive ("Ukraine was attacked by Russia") or a moved attribution ("Seoul said North Korea
  fired …" / "North Korea fired …, Seoul said") is not a swap;
- in English and Arabic, which mark roles by word order, the two names come in the other
  order; in Russian and Turkish, which mark them by case endings and allow any order, both
  names changed their ending ("Россия атаковала Украину" / "Украина атаковала Россию";
  "Rusya Ukrayna'ya saldırdı" / "Ukrayna Rusya'ya saldırdı"), while "Украину атаковала
  Россия" (the same claim, another order) keeps them; names written bare in both texts
  ("ХАМАС обвинил Израиль") go by order, as in English. Russian words between the names
  compare by their dictionary form ("передал" / "передала").

A name counts when it is one anchor of each text with the same value (a case actor, a place,
an organisation, a capitalised name); the difference it gives is of kind "role", from the
first name of the first text to the name of the second text that took its role.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .anchor_places import is_capital
from .anchor_predicates import predicate_differences
from .anchor_roles_agent import agent, same_words
from .anchor_roles_mixed import mixed_roles
from .anchor_tense import tense_differences
from .anchor_titles import without_titled_names
from .anchors import Anchor, AnchorDiff, AnchorDifference, anchor_language, compare_anchors
from .normalise import search_key
from .word_accounting import converse_swap, negated_antonym
from .word_cases import case_roles
from .word_roles import swapped_roles
from .word_tables import synonym_openers

_WORD = re.compile(r"\w+")
_WORD_END = re.compile(r"(?:['’]?\w)*")

CONJUNCTIONS = frozenset(
    search_key(w)
    for w in [
        "and",
        "or",
        "with",
        "nor",
        "versus",
        "vs",
        "ve",
        "ile",
        "veya",
        "ya",
        "и",
        "или",
        "с",
        "со",
        "да",
        "و",
        "او",
        "أو",
        "مع",
    ]
)
"""Words between two names that join them rather than set one against the other."""

CASE_LANGUAGES = frozenset({"ru", "tr"})
"""Languages that mark roles by case endings (any word order), not by order."""


def _key(anchor: Anchor, language: str) -> str:
    """A name's identity for its role: its value, a capital apart from its country ("Chile
    criticised Peru at the meeting in Lima": Lima is where, Peru is whom)."""
    key = anchor.value.replace("cap0:", "cap:", 1)
    return key + "|capital" if is_capital(anchor.surface, language) else key


def _once(anchors: Sequence[Anchor], language: str) -> dict[str, Anchor]:
    """The name anchors whose value occurs once, by value."""
    names = [a for a in anchors if a.kind == "name"]
    counts: dict[str, int] = {}
    for anchor in names:
        counts[_key(anchor, language)] = counts.get(_key(anchor, language), 0) + 1
    return {_key(a, language): a for a in names if counts[_key(a, language)] == 1}


def _between(
    text: str, anchors: Sequence[Anchor], first: Anchor, second: Anchor, language: str
) -> list[str]:
    """The folded words between two anchors, outside every anchor."""
    lo, hi = sorted((first, second), key=lambda a: a.start)
    words: list[str] = []
    for match in _WORD.finditer(text, lo.end, hi.start):
        if any(a.start < match.end() and match.start() < a.end for a in anchors):
            continue
        words.append(_lemma(search_key(match.group()), language))
    return words


def _lemma(word: str, language: str) -> str:
    """A Russian word's dictionary form ("передал" and "передала" are one verb)."""
    if language != "ru":
        return word
    from .anchor_names import stem

    return stem(word, "ru")


def _unmarked(text: str, anchor: Anchor, language: str) -> bool:
    """Whether a name is written in its bare form (no Turkish suffix, the Russian dictionary
    form), so that its case says nothing of its role ("ХАМАС", "Израиль")."""
    word = _word_of(text, anchor)
    if language == "tr":
        return "'" not in word
    return all(_lemma(w, language) == w for w in word.split())


def _joined_by_wa(a: Anchor, b: Anchor) -> bool:
    """Whether one text writes Arabic "and" onto a name the other writes bare ("وروسيا" /
    "روسيا"): the two names are joined, not set against each other."""
    sa, sb = search_key(a.surface), search_key(b.surface)
    return (sa.startswith("و") and sa[1:] == sb) or (sb.startswith("و") and sb[1:] == sa)


def _word_of(text: str, anchor: Anchor) -> str:
    """The anchor's surface with the rest of its word (a case ending after an apostrophe)."""
    end = _WORD_END.match(text, anchor.end)
    return search_key(text[anchor.start : end.end() if end else anchor.end])


_TURKISH_FOLD = str.maketrans("ıiuüaeoöt", "iiiieeood")


def _case_of(text: str, anchor: Anchor, language: str) -> str:
    """What marks a name's role: its Turkish ending after the apostrophe (buffer letters and
    vowel harmony folded: "Atina'yı" and "Yunanistan'ı" are both accusative), its Russian
    grammatical case (two names of one place, "Москва" / "Россия", are both nominative)."""
    word = _word_of(text, anchor)
    if language == "tr":
        _, _, ending = word.partition("'") if "'" in word else ("", "", "")
        return ending.lstrip("yns").translate(_TURKISH_FOLD)
    if language == "ru":
        from .anchor_names import _morph

        last = word.split()[-1] if word.split() else word
        return str(_morph().parse(last)[0].tag.case)
    return word


def role_differences(
    text_a: str,
    anchors_a: Sequence[Anchor],
    text_b: str,
    anchors_b: Sequence[Anchor],
    language: str,
) -> list[AnchorDifference]:
    """At most one "role" difference: two names of both texts in swapped roles (see above)."""
    if language not in ("en", "ar", *CASE_LANGUAGES):
        return []
    names_a, names_b = _once(anchors_a, language), _once(anchors_b, language)
    shared = sorted((k for k in names_a if k in names_b), key=lambda k: names_a[k].start)
    for i, x in enumerate(shared):
        for y in shared[i + 1 :]:
            xa, ya, xb, yb = names_a[x], names_a[y], names_b[x], names_b[y]
            if same_words(text_a, anchors_a, text_b, anchors_b, language):
                agent_a = agent(text_a, anchors_a, xa, ya, language)
                agent_b = agent(text_b, anchors_b, xb, yb, language)
                if agent_a is not None and agent_b is not None:
                    if agent_a != agent_b:
                        return [AnchorDifference("role", xa, yb)]
                    continue  # the same roles, in another order or voice
            middle = _between(text_a, anchors_a, xa, ya, language)
            if middle != _between(text_b, anchors_b, xb, yb, language):
                continue
            if middle and set(middle) <= CONJUNCTIONS:
                continue
            if language == "ar" and (_joined_by_wa(xa, xb) or _joined_by_wa(ya, yb)):
                continue
            if language in CASE_LANGUAGES:
                swapped = _case_of(text_a, xa, language) != _case_of(
                    text_b, xb, language
                ) and _case_of(text_a, ya, language) != _case_of(text_b, yb, language)
                bare = all(
                    _unmarked(t, n, language)
                    for t, n in ((text_a, xa), (text_a, ya), (text_b, xb), (text_b, yb))
                )
                if bare:  # no case ending to go by: the order decides, as in English
                    swapped = (xb.start < yb.start) != (xa.start < ya.start) and bool(middle)
            else:
                swapped = (xb.start < yb.start) != (xa.start < ya.start) and (
                    bool(middle) or language == "ar"
                )
            if swapped:
                return [AnchorDifference("role", xa, yb)]
    return []


def compare_texts(
    text_a: str,
    anchors_a: Sequence[Anchor],
    text_b: str,
    anchors_b: Sequence[Anchor],
    language_a: str | None = None,
    language_b: str | None = None,
) -> AnchorDiff:
    """`compare_anchors`, less a negation that negates the antonym of what the other text says
    ("not closed" / "open": `db.text.word_accounting.negated_antonym`), and in two texts of
    one language two names or two common words in swapped roles ("Russia attacked Ukraine"
    / "Ukraine attacked Russia", above; "the referee sued the club": `db.text.word_roles`) and one verb in the future
    and in the past ("will close" / "closed": `db.text.anchor_tense`)."""
    diff = _without_moved_openers(compare_anchors(anchors_a, anchors_b), text_a, text_b)
    language = anchor_language(text_a, language_a)
    if language != anchor_language(text_b, language_b):
        return diff
    diff = without_titled_names(diff, text_a, anchors_a, text_b, anchors_b, language)
    diff = _without_synonym_openers(diff, language)
    if any(d.kind == "negation" for d in diff.differences) and negated_antonym(
        text_a, anchors_a, text_b, anchors_b, language
    ):
        kept = tuple(d for d in diff.differences if d.kind != "negation")
        diff = AnchorDiff(not kept, kept)
    roles = role_differences(text_a, anchors_a, text_b, anchors_b, language)
    if not roles and diff.agree:
        roles = swapped_roles(text_a, anchors_a, text_b, anchors_b, language)
    if not roles and diff.agree:
        roles = mixed_roles(text_a, anchors_a, text_b, anchors_b, language)
    if not roles:
        roles = case_roles(text_a, anchors_a, text_b, anchors_b, language)
        diff = _explained_by(diff, roles)
    if roles and _symmetric(text_a, language) and _symmetric(text_b, language):
        roles = []  # "X met Y" is "Y met X"
    if roles and converse_swap(text_a, anchors_a, text_b, anchors_b, language):
        roles = []  # "X sold … to Y" is "Y bought … from X"
    found = [*roles, *tense_differences(text_a, text_b, language)]
    if not any(d.kind == "negation" for d in diff.differences):
        found.extend(predicate_differences(text_a, anchors_a, text_b, anchors_b, language))
    if not found:
        return diff
    return AnchorDiff(False, (*diff.differences, *found))


_SYMMETRIC = {
    "en": r"\b(?:met|meet|meets|talked with|spoke with|conferred with|held talks with)\b",
    "tr": r"\b(?:gorus(?:tu|tuler|ecek|ecekler|uyor|uyorlar|mus)|bulus(?:tu|acak|uyor)|"
    r"bir araya gel(?:di|ecek|iyor))\b",
    "ru": r"\b(?:встрети(?:лся|лась|лись|тся|лось)|провел\w* переговоры|поговорил\w*|"
    r"побеседовал\w*|созвонил\w*)",
    "ar": r"(?:^|\s)[وف]?(?:التقي|التقت|التقيا|التقوا|يلتقي|تلتقي|اجتمع|اجتمعت|يجتمع|تجتمع|"
    r"تباحث|اجري محادثات|اجرت محادثات)(?=\s|$)",
}
"""Verbs of meeting and talking, whose two parties have the same role ("X met Y" / "Y met X",
"التقى", "görüştü", "встретился с"), as folded text; verbs only: "criticised … at the meeting"
is no meeting of the two."""


def _symmetric(text: str, language: str) -> bool:
    pattern = _SYMMETRIC.get(language)
    return bool(pattern and re.search(pattern, search_key(text)))


def _overlaps(a: Anchor | None, b: Anchor | None) -> bool:
    return a is not None and b is not None and a.start < b.end and b.start < a.end


def _explained_by(diff: AnchorDiff, roles: Sequence[AnchorDifference]) -> AnchorDiff:
    """`diff` less the names that a swap of roles explains ("Sendika bakanlığa dava açtı" /
    "Bakanlık sendikaya dava açtı": the capitalised first words differ because who acts
    changed)."""
    kept = tuple(
        d
        for d in diff.differences
        if not (
            d.kind == "name"
            and any(_overlaps(d.left, r.left) and _overlaps(d.right, r.right) for r in roles)
        )
    )
    return AnchorDiff(not kept, kept) if len(kept) != len(diff.differences) else diff


def _lowercase_words(text: str) -> set[str]:
    return {search_key(m.group()) for m in _WORD.finditer(text) if not m.group()[0].isupper()}


def _moved_opener(anchor: Anchor | None, other_words: set[str]) -> bool:
    """Whether a name found only by the capital of a sentence's first word is a common word
    that the other text has in lowercase ("Hükümet …" / "… hükümet tarafından"), maybe with
    another ending ("Prices" / "prices", "Hükümet" / "hükümetin")."""
    if anchor is None:
        return True
    if not anchor.value.startswith("cap0:"):
        return False
    word = search_key(anchor.surface)
    return any(
        other == word or (min(len(other), len(word)) >= 4 and other.startswith(word))
        for other in other_words
    )


def _without_moved_openers(diff: AnchorDiff, text_a: str, text_b: str) -> AnchorDiff:
    """`diff` less the name differences whose names are sentence openers moved: each is a
    common word the other text writes in lowercase."""
    if diff.agree or not any(d.kind == "name" for d in diff.differences):
        return diff
    words_a, words_b = _lowercase_words(text_a), _lowercase_words(text_b)
    kept = tuple(
        d
        for d in diff.differences
        if not (
            d.kind == "name" and _moved_opener(d.left, words_b) and _moved_opener(d.right, words_a)
        )
    )
    return AnchorDiff(not kept, kept)


def _without_synonym_openers(diff: AnchorDiff, language: str) -> AnchorDiff:
    """`diff` less the name differences of two sentence openers that are synonyms of one
    common word ("Unemployment" / "Joblessness": `synonym_openers`)."""
    kept = tuple(
        d
        for d in diff.differences
        if not (
            d.kind == "name"
            and d.left is not None
            and d.right is not None
            and synonym_openers(d.left, d.right, language)
        )
    )
    if len(kept) == len(diff.differences):
        return diff
    return AnchorDiff(not kept, kept)
