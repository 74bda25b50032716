"""Issue item 5: short files in legacy encodings are read in the encoding whose letters make
words, a doubt is said (not hidden), and the reviewer can give the encoding."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.case import open_case
from db.queries import source_detail
from desktop.cli import main as cli
from desktop.sources.encoding import decide
from desktop.sources.language import guess_language

TURKISH = "Dışişleri Bakanı açıklama yaptı"
RUSSIAN = "Министр иностранных дел заявил на пресс-конференции"
GERMAN = "Der Minister sagte, die Gespräche würden trotzdem fortgesetzt"
ARABIC = "قال الوزير إن المحادثات مستمرة"


@pytest.fixture
def case_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "case.provdesk"
    assert cli(["--case", str(path), "new"]) == 0
    capsys.readouterr()
    return path


def _import(
    capsys: pytest.CaptureFixture[str], case: Path, file: Path, *extra: str
) -> tuple[str, str, str]:
    assert cli(["--case", str(case), "import", str(file), *extra]) == 0
    out, err = capsys.readouterr()
    opened = open_case(case, reviewer="t")
    try:
        with opened.read() as session:
            view, text = source_detail(session, int(out.strip()))
    finally:
        opened.close()
    return text, view.language, err


@pytest.mark.parametrize(
    ("words", "encoding", "language"),
    [
        (TURKISH, "cp1254", "tr"),
        (RUSSIAN, "koi8-r", "ru"),
        (GERMAN, "cp1252", "de"),
        (ARABIC, "cp1256", "ar"),
    ],
)
def test_one_line_legacy_files_are_read_as_written(
    capsys, case_file: Path, tmp_path: Path, words: str, encoding: str, language: str
) -> None:
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(words.encode(encoding))
    text, stored_language, err = _import(capsys, case_file, path)
    assert text == words
    assert stored_language in (language, "")
    assert "check the encoding" not in err


def test_a_doubtful_encoding_is_flagged_and_can_be_given(
    capsys, case_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "one-word.txt"
    path.write_bytes("Привет".encode("cp1251"))
    _text, _language, err = _import(capsys, case_file, path)
    assert "check the encoding" in err and "--encoding" in err
    assert cli(["--case", str(case_file), "source", "show", "1"]) == 0
    assert "check the encoding: read as" in capsys.readouterr().out
    other = tmp_path / "given.txt"
    other.write_bytes("Привет, мир".encode("koi8-r"))
    text, _language, err = _import(capsys, case_file, other, "--encoding", "KOI8_R")
    assert text == "Привет, мир" and "check the encoding" not in err


def test_an_unknown_encoding_name_is_one_line(capsys, case_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"caf\xe9")
    assert cli(["--case", str(case_file), "import", str(path), "--encoding", "klingon"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "'klingon' is not an encoding" in err


def test_mojibake_languages_are_never_stored_for_other_scripts() -> None:
    assert guess_language("Dýþiþleri Bakaný açýklama yaptý " * 2) != "tk"
    assert guess_language(RUSSIAN.encode("koi8-r").decode("cp932", "replace") * 2) != "ja"
    assert decide(TURKISH.encode("cp1254"), "cp1250").encoding in ("cp1254", "iso8859-9")


def test_quotes_in_other_scripts_do_not_change_an_english_texts_language() -> None:
    text = (
        "The Syrian daily al-Watan reported that the Russian foreign minister said at a press "
        f"conference that the talks would go on. {RUSSIAN}. {ARABIC}. The official added "
        "that there were no red lines between the two countries and that talks would resume."
    )
    assert guess_language(text) == "en"
