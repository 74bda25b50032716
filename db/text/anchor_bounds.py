"""Bounds and approximators on numbers (the "bound" anchors): "at least 45", "more than 45",
"up to 45", "nearly 45", "about 45", in English, Arabic, Turkish and Russian.

A bound changes the claim: "at least 45 died" says the count may be far higher, "45 died" says
it is 45; "nearly 45" says it stayed under 45. What a fact-checker would call one claim told
less precisely, and so what agrees (`bounds_agree`):

- the same bound ("more than 45" / "over 45" / "at least 45" / "не менее 45" / "45'ten fazla":
  a lower bound, one unit apart at most, as reporters and translators use them);
- "about 45" and the exact 45 (an approximator hedges the same figure: "نحو 45", "около 45",
  "yaklaşık 45");
- "about 45" and "nearly 45" (both say "roughly 45").

Everything else differs: a lower bound against an upper one, against an approximator or the
exact number; "nearly 45" (under 45) against the exact number.

Each bound is found in folded text (`db.text.normalise.fold`: lower case, Turkish marks and
Arabic alef forms folded) right before a number or right after it (with a Turkish ending after
an apostrophe: "45'ten fazla", "45'e kadar"). Its hit spans the bound's words and the number,
so that the difference reads "bound differs: at least 45 → 45". A negation inside the bound's
words ("no more than", "не более", "ما لا يقل عن") is part of the bound, not a negation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .normalise import fold

if TYPE_CHECKING:
    from .anchors import Anchor

Hit = tuple[int, int, str]

LOWER, UPPER, ABOUT, NEARLY, EXACT = "at-least", "at-most", "about", "nearly", "exact"

_AGREE = frozenset({frozenset({EXACT, ABOUT}), frozenset({ABOUT, NEARLY})})


def bounds_agree(a: str, b: str) -> bool:
    """Whether two bounds (`LOWER`, `UPPER`, `ABOUT`, `NEARLY`, `EXACT`) say one fact."""
    return a == b or frozenset({a, b}) in _AGREE


def _alternatives(*words: str) -> str:
    """The words (folded as the text is: "إلى" is "الي") as alternatives, longest first."""
    folded = (fold(w).text.replace(" ", r"\s+") for w in words)
    return "|".join(sorted(folded, key=len, reverse=True))


_BEFORE: dict[str, dict[str, str]] = {
    "en": {
        LOWER: _alternatives(
            "at least",
            "more than",
            "over",
            "above",
            "in excess of",
            "upwards of",
            "upward of",
            "no fewer than",
            "no less than",
            "not less than",
            "not fewer than",
            "a minimum of",
            "just over",
            "slightly more than",
            "well over",
        ),
        UPPER: _alternatives(
            "at most",
            "up to",
            "less than",
            "fewer than",
            "under",
            "below",
            "no more than",
            "not more than",
            "a maximum of",
            "as many as",
        ),
        ABOUT: _alternatives(
            "about",
            "around",
            "approximately",
            "roughly",
            "some",
            "an estimated",
            "estimated",
            "circa",
            "round about",
        ),
        NEARLY: _alternatives(
            "nearly",
            "almost",
            "close to",
            "just under",
            "just shy of",
            "slightly less than",
            "slightly fewer than",
            "not quite",
        ),
    },
    "ar": {
        LOWER: _alternatives(
            "اكثر من",
            "ازيد من",
            "ما يزيد عن",
            "ما يزيد على",
            "يزيد عن",
            "يزيد على",
            "ما لا يقل عن",
            "ما لا يقل على",
            "لا يقل عن",
            "لا تقل عن",
            "على الاقل",
            "ما يربو على",
            "يربو على",
            "ما يفوق",
            "يفوق",
        ),
        UPPER: _alternatives(
            "اقل من",
            "ما لا يزيد عن",
            "ما لا يزيد على",
            "لا يزيد عن",
            "لا يزيد على",
            "لا تزيد عن",
            "لا تزيد على",
            "ما يصل الى",
            "بحد اقصى",
            "على الاكثر",
        ),
        ABOUT: _alternatives(
            "نحو", "حوالي", "حوالى", "قرابة", "زهاء", "ما يقرب من", "ما يقارب", "يقارب", "تقريبا"
        ),
        NEARLY: _alternatives("ما يناهز", "يناهز", "اقل بقليل من", "ما يكاد يبلغ"),
    },
    "tr": {
        LOWER: _alternatives("en az", "en azindan", "asgari", "minimum", "en asagi"),
        UPPER: _alternatives("en fazla", "en cok", "azami", "maksimum", "en yuksek"),
        ABOUT: _alternatives("yaklasik", "tahminen", "asagi yukari", "takriben", "ortalama"),
        NEARLY: _alternatives("neredeyse", "nerdeyse", "hemen hemen"),
    },
    "ru": {
        LOWER: _alternatives(
            "не менее",
            "не меньше",
            "более",
            "более чем",
            "больше",
            "больше чем",
            "свыше",
            "сверх",
            "по меньшей мере",
            "по крайней мере",
            "как минимум",
            "минимум",
            "чуть более",
            "чуть больше",
        ),
        UPPER: _alternatives(
            "не более",
            "не больше",
            "не свыше",
            "до",
            "вплоть до",
            "максимум",
            "как максимум",
            "менее",
            "менее чем",
            "меньше",
            "меньше чем",
        ),
        ABOUT: _alternatives("около", "примерно", "приблизительно", "порядка", "где-то"),
        NEARLY: _alternatives("почти", "без малого", "чуть менее", "чуть меньше", "едва не"),
    },
}
"""Bound words before a number, folded."""

_AFTER: dict[str, dict[str, str]] = {
    "en": {
        LOWER: _alternatives("or more", "or above", "or over", "plus", "-plus", r"\+", "and up"),
        UPPER: _alternatives("or less", "or fewer", "or under", "at most"),
        ABOUT: _alternatives("or so", "odd", "-odd"),
    },
    "ar": {
        LOWER: _alternatives("على الاقل", "او اكثر", "فاكثر", "ونيف", "ونيفا"),
        UPPER: _alternatives("على الاكثر", "او اقل", "فاقل", "كحد اقصى"),
        ABOUT: _alternatives("تقريبا"),
    },
    "tr": {
        LOWER: _alternatives(
            "'[dt][ae]n fazla",
            "'[dt][ae]n cok",
            "'[dt][ae]n ziyade",
            "'[iuy]+ askin",
            "'[iu]n uzerinde",
            "'[iu]n ustunde",
            "kusur",
        ),
        UPPER: _alternatives(
            "'[dt][ae]n az",
            "'[iu]n altinda",
            "'[y]?[ae] kadar",
            "'[y]?[ae] dek",
        ),
        ABOUT: _alternatives("kadar", "civarinda", "civari", "dolayinda", "raddesinde"),
        NEARLY: _alternatives("'[y]?[ae] yakin"),
    },
    "ru": {
        LOWER: _alternatives("с лишним", "с небольшим", "и более", "или более", "и больше"),
        UPPER: _alternatives("или менее", "и менее", "или меньше"),
    },
}
"""Bound words after a number (a Turkish ending may stand between), folded."""

_COUNTED_NOUN = ("en", "ar")
"""One counted word that may stand between a number and a bound after it ("45 ships or more",
"45 سفينة على الأقل")."""

_TR_ABLATIVE = re.compile(r"\s+(fazla|cok|az)(?!\w)")
_RANGE_START = re.compile(r"(?<!\w)(?:с|со|от)\s+[\w.,]+\s+$")
"""A range's first number before "до": "с 10 до 45" is a range, not "up to 45"."""


_CHANGED_TO = re.compile(
    r"(?<!\w)(?:вы|у|со|с|сни|под|по|воз|до|рас|о|пере)?"
    r"(?:рос|раст|велич|кращ|крат|низ|ниж|пад|пал|нял|ним|ним|стиг|стига|выс|шир|меньш|вел|вод|"
    r"скоч|рухн|пуст|пуск|ход|шл|бав)\w*\s+$"
)
"""A verb of change before "до": "выросло до 4 500" (rose to), not "up to"."""


def _compiled(table: dict[str, str], after: bool) -> list[tuple[str, re.Pattern[str]]]:
    if after:
        return [(bound, re.compile(rf"(?:{words})(?!\w)")) for bound, words in table.items()]
    return [(bound, re.compile(rf"(?<!\w)(?:{words})\s+$")) for bound, words in table.items()]


_PATTERNS = {
    language: (
        _compiled(_BEFORE.get(language, {}), after=False),
        _compiled(_AFTER.get(language, {}), after=True),
    )
    for language in ("en", "ar", "tr", "ru")
}


def bound_hits(folded: str, language: str, numbers: Sequence[Hit]) -> list[Hit]:
    """The bounds on `numbers` (hits of the folded text), each spanning the bound's words and
    its number, with the value "<bound>:<number's value>" ("at-least:45")."""
    before, after = _PATTERNS.get(language, ((), ()))
    hits: list[Hit] = []
    for start, end, value in numbers:
        window = folded[max(0, start - 40) : start]
        found = _before(window, before)
        if found is not None:
            bound, length = found
            hits.append((start - length, end, f"{bound}:{value}"))
            continue
        ablative = _TR_ABLATIVE.match(folded, end) if language == "tr" else None
        if ablative is not None and re.search(r"[dt][ae]n$", folded[start:end]):
            # a number word with its ending: "kırk beşten fazla", "yüzden az"
            bound = UPPER if ablative.group(1) == "az" else LOWER
            hits.append((start, ablative.end(), f"{bound}:{value}"))
            continue
        later = _after(folded, end, after, language)
        if later is not None:
            bound, words_start, stop = later
            # a counted word between stays a word of its own: "45 سفينة على الأقل"
            first = start if words_start - end < 3 else words_start
            hits.append((first, stop, f"{bound}:{value}"))
    return hits


def _before(window: str, patterns: Sequence[tuple[str, re.Pattern[str]]]) -> tuple[str, int] | None:
    found: tuple[str, int] | None = None
    for bound, pattern in patterns:
        match = pattern.search(window)
        if match is None:
            continue
        words = match.group().strip()
        if words == "до" and (
            _RANGE_START.search(window[: match.start()])
            or _CHANGED_TO.search(window[: match.start()])
        ):
            continue
        if found is None or len(window) - match.start() > found[1]:
            found = bound, len(window) - match.start()  # the longest: "no more than"
    return found


def _after(
    folded: str, end: int, patterns: Sequence[tuple[str, re.Pattern[str]]], language: str
) -> tuple[str, int, int] | None:
    rest = folded[end : end + 40].replace("’", "'")
    for bound, pattern in patterns:
        for gap in ("", r"\s+", r"\s+\w+\s+"):
            if gap == "" and not rest.startswith(("'", "+", "-")):
                continue
            match = re.match(f"({gap})(?:{pattern.pattern})", rest)
            if match is None:
                continue
            words = match.group()[match.end(1) :]
            if gap.endswith(r"\w+\s+") and (
                language not in _COUNTED_NOUN or (language == "en" and " " not in words.strip())
            ):
                continue  # "45 ships or more", "45 سفينة تقريبا"; not "45 ships plus"
            return bound, end + match.end(1), end + match.end()
    return None


def bound_pairs(left: Sequence[Anchor], right: Sequence[Anchor]) -> list[tuple[Anchor, Anchor]]:
    """The numbers two texts share whose bounds do not agree (`bounds_agree`), as pairs of
    (the bound anchor, or the number where it has none) of the first text and of the second.
    `left` and `right` are each text's "number" and "bound" anchors."""
    sides = _bounded(left), _bounded(right)
    pairs: list[tuple[Anchor, Anchor]] = []
    for value in sorted(sides[0].keys() & sides[1].keys()):
        for (bound_a, anchor_a), (bound_b, anchor_b) in zip(
            sides[0][value], sides[1][value], strict=False
        ):
            if not bounds_agree(bound_a, bound_b):
                pairs.append((anchor_a, anchor_b))
    return pairs


def _bounded(anchors: Sequence[Anchor]) -> dict[str, list[tuple[str, Anchor]]]:
    """Each number's value → (its bound, the anchor that shows it) for each time it is said."""
    bounds = [a for a in anchors if a.kind == "bound"]
    found: dict[str, list[tuple[str, Anchor]]] = {}
    for number in (a for a in anchors if a.kind == "number"):
        bound = next(
            (b for b in bounds if b.value.split(":", 1)[1] == number.value and b.end >= number.end),
            None,
        )
        if bound is not None:
            bounds.remove(bound)
        shown = (bound.value.split(":", 1)[0], bound) if bound else (EXACT, number)
        found.setdefault(number.value, []).append(shown)
    return found
