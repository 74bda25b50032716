"""A source's language is guessed among the languages a desk reads, and not at all when the
model is unsure or the text mixes scripts: a wrong guess would flow into quotes' language,
reports and ClaimReview's inLanguage."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.case import open_case
from db.queries import source_detail
from desktop.cli import main as cli
from desktop.sources.language import DESK_LANGUAGES, candidates, guess_language

from .pdfgen import unicode_pdf

TURKISH = (
    "Dışişleri Bakanı dün yaptığı açıklamada görüşmelerin önümüzdeki hafta Cenevre'de "
    "süreceğini söyledi ve yeni tur için bir tarih verdi."
)
RUSSIAN = (
    "Министр иностранных дел заявил на пресс-конференции, что переговоры продолжатся "
    "на следующей неделе в Женеве, и назвал дату нового раунда."
)
HOSTILE = (
    "asdkjh qwpoeiru zxcmvn lkjhg poiuy mnbvc qwerty asdfgh zxcvbn "
    "<script>alert(1)</script> %s%s%n ../../etc/passwd \u202e\u200b"
)


def _stored_language(tmp_path: Path, capsys: pytest.CaptureFixture[str], file: Path) -> str:
    case = tmp_path / "case.provdesk"
    assert cli(["--case", str(case), "new"]) == 0
    capsys.readouterr()
    assert cli(["--case", str(case), "import", str(file)]) == 0
    out, _err = capsys.readouterr()
    opened = open_case(case, reviewer="t")
    try:
        with opened.read() as session:
            view, _text = source_detail(session, int(out.strip().split()[-1]))
    finally:
        opened.close()
    return view.language


def test_a_pdf_in_turkish_and_russian_gets_no_guess_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "iki-dil.pdf"
    pdf.write_bytes(unicode_pdf([f"{TURKISH}\n{RUSSIAN}\n{TURKISH}\n{RUSSIAN}"]))
    assert _stored_language(tmp_path, capsys, pdf) in ("", "und")
    assert cli(["--case", str(tmp_path / "case.provdesk"), "source", "show", "1"]) == 0
    shown = next(line for line in capsys.readouterr().out.splitlines() if "language" in line)
    assert "not guessed" in shown and "source edit 1 --language TAG" in shown
    assert "crh" not in shown


def test_how_a_file_is_decoded_does_not_depend_on_the_languages_guessed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.sources.encoding import decide

    # A Turkish line in cp1254 whose bytes also decode as cp1252 (ı ş ğ become ý þ ð).
    data = "Dışişleri Bakanı: müzakerelerde kırmızı çizgi yok".encode("cp1254")
    before = decide(data, None)
    for languages in ("tr ru", "en", "is fo"):
        monkeypatch.setenv("PROVDESK_SOURCE_LANGUAGES", languages)
        assert decide(data, None) == before


def test_hostile_text_gets_no_guess(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "hostile.txt"
    text.write_text(HOSTILE * 3, encoding="utf-8")
    assert _stored_language(tmp_path, capsys, text) in ("", "und")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (TURKISH, "tr"),
        (RUSSIAN, "ru"),
        ("The minister said on Monday that the talks would continue next week.", "en"),
        ("قال الوزير إن المحادثات مستمرة وإن الجولة المقبلة ستعقد الأسبوع القادم", "ar"),
        ("وزیر امور خارجه گفت که گفتگوها هفته آینده در ژنو ادامه خواهد یافت", "fa"),
        ("השר אמר ביום שני שהשיחות יימשכו בשבוע הבא בז'נבה", "he"),
        (
            "Le ministre a déclaré lundi que les discussions reprendraient la semaine prochaine.",
            "fr",
        ),
        ("Der Minister sagte, die Gespräche würden nächste Woche fortgesetzt.", "de"),
        ("El ministro dijo el lunes que las conversaciones seguirán la próxima semana.", "es"),
    ],
)
def test_a_desks_languages_are_still_told_apart(text: str, language: str) -> None:
    assert guess_language(text) == language


def test_the_languages_a_guess_may_name_are_configurable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert {"en", "ar", "tr", "ru", "fa", "he", "fr", "de", "es"} <= set(DESK_LANGUAGES)
    assert candidates({"PROVDESK_SOURCE_LANGUAGES": "tr, ru"}) == ("tr", "ru")
    monkeypatch.setenv("PROVDESK_SOURCE_LANGUAGES", "en de")
    assert guess_language(TURKISH) != "tr"
    assert guess_language(TURKISH) in ("", "en", "de")
