"""A title or role before a person's name: who the person is, not another fact.

"Erdogan" / "Turkish President Recep Tayyip Erdogan", "Blinken" / "US Secretary of State Antony
Blinken", "السيسي" / "الرئيس المصري عبد الفتاح السيسي", "Путин" / "Президент России Владимир
Путин": the longer text adds the person's title, nationality and given names. Title words
(`db.text.antonym_table.TITLES`) right before a name are no content words
(`db.text.word_accounting`), and a name inside such a title ("US", "США", "ABD") that the other
text does not say is no difference when the person it qualifies is named on both sides
(`db.text.anchor_roles.compare_texts`). A title alone ("the minister said" / "the mayor said")
is a word like any other.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence

from .anchors import Anchor, AnchorDiff
from .antonym_table import GOVERNMENTS, TITLES
from .normalise import search_key
from .wording import TEXT_WORD

TITLE_REACH = 4
"""A title is one of the few words right before a name."""
_TITLE_LINKS = frozenset({"of", "the", "for"})


@functools.cache
def _title_words(language: str) -> frozenset[str]:
    return frozenset(search_key(w) for w in TITLES.get(language, "").split())


def _named_after(text: str, end: int, names: Sequence[Anchor], language: str) -> Anchor | None:
    """The name that follows position `end` within `TITLE_REACH` words, with only title words,
    names and "of"/"the"/"for" between."""
    table = _title_words(language) | _TITLE_LINKS
    for following in itertools.islice(TEXT_WORD.finditer(text, end), TITLE_REACH):
        name = next((a for a in names if a.start <= following.start() < a.end), None)
        if name is not None and name.end > end:
            return name
        if search_key(following.group()) not in table:
            return None
    return None


def title_spans(
    text: str, words: Sequence[tuple[int, int, str]], anchors: Sequence[Anchor], language: str
) -> set[tuple[int, int]]:
    """The spans of the words (start, end, folded) that are a title or role right before a
    name."""
    table = _title_words(language)
    names = [a for a in anchors if a.kind == "name"]
    if not table or not names:
        return set()
    return {
        (start, end)
        for start, end, folded in words
        if folded in table and _named_after(text, end, names, language) is not None
    }


GOVERNMENT_LINKS = frozenset({"of", "the", "в"})


def government_spans(
    text: str, words: Sequence[tuple[int, int, str]], anchors: Sequence[Anchor], language: str
) -> set[tuple[int, int]]:
    """The spans of the words that name a country's government right beside that country or
    its adjective ("the Egyptian government" / "Egypt": `GOVERNMENTS`)."""
    table = frozenset(search_key(w) for w in GOVERNMENTS.get(language, "").split())
    places = [a for a in anchors if a.kind == "name" and a.value.startswith("place:")]
    if not table or not places:
        return set()
    every = [m for m in TEXT_WORD.finditer(text) if search_key(m.group()) not in GOVERNMENT_LINKS]

    def beside_place(start: int) -> bool:
        at = next((i for i, m in enumerate(every) if m.start() == start), None)
        if at is None:
            return False
        near = [every[i] for i in (at - 1, at + 1) if 0 <= i < len(every)]
        return any(a.start <= m.start() < a.end for m in near for a in places)

    return {(s, e) for s, e, folded in words if folded in table and beside_place(s)}


def without_titled_names(
    diff: AnchorDiff,
    text_a: str,
    anchors_a: Sequence[Anchor],
    text_b: str,
    anchors_b: Sequence[Anchor],
    language: str,
) -> AnchorDiff:
    """`diff` less the names said on one side only inside a title before a person whom both
    texts name ("US" in "US Secretary of State Antony Blinken" / "Blinken")."""
    one_sided = [
        d for d in diff.differences if d.kind == "name" and (d.left is None) != (d.right is None)
    ]
    if not one_sided:
        return diff
    differing = {id(a) for d in diff.differences for a in (d.left, d.right) if a is not None}

    def titled(anchor: Anchor, text: str, anchors: Sequence[Anchor]) -> bool:
        names = [a for a in anchors if a.kind == "name" and a is not anchor]
        person = _named_after(text, anchor.end, names, language)
        return person is not None and id(person) not in differing

    kept = tuple(
        d
        for d in diff.differences
        if d not in one_sided
        or not (
            (d.left is not None and titled(d.left, text_a, anchors_a))
            or (d.right is not None and titled(d.right, text_b, anchors_b))
        )
    )
    return AnchorDiff(not kept, kept)
