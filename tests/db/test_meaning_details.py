"""One word a rewording says more (issue 22): "closed the bridge" / "closed the bridge to
traffic" is the same claim, the word named; an added verb, an object joined by "and", or a word
moved from one role to another is not, in English, Arabic, Turkish and Russian."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from db.text.meaning import SAME, check_pair
from db.text.normalise import search_key
from db.text.similarity import claim_similarity, trigrams
from desktop.cli import main as cli


def check(a: str, b: str, language: str):  # type: ignore[no-untyped-def]
    score = claim_similarity(trigrams(search_key(a)), trigrams(search_key(b)))
    return check_pair(a, b, score, language_a=language, language_b=language)


# (claim, the claim with one detail more, the detail)
DETAIL_ADDED = [
    ("en", "The council closed the old bridge in Riga on Monday.",
     "The council closed the old bridge in Riga to traffic on Monday.", "traffic"),
    ("tr", "Belediye, eski köprüyü pazartesi günü kapattı.",
     "Belediye, eski köprüyü pazartesi günü trafiğe kapattı.", "trafiğe"),
    ("ru", "Мэрия в понедельник закрыла старый мост в Казани.",
     "Мэрия в понедельник закрыла старый мост в Казани для движения.", "движения"),
    ("ar", "أغلقت البلدية الجسر القديم في حمص يوم الاثنين.",
     "أغلقت البلدية الجسر الحديدي القديم في حمص يوم الاثنين.", "الحديدي"),
]  # fmt: skip

# (claim, a claim that says one thing more, the word named)
MORE_THAN_A_DETAIL = [
    # another object joined by "and"
    ("en", "The ministry banned imports of Spanish beef in March.",
     "The ministry banned imports of Spanish beef and lamb in March.", "lamb"),
    ("tr", "Bakanlık, İspanyol sığır etinin ithalatını mart ayında yasakladı.",
     "Bakanlık, İspanyol sığır ve kuzu etinin ithalatını mart ayında yasakladı.", "kuzu"),
    ("ru", "Министерство в марте запретило ввоз испанской говядины.",
     "Министерство в марте запретило ввоз испанской говядины и баранины.", "баранины"),
    ("ar", "حظرت الوزارة استيراد اللحوم الإسبانية في مارس.",
     "حظرت الوزارة استيراد اللحوم والأسماك الإسبانية في مارس.", "والأسماك"),
    # a verb: another predicate
    ("en", "Hackers entered the records of 300 patients in Leeds.",
     "Hackers failed to enter the records of 300 patients in Leeds.", "failed"),
    ("en", "Police questioned 30 fans in Riga on Monday.",
     "Police questioned 30 fans in Riga on Monday and released them.", "released"),
    ("ru", "Полиция в понедельник допросила 30 болельщиков.",
     "Полиция в понедельник допросила и отпустила 30 болельщиков.", "отпустила"),
    ("tr", "Polis, Ankara'da 30 taraftarı sorguladı.",
     "Polis, Ankara'da 30 taraftarı sorguladı, ardından serbest bıraktı.", "bıraktı"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "a", "b", "detail"), DETAIL_ADDED)
def test_one_detail_more_is_the_same_claim_and_is_named(
    language: str, a: str, b: str, detail: str
) -> None:
    result = check(a, b, language)
    assert result.probably_same, result.describe()
    assert result.label == SAME
    assert result.describe() == f"{SAME}: word added: {detail}"
    assert check(b, a, language).describe() == f"{SAME}: word dropped: {detail}"


@pytest.mark.parametrize(("language", "a", "b", "word"), MORE_THAN_A_DETAIL)
def test_more_than_a_detail_differs_and_is_named(language: str, a: str, b: str, word: str) -> None:
    result = check(a, b, language)
    assert not result.probably_same, result.describe()
    assert word in result.describe()


def test_a_word_moved_between_roles_is_no_detail() -> None:
    result = check(
        "Депутат Павел Орлов обвинил мэра Андрея Белова в растрате.",
        "Мэр Андрей Белов обвинил депутата Павла Орлова в растрате.",
        "ru",
    )
    assert not result.probably_same, result.describe()


def test_similar_json_names_the_detail_of_a_same_claim(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    case = tmp_path / "details.provdesk"
    for args in (
        ["new"],
        ["claim", "add", DETAIL_ADDED[0][1]],
        ["claim", "add", DETAIL_ADDED[0][2]],
        ["claim", "add", MORE_THAN_A_DETAIL[4][1]],
        ["claim", "add", MORE_THAN_A_DETAIL[4][2]],
    ):
        assert cli(["--case", str(case), *args]) == 0
    capsys.readouterr()
    for first, same in ((1, True), (3, False)):
        assert cli(["--case", str(case), "similar", str(first), "--json"]) == 0
        found = {s["claim"]: s for s in json.loads(capsys.readouterr().out)["similar"]}
        other = found[first + 1]
        assert other["probably_same"] is same
        assert [d["kind"] for d in other["differences"]] == ["word"]
    assert cli(["--case", str(case), "similar", "1"]) == 0
    assert "probably the same claim: word added: traffic" in capsys.readouterr().out
