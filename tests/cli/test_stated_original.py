"""`source proposals` prefers an original in the language the translation says it was made
from, and a language's name ("Arapçadan", "Arabic") is no shared name (newcomer trial, round 8,
item 7: a Turkish translation "from Arabic" was proposed as the English note's translation)."""

from __future__ import annotations

from pathlib import Path

from desktop.cli import main as cli

ARABIC = (
    "قال وزير النقل أحمد الخطيب إن ميناء اللاذقية سيعيد فتح أبوابه يوم الاثنين. "
    "وأضاف أن 45 سفينة تنتظر في المياه الإقليمية وأن أعمال الصيانة أنجزت بنسبة 90 في المئة. "
    "ولم يحدد الوزير موعد عودة رحلات الركاب إلى الميناء بعد."
)
ENGLISH = (
    "Desk note on the Latakia story. Ahmed Khatib, the transport minister, spoke on Saturday. "
    "We counted 45 ships in the Arabic reports and work at 90 percent. The note was written "
    "for the English desk and is not a translation of any statement."
)
TURKISH = (
    "Ulaştırma Bakanı Ahmed el-Hatib, Lazkiye Limanı'nın pazartesi günü yeniden açılacağını "
    "söyledi. Bakan, karasularında 45 geminin beklediğini ve bakım çalışmalarının yüzde 90 "
    "oranında tamamlandığını belirtti. Yolcu seferlerinin ne zaman başlayacağı açıklanmadı. "
    "Bu haber Arapçadan çeviri yapılarak hazırlanmıştır."
)


def test_the_original_in_the_stated_language_is_proposed(tmp_path: Path, capsys) -> None:
    case = str(tmp_path / "case.provdesk")
    assert cli(["--case", case, "new"]) == 0
    ids = {}
    for name, text, language in (
        ("ar", ARABIC, "ar"),
        ("en", ENGLISH, "en"),
        ("tr", TURKISH, "tr"),
    ):
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        capsys.readouterr()
        assert cli(["--case", case, "import", str(path), "--language", language]) == 0
        ids[name] = capsys.readouterr().out.strip().splitlines()[-1]
    assert cli(["--case", case, "source", "proposals"]) == 0
    out = capsys.readouterr().out
    assert f"source link {ids['tr']} --translation-of {ids['ar']}" in out, out
    assert "Arapçadan" not in out.split("çeviri", 1)[-1].split("provdesk-cli")[0]
