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

import functools
import operator
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from .anchor_bounds import bound_hits, bound_pairs
from .anchor_clauses import counted_negations
from .anchor_dates import date_hits, dates_agree
from .anchor_hedges import hedge_hits
from .anchor_known_names import keyed_actor_names, known_cities
from .anchor_language import LANGUAGES as LANGUAGES
from .anchor_language import anchor_language as anchor_language
from .anchor_names import Index, capitalised_names, indexed_names
from .anchor_number_words import find_numbers
from .anchor_numbers import ascii_digits, separators_decided, thousands_reading
from .anchor_places import capital_value, case_places, known_places, spare_places
from .anchor_polarity import polarity_hits
from .direction import isolate
from .normalise import fold

KINDS = ("negation", "near-negation", "number", "bound", "date", "name", "modality")


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
    read_by_language: bool = field(default=False, compare=False)
    """A number whose separators were read by its text's known language (Turkish, Russian, or
    English with its own words): "1.500" is then only 1500 (tr, ru) or only 1.5 (en)."""


@dataclass(frozen=True)
class AnchorDifference:
    """One way two texts' anchors differ: an anchor of the first text (`left`), of the second
    (`right`), or one of each (a value replaced by another)."""

    kind: str
    left: Anchor | None
    right: Anchor | None

    def describe(self, *, isolated: bool = False) -> str:
        """What differs, in a few words: "number differs: 45 → 4,500", "negated: “not”".

        `isolated` wraps each surface in a bidi isolate (FSI … PDI), so that a window showing
        "٤٥ → ٤٥٠٠" in a left-to-right line keeps the arrow's order."""

        def show(anchor: Anchor | None) -> str:
            surface = anchor.surface if anchor is not None else ""
            return isolate(surface) if isolated else surface

        if self.kind == "negation":
            return f"negated: “{show(self.right or self.left)}”"
        if self.kind == "role" and self.left is not None and self.right is not None:
            return f"roles swapped: {show(self.left)} → {show(self.right)}"
        sides = [x for x in (self.left, self.right) if x is not None]
        hours = self.kind == "number" and all(x.value.endswith("h") for x in sides)
        kind = "time" if hours else self.kind  # "9 p.m." (see `db.text.anchor_numbers`)
        if self.left is not None and self.right is not None:
            return f"{kind} differs: {show(self.left)} → {show(self.right)}"
        if self.right is not None:
            return f"{kind} added: {show(self.right)}"
        return f"{kind} dropped: {show(self.left)}"


@dataclass(frozen=True)
class AnchorDiff:
    """The result of `compare_anchors`: `agree` when no difference was found."""

    agree: bool
    differences: tuple[AnchorDifference, ...]

    def describe(self, *, isolated: bool = False) -> str:
        """All differences in one line ("" when they agree)."""
        return "; ".join(d.describe(isolated=isolated) for d in self.differences)


def _name_indexes(names: Iterable[str | tuple[str, ...]], language: str) -> list[Index]:
    """The case's names, then CLDR's places, then (Arabic) GeoNames' cities."""
    entries = tuple(n if isinstance(n, str) else tuple(n) for n in names)
    indexes = [case_places(entries, language), known_places(language)]
    if language == "ar":
        indexes.append(known_cities(language))
    return indexes


def find_anchors(
    text: str, language: str | None = None, names: Iterable[str | tuple[str, ...]] = ()
) -> tuple[Anchor, ...]:
    """The anchors of `text`, in order of their place in it.

    `language` is a language tag ("en", "ar-SY", …) or None (then the script decides, see
    `anchor_language`); `names` are names the case knows (actors and their aliases)."""
    if not text.strip():
        return ()
    entries = tuple(n if isinstance(n, str) else tuple(n) for n in names)
    return _find_anchors(text, language, entries)


@functools.lru_cache(maxsize=2048)
def _find_anchors(
    text: str, language: str | None, names: tuple[str | tuple[str, ...], ...]
) -> tuple[Anchor, ...]:
    """`find_anchors`, kept for the texts compared most recently (a look-up compares one
    claim with each of its candidates)."""
    lang = anchor_language(text, language)
    folded = fold(text)
    hits: list[tuple[str, tuple[int, int, str]]] = [
        ("date", h) for h in date_hits(folded.text, lang)
    ]
    taken = [(a, b) for _, (a, b, _) in hits]
    for kind, found in (
        ("number", find_numbers(folded.text, lang)),
        ("name", indexed_names(folded.text, lang, _name_indexes(names, lang))),
    ):
        for hit in found:
            if not any(a < hit[1] and hit[0] < b for a, b in taken):
                hits.append((kind, hit))
                taken.append((hit[0], hit[1]))
    hits.extend(("name", hit) for hit in keyed_actor_names(folded.text, lang, names, taken))
    bounds = bound_hits(folded.text, lang, [hit for kind, hit in hits if kind == "number"])
    hits.extend(("bound", hit) for hit in bounds)
    dates = [(a, b) for kind, (a, b, _) in hits if kind in ("date", "bound")]
    polarity = [
        (kind, hit)
        for kind, hit in polarity_hits(folded.text, lang)
        if not any(a < hit[1] and hit[0] < b for a, b in dates)
    ]
    hits.extend((kind, hit) for kind, hit in polarity if kind != "negation")
    hedges, taken_in = hedge_hits(
        folded.text,
        lang,
        [hit for kind, hit in polarity if kind == "negation"],
        [hit for kind, hit in hits if kind in ("number", "bound")],
    )
    hits.extend(("near-negation", hit) for hit in hedges)
    negations = [hit for kind, hit in polarity if kind == "negation" and hit not in taken_in]
    hits.extend(("negation", hit) for hit in counted_negations(folded.text, lang, negations))
    anchors: list[Anchor] = []
    for kind, (start, end, found_value) in hits:
        if end <= start:
            continue
        a, b = folded.original_span(start, end)
        value = capital_value(found_value, text[a:b], lang)
        if value is not None:
            read = kind == "number" and separators_decided(text, lang)
            anchors.append(Anchor(kind, a, b, text[a:b], value, read))
    spans = [(x.start, x.end) for x in anchors]
    for a, b, value in capitalised_names(text, lang, spans):
        anchors.append(Anchor("name", a, b, text[a:b], value))
    anchors.sort(key=lambda anchor: (anchor.start, anchor.end, anchor.kind))
    return tuple(anchors)


def _unmatched(
    left: Sequence[Anchor],
    right: Sequence[Anchor],
    same: Callable[[str, str], bool] = operator.eq,
) -> tuple[list[Anchor], list[Anchor]]:
    """The anchors of each side that no anchor of the other side matches (one to one)."""
    only_right = list(right)
    only_left: list[Anchor] = []
    for anchor in left:
        match = next(
            (i for i, other in enumerate(only_right) if same(anchor.value, other.value)), None
        )
        if match is None:
            only_left.append(anchor)
        else:
            del only_right[match]
    return only_left, only_right


def _dates(left: Sequence[Anchor], right: Sequence[Anchor]) -> list[AnchorDifference]:
    only_left, only_right = _unmatched(left, right, dates_agree)
    # a weekday said beside a day the other text names too adds nothing the day does not say
    if any(_is_day(a.value) and a not in only_left for a in left):
        only_left = [a for a in only_left if not a.value.startswith("weekday:")]
    if any(_is_day(a.value) and a not in only_right for a in right):
        only_right = [a for a in only_right if not a.value.startswith("weekday:")]
    return _paired("date", only_left, only_right)


def _is_day(value: str) -> bool:
    """A date value naming a day of a month ("2023-01-19", "--01-19")."""
    return value.count("-") >= 3 or (value[:1].isdigit() and value.count("-") == 2)


def _within(a: str, b: str) -> bool:
    """Whether one capitalised name's words all occur in the other's ("Refah" and "Yetkililer
    Refah": a capitalised word that opens a sentence may join the run)."""
    if not (_is_weak(a) or _is_weak(b)):
        return a == b
    words_a, words_b = a.split(":", 1)[1].split(), b.split(":", 1)[1].split()
    return a == b or _words_within(words_a, words_b) or _words_within(words_b, words_a)


def _words_within(few: list[str], many: list[str]) -> bool:
    """Whether each word of `few` is a word of `many` or begins one with a suffix
    (Turkish "Donanma" / "Donanmanın"; at least `_STEM_LETTERS` letters in common)."""
    return all(
        any(
            w == o or (len(w) >= _STEM_LETTERS and (o.startswith(w) or o.startswith(_softened(w))))
            for o in many
        )
        for w in few
    )


_SOFTENED = {"k": "g", "t": "d", "p": "b"}


def _softened(word: str) -> str:
    """A folded Turkish word with its last consonant softened before a vowel ending
    ("bakanlık" → "bakanlıg…" of "Bakanlığa", "kitap" → "kitab…")."""
    return word[:-1] + _SOFTENED.get(word[-1], word[-1])


_STEM_LETTERS = 5


def _is_weak(value: str) -> bool:
    """A name found by its capital letter alone ("cap:", "cap0:" where it opens a sentence)."""
    return value.startswith(("cap:", "cap0:"))


def _same_name_key(a: str, b: str) -> bool:
    """Whether two names that are not places are one name in other scripts or inflections
    ("cap:lavrov" and "cap:лавров": `db.text.names.name_key`, issue 25's key)."""
    if a.startswith("place:") or b.startswith("place:"):
        return False
    from .names import name_key

    key = name_key(a.split(":", 1)[1])
    return bool(key) and key == name_key(b.split(":", 1)[1])


def _script(text: str) -> str:
    """The script of a word's first letter, as Unicode names it ("LATIN", "CYRILLIC", …)."""
    letter = next((c for c in text if c.isalpha()), "")
    return unicodedata.name(letter, "").split(" ")[0] if letter else ""


def _sentence_openers_apart(left: list[Anchor], right: list[Anchor]) -> bool:
    """Whether the only names left over are capitalised words that open a sentence, written
    in different scripts: a translation, whose first words differ by nature."""
    leftovers = [*left, *right]
    return (
        all(a.value.startswith("cap0:") for a in leftovers)
        and len({_script(a.surface) for a in leftovers}) > 1
    )


def _names(left: Sequence[Anchor], right: Sequence[Anchor]) -> list[AnchorDifference]:
    differences = _names_once(left, right)
    spares = (spare_places(left, right), spare_places(right, left))
    for i, d in enumerate(differences):  # "in Ankara" / "in Moscow" beside "Russian"
        one = d.left if d.right is None else d.right if d.left is None else None
        if one is not None and one.value.startswith("place:") and spares[d.left is not None]:
            other = spares[d.left is not None].pop(0)
            pair = (d.left, other) if d.left else (other, d.right)
            differences[i] = AnchorDifference(d.kind, *pair)
    return differences


def _names_once(left: Sequence[Anchor], right: Sequence[Anchor]) -> list[AnchorDifference]:
    # a name said twice ("French President …, France") is one fact
    left, right = _first_of_each(left), _first_of_each(right)
    only_left, only_right = _unmatched(left, right)
    only_left, only_right = _unmatched(only_left, only_right, _within)
    if only_left and only_right:
        only_left, only_right = _unmatched(only_left, only_right, _same_name_key)
    if _sentence_openers_apart(only_left, only_right):
        return []
    # a capitalised word on one side only is how it was written, not another fact
    if not only_right:
        only_left = [a for a in only_left if not _is_weak(a.value)]
    if not only_left:
        only_right = [a for a in only_right if not _is_weak(a.value)]
    return _paired("name", only_left, only_right)


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


def _modality(
    left: Sequence[Anchor], right: Sequence[Anchor], kind: str = "modality"
) -> list[AnchorDifference]:
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
    return _paired(kind, only_left, only_right)


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
        elif kind == "bound":
            numbers = ("number", "bound")
            pairs = bound_pairs(
                [x for x in a if x.kind in numbers], [x for x in b if x.kind in numbers]
            )
            differences.extend(AnchorDifference(kind, x, y) for x, y in pairs)
        elif kind in ("modality", "near-negation"):
            differences.extend(_modality(left, right, kind))
        elif kind == "date":
            differences.extend(_dates(left, right))
        elif kind == "name":
            differences.extend(_names(left, right))
        else:
            differences.extend(_numbers(left, right))
    differences = _years_as_numbers(differences)
    return AnchorDiff(not differences, tuple(differences))


def _numbers(left: Sequence[Anchor], right: Sequence[Anchor]) -> list[AnchorDifference]:
    only_left, only_right = _unmatched([_doubtful(x) for x in left], [_doubtful(x) for x in right])
    only_left = [x for x in left if (x.start, x.end) in {(y.start, y.end) for y in only_left}]
    only_right = [x for x in right if (x.start, x.end) in {(y.start, y.end) for y in only_right}]
    for anchor in list(only_left):
        mine = _thousands_reading(anchor)
        other = next(
            (b for b in only_right if (mine or anchor.value) == (_thousands_reading(b) or b.value)),
            None,
        )
        if other is not None:
            only_left.remove(anchor)
            only_right.remove(other)
    return _paired("number", only_left, only_right)


def _doubtful(anchor: Anchor) -> Anchor:
    """A number with two readings a thousand times apart ("1.500" where the text's language
    does not say) is the same as another written alike; else only by its reading in thousands
    (1500, never 1.5: "1.500" is not surely "1,5")."""
    if _thousands_reading(anchor) is None:
        return anchor
    return replace(anchor, value="~" + ascii_digits(anchor.surface).strip())


def _thousands_reading(anchor: Anchor) -> str | None:
    return None if anchor.read_by_language else thousands_reading(anchor.surface)


def _years_as_numbers(differences: list[AnchorDifference]) -> list[AnchorDifference]:
    """Less a year said as a date on one side ("عام 2030", "in 2030") and as a bare number on
    the other ("2030")."""
    one_sided = [d for d in differences if (d.left is None) != (d.right is None)]
    for date in [d for d in one_sided if d.kind == "date"]:
        anchor = date.left or date.right
        if anchor is None or not re.fullmatch(r"\d{4}", anchor.value):
            continue
        number = next(
            (
                d
                for d in one_sided
                if d.kind == "number"
                and (d.left is None) != (date.left is None)
                and (d.left or d.right) is not None
                and (d.left or d.right).value == anchor.value  # type: ignore[union-attr]
                and d in differences
            ),
            None,
        )
        if number is not None:
            differences = [d for d in differences if d is not date and d is not number]
    return differences
