"""`provdesk-cli align --json` on a place swapped in a translation (any city, no table of our
own) and on a translator's note (its own "added" bead), Arabic, Turkish and Russian against
English."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main


def _align(case: Path, tmp: Path, capsys: pytest.CaptureFixture[str], texts: tuple[str, ...]):
    original, translation, lo, lt = texts
    (tmp / "o.txt").write_text(original, encoding="utf-8")
    (tmp / "t.txt").write_text(translation, encoding="utf-8")

    def ok(*args: object) -> str:
        code = main([str(a) for a in ("--case", case, *args)])
        out, err = capsys.readouterr()
        assert code == 0, err
        return out.strip()

    ok("new")
    o = ok("import", tmp / "o.txt", "--language", lo)
    t = ok("import", tmp / "t.txt", "--language", lt)
    ok("source", "link", t, "--translation-of", o)
    return json.loads(ok("align", t, "--json"))


PLACES = [
    (
        "وصل وفد الهلال الأحمر إلى اللاذقية صباح الأحد. وقال رئيس الوفد إن المساعدات ستوزع خلال أسبوع.",
        "A Red Crescent delegation arrived in {} on Sunday morning. The head of the delegation said "
        "the aid would be handed out within a week.",
        "ar",
        ("Tartus", "Latakia"),
    ),
    (
        "Kızılay heyeti pazar sabahı Trabzon'a ulaştı. Heyet başkanı yardımların bir hafta içinde "
        "dağıtılacağını söyledi.",
        "A Red Crescent delegation arrived in {} on Sunday morning. The head of the delegation said "
        "the aid would be handed out within a week.",
        "tr",
        ("Samsun", "Trabzon"),
    ),
    (
        "Делегация Красного Креста прибыла в Казань в воскресенье утром. Глава делегации сказал, "
        "что помощь раздадут в течение недели.",
        "A Red Cross delegation arrived in {} on Sunday morning. The head of the delegation said "
        "the aid would be handed out within a week.",
        "ru",
        ("Samara", "Kazan"),
    ),
]


@pytest.mark.parametrize("original, translation, language, places", PLACES)
def test_a_place_swapped_in_a_translation_is_a_name_flag_with_its_reason(
    case_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    original: str,
    translation: str,
    language: str,
    places: tuple[str, str],
) -> None:
    swapped, kept = places
    aligned = _align(
        case_path, tmp_path, capsys, (original, translation.format(swapped), language, "en")
    )
    flags = [f for b in aligned["beads"] for f in b["drift"]]
    assert [(f["kind"], f["translation"], f["detail"]) for f in flags] == [
        ("name", swapped, "place-name")
    ]
    assert flags[0]["original"] in original and flags[0]["why"] == "another place"
    assert aligned["summary"] == "1 name differs"

    faithful = tmp_path / "faithful"
    faithful.mkdir()
    aligned = _align(
        faithful / "case.provdesk",
        faithful,
        capsys,
        (original, translation.format(kept), language, "en"),
    )
    assert [f for b in aligned["beads"] for f in b["drift"]] == []


NOTES = [
    (
        "قال وزير النقل إن الميناء سيفتح يوم الاثنين. وأضاف أن السفن المنتظرة في المرسى ستدخل "
        "الميناء تباعا بعد فحصها من قبل سلطات الجمارك والأمن.",
        "Translated from Arabic by the Desk.",
        "ar",
    ),
    (
        "Ulaştırma Bakanı limanın pazartesi açılacağını söyledi. Demirleme alanında bekleyen "
        "gemilerin gümrük ve güvenlik kontrollerinden sonra sırayla limana gireceğini ekledi.",
        "Translation: Ayşe Kaya.",
        "tr",
    ),
    (
        "Министр транспорта заявил, что порт откроется в понедельник. Он добавил, что суда на "
        "рейде будут заходить в порт по одному после проверки таможней и службой безопасности.",
        "This article was translated and edited by the Desk.",
        "ru",
    ),
]


@pytest.mark.parametrize("original, note, language", NOTES)
def test_a_translators_note_is_its_own_added_bead(
    case_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    original: str,
    note: str,
    language: str,
) -> None:
    translation = (
        "The transport minister said the port would reopen on Monday. He added that the ships "
        "waiting at anchor would enter one by one after checks by customs and security. " + note
    )
    aligned = _align(case_path, tmp_path, capsys, (original, translation, language, "en"))
    kinds = [b["kind"] for b in aligned["beads"]]
    assert kinds == ["1-1", "1-1", "added"]
    added = aligned["beads"][-1]
    assert [f["kind"] for f in added["drift"]] == ["added"]
    assert added["drift"][0]["translation"] == note
    assert aligned["summary"] == "1 sentence added"
