"""Near-negation adverbs and bounds on numbers are anchors of their own (issue 22, round 9),
in English, Arabic, Turkish and Russian: each kind with several members, and the look-alikes
that are no such anchor ("pek çok", "выросло до 4 500", "с 10 до 45", "rose to 45")."""

from __future__ import annotations

import pytest

from db.text.anchor_bounds import ABOUT, EXACT, LOWER, NEARLY, UPPER, bounds_agree
from db.text.anchors import find_anchors
from db.text.meaning import claim_differences


def kinds(text: str, language: str, kind: str) -> list[str]:
    return [a.value for a in find_anchors(text, language) if a.kind == kind]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("The ferry will hardly resume service", "en", "hardly"),
        ("The ferry barely runs in winter", "en", "hardly"),
        ("Inspectors seldom visit the plant", "en", "rarely"),
        ("The council almost never approves permits", "en", "rarely"),
        ("بالكاد ستستأنف العبارة رحلاتها", "ar", "hardly"),
        ("لا يكاد المجلس يوافق على التصاريح", "ar", "hardly"),
        ("نادرًا ما يزور المفتشون المصنع", "ar", "rarely"),
        ("قلّما يوافق المجلس على التصاريح", "ar", "rarely"),
        ("Feribot seferlere pek başlamayacak", "tr", "hardly"),
        ("Feribot kışın zar zor çalışıyor", "tr", "hardly"),
        ("Müfettişler fabrikayı nadiren ziyaret ediyor", "tr", "rarely"),
        ("Meclis izinleri neredeyse hiç onaylamıyor", "tr", "hardly"),
        ("Паром вряд ли возобновит рейсы", "ru", "hardly"),
        ("Паром едва ли возобновит рейсы", "ru", "hardly"),
        ("Совет почти не одобряет разрешения", "ru", "hardly"),
        ("Инспекторы редко посещают завод", "ru", "rarely"),
        ("The port is unlikely to reopen", "en", "hardly"),
        ("The port only just reopened", "en", "hardly"),
        ("Few ships are waiting", "en", "few"),
        ("Hardly any ships are waiting", "en", "few"),
        ("قليلا ما يفتح الميناء", "ar", "rarely"),
        ("Liman güçlükle açıldı", "tr", "hardly"),
        ("Limanda pek az gemi bekliyor", "tr", "few"),
        ("Порт едва открылся", "ru", "hardly"),
        ("В порту мало судов", "ru", "few"),
        ("The port nearly closed on Monday", "en", "almost"),
        ("Almost all ships left the port", "en", "almost"),
        ("كاد الميناء يغلق يوم الاثنين", "ar", "almost"),
        ("غادرت كل السفن تقريبا الميناء", "ar", "almost"),
        ("Liman pazartesi neredeyse kapandı", "tr", "almost"),
        ("Порт почти закрылся в понедельник", "ru", "almost"),
    ],
)
def test_a_near_negation_is_its_own_anchor_and_takes_in_the_negation_it_needs(
    text: str, language: str, value: str
) -> None:
    assert kinds(text, language, "near-negation") == [value]
    assert kinds(text, language, "negation") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Pek çok gemi limanda bekliyor", "tr"),
        ("A few ships are waiting", "en"),
        ("Fewer than 45 ships are waiting", "en"),
        ("Nearly 45 ships are waiting", "en"),  # a bound, not a near-negation
        ("Ждут почти 45 судов", "ru"),
        ("ينتظر 45 سفينة تقريبا", "ar"),
        ("The ferry will not resume service", "en"),
        ("Паром не возобновит рейсы", "ru"),
    ],
)
def test_look_alikes_are_no_near_negation(text: str, language: str) -> None:
    assert kinds(text, language, "near-negation") == []


@pytest.mark.parametrize(
    ("text", "language", "bound"),
    [
        ("At least 45 ships wait", "en", LOWER),
        ("More than 45 ships wait", "en", LOWER),
        ("45 ships or more wait", "en", LOWER),
        ("No more than 45 ships wait", "en", UPPER),
        ("Up to 45 ships wait", "en", UPPER),
        ("Nearly 45 ships wait", "en", NEARLY),
        ("About 45 ships wait", "en", ABOUT),
        ("ينتظر أكثر من 45 سفينة", "ar", LOWER),
        ("ينتظر ما لا يقل عن 45 سفينة", "ar", LOWER),
        ("ينتظر 45 سفينة على الأقل", "ar", LOWER),
        ("ينتظر ما لا يزيد على 45 سفينة", "ar", UPPER),
        ("ينتظر ما يصل إلى 45 سفينة", "ar", UPPER),
        ("ينتظر نحو 45 سفينة", "ar", ABOUT),
        ("En az 45 gemi bekliyor", "tr", LOWER),
        ("45'ten fazla gemi bekliyor", "tr", LOWER),
        ("En fazla 45 gemi bekliyor", "tr", UPPER),
        ("45'e kadar gemi bekliyor", "tr", UPPER),
        ("45'e yakın gemi bekliyor", "tr", NEARLY),
        ("Yaklaşık 45 gemi bekliyor", "tr", ABOUT),
        ("45 civarında gemi bekliyor", "tr", ABOUT),
        ("Ждут не менее 45 судов", "ru", LOWER),
        ("Ждут свыше 45 судов", "ru", LOWER),
        ("Ждут не более 45 судов", "ru", UPPER),
        ("Ждут до 45 судов", "ru", UPPER),
        ("Ждут почти 45 судов", "ru", NEARLY),
        ("Ждут около 45 судов", "ru", ABOUT),
        ("More than forty-five ships wait", "en", LOWER),
        ("Upwards of 45 ships wait", "en", LOWER),
        ("Limanda kırk beşten fazla gemi bekliyor", "tr", LOWER),
        ("Limanda 45'i aşkın gemi bekliyor", "tr", LOWER),
        ("ينتظر ما يزيد على 45 سفينة", "ar", LOWER),
        ("В порту ждут свыше сорока пяти судов", "ru", LOWER),
        ("В порту ждут 45 с лишним судов", "ru", LOWER),
    ],
)
def test_a_bound_on_a_number_is_found_with_its_kind(text: str, language: str, bound: str) -> None:
    assert kinds(text, language, "bound") == [f"{bound}:45"]
    assert kinds(text, language, "negation") == []  # "no more than", "не более", "ما لا"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Число погибших выросло до 4 500", "ru"),
        ("Цены снизились до 45 рублей", "ru"),
        ("Рейсы с 10 до 45 минут", "ru"),
        ("The toll rose to 45", "en"),
        ("Ölü sayısı 45'e yükseldi", "tr"),
        ("ارتفع عدد القتلى إلى 45", "ar"),
    ],
)
def test_a_number_reached_by_a_change_or_a_range_has_no_bound(text: str, language: str) -> None:
    assert kinds(text, language, "bound") == []


def test_which_bounds_agree() -> None:
    assert bounds_agree(EXACT, ABOUT) and bounds_agree(ABOUT, NEARLY)
    assert bounds_agree(LOWER, LOWER) and bounds_agree(UPPER, UPPER)
    for a, b in ((EXACT, LOWER), (EXACT, UPPER), (EXACT, NEARLY), (LOWER, UPPER), (ABOUT, LOWER)):
        assert not bounds_agree(a, b)


@pytest.mark.parametrize(
    ("a", "b", "named"),
    [
        ("At least 45 ships wait", "45 ships wait", "bound differs: At least 45 → 45"),
        ("Fewer than 45 ships wait", "More than 45 ships wait", "bound differs"),
        ("The port will hardly reopen", "The port will reopen", "near-negation dropped: hardly"),
        ("The port will hardly reopen", "The port will not reopen", "negated: “not”"),
        ("Liman pek açılmayacak", "Liman açılmayacak", "near-negation dropped: pek"),
    ],
)
def test_the_difference_is_named(a: str, b: str, named: str) -> None:
    diff = claim_differences(a, b)
    assert not diff.agree
    assert named in diff.describe()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("More than 45 ships wait", "Over 45 ships wait"),
        ("At least 45 ships wait", "No fewer than 45 ships wait"),
        ("About 45 ships wait", "45 ships wait"),
        ("Ждут свыше 45 судов", "Ждут более 45 судов"),
        ("تنتظر ما لا يقل عن 45 سفينة", "تنتظر 45 سفينة على الأقل"),
        ("En az 45 gemi bekliyor", "45'ten fazla gemi bekliyor"),
        ("Inspectors rarely visit the plant", "Inspectors seldom visit the plant"),
    ],
)
def test_one_bound_or_near_negation_said_two_ways_agrees(a: str, b: str) -> None:
    diff = claim_differences(a, b)
    assert diff.agree, diff.describe()
