"""`similar --json` on numbers whose separators the claim's language reads (trial §13): in
Turkish and Russian "1.500" is fifteen hundred and "1,5" one and a half, in English "1.500" is
1.5, and where the language does not say (Arabic with Western digits) "1.500" is never the same
as "1,5"; and on hours with a.m./p.m. ("9 a.m." / "9 p.m.", "утра"/"вечера", "sabah"/"akşam",
"صباحا"/"مساء", "ص"/"م" after "الساعة"). The same value written two ways stays the same."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main as cli

# (claim, the other claim, words the difference names; or None: the same claim)
PAIRS = [
    ("Suriye'ye 1.500 ton yardım gönderildi", "Suriye'ye 1,5 ton yardım gönderildi",
     "1.500 → 1,5"),
    ("Sınırdan 1.200 tır yardım geçti", "Sınırdan 1,2 tır yardım geçti", "1.200 → 1,2"),
    ("В Сирию отправили 1.500 тонн помощи", "В Сирию отправили 1,5 тонн помощи", "1.500 → 1,5"),
    ("1.500 tons of aid were sent to Syria", "1,500 tons of aid were sent to Syria",
     "1.500 → 1,500"),
    ("أرسلت 1.500 طن من المساعدات إلى سوريا", "أرسلت 1,5 طن من المساعدات إلى سوريا",
     "1.500 → 1,5"),
    ("The strike began at 9 a.m.", "The strike began at 9 p.m.", "time differs: 9 a.m. → 9 p.m."),
    ("Удар начался в 9 утра", "Удар начался в 9 вечера", "9 утра → 9 вечера"),
    ("Saldırı sabah 9'da başladı", "Saldırı akşam 9'da başladı", "sabah 9 → akşam 9"),
    ("بدأت الضربة في الساعة 9 صباحا", "بدأت الضربة في الساعة 9 مساء", "9 صباحا → 9 مساء"),
    ("بدأت الضربة في الساعة 9 ص", "بدأت الضربة في الساعة 9 م", "9 ص → 9 م"),
    ("Suriye'ye 1.500 ton yardım gönderildi", "Suriye'ye 1500 ton yardım gönderildi", None),
    ("В Сирию отправили 1 200 тонн помощи", "В Сирию отправили 1200 тонн помощи", None),
    ("Enflasyon yüzde 3,5 oldu", "Enflasyon yüzde 3.5 oldu", None),
    ("بلغ التضخم 3,5 بالمئة في سوريا", "بلغ التضخم 3.5 بالمئة في سوريا", None),
    ("أرسلت 1,500 طن من المساعدات إلى سوريا", "أرسلت 1500 طن من المساعدات إلى سوريا", None),
    ("The strike began at 9 a.m.", "The strike started at 9 a.m.", None),
    ("Enflasyon yüzde 3,5 oldu", "Enflasyon yüzde 35 oldu", "yüzde 3,5 → yüzde 35"),
]  # fmt: skip


def run(capsys: pytest.CaptureFixture[str], case: Path, *args: str) -> str:
    code = cli(["--case", str(case), *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


@pytest.mark.parametrize(("first", "second", "named"), PAIRS)
def test_similar_reads_numbers_and_hours_by_the_claims_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, first: str, second: str, named: str | None
) -> None:
    case = tmp_path / "numbers.provdesk"
    run(capsys, case, "new")
    run(capsys, case, "claim", "add", first)
    run(capsys, case, "claim", "add", second)
    found = {
        s["claim"]: s for s in json.loads(run(capsys, case, "similar", "1", "--json"))["similar"]
    }
    if named is None:
        assert found[2]["probably_same"] is True, found
        assert found[2]["differences"] == [], found
        return
    other = found.get(2)
    assert other is None or other["probably_same"] is False, (first, second, other)
    if other is not None:
        assert any(named in d["describe"] for d in other["differences"]), other["differences"]
