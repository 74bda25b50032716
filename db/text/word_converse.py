"""Converse predicates: "A sold B to C" is "C bought B from A", not "A bought B from C".

Two verbs are converses when each says the other's event from the other party's side:
sell / buy, supply / come from, send / receive, lend / borrow, beat / lose to, export /
import. `db.text.word_accounting` lets one account for the other only when the parties have
changed places: the first party each text names (a name or a content word both texts say,
outside numbers and dates) differs ("Norland sold …" / "Vesta bought … from Norland"; "The
dam supplies 40 % of the water" / "40 % of the water comes from the dam"). With the same first
party ("Norland sold …" / "Norland bought …") the verbs stay a difference, and a swap of roles
that the converse explains is no difference of roles (`db.text.anchor_roles`).

Each line of `CONVERSE` is two sides separated by "|", written as the words of
`db.text.synonym_table` (a word ending in "-" is a root; Turkish roots of two letters are
written as forms).
"""

from __future__ import annotations

from collections.abc import Sequence

from .anchors import Anchor
from .normalise import search_key
from .word_facts import time_unit
from .wording import TEXT_WORD, stem

CONVERSE: dict[str, tuple[str, ...]] = {
    "en": (
        "sell sold sells selling | buy bought buys buying purchase purchased purchases",
        "supply supplies supplied provide provides provided generate generates generated "
        "| come comes came",
        "give gave given gives send sent sends ship shipped ships deliver delivered delivers "
        "donate donated | receive received receives get got gets obtain obtained",
        "lend lent lends | borrow borrowed borrows",
        "beat beats defeat defeated defeats | lose lost loses",
        "export exports exported | import imports imported",
    ),
    "ar": (
        "باع- يبيع- تبيع- سيبيع- ستبيع- | اشترى- اشترت يشتري- تشتري- سيشتري- ستشتري-",
        "وفر- يوفر- توفر- زود- يزود- تزود- أمد- يمد- تمد- | يأتي- تأتي- أتى أتت جاء- يجيء- تجيء-",
        "أرسل- ارسل- يرسل- ترسل- منح- يمنح- تمنح- | تلقى- تلقت يتلقى- تتلقى- استلم- يستلم- "
        "تستلم- حصل- يحصل- تحصل-",
        "أقرض- اقرض- يقرض- تقرض- | اقترض- يقترض- تقترض-",
        "هزم- يهزم- تهزم- | خسر- يخسر- تخسر- انهزم-",
        "صدر- يصدر- تصدر- | استورد- يستورد- تستورد-",
    ),
    "tr": (
        "sattı satar satıyor satacak sattığını satacağını sattılar | satın",
        "karşıl- sağl- üret- | gel- geliyor",
        "gönder- yoll- bağışl- verdi verecek verdiğini | aldı alacak aldığını alıyor almış",
        "yendi yenecek yendiğini | yenildi yenilecek kaybetti",
        "ihraç | ithal",
    ),
    "ru": (
        "продать продавать | купить покупать приобрести приобретать",
        "обеспечивать обеспечить поставлять поставить вырабатывать давать дать "
        "| поступать поступить приходиться приходить",
        "отправить отправлять передать передавать предоставить предоставлять выделить "
        "выделять направить направлять | получить получать",
        "одолжить | занять занимать",
        "победить побеждать обыграть | проиграть проигрывать уступить",
        "экспортировать | импортировать",
    ),
}

_PREFIX = 4
"""Two words of the two texts are one party when one begins with the other from this many
letters ("Ирана" / "Иран" after their stems, "Pakistan'a" / "Pakistan")."""

_FLOATING = frozenset({"number", "date", "modality", "negation"})


def first_parties_differ(
    text_a: str,
    anchors_a: Sequence[Anchor],
    text_b: str,
    anchors_b: Sequence[Anchor],
    language: str,
) -> bool:
    """Whether the first party each text names differs: the first word of each (outside
    numbers and dates, a content word, no unit of time: "году") that the other text also
    says."""
    a = _parties(text_a, anchors_a, language)
    b = _parties(text_b, anchors_b, language)
    first_a = next((x for x in a if any(_same(x, y) for y in b)), None)
    first_b = next((y for y in b if any(_same(y, x) for x in a)), None)
    return first_a is not None and first_b is not None and not _same(first_a, first_b)


def _parties(text: str, anchors: Sequence[Anchor], language: str) -> list[str]:
    floating = [(x.start, x.end) for x in anchors if x.kind in _FLOATING]
    out = []
    for match in TEXT_WORD.finditer(text):
        if any(s <= match.start() < e for s, e in floating):
            continue
        key = stem(match.group(), language)
        if key and not key.isdigit() and not time_unit(search_key(match.group()), language):
            out.append(key if len(key) >= _PREFIX else search_key(match.group()))
    return out


def _same(x: str, y: str) -> bool:
    short, long = sorted((x, y), key=len)
    return x == y or (len(short) >= _PREFIX and long.startswith(short))
