"""Numbers stay one left-to-right run in the right-to-left lines of the Arabic PDF report: "12 000"
is not split at its space and drawn "000 12", a range is not turned round, in the drift flags,
the quotes, the claim's text and the report's own words — read back by pypdf (the glyphs) and
by poppler's pdftotext (the ActualText), as the HTML report's isolates keep them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest
from hypothesis import given
from hypothesis import strategies as st

from db import operations as ops
from db.case import Case
from db.text.direction import NUMBER, isolate_ltr_runs
from desktop.reports import pdf
from desktop.reports.pdf_text import visual_order
from desktop.reports.words import report_words

from .helpers import make_report

# our own words: a Russian report of a building site, its Turkish translation drops a zero
ORIGINAL = "Как сообщил директор, на стройке работают 12 000 человек. Смена длится восемь часов."
TRANSLATION = "Müdüre göre inşaatta 1.200 kişi çalışıyor. Vardiya sekiz saat sürüyor."
QUOTE = "Müdüre göre inşaatta 1.200 kişi çalışıyor."

FORMS = {
    # how a number may be written: (in the claim, as each reader gives it back)
    "space": "12 000",
    "comma": "12,000",
    "full stop": "1.200",
    "no-break space": "13\u00a0500",
    "narrow no-break space": "14\u202f700",
    "percent": "45%",
    "currency": "$16 800",
    "date": "03.12.2026",
    "range": "12–15",
    "negative": "-7",
}
ARABIC_INDIC = "١٢ ٠٠٠"
CLAIM = (
    "قال المدير إن 12 000 عامل يعملون في الموقع، أي 12,000 عامل أو 1.200 في رواية أخرى، "
    "و13\u00a0500 زائر و14\u202f700 طن، بنسبة 45% وبكلفة $16 800 منذ 03.12.2026، "
    "من 12–15 ساعة يوميًا، والحرارة -7 درجات، وفي الأرقام العربية ١٢ ٠٠٠ عامل"
)


@pytest.fixture(scope="module")
def arabic_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from db.case import open_case

    folder = tmp_path_factory.mktemp("numbers")
    case = open_case(folder / "numbers.provdesk", reviewer="Test Reviewer", create=True)
    try:
        _fill(case)
        data = pdf.render(make_report(case), words=report_words("ar"))
    finally:
        case.close()
    path = folder / "numbers.pdf"
    path.write_bytes(data)
    return path


def _fill(case: Case) -> None:
    with case.change() as uow:
        original = ops.add_source(
            uow, title="Стройка", outlet="Вести", language="ru", text=ORIGINAL
        )
        translation = ops.add_source(
            uow, title="İnşaat", outlet="Haber", language="tr", text=TRANSLATION
        )
        ops.link_translation(uow, translation, original)
        claim = ops.add_claim(uow, CLAIM)
        actor = ops.find_or_add_actor(uow, "Haber", "outlet")
        ops.add_hop(
            uow, claim, actor_id=actor, relation="translated", source_id=translation, quote=QUOTE
        )
        ops.add_hop(
            uow,
            claim,
            actor_id=ops.find_or_add_actor(uow, "الوطن", "outlet"),
            relation="quoted",
            quote="وقال المدير إن 12 000 عامل يعملون من 12–15 ساعة",
        )


def _pypdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(path)
    return "\n".join(page.extract_text() for page in reader.pages)


def _poppler_text(path: Path) -> str:
    assert shutil.which("pdftotext"), "poppler-utils is not installed"
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_drift_flag_keeps_a_space_grouped_number_whole(arabic_report: Path) -> None:
    """The new user's line: "number differs: 12 000 → 1.200", not "000 12"."""
    for text in (_pypdf_text(arabic_report), _poppler_text(arabic_report)):
        flag = next(line for line in text.splitlines() if "العدد مختلف" in line)
        assert "12 000" in flag and "1.200" in flag, flag
        assert "000 12" not in text
        assert "\u2066" not in text and "\u202d" not in text  # the marks draw nothing


@pytest.mark.parametrize("form", FORMS)
def test_every_written_form_reads_in_its_order(arabic_report: Path, form: str) -> None:
    """Both readers give a no-break space back as a space. pypdf keeps a sign drawn before a
    number ($, -) with the right-to-left words before it (its own guess for neutral signs), so
    it is asked for the digits; poppler for the whole number."""
    number = " ".join(FORMS[form].replace("\u202f", " ").split())
    pypdf_text = " ".join(_pypdf_text(arabic_report).replace("\u202f", " ").split())
    poppler_text = " ".join(_poppler_text(arabic_report).replace("\u202f", " ").split())
    assert number.lstrip("$-") in pypdf_text, f"pypdf: {number!r} not read in its order"
    assert number in poppler_text, f"pdftotext: {number!r} not read in its order"


def test_arabic_indic_digits_stay_in_their_order_for_poppler(arabic_report: Path) -> None:
    """pypdf reverses every character of the Arabic block (its digits too) whatever the order
    they are drawn in; poppler reads the ActualText, in the drawn order."""
    assert ARABIC_INDIC in _poppler_text(arabic_report)
    assert "٠٠٠ ١٢" not in _poppler_text(arabic_report)


def test_the_quote_and_the_report_words_keep_their_numbers(arabic_report: Path) -> None:
    text = _poppler_text(arabic_report)
    assert "15–12" not in text
    assert "وقال المدير إن" in text


@pytest.mark.parametrize(
    ("text", "drawn"),
    [
        ("يعمل 12 000 شخص", "صخش 12 000 لمعي"),
        ("بين 12–15 ساعة", "ةعاس 12–15 نيب"),
        ("و ١٢ ٠٠٠ عامل", "لماع ١٢ ٠٠٠ و"),
        ("بكلفة $16 800 فقط", "طقف $16 800 ةفلكب"),
        ("في COVID-19 اليوم", "مويلا COVID-19 يف"),
        ("المصدر #1، ru", "ru ،#1 ردصملا"),
    ],
)
def test_a_number_is_drawn_left_to_right_in_a_right_to_left_line(text: str, drawn: str) -> None:
    assert visual_order(isolate_ltr_runs(text)) == drawn


def test_separate_numbers_are_not_joined() -> None:
    """A year beside a day is two numbers; a space groups only three digits."""
    assert [m.group() for m in NUMBER.finditer("في 2025 12 يوما")] == ["2025", "12"]


@given(
    st.integers(min_value=1000, max_value=10**9),
    st.sampled_from([" ", ",", ".", "\u00a0", "\u202f"]),
)
def test_any_grouped_number_is_one_run(value: int, separator: str) -> None:
    number = f"{value:,}".replace(",", separator)
    line = f"بلغ العدد {number} شخصا"
    assert number in visual_order(isolate_ltr_runs(line))
