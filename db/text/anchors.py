"""Anchors of meaning: the tokens of a claim whose change changes the claim.

Two texts can share nearly all their characters and say opposite things ("will close" / "will
not close"; "45" / "4,500"; "North Korea" / "South Korea"). Every comparison of texts in the
product (similar claims, "Where else?", a hop's located passage, a translation and its
original) calls `find_anchors` on both texts and `compare_anchors` on the results; when the
anchors differ, wording alone never calls them the same.

An `Anchor` is one such token: its kind ("negation", "number", "date", "name", "modality"),
its span `[start, end)` in the text given to `find_anchors` (the stored text, not a folded
copy), its surface there, and a normalised value that compares across spellings, digit systems
and languages ("4500" for "4,500", "4.500", "٤٥٠٠", "four thousand five hundred", "4,5 тыс.").

What each kind recognises, in English, Arabic, Turkish and Russian, is said in
`db.text.anchor_numbers` and `db.text.anchor_polarity`. The comparison rules:

- **negation** compares by polarity: the number of negations (denials count: "he denied that it
  will close" negates the closing) is even or odd on each side, so "no" / "not" rewordings
  and double negations agree, and one negation more or less is "negated";
- **numbers** compare as multisets of values: a value on one side only is added or dropped,
  and a value replaced by another is "number differs: 45 → 4,500";
- **modality** compares the sets of modal values, except that "will" against no modality at
  all agrees ("closes on Monday" and "will close on Monday" are the same claim).

A text with no anchors at all agrees with any other text with none: then wording alone
decides, as it did before.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .anchor_numbers import find_numbers
from .anchor_polarity import polarity_hits
from .normalise import fold

KINDS = ("negation", "number", "date", "name", "modality")

LANGUAGES = ("en", "ar", "tr", "ru")
"""Languages whose negation, modality and number words are recognised; numbers in digits are
recognised in any text."""


@dataclass(frozen=True)
class Anchor:
    """One token whose change changes the claim."""

    kind: str
    """"negation", "number", "date", "name" or "modality"."""
    start: int
    end: int
    """Span `[start, end)` in the text given to `find_anchors`."""
    surface: str
    """`text[start:end]`."""
    value: str
    """Normalised comparable value: "4500", "45%", "2023-01-19", a name key, "not", "will"."""


@dataclass(frozen=True)
class AnchorDifference:
    """One way two texts' anchors differ: an anchor of the first text (`left`), of the second
    (`right`), or one of each (a value replaced by another)."""

    kind: str
    left: Anchor | None
    right: Anchor | None

    def describe(self) -> str:
        """What differs, in a few words: "number differs: 45 → 4,500", "negated: “not”"."""
        if self.kind == "negation":
            anchor = self.right or self.left
            return f"negated: “{anchor.surface if anchor else ''}”"
        if self.left is not None and self.right is not None:
            return f"{self.kind} differs: {self.left.surface} → {self.right.surface}"
        if self.right is not None:
            return f"{self.kind} added: {self.right.surface}"
        assert self.left is not None
        return f"{self.kind} dropped: {self.left.surface}"


@dataclass(frozen=True)
class AnchorDiff:
    """The result of `compare_anchors`: `agree` when no difference was found."""

    agree: bool
    differences: tuple[AnchorDifference, ...]

    def describe(self) -> str:
        """All differences in one line ("" when they agree)."""
        return "; ".join(d.describe() for d in self.differences)


_TURKISH_LETTERS = re.compile(r"[şğıİŞĞçöüÇÖÜ]")
_TURKISH_WORDS = re.compile(
    r"(?i)\b(?:ve|bir|bu|için|ile|olarak|dedi|değil|yok|da|de|mi|gibi|sonra|kadar)\b"
)
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
        if _TURKISH_LETTERS.search(text) or len(_TURKISH_WORDS.findall(text)) >= 2:
            return "tr"
        return "en"
    return ""


def find_anchors(
    text: str, language: str | None = None, names: Iterable[str] = ()
) -> tuple[Anchor, ...]:
    """The anchors of `text`, in order of their place in it.

    `language` is a language tag ("en", "ar-SY", …) or None (then the script decides, see
    `anchor_language`); `names` are names the case knows (actors and their aliases)."""
    if not text.strip():
        return ()
    lang = anchor_language(text, language)
    folded = fold(text)
    hits: list[tuple[str, tuple[int, int, str]]] = [
        ("number", hit) for hit in find_numbers(folded.text, lang)
    ]
    hits.extend(polarity_hits(folded.text, lang))
    anchors: list[Anchor] = []
    for kind, (start, end, value) in hits:
        if end <= start:
            continue
        a, b = folded.original_span(start, end)
        anchors.append(Anchor(kind, a, b, text[a:b], value))
    anchors.sort(key=lambda anchor: (anchor.start, anchor.end, anchor.kind))
    return tuple(anchors)


def _unmatched(
    left: Sequence[Anchor], right: Sequence[Anchor]
) -> tuple[list[Anchor], list[Anchor]]:
    """The anchors of each side whose values the other side lacks (as multisets)."""
    counts_left = Counter(a.value for a in left)
    counts_right = Counter(a.value for a in right)
    only_left: list[Anchor] = []
    only_right: list[Anchor] = []
    for anchor in left:
        if counts_right[anchor.value] > 0:
            counts_right[anchor.value] -= 1
        else:
            only_left.append(anchor)
    for anchor in right:
        if counts_left[anchor.value] > 0:
            counts_left[anchor.value] -= 1
        else:
            only_right.append(anchor)
    return only_left, only_right


def _paired(kind: str, only_left: list[Anchor], only_right: list[Anchor]) -> list[AnchorDifference]:
    differences = [
        AnchorDifference(kind, a, b) for a, b in zip(only_left, only_right, strict=False)
    ]
    shared = min(len(only_left), len(only_right))
    differences.extend(AnchorDifference(kind, a, None) for a in only_left[shared:])
    differences.extend(AnchorDifference(kind, None, b) for b in only_right[shared:])
    return differences


def _negation(left: Sequence[Anchor], right: Sequence[Anchor]) -> list[AnchorDifference]:
    if len(left) % 2 == len(right) % 2:
        return []
    only_left, only_right = _unmatched(left, right)
    if len(left) > len(right):
        return [AnchorDifference("negation", (only_left or list(left))[-1], None)]
    return [AnchorDifference("negation", None, (only_right or list(right))[-1])]


def _modality(left: Sequence[Anchor], right: Sequence[Anchor]) -> list[AnchorDifference]:
    values_left = {a.value for a in left}
    values_right = {a.value for a in right}
    if not values_left:
        values_right.discard("will")
    if not values_right:
        values_left.discard("will")
    if values_left == values_right:
        return []
    left = [a for a in left if a.value in values_left]
    right = [a for a in right if a.value in values_right]
    only_left = [a for a in _first_of_each(left) if a.value not in values_right]
    only_right = [a for a in _first_of_each(right) if a.value not in values_left]
    return _paired("modality", only_left, only_right)


def _first_of_each(anchors: Sequence[Anchor]) -> list[Anchor]:
    seen: dict[str, Anchor] = {}
    for anchor in anchors:
        seen.setdefault(anchor.value, anchor)
    return list(seen.values())


def compare_anchors(a: Sequence[Anchor], b: Sequence[Anchor]) -> AnchorDiff:
    """How the anchors of a first text (`a`) and a second (`b`) differ, kind by kind (see the
    module's docstring for the rules)."""
    differences: list[AnchorDifference] = []
    for kind in KINDS:
        left = [x for x in a if x.kind == kind]
        right = [x for x in b if x.kind == kind]
        if not left and not right:
            continue
        if kind == "negation":
            differences.extend(_negation(left, right))
        elif kind == "modality":
            differences.extend(_modality(left, right))
        else:
            differences.extend(_paired(kind, *_unmatched(left, right)))
    return AnchorDiff(not differences, tuple(differences))
