"""`source proposals` weighs a named origin and the share of numbers on both sides, keeps
common nouns out of the shared names and shows its evidence (newcomer trial, round 9, §2: the
English and Arabic translations of a Kuzey Haber report, which name it — "كوزي خبر" in Arabic —
and share all its numbers, were proposed with a Russian digest that shares most of them, and
المشروع, "the project", was listed as a shared name)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from db.text.proposal_names import NameIndex, OriginFinder, text_names
from desktop.cli import main as cli

DATA = Path(__file__).parents[1] / "data" / "trial10"
FILES = (
    ("ru", "baltika-ru.txt"),
    ("tr", "kuzey-haber-tr.html"),
    ("en", "kuzey-haber-en.txt"),
    ("ar", "kuzey-haber-ar.txt"),
)


def _case(tmp_path: Path, capsys: pytest.CaptureFixture[str], files=FILES) -> tuple[str, dict]:
    case = str(tmp_path / "case.provdesk")
    assert cli(["--case", case, "new"]) == 0
    ids = {}
    for language, name in files:
        capsys.readouterr()
        path = name if isinstance(name, Path) else DATA / name
        assert cli(["--case", case, "import", str(path), "--language", language]) == 0
        ids[language] = capsys.readouterr().out.strip().splitlines()[-1]
    capsys.readouterr()
    return case, ids


def _proposals(case: str, capsys: pytest.CaptureFixture[str]) -> dict[str, list[str]]:
    """Each proposal's first line and evidence lines, by the translation's id."""
    assert cli(["--case", case, "source", "proposals"]) == 0
    out = capsys.readouterr().out
    found: dict[str, list[str]] = {}
    current = ""
    for line in out.splitlines():
        if line.startswith("source "):
            current = line.split()[1]
            found[current] = [line]
        else:
            found[current].append(line.strip())
    return found


def test_the_named_outlet_and_all_numbers_beat_a_digest_sharing_most(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case, ids = _case(tmp_path, capsys)
    found = _proposals(case, capsys)
    english, arabic = found[ids["en"]], found[ids["ar"]]
    link = f"source link {ids['en']} --translation-of {ids['tr']}"
    assert link in english[0], english
    assert f"source link {ids['ar']} --translation-of {ids['tr']}" in arabic[0], arabic
    # the evidence: the named outlet (as the Arabic spells it), the numbers on both sides,
    # what is not shared, the next candidate
    assert "names the original's outlet Kuzey Haber" in english
    assert "names the original's outlet Kuzey Haber (as كوزي خبر)" in arabic
    assert "numbers: 10 of the translation's 10, 10 of the original's 10" in english
    assert any(line.startswith("not shared:") for line in english)
    assert any(
        line.startswith(f"next: source {ids['ru']} (ru): 9 of 10 numbers") for line in english
    )
    # common nouns are no shared names: المشروع ("the project") / Mısır, البيئة / Yapı
    names = arabic[0].split("names (", 1)[1].split(")", 1)[0]
    for common in ("المشروع", "للمشروع", "مشروع", "البيئة"):
        assert common not in names, names
    assert "سامسون" in names and "أيدنلي" in names


def test_without_an_outlet_the_share_of_numbers_decides(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The Turkish original as plain text (no outlet recorded): the Russian digest names Kuzey
    Haber and the same people, but lacks a number and holds others; the original holds all."""
    html = (DATA / "kuzey-haber-tr.html").read_text(encoding="utf-8")
    body = re.sub(r"<[^>]+>", "", html[html.index("<article>") :]).strip()
    plain = tmp_path / "kuzey.txt"
    plain.write_text(body, encoding="utf-8")
    files = (FILES[0], ("tr", plain), FILES[2], FILES[3])
    case, ids = _case(tmp_path, capsys, files)
    found = _proposals(case, capsys)
    for translation in ("en", "ar"):
        first = found[ids[translation]][0]
        assert f"--translation-of {ids['tr']}" in first, first
        assert not any("names the original's" in x for x in found[ids[translation]])


@pytest.mark.parametrize(
    ("text", "language", "named"),
    [
        ("ترجمة: قسم الرصد، نقلاً عن موقع كوزي خبر.", "ar", "كوزي خبر"),
        ("Перевод материала турецкого портала Кузей Хабер.", "ru", "Кузей Хабер"),
        ("Bu haber Kuzey Haber'in sitesinden çevrildi.", "tr", "Kuzey Haber"),
        ("Translated from a Kuzey Haber report.", "en", "Kuzey Haber"),
        ("Translated from a report in the northern press.", "en", ""),
        ("Перевод с турецкого: портал Кузей.", "ru", ""),  # half the name is not the name
    ],
)
def test_a_translation_names_its_original_outlet_in_any_script(
    text: str, language: str, named: str
) -> None:
    assert OriginFinder(text, language).named(("Kuzey Haber",), "tr") == named


@pytest.mark.parametrize(
    ("translation", "language", "original", "of", "shared"),
    [
        # a common noun whose letters fold like a known place's: no shared name
        (
            "وقال الوزير إن المشروع سيكتمل.",
            "ar",
            "Bakan, Mısır'dan gelen heyetle görüştü.",
            "tr",
            [],
        ),
        ("وحذرت البيئة من التلوث.", "ar", "Bakan konuştu. Yapı çeliği pahalı.", "tr", []),
        # the place itself, and a city GeoNames spells in Arabic, with its article
        (
            "وصل الوزير إلى مصر ثم إلى اللاذقية.",
            "ar",
            "Bakan Mısır'a ve Lazkiye'ye gitti.",
            "tr",
            ["اللاذقية"],
        ),
        (
            "Проект одобрили. Министр Мехмет Айдынлы приехал.",
            "ru",
            "Proje onaylandı. Bakan Mehmet Aydınlı geldi.",
            "tr",
            ["Мехмет", "Айдынлы"],
        ),
        ("The project was approved in Egypt.", "en", "Проект одобрен в Египте.", "ru", ["Egypt"]),
    ],
)
def test_common_nouns_are_no_shared_names(
    translation: str, language: str, original: str, of: str, shared: list[str]
) -> None:
    index = NameIndex(text_names(original, of))
    met = [n.word for n in text_names(translation, language) if index.meets(n)]
    assert met == shared
