"""Drift kinds on pairs of our own (tests/data/drift_kinds.txt): a person named in the place of
another, numbers as ordinals / times / words, weekdays, relative days and months — each found,
and the same value written another way never flagged. And a 1–1 pair whose number, month or
person changed stays one pair, flagged, instead of "omitted" + "added"."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.text.aligned_pair import align_sentence_lists
from db.text.drift import pair_drift, summarise
from db.text.sentences import Sentence

DATA = Path(__file__).resolve().parents[1] / "data" / "drift_kinds.txt"
FACTS = ("number", "negation", "date", "name")


def _cases() -> list[tuple[str, str, str, set[str]]]:
    out = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, original, translation, kinds = (p.strip() for p in line.split("|||"))
        out.append((lang, original, translation, set() if kinds == "-" else set(kinds.split(","))))
    return out


@pytest.mark.parametrize(("lang", "original", "translation", "kinds"), _cases())
def test_drift_kind_of_a_pair(lang: str, original: str, translation: str, kinds: set[str]) -> None:
    flags = pair_drift(original, translation, lang, "en")
    assert {f.kind for f in flags if f.kind in FACTS} == kinds, [f.description for f in flags]


def test_every_kind_and_language_is_covered() -> None:
    seen = {(lang, k) for lang, _, _, kinds in _cases() for k in kinds or {"-"}}
    for lang in ("ar", "tr", "ru"):
        for kind in ("name", "number", "date", "negation", "-"):
            assert (lang, kind) in seen


def test_the_flag_names_both_persons() -> None:
    (flag,) = pair_drift(
        "Губернатор Вячеслав Гладков сообщил о новых обстрелах.",
        "Governor Roman Starovoit reported new shelling.",
        "ru",
        "en",
    )
    assert flag.description == "name differs: Вячеслав Гладков → Roman Starovoit"
    assert summarise([flag, flag]) == "2 names differ"


def _sentences(parts: list[str]) -> list[Sentence]:
    out, at = [], 0
    for s in parts:
        out.append(Sentence(at, at + len(s), s))
        at += len(s) + 1
    return out


@pytest.mark.parametrize(
    ("lang", "original", "changed", "kind"),
    [
        (
            "ru",
            "Это уже 31-й раунд переговоров.",
            "It is already the 13th round of talks.",
            "number",
        ),
        (
            "tr",
            "Okullarda 7 sınıf boşaltıldı.",
            "Seventeen classrooms were emptied in schools.",
            "number",
        ),
        (
            "tr",
            "Fidanlar kasım ayında dikilecek.",
            "The saplings will be planted in March.",
            "date",
        ),
        (
            "ar",
            "وقالت الشرطة إن 23 شخصا اعتقلوا.",
            "Police said 32 people had been arrested.",
            "number",
        ),
    ],
)
def test_a_changed_anchor_keeps_the_pair_and_flags_it(
    lang: str, original: str, changed: str, kind: str
) -> None:
    left = {
        "ru": [
            "Переговоры возобновились в Женеве в понедельник.",
            original,
            "Стороны обменялись списками пленных.",
        ],
        "tr": [
            "Yangın sabah saatlerinde kontrol altına alındı.",
            original,
            "Bölgede çalışmalar sürüyor.",
        ],
        "ar": [
            "واندلعت الاحتجاجات في العاصمة مساء الجمعة.",
            original,
            "وأغلقت المتاجر أبوابها في وسط المدينة.",
        ],
    }[lang]
    right = {
        "ru": [
            "Talks resumed in Geneva on Monday.",
            changed,
            "The two sides exchanged lists of prisoners.",
        ],
        "tr": [
            "The fire was brought under control in the morning.",
            changed,
            "Work continues in the area.",
        ],
        "ar": [
            "Protests broke out in the capital on Friday evening.",
            changed,
            "Shops closed in the city centre.",
        ],
    }[lang]
    a = align_sentence_lists(_sentences(left), _sentences(right), lang, "en")
    middle = [b for b in a.beads if 1 in b.original]
    assert [(b.kind, b.translation) for b in middle] == [("1-1", (1,))]
    assert kind in {f.kind for f in middle[0].drift}
    assert not any(f.kind in ("omitted", "added") for f in a.flags())
