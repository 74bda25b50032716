"""A person named with more or fewer parts in a translation, or with a compound given name
written in one word or two, is no name drift (ألب أرسلان بيرقدار / Alparslan Bayraktar /
Bayraktar); another person who shares one part (Berat Bayraktar) is — in Arabic, Russian and
Turkish originals against English."""

from __future__ import annotations

import pytest

from db.text.drift_names import name_differences

SAID_AR = "وقال وزير الطاقة التركي {} إن الإنتاج سيرتفع."
SAID_RU = "Министр энергетики Турции {} заявил, что добыча вырастет."
SAID_TR = "Enerji Bakanı {} üretimin artacağını söyledi."
SAID_EN = "Turkish Energy Minister {} said production would rise."
FM_AR = "قال وزير الخارجية {} إن المحادثات ستستمر."
FM_EN = "Foreign Minister {} said the talks would continue."


@pytest.mark.parametrize(
    ("original", "language", "translation"),
    [
        (SAID_AR.format("ألب أرسلان بيرقدار"), "ar", SAID_EN.format("Alparslan Bayraktar")),
        (SAID_AR.format("ألب أرسلان بيرقدار"), "ar", SAID_EN.format("Bayraktar")),
        (SAID_AR.format("بيرقدار"), "ar", SAID_EN.format("Alparslan Bayraktar")),
        (FM_AR.format("مولود جاويش أوغلو"), "ar", FM_EN.format("Çavuşoğlu")),
        (FM_AR.format("مولود جاويش أوغلو"), "ar", FM_EN.format("Mevlüt Çavuşoğlu")),
        (SAID_RU.format("Алпарслан Байрактар"), "ru", SAID_EN.format("Alparslan Bayraktar")),
        (SAID_RU.format("Байрактар"), "ru", SAID_EN.format("Alparslan Bayraktar")),
        (SAID_TR.format("Alparslan Bayraktar"), "tr", SAID_EN.format("Bayraktar")),
        (SAID_TR.format("Alp Arslan Bayraktar"), "tr", SAID_EN.format("Alparslan Bayraktar")),
    ],
)
def test_a_part_dropped_or_a_compound_split_is_the_same_person(
    original: str, language: str, translation: str
) -> None:
    assert name_differences(original, translation, language, "en") == []


@pytest.mark.parametrize(
    ("original", "language", "translation", "flagged"),
    [
        (
            SAID_AR.format("ألب أرسلان بيرقدار"),
            "ar",
            SAID_EN.format("Berat Bayraktar"),
            ("ألب أرسلان", "Berat Bayraktar"),
        ),
        (
            FM_AR.format("مولود جاويش أوغلو"),
            "ar",
            FM_EN.format("Hakan Fidan"),
            ("مولود جاويش أوغلو", "Hakan Fidan"),
        ),
        (
            SAID_RU.format("Алпарслан Байрактар"),
            "ru",
            SAID_EN.format("Berat Bayraktar"),
            ("Алпарслан Байрактар", "Berat Bayraktar"),
        ),
        (
            SAID_TR.format("Alparslan Bayraktar"),
            "tr",
            SAID_EN.format("Berat Bayraktar"),
            ("Alparslan Bayraktar", "Berat Bayraktar"),
        ),
    ],
)
def test_another_person_sharing_one_part_is_flagged(
    original: str, language: str, translation: str, flagged: tuple[str, str]
) -> None:
    assert name_differences(original, translation, language, "en") == [(*flagged, "person")]


@pytest.mark.parametrize(
    ("original", "same", "other", "named"),
    [
        (
            "التقى محمد شيمشك بوفد صندوق النقد الدولي في أنقرة.",
            "Mehmet Şimşek met an IMF delegation in Ankara.",
            "Cevdet Yılmaz met an IMF delegation in Ankara.",
            "Cevdet Yılmaz",
        ),
        (
            "وصل هاكان فيدان إلى دمشق صباح اليوم.",
            "Hakan Fidan arrived in Damascus this morning.",
            "Yaşar Güler arrived in Damascus this morning.",
            "Yaşar Güler",
        ),
        (
            "واستقبل سيرغي لافروف الوفد في موسكو.",
            "Sergey Lavrov received the delegation in Moscow.",
            "Dmitry Peskov received the delegation in Moscow.",
            "Dmitry Peskov",
        ),
    ],
)
def test_an_arabic_name_without_a_title_or_a_verb_of_saying_is_compared(
    original: str, same: str, other: str, named: str
) -> None:
    """A common given name starts a person's name in Arabic text where no title or verb of
    saying stands before it."""
    assert name_differences(original, same, "ar", "en") == []
    (flag,) = name_differences(original, other, "ar", "en")
    assert flag[1:] == (named, "person")
