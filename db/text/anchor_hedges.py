"""Adverbs of near-negation and restriction (the "near-negation" anchors): "will hardly
reopen", "rarely opens", "almost never", in English, Arabic, Turkish and Russian.

"The port will hardly reopen" is not "the port will reopen", and not quite "will not reopen"
either: such an adverb is its own anchor, with one of two values —

- "hardly": hardly, barely, scarcely, almost not / almost no; بالكاد, لا يكاد / لم يكد, يكاد لا,
  بصعوبة; pek … -me (a negative verb after "pek", not "pek çok"), zar zor, güçbela, neredeyse
  hiç / hemen hemen hiç (with the negation they need); едва ли, вряд ли, еле, с трудом,
  почти не / практически не;
- "rarely": rarely, seldom, hardly ever, almost never; نادرا (ما), قلما, قليلا ما; nadiren,
  seyrek; редко, изредка, нечасто, почти никогда;
- "few": few (not "a few"), hardly any; قلة من; pek az, çok az; мало, немногие.

"Unlikely", "only just", "güçlükle", "едва", "маловероятно" are "hardly". "Almost" before a
verb or "all" says it did not quite happen ("the port nearly closed", "nearly all ships left"):
almost, nearly; كاد / يكاد, تقريبا; neredeyse, az kalsın, hemen hemen; почти — the value
"almost"; before a number it is a bound (`db.text.anchor_bounds`: "nearly 45").

Where the adverb needs a grammatical negation (Turkish "pek açılmayacak", Russian "почти не",
English "almost never", Arabic "لا يكاد"), that negation is part of the near-negation and is
not counted as a negation of its own, so that "hardly" reads alike in the four languages:
"will hardly reopen" against "will not reopen" is "negated" and "near-negation dropped".

Found in folded text (`db.text.normalise.fold`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

Hit = tuple[int, int, str]

HARDLY, RARELY, FEW, ALMOST = "hardly", "rarely", "few", "almost"

_B, _E = r"(?<!\w)", r"(?!\w)"

_ALONE: dict[str, list[tuple[str, re.Pattern[str]]]] = {
    "en": [
        (RARELY, re.compile(rf"{_B}(?:hardly|scarcely|barely)\s+ever{_E}")),
        (FEW, re.compile(rf"{_B}(?:hardly|scarcely|barely)\s+any{_E}")),
        (HARDLY, re.compile(rf"{_B}(?:hardly|barely|scarcely|only\s+just|unlikely){_E}")),
        (RARELY, re.compile(rf"{_B}(?:seldom|rarely|infrequently){_E}")),
        (FEW, re.compile(rf"(?<!\ba\s)(?<!\bquite\s)(?<!\bthe\s){_B}(?:few|fewer){_E}(?!\s+than)")),
    ],
    "ar": [
        (HARDLY, re.compile(rf"{_B}[وف]?(?:بالكاد|بصعوبة){_E}")),
        (RARELY, re.compile(rf"{_B}[وف]?(?:نادرا(?:\s+ما)?|قلما|قليلا\s+ما){_E}")),
        (FEW, re.compile(rf"{_B}[وف]?(?:قلة\s+من|القليل\s+من){_E}")),
    ],
    "tr": [
        (HARDLY, re.compile(rf"{_B}(?:zar\s+zor|gucbela|guc\s+bela|guclukle){_E}")),
        (RARELY, re.compile(rf"{_B}(?:nadiren|seyrek\s+olarak|ender\s+olarak){_E}")),
        (FEW, re.compile(rf"{_B}(?:pek|cok)\s+az{_E}")),
    ],
    "ru": [
        (
            HARDLY,
            re.compile(
                rf"{_B}(?:едва\s+ли|вряд\s+ли|еле|едва-едва|едва|с\s+трудом|маловероятно){_E}"
            ),
        ),
        (RARELY, re.compile(rf"{_B}(?:редко|изредка|нечасто){_E}")),
        (FEW, re.compile(rf"{_B}(?:мало|немногие|немногих){_E}")),
    ],
}
"""Near-negations that stand alone (no negation of their own)."""

_WITH_NEGATION: dict[str, list[tuple[str, re.Pattern[str]]]] = {
    "en": [
        (RARELY, re.compile(rf"{_B}(?:almost|nearly|virtually|practically)\s+never{_E}")),
        (
            HARDLY,
            re.compile(
                rf"{_B}(?:almost|nearly|virtually|practically)\s+"
                rf"(?:not|no|none|nobody|nothing){_E}"
            ),
        ),
    ],
    "ar": [
        (HARDLY, re.compile(rf"{_B}[وف]?(?:لا|لم)\s+(?:يكاد|تكاد|يكادون|يكد|تكد|يكادوا){_E}")),
        (HARDLY, re.compile(rf"{_B}[وف]?(?:يكاد|تكاد|يكادون|كاد|كادت)\s+(?:لا|لا\s+ي\w+){_E}")),
    ],
    "tr": [
        (
            HARDLY,
            re.compile(rf"{_B}(?:neredeyse|nerdeyse|hemen\s+hemen)\s+hic{_E}(?:\s+\w+){{0,3}}"),
        ),
        (
            HARDLY,
            re.compile(
                rf"{_B}pek{_E}(?!\s+(?:cok|az|fazla|yakinda|yakin|buyuk)\b)(?:\s+\w+){{1,3}}"
            ),
        ),
    ],
    "ru": [
        (RARELY, re.compile(rf"{_B}(?:почти|практически|едва)\s+никогда(?:\s+не)?{_E}")),
        (
            HARDLY,
            re.compile(
                rf"{_B}(?:почти|практически)\s+(?:(?:ничего|никто|ничто)(?:\s+не)?|не|нет|ни){_E}"
            ),
        ),
    ],
}
"""Near-negations made with a negation, which they take in (the span reaches the negation; in
Turkish up to three words on, to the negative verb)."""


_ALMOST = {
    "en": re.compile(rf"{_B}(?:almost|nearly){_E}"),
    "ar": re.compile(rf"{_B}[وف]?(?:كاد|كادت|كادوا|يكاد|تكاد|يكادون|تقريبا){_E}"),
    "tr": re.compile(rf"{_B}(?:neredeyse|nerdeyse|hemen\s+hemen|az\s+kalsin){_E}"),
    "ru": re.compile(rf"{_B}почти{_E}"),
}
""""Almost" where it is no bound on a number and no part of a near-negation."""


def hedge_hits(
    folded: str, language: str, negations: Sequence[Hit], numbers: Sequence[Hit] = ()
) -> tuple[list[Hit], list[Hit]]:
    """The near-negations of the folded text ("hardly" / "rarely"), and the negation hits that
    are part of one (to be left out of the negations)."""
    hits: list[Hit] = []
    taken: list[Hit] = []
    for value, pattern in _WITH_NEGATION.get(language, ()):
        for match in pattern.finditer(folded):
            inside = [n for n in negations if match.start() <= n[0] and n[1] <= match.end()]
            negative = language == "ru" and re.search(r"(?<!\w)ни\w*", match.group())
            if not (inside or negative) or any(_overlaps(match.span(), h) for h in hits):
                continue
            taken.extend(inside[:1] if language == "tr" else inside)
            end = match.end() if language != "tr" else _first_word_end(folded, match.start())
            if language == "tr" and folded[match.start() : match.end()].startswith(("ner", "hem")):
                end = folded.index("hic", match.start()) + 3
            hits.append((match.start(), end, value))
    for value, pattern in _ALONE.get(language, ()):
        for match in pattern.finditer(folded):
            if not any(_overlaps(match.span(), h) for h in hits):
                hits.append((match.start(), match.end(), value))
    almost = _ALMOST.get(language)
    for match in almost.finditer(folded) if almost else ():
        near = (match.start() - 12, match.end() + 3)  # "nearly 45", "45 سفينة تقريبا"
        if not any(_overlaps(match.span(), h) for h in hits) and not any(
            _overlaps(near, n) for n in numbers
        ):
            hits.append((match.start(), match.end(), ALMOST))
    hits.sort()
    return hits, taken


def _first_word_end(folded: str, start: int) -> int:
    match = re.compile(r"\w+").match(folded, start)
    return match.end() if match else start


def _overlaps(span: tuple[int, int], hit: Hit) -> bool:
    return span[0] < hit[1] and hit[0] < span[1]
