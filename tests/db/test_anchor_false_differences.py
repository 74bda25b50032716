"""Anchors that made a true rewording read as "facts differ" (issue 22), each a kind: a word
that only looks like a negation (Turkish "hırsızların", a thief with an ending; Russian "пока
не", until), a Turkish name with its last consonant softened before an ending ("Bakanlık" /
"Bakanlığa"), and an Arabic word whose consonants happen to be a case actor's short name key
("عمال" / "Sami Haddad"). Their look-alikes still differ. English, Arabic and Turkish/Russian
where the language has the form."""

from __future__ import annotations

import pytest

from db.text.anchors import find_anchors
from db.text.meaning import check_pair
from db.text.normalise import search_key
from db.text.similarity import claim_similarity, trigrams


def check(a: str, b: str, language: str, names: tuple[tuple[str, ...], ...] = ()):  # type: ignore[no-untyped-def]
    score = claim_similarity(trigrams(search_key(a)), trigrams(search_key(b)))
    return check_pair(a, b, score, names=names, language_a=language, language_b=language)


def kinds(a: str, b: str, language: str, names: tuple[tuple[str, ...], ...] = ()) -> set[str]:
    return {d.kind for d in check(a, b, language, names).differences}


@pytest.mark.parametrize(
    "text",
    ["Jandarma hırsızları yakaladı.", "Hırsızların izi bulundu.", "Öksüzlere yardım edildi."],
)
def test_a_turkish_noun_ending_like_without_is_no_negation(text: str) -> None:
    assert not [a for a in find_anchors(text, "tr") if a.kind == "negation"]


@pytest.mark.parametrize("text", ["Köy elektriksiz kaldı.", "Hastane doktorsuz kalmıştı."])
def test_a_turkish_without_noun_is_still_a_negation(text: str) -> None:
    assert [a for a in find_anchors(text, "tr") if a.kind == "negation"]


def test_russian_until_is_no_negation() -> None:
    a = "Учителя заявили, что не вернутся в классы, пока не повысят зарплаты."
    b = "Учителя заявили, что не вернутся в классы до повышения зарплат."
    assert "negation" not in kinds(a, b, "ru")


def test_russian_until_keeps_the_negation_of_its_verb() -> None:
    a = "Учителя не вернутся в классы, пока не повысят зарплаты."
    b = "Учителя вернутся в классы, пока не повысят зарплаты."
    assert "negation" in kinds(a, b, "ru")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Bakanlık, kampta kolera vakası olmadığını açıkladı.",
         "Bakanlığa göre kampta kolera vakası yok."),
        ("Valilik, yolun kapandığını açıkladı.", "Valiliğe göre yol kapandı."),
    ],
)  # fmt: skip
def test_a_turkish_word_softened_before_its_ending_is_one_name(a: str, b: str) -> None:
    assert "name" not in kinds(a, b, "tr")


def test_another_turkish_body_still_differs() -> None:
    a = "Valilik, yolun kapandığını açıkladı."
    b = "Belediyeye göre yol kapandı."
    assert not check(a, b, "tr").probably_same


ACTORS = (("Sami Haddad", "Haddad"), ("Wydad Club",), ("Antony Blinken", "Blinken"))


@pytest.mark.parametrize(
    "text",
    [
        "دخل عمال السكك الحديدية في إضراب.",
        "أفادت الشرطة بأن اللصوص هربوا.",
        "قال رئيس النقابة إنهم لن يعودوا.",
    ],
)
def test_an_arabic_word_is_no_actor_by_a_short_name_key(text: str) -> None:
    assert not [a for a in find_anchors(text, "ar", ACTORS) if a.kind == "name"]


def test_an_actor_spelt_in_arabic_is_found_by_its_spelling_only() -> None:
    names = (("نقابة المعلمين",), ("نادي الوداد", "الوداد"))
    text = "أفادت نقابة المعلمين بأن الإضراب مستمر."
    found = [a for a in find_anchors(text, "ar", names) if a.kind == "name"]
    assert [a.surface for a in found] == ["نقابة المعلمين"]


def test_an_actor_spelt_in_latin_letters_is_still_found_in_arabic() -> None:
    found = [
        a for a in find_anchors("قال بلينكن إن المحادثات مستمرة.", "ar", ACTORS) if a.kind == "name"
    ]
    assert [a.value for a in found] == ["name:antony blinken"]


@pytest.mark.parametrize(
    "text",
    [
        "Seferlerin iptal edilmesinden sonra yolcular bekledi.",
        "Limandaki aksamasından dolayı ihracat düştü.",
        "Kararın kaldırılmasına tepki gösterildi.",
    ],
)
def test_a_turkish_verbal_noun_with_an_ending_is_no_negation(text: str) -> None:
    assert not [a for a in find_anchors(text, "tr") if a.kind == "negation"]


@pytest.mark.parametrize("text", ["Kimse gelmesin.", "Bakanlar toplantıya gitmesinler."])
def test_a_turkish_negative_wish_is_still_a_negation(text: str) -> None:
    assert [a for a in find_anchors(text, "tr") if a.kind == "negation"]
