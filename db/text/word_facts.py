"""Function words that carry a fact: "before" / "after", "rose to 9%" / "rose by 9%", "last
week" / "last year", "satın aldı" / "sattı".

Word accounting (`db.text.word_accounting`) sets function words and time units aside, so a
claim that keeps every content word and changes one of them reads as the same claim. Here each
such word belongs to a class of a contrast ("before", "after", "until", "since"); when one text
says a word of one class where the other says a word of another class of the same contrast —
in the same place: the same word before it or after it ("before March" / "after March", "last
week" / "last year", "الأسبوع الماضي" / "العام الماضي") — the pair differs in a word ("word
differs: before → after"), named like any word left unaccounted.

Only texts of one language are compared; the words are folded (`db.text.normalise.search_key`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from .anchors import Anchor, AnchorDifference
from .normalise import search_key
from .wording import TEXT_WORD

_CONTRASTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (
        ("before", "after", "until till", "since"),
        ("to", "by"),
        ("day days", "week weeks", "month months", "year years"),
        ("last past previous", "this current", "next coming"),
        ("all every each whole entire", "some several a few", "most"),
    ),
    "tr": (
        ("önce", "sonra", "kadar", "beri itibaren"),
        ("a e ya ye", "lik lık luk lük oranında"),
        (
            "gün günü gündür",
            "hafta haftası haftadır",
            "ay ayı aydır",
            "yıl yılı yıldır sene senesi",
        ),
        ("geçen geçtiğimiz evvelki", "bu", "gelecek önümüzdeki"),
        ("tüm bütün her", "bazı birkaç", "çoğu"),
    ),
    "ru": (
        ("до", "после", "с со"),
        ("до", "на"),
        (
            "день дня дней днём",
            "неделе неделю недели неделя недель",
            "месяц месяца месяце месяцев",
            "год года году лет",
        ),
        (
            "прошлом прошлый прошлого прошлой прошлую прошлые",
            "этом этот этого этой эту эти текущем текущий текущего",
            "следующем следующий следующего следующей следующую будущем",
        ),
        (
            "все всех всем всё весь вся каждый каждая",
            "некоторые некоторых несколько",
            "большинство большинства",
        ),
    ),
    "ar": (
        ("قبل", "بعد", "حتى لحين", "منذ"),
        ("إلى", "بنسبة"),
        (
            "يوم اليوم أيام",
            "أسبوع الأسبوع أسابيع",
            "شهر الشهر أشهر",
            "عام العام سنة السنة أعوام",
        ),
        (
            "الماضي الماضية المنصرم المنصرمة السابق",
            "الحالي الحالية الجاري الجارية هذا هذه",
            "المقبل المقبلة القادم القادمة",
        ),
        ("جميع كل كافة", "بعض عدة", "معظم أغلب"),
    ),
}
"""Per language, contrasts of classes (space-separated words of one class). The second
contrast is that of a change's bound ("to" / "by"): only before a number; the third, units of
time; the fourth, which one of them ("last year" / "this year" / "next year"); the fifth, how many
("all schools" / "some schools")."""

_NUMBER = re.compile(r"^\d")


@functools.cache
def _classes(language: str) -> tuple[dict[str, int], ...]:
    """Per contrast, folded word → its class."""
    return tuple(
        {search_key(word): index for index, words in enumerate(contrast) for word in words.split()}
        for contrast in _CONTRASTS.get(language, ())
    )


_ORDINALS = {
    "en": "first second third fourth fifth sixth seventh eighth ninth tenth",
    "tr": "birinci ikinci üçüncü dördüncü beşinci altıncı yedinci sekizinci dokuzuncu onuncu",
    "ru": "перв втор трет четв пят шест седьм восьм девят десят",
    "ar": "أول ثاني ثالث رابع خامس سادس سابع ثامن تاسع عاشر",
}
"""Ordinals one to ten (Turkish and Russian: the stem their forms begin with; Arabic: the
masculine, the feminine adds ة, "أولى" is the first)."""


@functools.cache
def _ordinal_stems(language: str) -> tuple[str, ...]:
    return tuple(search_key(w) for w in _ORDINALS.get(language, "").split())


@functools.lru_cache(maxsize=4096)
def _ordinal(folded: str, language: str) -> int | None:
    """Which ordinal a folded word is (0 for the first), or None."""
    stems = _ordinal_stems(language)
    if language == "en":
        return stems.index(folded) if folded in stems else None
    if language == "ar":
        bare = folded[2:] if folded.startswith("ال") else folded
        bare = "اول" if bare == search_key("أولى") else bare.removesuffix("ة")
        return stems.index(bare) if bare in stems else None
    if language == "tr":
        if folded == "ilk":
            return 0
        return next((i for i, s in enumerate(stems) if folded.startswith(s)), None)
    if language == "ru":
        from .anchor_names import _morph

        if "Anum" not in _morph().parse(folded)[0].tag.grammemes:
            return None
        return next((i for i, s in enumerate(stems) if folded.startswith(s)), None)
    return None


def time_unit(folded: str, language: str) -> bool:
    """Whether a folded word is a unit of time ("week", "году", "العام")."""
    classes = _classes(language)
    return len(classes) > 2 and folded in classes[2]


_NEGATION = {
    "en": frozenset(["not", "n't", "never", "no"]),
    "tr": frozenset(["değil"]),
    "ru": frozenset(["не", "ни"]),
    "ar": frozenset(["لا", "لم", "لن", "ليس"]),
}
"""Words under which "until" says "before" ("will not return until pay rises")."""


def _negated(words: list[tuple[str, re.Match[str]]], at: int, language: str) -> bool:
    negation = {search_key(w) for w in _NEGATION.get(language, ())} | {"t"}
    return any(word in negation for word, _ in words[:at])


def _words(text: str) -> list[tuple[str, re.Match[str]]]:
    return [(search_key(m.group()), m) for m in TEXT_WORD.finditer(text)]


def fact_word_differences(a: str, b: str, language: str) -> tuple[AnchorDifference, ...]:
    """The words of a contrast that `a` and `b` say in the same place, of different classes."""
    left, right = _words(a), _words(b)
    found: list[AnchorDifference] = []
    contrasts: list[Callable[[str], int | None]] = [c.get for c in _classes(language)]
    contrasts.append(lambda word: _ordinal(word, language))
    for number, classes in enumerate(contrasts):
        for i, (word, match) in enumerate(left):
            mine = classes(word)
            if mine is None:
                continue
            for j, (other, other_match) in enumerate(right):
                theirs = classes(other)
                if theirs is None or theirs == mine:
                    continue
                if number == 1 and not _before_number(left, right, i, j, language):
                    continue
                if (
                    number == 0
                    and {mine, theirs} == {0, 2}
                    and (_negated(left, i, language) or _negated(right, j, language))
                ):
                    continue  # "not until" is "not before"
                near = _beside_the_same if number == 3 else _same_place
                if near(left, right, i, j):
                    found.append(AnchorDifference("word", _anchor(match), _anchor(other_match)))
                    break
    found.extend(_turkish_sale(a, b) if language == "tr" else ())
    return tuple(found)


def _neighbour(words: list[tuple[str, re.Match[str]]], at: int) -> str | None:
    return words[at][0] if 0 <= at < len(words) else None


def _same_place(
    left: list[tuple[str, re.Match[str]]], right: list[tuple[str, re.Match[str]]], i: int, j: int
) -> bool:
    before = _neighbour(left, i - 1)
    after = _neighbour(left, i + 1)
    return (before is not None and before == _neighbour(right, j - 1)) or (
        after is not None and after == _neighbour(right, j + 1)
    )


def _beside_the_same(
    left: list[tuple[str, re.Match[str]]], right: list[tuple[str, re.Match[str]]], i: int, j: int
) -> bool:
    """Both words stand next to one word, on either side ("العام الماضي" / "هذا العام")."""
    mine = {_neighbour(left, i - 1), _neighbour(left, i + 1)} - {None}
    return bool(mine & {_neighbour(right, j - 1), _neighbour(right, j + 1)})


def _before_number(
    left: list[tuple[str, re.Match[str]]],
    right: list[tuple[str, re.Match[str]]],
    i: int,
    j: int,
    language: str,
) -> bool:
    """A change's bound: the word before a number ("to 9%"), in Turkish after one ("9'a")."""
    step = -1 if language == "tr" else 1
    near = (_neighbour(left, i + step) or "", _neighbour(right, j + step) or "")
    return all(_NUMBER.match(word) for word in near)


def _anchor(match: re.Match[str]) -> Anchor:
    return Anchor("word", match.start(), match.end(), match.group(), search_key(match.group()))


_BOUGHT = re.compile(r"\bsatın\s+al\w*", re.IGNORECASE)
_SOLD = re.compile(r"\bsat(?:tı|mış|acak|ıyor|ar|tık|tılar)\w*", re.IGNORECASE)


def _turkish_sale(a: str, b: str) -> tuple[AnchorDifference, ...]:
    """ "satın aldı" (bought: a light verb) against "sattı" (sold): the verbs' stems meet."""
    for one, other, flip in ((a, b, False), (b, a, True)):
        bought = _BOUGHT.search(one)
        sold = _SOLD.search(other)
        if bought and sold and not _BOUGHT.search(other) and not _SOLD.search(one):
            pair = (_anchor(bought), _anchor(sold))
            left, right = (pair[1], pair[0]) if flip else pair
            return (AnchorDifference("word", left, right),)
    return ()
