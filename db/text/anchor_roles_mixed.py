"""Roles swapped between a name and a common noun ("The teachers' union NTU sued the ministry" /
"The ministry sued the NTU").

`db.text.anchor_roles` swaps two names, `db.text.word_roles` and `db.text.word_cases` two
common nouns; a claim whose one party is a name (a case actor, a place, a capitalised name) and
whose other party is a common noun ("the education ministry", "şirket", "министерство") fell
between them: the name was an anchor, so the word rules did not see it, and the names' rule
had only one name. Here the names both texts share are read as words again:

- English, Arabic, Russian: the word-order rule of `db.text.word_roles` on the texts' words
  with the shared names' words among them ("Greenpeace sued the oil company" / "The oil
  company sued Greenpeace");
- Arabic verb first (VSO), where nothing stands between the two parties: the verb, then one
  party, then the other, and the two parties in the other order after the same verb
  ("غرّمت وزارة الصحة الشركة" / "غرّمت الشركة وزارة الصحة"), common nouns or names;
- Turkish: a name's case is the ending after its apostrophe ("Greenpeace'e dava açtı", dative:
  the one sued), a common noun's its ending ("Şirket" bare, "şirkete" dative): a name bare in
  one text and marked in the other while a common noun goes the other way is a swap
  ("Greenpeace şirkete dava açtı" / "Şirket Greenpeace'e dava açtı").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .anchors import Anchor, AnchorDifference
from .normalise import search_key
from .word_accounting import words_of
from .word_cases import TR_PASSIVE, _tr_oblique_of, role_difference, two_changed_each
from .word_roles import _CLAUSE_BREAK, _pairs, _passive, swapped_roles
from .word_tables import Word

ROLE = "role"

_TR_NAME_OBLIQUE = frozenset(
    ["a", "e", "ı", "i", "u", "ü", "dan", "den", "tan", "ten", "da", "de", "ta", "te"]
)
"""What follows a name's apostrophe when it is not the one who acts (dative, accusative,
ablative, locative; a buffer y or n is taken off first)."""


def _shared_names(mine: Sequence[Anchor], other: Sequence[Anchor]) -> set[str]:
    values = {a.value for a in other if a.kind == "name"}
    return {a.value for a in mine if a.kind == "name" and a.value in values}


def _tr_lower(word: str) -> str:
    return word.replace("I", "ı").replace("İ", "i").lower().replace("’", "'")


def _tr_marked(bare: str, marked: str) -> bool:
    """Whether `marked` is `bare` with a case ending of a party acted upon: after an
    apostrophe for a name ("greenpeace'e"), else as `word_cases` reads a common noun."""
    if "'" in marked:
        stem, _, ending = marked.partition("'")
        return stem == bare and ending.lstrip("yn") in _TR_NAME_OBLIQUE
    return "'" not in bare and _tr_oblique_of(bare, marked)


def _turkish(text_a: str, text_b: str) -> list[AnchorDifference]:
    if TR_PASSIVE.search(text_a) or TR_PASSIVE.search(text_b):
        return []
    changed = two_changed_each(text_a, text_b, _tr_lower)
    if changed is None:
        return []
    changed_a, changed_b = changed
    if not any("'" in w for _, w in (*changed_a, *changed_b)):
        return []  # two common nouns: `word_cases` reads them
    x_a, y_a = changed_a
    for p_b, q_b in (changed_b, changed_b[::-1]):
        # x acts in one text and is acted upon in the other, y the other way round
        if _tr_marked(x_a[1], p_b[1]) and _tr_marked(q_b[1], y_a[1]):
            return [role_difference(text_a, x_a[0], text_b, q_b[0])]
        if _tr_marked(p_b[1], x_a[1]) and _tr_marked(y_a[1], q_b[1]):
            return [role_difference(text_a, y_a[0], text_b, p_b[0])]
    return []


def mixed_roles(
    text_a: str,
    anchors_a: Sequence[Anchor],
    text_b: str,
    anchors_b: Sequence[Anchor],
    language: str,
) -> list[AnchorDifference]:
    """A "roles swapped" difference between a name both texts share and a common noun (see the
    module's docstring); none otherwise."""
    if language == "tr":
        return _turkish(text_a, text_b)
    if language == "ar":
        found = arabic_verb_first(text_a, anchors_a, text_b, anchors_b)
        if found:
            return found
    shared = _shared_names(anchors_a, anchors_b)
    if not shared or shared != _shared_names(anchors_b, anchors_a):
        return []
    unnamed_a = [a for a in anchors_a if not (a.kind == "name" and a.value in shared)]
    unnamed_b = [a for a in anchors_b if not (a.kind == "name" and a.value in shared)]
    return swapped_roles(text_a, unnamed_a, text_b, unnamed_b, language)


def arabic_verb_first(
    text_a: str, anchors_a: Sequence[Anchor], text_b: str, anchors_b: Sequence[Anchor]
) -> list[AnchorDifference]:
    """A "roles swapped" difference of two Arabic texts that put the same two parties in the
    other order right after the same verb, which opens both (see the module's docstring)."""
    free_a = [a for a in anchors_a if a.kind != "name"]
    free_b = [a for a in anchors_b if a.kind != "name"]
    left, right = words_of(text_a, free_a, "ar"), words_of(text_b, free_b, "ar")
    partners = _pairs(left, right, "ar")
    if partners is None or partners == sorted(partners) or partners[0] != 0:
        return []
    if _passive(text_a, "ar") != _passive(text_b, "ar") or _joined(left, right):
        return []
    n = len(partners)
    for split in range(2, n):
        for end in range(split + 1, n + 1):
            first, second = split - 1, end - split  # the two parties' lengths
            swapped = [
                0,
                *range(1 + second, 1 + second + first),
                *range(1, 1 + second),
                *range(end, n),
            ]
            if (
                partners == swapped
                and _parties(text_a, anchors_a, left, (1, split))
                and _parties(text_b, anchors_b, right, (1, 1 + second))
            ):
                return [_word_difference(left[1], right[1])]
    return []


def _joined(left: Sequence[Word], right: Sequence[Word]) -> bool:
    """Whether a word of one text is a word of the other with "and" (و) written onto it
    ("روسيا وأوكرانيا" / "أوكرانيا وروسيا"): the parties are joined, not set apart."""
    folded_left = {w.folded for w in left}
    folded_right = {w.folded for w in right}
    return any(f"و{w}" in folded_right for w in folded_left) or any(
        f"و{w}" in folded_left for w in folded_right
    )


_AR_PREPOSITIONS = frozenset(
    search_key(w)
    for w in (
        *("في", "من", "إلى", "الى", "على", "عن", "مع", "عند", "بعد", "قبل", "خلال", "منذ"),
        *("و", "أو", "او"),
    )
)
_AR_ADVERB = re.compile(r"^(?!ال)\w{3,}ا$")
"""An indefinite accusative in -ًا ("مجددا", "رسميا", "أيضا"): an adverb, no party."""


def _parties(
    text: str, anchors: Sequence[Anchor], words: Sequence[Word], starts: tuple[int, int]
) -> bool:
    """Whether the words at `starts` open two parties: no clause break from the verb to the
    second, no preposition before either ("في غزة" is where), neither an adverb in -ًا (a name
    ending in ا, "روسيا", is a party)."""
    if _CLAUSE_BREAK.search(text[words[0].end : words[starts[1]].end]):
        return False
    for at in starts:
        before = text[words[at - 1].end : words[at].start]
        if any(search_key(t) in _AR_PREPOSITIONS for t in re.findall(r"\w+", before)):
            return False  # "في غزة" is where; "و" / "أو" join the parties
        word = words[at]
        named = any(a.kind == "name" and a.start <= word.start < a.end for a in anchors)
        if word.folded.startswith(("بال", "لل", "كال")) or (
            not named and _AR_ADVERB.match(word.folded)
        ):
            return False
    return True


def _word_difference(x: Word, y: Word) -> AnchorDifference:
    return AnchorDifference(
        ROLE,
        Anchor(ROLE, x.start, x.end, x.surface, x.stem),
        Anchor(ROLE, y.start, y.end, y.surface, y.stem),
    )
