"""provdesk-cli attributions / suggest, as a script would use them: real processes, real case
files, JSON shapes, exit codes and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "attribution"
DIGEST = DATA / "digest-2024-03-07.txt"


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def ok(*args: str | Path) -> str:
    result = cli(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def fails(*args: str | Path) -> str:
    result = cli(*args)
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("provdesk-cli: error: "), result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_attributions_of_a_file_as_json_with_offsets_into_the_file(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    # a byte-order mark and CRLF line ends stay: offsets count them, as Python reads the file
    text = (
        "\ufeffThe newspaper quoted a senior diplomat as saying that the talks had failed.\r\n"
        "“We will not accept conditions,” the spokesman said.\r\n"
    )
    path.write_bytes(text.encode("utf-8"))
    items = json.loads(ok("attributions", path, "--json", "--language", "en"))
    read = path.read_bytes().decode("utf-8")
    assert read == text
    assert [i["cue_text"] for i in items] == ["quoted", "as saying", "said"]
    outer, inner, said = items
    assert inner["parent"] == 0 and outer["parent"] is None and said["parent"] is None
    for item in items:
        assert set(item) >= {"source", "cue", "content", "parent", "actor"}
        for role in ("source", "cue", "content"):
            assert item[f"{role}_text"] == " … ".join(read[s:e] for s, e in item[role])
    assert [read[s:e] for s, e in said["content"]] == ["“We will not accept conditions,”"]
    assert said["actor"] == "the spokesman"


def test_attributions_text_output_and_language_guess(tmp_path: Path) -> None:
    path = tmp_path / "ar.txt"
    path.write_text("قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل.", "utf-8")
    out = ok("attributions", path)
    assert "#0 وزير الخارجية — قال — إن المحادثات ستستأنف الأسبوع المقبل" in out


def test_attributions_and_suggestions_of_a_stored_source(tmp_path: Path) -> None:
    case = tmp_path / "c.provdesk"
    ok("--case", case, "new")
    ok("--case", case, "demo")
    source = ok("--case", case, "import", DIGEST, "--language", "en").strip()
    items = json.loads(ok("--case", case, "attributions", "--source", source, "--json"))
    assert any(i["cue_text"] == "as saying" and i["actor"].endswith("Sergey Lavrov") for i in items)

    suggestions = json.loads(ok("--case", case, "suggest", "--source", source, "--json"))
    red = next(s for s in suggestions if "no red lines" in s["wording"])
    assert red["chain"] == (
        "BBC Türkçe → Turkish security official (unnamed) → al-Watan → The Syrian Observer"
    )
    assert [h["direction_doubtful"] for h in red["hops"]] == [False, True, False, False]

    listing = ok("--case", case, "suggest", "--source", source)
    assert f"{red['number']}. There are no red lines" in listing
    assert "direction doubtful" in listing

    claim = ok("--case", case, "suggest", "--source", source, "--accept", str(red["number"]))
    shown = json.loads(ok("--case", case, "show", claim.strip(), "--json"))
    text = json.dumps(shown, ensure_ascii=False)
    assert "There are no red lines and no preconditions on the table." in text
    hops = shown["hops"] if "hops" in shown else shown["claim"]["hops"]
    assert [h["actor_name"] for h in hops] == [
        "BBC Türkçe",
        "Turkish security official (unnamed)",
        "al-Watan",
        "The Syrian Observer",
    ]


def test_mistakes_give_one_line(tmp_path: Path) -> None:
    case = tmp_path / "c.provdesk"
    ok("--case", case, "new")
    plain = tmp_path / "plain.txt"
    plain.write_text("The weather was fine all week.", "utf-8")
    source = ok("--case", case, "import", plain, "--language", "en").strip()
    assert "has no suggestions" in fails(
        "--case", case, "suggest", "--source", source, "--accept", "1"
    )
    one = tmp_path / "one.txt"
    one.write_text("The mayor said the roads were open again.", "utf-8")
    source = ok("--case", case, "import", one, "--language", "en").strip()
    assert "no suggestion 3" in fails(
        "--case", case, "suggest", "--source", source, "--accept", "3"
    )
    assert "no source with id 99" in fails("--case", case, "suggest", "--source", "99")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Le ministre a déclaré".encode("latin-1"))
    assert "not UTF-8" in fails("attributions", latin1)
    assert "FILE or --source" in fails("attributions")
    assert "cannot read" in fails("attributions", tmp_path / "missing.txt")


def test_a_language_without_a_lexicon_says_so_and_prints_nothing(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_text("Le ministre a déclaré que les prix baisseraient.", "utf-8")
    result = cli("attributions", path, "--json", "--language", "fr")
    assert result.returncode == 0
    assert json.loads(result.stdout) == []
    assert "no cue lexicon for language 'fr'" in result.stderr


def test_suggest_names_the_speaker_without_kicker_times_or_particles(tmp_path: Path) -> None:
    # the new user's trial: a kicker, "had … (particle)", a day and a title with its genitive
    case = tmp_path / "c.provdesk"
    ok("--case", case, "new")
    wire = tmp_path / "ar.txt"
    wire.write_text(
        "عاجل: وزير الخارجية يقول إن الحدود ستفتح الأسبوع المقبل.\n\n"
        "وكان وزير الخارجية أحمد عطاف قد قال إن المحادثات ستستمر.\n\n"
        "وقال المدير العام للوكالة رافائيل غروسي يوم الثلاثاء إن المفتشين سيعودون.\n",
        "utf-8",
    )
    source = ok("--case", case, "import", wire, "--language", "ar").strip()
    found = json.loads(ok("--case", case, "suggest", "--source", source, "--json"))
    speakers = [(s["hops"][0]["actor"], s["hops"][0]["role"]) for s in found]
    assert speakers == [
        ("وزير الخارجية", ""),
        ("أحمد عطاف", "وزير الخارجية"),
        ("رافائيل غروسي", "المدير العام للوكالة"),
    ]
    listing = ok("--case", case, "suggest", "--source", source)
    assert "عاجل" not in listing and "قد" not in listing.split()
    assert "رافائيل غروسي (المدير العام للوكالة)" in listing
