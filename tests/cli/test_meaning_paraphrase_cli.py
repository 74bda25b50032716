"""`similar --json` on paraphrase by kind (issue 22, round 10), in the four languages: a
converse predicate with its parties swapped ("sold … to" / "bought … from"), a support verb
("carried out a search" / "searched"), a future said with تم, and a sentence's first word
that is a synonym, not a name, are "probably the same"; the converse without the swap, a verb
with another particle ("put out" / "put up"), another verb beside a support verb's noun, and
a word replaced in its place ("minister" / "spokesman", "largest" / "smallest") differ, with
both words named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main as cli

# (claim, the other claim, None when "probably the same", else the words named)
PAIRS = [
    ("Norland sold 12 patrol boats to Vesta in 2023.",
     "In 2023 Vesta bought 12 patrol boats from Norland.", None),
    ("Norland sold 12 patrol boats to Vesta in 2023.",
     "Norland bought 12 patrol boats from Vesta in 2023.", "sold → bought"),
    ("The Karun plant supplies 30 percent of the city's water.",
     "Thirty percent of the city's water comes from the Karun plant.", None),
    ("باعت الجزائر 12 زورق دورية إلى تونس عام 2023.",
     "اشترت تونس 12 زورق دورية من الجزائر عام 2023.", None),
    ("باعت الجزائر 12 زورق دورية إلى تونس عام 2023.",
     "اشترت الجزائر 12 زورق دورية من تونس عام 2023.", "باعت → اشترت"),
    ("Türkiye 2023'te Pakistan'a 12 devriye botu sattı.",
     "Pakistan 2023'te Türkiye'den 12 devriye botu satın aldı.", None),
    ("Türkiye 2023'te Pakistan'a 12 devriye botu sattı.",
     "Türkiye 2023'te Pakistan'dan 12 devriye botu satın aldı.", "sattı"),
    ("Yemen, Umman'dan 200 ton yardım aldı.", "Umman, Yemen'e 200 ton yardım gönderdi.", None),
    ("В 2023 году Индия продала Вьетнаму 12 патрульных катеров.",
     "В 2023 году Вьетнам купил у Индии 12 патрульных катеров.", None),
    ("В 2023 году Индия продала Вьетнаму 12 патрульных катеров.",
     "В 2023 году Индия купила у Вьетнама 12 патрульных катеров.", "продала → купила"),
    ("Сирия получила 200 тонн помощи от Ирана.", "Иран отправил Сирии 200 тонн помощи.", None),
    ("Police carried out a search of the offices of the Daily Tribune on Monday.",
     "Police searched the offices of the Daily Tribune on Monday.", None),
    ("Parliament held a vote on the bill on 4 May.",
     "Parliament postponed a vote on the bill on 4 May.", "held → postponed"),
    ("قامت الشرطة بتفتيش مكاتب صحيفة الفجر يوم الاثنين.",
     "فتشت الشرطة مكاتب صحيفة الفجر يوم الاثنين.", None),
    ("Полиция в понедельник провела обыск в редакции газеты «Вечер».",
     "Полиция в понедельник обыскала редакцию газеты «Вечер».", None),
    ("Парламент 4 мая провёл голосование по законопроекту.",
     "Парламент 4 мая отложил голосование по законопроекту.", "провёл → отложил"),
    ("سيتم إغلاق المعبر يوم الاثنين.", "سيغلق المعبر يوم الاثنين.", None),
    ("Unemployment climbed to 9 percent in June.", "Joblessness rose to 9 percent in June.", None),
    ("The bank paid back 2 million dollars on Monday.",
     "The bank paid out 2 million dollars on Monday.", "paid back → paid out"),
    ("Firefighters put out 3 fires on Sunday.", "Firefighters put up 3 fires on Sunday.",
     "put out → put up"),
    ("Lake Tana is the largest lake in Ethiopia.", "Lake Tana is the smallest lake in Ethiopia.",
     "largest → smallest"),
    ("بحيرة تانا أكبر بحيرة في إثيوبيا.", "بحيرة تانا أصغر بحيرة في إثيوبيا.", "أكبر → أصغر"),
    ("Van Gölü Türkiye'nin en büyük gölüdür.", "Van Gölü Türkiye'nin en küçük gölüdür.",
     "büyük → küçük"),
    ("Байкал — самое глубокое озеро России.", "Байкал — самое мелкое озеро России.",
     "глубокое → мелкое"),
    ("The minister said the crossing will close on Monday.",
     "The spokesman said the crossing will close on Monday.", "minister → spokesman"),
    ("قال الوزير إن المعبر سيغلق يوم الاثنين.", "قال المتحدث إن المعبر سيغلق يوم الاثنين.",
     "الوزير → المتحدث"),
]  # fmt: skip


def run(capsys: pytest.CaptureFixture[str], case: Path, *args: str) -> str:
    code = cli(["--case", str(case), *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_similar_keeps_paraphrases_the_same_and_names_both_words_that_differ(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    case = tmp_path / "paraphrase.provdesk"
    run(capsys, case, "new")
    for first, second, _ in PAIRS:
        run(capsys, case, "claim", "add", first)
        run(capsys, case, "claim", "add", second)
    for at, (first, second, named) in enumerate(PAIRS):
        claim = 2 * at + 1
        found = {
            s["claim"]: s
            for s in json.loads(run(capsys, case, "similar", str(claim), "--json"))["similar"]
        }
        assert claim + 1 in found, (first, second, "not listed")
        other = found[claim + 1]
        if named is None:
            assert other["probably_same"] is True, (first, second, other["differences"])
            continue
        assert other["probably_same"] is False, (first, second)
        assert other["label"] == "close wording, different facts", other
        described = [d["describe"] for d in other["differences"]]
        assert any(named in d for d in described), (named, described)
