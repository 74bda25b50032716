"""A word both texts say accounts for itself, not for a synonym of the word that changed.

"The bank raised interest rates" / "The bank cut interest rates": the thesaurus lists "raise"
(a raise in pay) beside "interest", so "raised" was accounted for by "interest" — a word the
other text says too — and "cut" alone was left over, one detail word: "probably the same".
When one text alone has words left over, a word of the other text that only such a shared
word accounts for is the word they replaced ("word differs: raised → cut"). When both texts
have words left over, or neither has, nothing changes: "admitted to hospital" /
"hospitalised" keeps its synonym.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .word_tables import Word

Accounted = Callable[["Word", Sequence["Word"], frozenset[str]], bool]
SameWord = Callable[["Word", "Word", str], bool]


def replaced_words(
    left: Sequence[Word],
    right: Sequence[Word],
    over: tuple[list[Word], list[Word]],
    accounted: Accounted,
    opposites: tuple[frozenset[str], frozenset[str]],
    same_word: SameWord,
    language: str,
) -> tuple[list[Word], list[Word]]:
    """`over` (the words of `left` and of `right` left unaccounted), with the words of the
    side that has none that only a word both texts say accounts for."""
    if bool(over[0]) == bool(over[1]):
        return over
    shared = {
        id(o)
        for mine, theirs in ((left, right), (right, left))
        for o in theirs
        if any(same_word(o, w, language) for w in mine)
    }

    def left_over(
        words: Sequence[Word], others: Sequence[Word], opposite: frozenset[str]
    ) -> list[Word]:
        return [
            w
            for w in words
            if not accounted(
                w, [o for o in others if id(o) not in shared or same_word(w, o, language)], opposite
            )
        ]

    if over[0]:
        return over[0], left_over(right, left, opposites[0])
    return left_over(left, right, opposites[1]), over[1]
