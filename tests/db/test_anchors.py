"""Anchors of meaning (issue 22): numbers, negation and modality in English, Arabic, Turkish and
Russian, their spans in the stored text, and how two texts' anchors compare."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db.text.anchors import Anchor, compare_anchors, find_anchors

ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
PERSIAN = "۰۱۲۳۴۵۶۷۸۹"


def numbers(text: str, language: str | None = None) -> list[str]:
    return [a.value for a in find_anchors(text, language) if a.kind == "number"]


def differs(a: str, b: str, language: str | None = None) -> str:
    return compare_anchors(find_anchors(a, language), find_anchors(b, language)).describe()


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("The death toll rose to 45", "en", "45"),
        ("The death toll rose to 4,500", "en", "4500"),
        ("The death toll rose to four thousand five hundred", "en", "4500"),
        ("forty-five people", "en", "45"),
        ("4.5 million people", "en", "4500000"),
        ("ارتفع عدد القتلى إلى ٤٥", "ar", "45"),
        ("ارتفع عدد القتلى إلى ۴۵۰۰", "ar", "4500"),
        ("ارتفع عدد القتلى إلى أربعة آلاف وخمسمائة", "ar", "4500"),
        ("قتل خمسة وأربعون شخصا", "ar", "45"),
        ("٤٥ ألف لاجئ", "ar", "45000"),
        ("Ölü sayısı 4.500'e yükseldi", "tr", "4500"),
        ("Ölü sayısı kırk beşe yükseldi", "tr", "45"),
        ("45 bin kişi", "tr", "45000"),
        ("dört bin beş yüz kişi", "tr", "4500"),
        ("4,5 milyon", "tr", "4500000"),
        ("Число погибших выросло до 4 500", "ru", "4500"),
        ("Число погибших выросло до 4.500", "ru", "4500"),
        ("погибли 4,5 тыс. человек", "ru", "4500"),
        ("число погибших достигло сорока пяти", "ru", "45"),
        ("четыре тысячи пятьсот человек", "ru", "4500"),
        ("45%", None, "45%"),
        ("yüzde 45", "tr", "45%"),
        ("%45", "tr", "45%"),
        ("12 процентов", "ru", "12%"),
    ],
)
def test_numbers_have_one_value_whatever_the_writing(text: str, language: str, value: str) -> None:
    assert numbers(text, language) == [value]


def test_lone_articles_and_vague_amounts_are_not_numbers() -> None:
    assert numbers("One official said a missile was fired", "en") == []
    assert numbers("Bir yetkili bir füze ateşlendiğini söyledi", "tr") == []
    assert numbers("Тысячи людей вышли на улицы", "ru") == []


def test_a_claim_that_is_only_a_number() -> None:
    (anchor,) = find_anchors("٤٥")
    assert (anchor.kind, anchor.value, anchor.start, anchor.end) == ("number", "45", 0, 2)
    assert differs("٤٥", "4,500") == "number differs: ٤٥ → 4,500"


def test_spans_point_into_the_stored_text() -> None:
    text = "Bakanlık: ölü sayısı ＂4.500＂e yükseldi; sınır kapısı kapanmayacak."
    for anchor in find_anchors(text, "tr"):
        assert text[anchor.start : anchor.end] == anchor.surface
    arabic = "قَالَ الوزيرُ إنَّ المعبرَ لَنْ يُغلَقَ، وَقُتِلَ ٤٥ شخصًا"
    kinds = {a.kind: a for a in find_anchors(arabic)}
    assert kinds["negation"].surface == "لَنْ"
    assert kinds["number"].surface == "٤٥"


@pytest.mark.parametrize(
    ("a", "b", "language", "description"),
    [
        (
            "The border crossing will close on Monday",
            "The border crossing will not close on Monday",
            "en",
            "negated: “not”",
        ),
        (
            "The death toll rose to 45",
            "The death toll rose to 4,500",
            "en",
            "number differs: 45 → 4,500",
        ),
        (
            "سيغلق المعبر الحدودي يوم الاثنين",
            "لن يغلق المعبر الحدودي يوم الاثنين",
            "ar",
            "negated: “لن”",
        ),
        ("ارتفع عدد القتلى إلى 45", "ارتفع عدد القتلى إلى 4500", "ar", "number differs: 45 → 4500"),
        (
            "Sınır kapısı pazartesi kapanacak",
            "Sınır kapısı pazartesi kapanmayacak",
            "tr",
            "negated: “kapanmayacak”",
        ),
        (
            "Ölü sayısı 45'e yükseldi",
            "Ölü sayısı 4.500'e yükseldi",
            "tr",
            "number differs: 45 → 4.500",
        ),
        (
            "Пограничный переход закроется в понедельник",
            "Пограничный переход не закроется в понедельник",
            "ru",
            "negated: “не”",
        ),
        (
            "Число погибших выросло до 45",
            "Число погибших выросло до 4 500",
            "ru",
            "number differs: 45 → 4 500",
        ),
        ("The crossing will close", "The crossing may close", "en", "modality differs: will → may"),
        (
            "Переход будет закрыт",
            "Переход может быть закрыт",
            "ru",
            "modality differs: будет → может",
        ),
        ("Kapı kapanacak", "Kapı kapanabilir", "tr", "modality differs: kapanacak → kapanabilir"),
        ("سيغلق المعبر", "قد يغلق المعبر", "ar", "modality differs: سيغلق → قد"),
    ],
)
def test_the_difference_is_named(a: str, b: str, language: str, description: str) -> None:
    assert differs(a, b, language) == description


@pytest.mark.parametrize(
    ("a", "b", "language"),
    [
        ("He denied that the crossing will close", "He said the crossing won't close", "en"),
        ("There were no casualties", "There were not any casualties", "en"),
        ("It is not true that the crossing will not close", "The crossing will close", "en"),
        ("The toll rose to forty-five", "45 people have died, the toll rose", "en"),
        ("Никто не пришёл", "Не пришёл ни один человек", "ru"),
        ("Он опроверг, что переход закроют", "Он сказал, что переход не закроют", "ru"),
        ("Bakan bunun doğru olmadığını söyledi", "Bakan bunun doğru değil dedi", "tr"),
        ("لا يزال المعبر مفتوحا", "المعبر مفتوح", "ar"),
        ("نفى الوزير أن المعبر سيغلق", "قال الوزير إن المعبر لن يغلق", "ar"),
        ("The crossing closes on Monday", "The crossing will close on Monday", "en"),
        (
            "Officials said nothing about casualties",
            "Officials said nothing about casualties.",
            "en",
        ),
        ("Gemi limana ulaştı", "Gemi limana vardı", "tr"),
    ],
)
def test_rewordings_agree(a: str, b: str, language: str) -> None:
    assert differs(a, b, language) == ""


def test_no_anchors_at_all_agree() -> None:
    assert compare_anchors((), ()).agree
    assert compare_anchors(find_anchors("Rain fell"), find_anchors("It rained")).agree


def test_anchor_is_frozen() -> None:
    anchor = Anchor("number", 0, 2, "45", "45")
    with pytest.raises(AttributeError):
        anchor.value = "46"  # type: ignore[misc]


# --- property tests: one value across digit systems and separators --------------------------


def _group(digits: str, separator: str) -> str:
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return separator.join(groups)


def _in_script(text: str, digits: str) -> str:
    return "".join(digits[int(c)] if c.isdigit() else c for c in text)


LOCALES = {
    # language: (thousands separators, decimal mark)
    "en": ([",", ""], "."),
    "ar": ([",", "\u066c", ""], "\u066b"),
    "tr": ([".", " ", "\u00a0", ""], ","),
    "ru": ([" ", "\u202f", "\u00a0", ".", ""], ","),
}


@settings(max_examples=300, deadline=None)
@given(
    whole=st.integers(min_value=0, max_value=10**12),
    cents=st.one_of(st.none(), st.integers(min_value=1, max_value=99)),
    language=st.sampled_from(sorted(LOCALES)),
    separator_pick=st.integers(min_value=0, max_value=4),
    script=st.sampled_from(["0123456789", ARABIC_INDIC, PERSIAN]),
)
def test_a_number_written_in_any_locale_keeps_its_value(
    whole: int, cents: int | None, language: str, separator_pick: int, script: str
) -> None:
    separators, mark = LOCALES[language]
    separator = separators[separator_pick % len(separators)]
    written = _group(str(whole), separator)
    value = Decimal(whole)
    if cents is not None:
        written += mark + f"{cents:02d}"
        value += Decimal(cents) / 100
    written = _in_script(written, script)
    expected = format(value.normalize(), "f")
    assert numbers(f"toll: {written} people", language) == [expected]


@settings(max_examples=100, deadline=None)
@given(
    whole=st.integers(min_value=1, max_value=999),
    tenths=st.integers(min_value=1, max_value=9),
    language=st.sampled_from(["en", "tr", "ru", "ar"]),
)
def test_scale_words_multiply_decimals(whole: int, tenths: int, language: str) -> None:
    mark, scale = {
        "en": (".", "thousand"),
        "tr": (",", "bin"),
        "ru": (",", "тыс."),
        "ar": (".", "ألف"),
    }[language]
    value = (Decimal(whole) + Decimal(tenths) / 10) * 1000
    assert numbers(f"{whole}{mark}{tenths} {scale}", language) == [format(value.normalize(), "f")]


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=80))
def test_any_text_gives_anchors_inside_it(text: str) -> None:
    anchors = find_anchors(text)
    for anchor in anchors:
        assert 0 <= anchor.start < anchor.end <= len(text)
        assert text[anchor.start : anchor.end] == anchor.surface
    assert compare_anchors(anchors, anchors).agree
