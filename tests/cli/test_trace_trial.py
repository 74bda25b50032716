"""`trace` shows the passage with the number it is about, its printed offsets slice the stored
text to the printed text, and an original comes before its translations, which are never the
first appearance of a claim whose original is in the case (newcomer trial, round 9, §7 and
§14)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import operations as ops
from db.case import Case, open_case
from db.models import Source
from desktop.cli import main as cli

DATA = Path(__file__).parents[1] / "data" / "trial10"
LINE = re.compile(r"^(FIRST| {5}) (.{10}) #(\d+)\s+\S+\s+(\d+)–(\d+)(?: p\.\d+)?\s")
TEXT_COLUMN = 75  # mark, date, id, similarity or language, offsets, name: fixed widths


def _lines(out: str) -> list[tuple[bool, int, int, int, str]]:
    """(first, source, start, end, text) of each printed passage."""
    found = []
    for line in out.splitlines():
        m = LINE.match(line)
        if m:
            found.append((m[1] == "FIRST", int(m[3]), int(m[4]), int(m[5]), line[TEXT_COLUMN:]))
    return found


def _stored(case: Case, source: int) -> str:
    with case.read() as session:
        found = session.get(Source, source)
        assert found is not None
        return found.text


def _shown(text: str) -> str:
    return "".join(" " if c.isspace() else c for c in text)


def _digits(text: str) -> set[str]:
    from db.text.anchor_numbers import ascii_digits

    return {re.sub(r"\D", "", m) for m in re.findall(r"\d[\d ., ]*\d|\d", ascii_digits(text))}


# -- §14: the original first -------------------------------------------------------------


def _kuzey_case(tmp_path: Path) -> tuple[Case, dict[str, int]]:
    case = open_case(tmp_path / "kuzey.provdesk", reviewer="Test Reviewer", create=True)
    html = (DATA / "kuzey-haber-tr.html").read_text(encoding="utf-8")
    turkish = re.sub(r"<[^>]+>", "\n", html[html.index("<article>") :]).strip()
    with case.change() as uow:
        ids = {
            "tr": ops.add_source(
                uow,
                title="Kuzey Haber",
                outlet="Kuzey Haber",
                language="tr",
                published_on="2026-12-01",
                text=re.sub(r"\n\s*\n+", "\n\n", turkish),
            ),
            # the translations dated the day before the original: the link says which is first
            "en": ops.add_source(
                uow,
                title="Digest",
                language="en",
                published_on="2026-11-30",
                text=(DATA / "kuzey-haber-en.txt").read_text(encoding="utf-8"),
            ),
            "ar": ops.add_source(
                uow,
                title="النشرة",
                language="ar",
                direction="rtl",
                published_on="2026-11-30",
                text=(DATA / "kuzey-haber-ar.txt").read_text(encoding="utf-8"),
            ),
        }
        ops.link_translation(uow, ids["en"], ids["tr"])
        ops.link_translation(uow, ids["ar"], ids["tr"])
    return case, ids


@pytest.mark.parametrize(
    ("language", "quote"),
    [
        ("en", "Aydınlı said the total cost of the project is 4.2 billion lira"),
        ("ar", "وقال أيدنلي إن الكلفة الإجمالية للمشروع تبلغ 4.2 مليار ليرة"),
    ],
)
def test_trace_hop_puts_the_original_before_its_translation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str, quote: str
) -> None:
    case, ids = _kuzey_case(tmp_path)
    with case.change() as uow:
        claim = ops.add_claim(uow, "The Samsun renewal costs 4.2 billion lira")
        actor = ops.find_or_add_actor(uow, "Monitoring desk", "outlet")
        hop = ops.add_hop(
            uow, claim, actor_id=actor, relation="translated", source_id=ids[language], quote=quote
        )
    path = str(tmp_path / "kuzey.provdesk")
    capsys.readouterr()
    assert cli(["--case", path, "trace", "--hop", str(hop)]) == 0
    lines = _lines(capsys.readouterr().out)
    order = [source for _first, source, *_rest in lines]
    assert order.index(ids["tr"]) < order.index(ids[language]), lines
    assert [source for first, source, *_rest in lines if first] == [ids["tr"]]
    assert cli(["--case", path, "trace", "--hop", str(hop), "--json"]) == 0
    found = json.loads(capsys.readouterr().out)["appearances"]
    assert [a["source"] for a in found if a["first_appearance"]] == [ids["tr"]]
    case.close()


def test_a_translation_is_never_first_when_its_original_is_in_the_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The English translation carries the words; its original is linked, and the trace of a
    text only the translation words so is reached through the alignment: the original first."""
    case, ids = _kuzey_case(tmp_path)
    path = str(tmp_path / "kuzey.provdesk")
    capsys.readouterr()
    text = "The opposition warned that the cost could exceed 6 billion lira"
    assert cli(["--case", path, "trace", "--text", text]) == 0
    lines = _lines(capsys.readouterr().out)
    assert lines[0][:2] == (True, ids["tr"]), lines
    assert not any(first for first, source, *_rest in lines if source != ids["tr"])
    case.close()


# -- §7: the passage holds its number, the offsets slice to the printed text ----------------


@pytest.mark.parametrize(
    ("language", "source", "claim"),
    [
        (
            "ar",
            "قالت الوزارة إن العمل بدأ. وأكد الوزير أن عدد المساكن المجددة في المدينة سيبلغ ١٢٥٠٠. "
            "وانتهى المؤتمر.",
            "وأكد الوزير أن عدد المساكن المجددة في المدينة سيبلغ 12500",
        ),
        (
            "en",
            "The ministry said work had begun. The minister confirmed that the number of "
            "renewed homes in the city will reach 12500. The conference ended.",
            "The minister confirmed that the number of renewed homes in the city will reach 12,500",
        ),
        (
            "tr",
            "Bakanlık çalışmaların başladığını söyledi. Bakan, şehirde yenilenecek konut "
            "sayısının 12500 olacağını doğruladı ve toplam bütçenin 4200000000 lira olduğunu "
            "açıkladı. Toplantı sona erdi.",
            "Bakan, şehirde yenilenecek konut sayısının 12.500 olacağını doğruladı",
        ),
        (
            "ru",
            "Министерство сообщило о начале работ. Министр подтвердил, что число обновлённых "
            "квартир в городе достигнет 12500. Пресс-конференция завершилась.",
            "Министр подтвердил, что число обновлённых квартир в городе достигнет 12 500",
        ),
    ],
)
def test_trace_claim_shows_the_number_it_names_at_the_printed_offsets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str, source: str, claim: str
) -> None:
    case = open_case(tmp_path / "n.provdesk", reviewer="Test Reviewer", create=True)
    with case.change() as uow:
        source_id = ops.add_source(uow, title="Source", language=language, text=source)
        claim_id = ops.add_claim(uow, claim)
    capsys.readouterr()
    assert cli(["--case", str(tmp_path / "n.provdesk"), "trace", "--claim", str(claim_id)]) == 0
    lines = _lines(capsys.readouterr().out)
    (_first, found, start, end, text), *_ = lines
    assert found == source_id
    assert _shown(_stored(case, source_id)[start:end]) == text
    assert "12500" in _digits(text), text
    case.close()


_SENTENCES = {
    "en": "The minister said that {n} homes in the northern districts will be renewed by spring",
    "tr": "Bakan, kuzey mahallelerinde {n} konutun bahara kadar yenileneceğini söyledi",
    "ru": "Министр сообщил, что {n} квартир в северных районах обновят к весне",
    "ar": "وقال الوزير إن {n} مسكن في الأحياء الشمالية سيتم تجديدها قبل الربيع",
}
_FILLER = {
    "en": "Officials met on Monday. The weather was cold.",
    "tr": "Yetkililer pazartesi bir araya geldi. Hava soğuktu.",
    "ru": "Чиновники встретились в понедельник. Было холодно.",
    "ar": "اجتمع المسؤولون يوم الاثنين. كان الطقس باردا.",
}
_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _written(n: int, way: int) -> str:
    plain = str(n)
    grouped = f"{n:,}"
    return [
        plain,
        grouped,
        grouped.replace(",", " "),
        grouped.replace(",", "."),
        grouped.replace(",", "\u00a0"),
        plain.translate(_INDIC),
    ][way]


@pytest.fixture(scope="module")
def number_case(tmp_path_factory: pytest.TempPathFactory) -> tuple[Case, str]:
    path = tmp_path_factory.mktemp("trace") / "numbers.provdesk"
    case = open_case(path, reviewer="Test Reviewer", create=True)
    yield case, str(path)
    case.close()


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    language=st.sampled_from(sorted(_SENTENCES)),
    n=st.integers(min_value=1000, max_value=999_999),
    source_way=st.integers(min_value=0, max_value=5),
    claim_way=st.integers(min_value=0, max_value=5),
    at_end=st.booleans(),
    lines=st.sampled_from([" ", "\n", "\n\n"]),
)
def test_printed_offsets_slice_to_the_printed_text(
    number_case: tuple[Case, str],
    capsys: pytest.CaptureFixture[str],
    language: str,
    n: int,
    source_way: int,
    claim_way: int,
    at_end: bool,
    lines: str,
) -> None:
    """Whatever the grouping and digits of the number on either side, where it stands and how
    the lines run: every printed passage is the stored text at its printed offsets, and the
    claim's own passage holds its number."""
    case, path = number_case
    sentence = _SENTENCES[language]
    if at_end:  # the number last, where the passage used to be cut before it
        sentence = sentence.replace(" {n}", "") + " {n}"
    filler = _FILLER[language]
    text = f"{filler}{lines}{sentence.format(n=_written(n, source_way))}.{lines}{filler}"
    with case.change() as uow:
        source_id = ops.add_source(uow, title="Source", language=language, text=text)
        claim_id = ops.add_claim(uow, sentence.format(n=_written(n, claim_way)))
    capsys.readouterr()
    assert cli(["--case", path, "trace", "--claim", str(claim_id)]) == 0
    printed = _lines(capsys.readouterr().out)
    assert printed
    for _first, source, start, end, shown in printed:
        assert _shown(_stored(case, source)[start:end]) == shown
    own = [shown for _f, source, _s, _e, shown in printed if source == source_id]
    assert own and str(n) in _digits(own[0]), (text, own)
