"""provdesk-cli source link / unlink / show and align, as a script would use them."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.cli import main
from tests.text.parallel import load_pair

Runner = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Runner:
    """provdesk-cli in this process (a process each would take seconds on a busy machine)."""

    def call(*args: object) -> subprocess.CompletedProcess[str]:
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return subprocess.CompletedProcess(list(map(str, args)), code, out, err)

    return call


def test_link_align_show_unlink(case_path: Path, tmp_path: Path, run: Runner) -> None:
    def ok(*args: object) -> str:
        result = run(*args)
        assert result.returncode == 0, result.stderr
        return str(result.stdout)

    doc = load_pair("ar-en")[0]
    changed = doc.translation_text.replace("2022", "2020")
    (tmp_path / "watan.txt").write_text(doc.original_text, encoding="utf-8")
    (tmp_path / "observer.txt").write_text(changed, encoding="utf-8")
    ok("--case", case_path, "new")
    original = ok("--case", case_path, "import", tmp_path / "watan.txt", "--language", "ar")
    translation = ok("--case", case_path, "import", tmp_path / "observer.txt", "--language", "en")
    original, translation = original.strip(), translation.strip()

    unlinked = run("--case", case_path, "align", translation)
    assert unlinked.returncode == 1
    assert unlinked.stderr.count("\n") == 1 and "not linked to an original" in unlinked.stderr

    out = ok("--case", case_path, "source", "link", translation, "--translation-of", original)
    assert f"source {translation} is now a translation of source {original}" in out
    assert "1 date differs, 1 sentence omitted" in out

    shown = ok("--case", case_path, "source", "show", original)
    assert f"#{translation}" in shown and "1 date differs" in shown

    aligned = json.loads(ok("--case", case_path, "align", translation, "--json"))
    assert aligned["summary"] == "1 date differs, 1 sentence omitted"
    kinds = [b["kind"] for b in aligned["beads"]]
    assert kinds.count("1-2") == 1 and kinds[-1] == "omitted"
    drifted = [b for b in aligned["beads"] if any(f["kind"] == "date" for f in b["drift"])]
    assert drifted[0]["drift"][0]["description"] == "date differs: 2022 → 2020"
    first = aligned["beads"][0]["original"][0]
    assert doc.original_text[first["start"] : first["end"]] == first["text"]
    # the word-level evidence the window highlights, each word's span in its source
    words = [w for b in aligned["beads"] for w in b["words"]]
    assert {"name", "number differs"} <= {w["evidence"] for w in words}
    for w in words:
        (start, end), (t_start, t_end) = w["original"], w["translation"]
        assert doc.original_text[start:end] == w["surface"][0]
        assert changed[t_start:t_end] == w["surface"][1]
    assert all(not b["words"] for b in aligned["beads"] if b["kind"] in ("omitted", "added"))

    text = ok("--case", case_path, "align", translation)
    assert "! date differs: 2022 → 2020" in text
    assert text.rstrip().endswith("summary: 1 date differs, 1 sentence omitted")

    cycle = run("--case", case_path, "source", "link", original, "--translation-of", translation)
    assert cycle.returncode == 1 and cycle.stderr.count("\n") == 1
    assert "would make a cycle" in cycle.stderr

    claim = ok("--case", case_path, "claim", "add", "Turkey asked Moscow for help").strip()
    hop = ok(
        "--case",
        case_path,
        "hop",
        "add",
        claim,
        "--actor",
        "The Syrian Observer",
        "--relation",
        "reported",
        "--source",
        translation,
        "--quote",
        doc.translation[0],
    ).strip()
    # The original names no outlet: the translator is not made its author; the line says how.
    refused = run("--case", case_path, "hop", "add-original", hop)
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert f"source {original}" in refused.stderr and "names no outlet" in refused.stderr
    assert f"hop add-original {hop} --actor NAME" in refused.stderr
    assert f"source edit {original} --outlet NAME" in refused.stderr
    added = run("--case", case_path, "hop", "add-original", hop, "--actor", "al-Watan")
    assert added.returncode == 0, added.stderr
    assert f"quotes the original, source {original}" in added.stderr
    shown = json.loads(ok("--case", case_path, "show", claim, "--json"))
    hops = {h["id"]: h for h in shown["hops"]}
    new = hops[int(added.stdout.strip())]
    assert new["quote"] == doc.original[0] and hops[int(hop)]["relation"] == "translated"
    assert new["actor_name"] == "al-Watan" and hops[int(hop)]["actor_name"] == "The Syrian Observer"

    out = ok("--case", case_path, "source", "unlink", translation)
    assert f"no longer a translation of source {original}" in out
    assert run("--case", case_path, "align", translation).returncode == 1


def test_same_language_link_is_allowed_with_a_warning(
    case_path: Path, tmp_path: Path, run: Runner
) -> None:
    def ok(*args: object) -> str:
        result = run(*args)
        assert result.returncode == 0, result.stderr
        return str(result.stdout)

    doc = load_pair("ru-en")[2]
    (tmp_path / "a.txt").write_text(doc.translation_text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(doc.translation_text + " A line of our own.", encoding="utf-8")
    ok("--case", case_path, "new")
    a = ok("--case", case_path, "import", tmp_path / "a.txt", "--language", "en").strip()
    b = ok("--case", case_path, "import", tmp_path / "b.txt", "--language", "en").strip()
    result = run("--case", case_path, "source", "link", b, "--translation-of", a)
    assert result.returncode == 0
    assert "warning: both sources are in the same language (en)" in result.stderr
    assert "1 sentence added" in result.stdout


def test_source_proposals_names_the_original_and_the_anchors_it_shares(
    case_path: Path, tmp_path: Path, run: Runner
) -> None:
    doc = load_pair("ar-en")[1]
    (tmp_path / "watan.txt").write_text(doc.original_text, encoding="utf-8")
    (tmp_path / "digest.txt").write_text(
        doc.translation_text + "\nTranslated by the desk.", encoding="utf-8"
    )
    assert run("--case", case_path, "new").returncode == 0
    original = run("--case", case_path, "import", tmp_path / "watan.txt", "--language", "ar")
    digest = run("--case", case_path, "import", tmp_path / "digest.txt", "--language", "en")
    o, t = original.stdout.strip(), digest.stdout.strip()
    out = run("--case", case_path, "source", "proposals").stdout
    assert f"source {t} says “Translated by”; source {o} (ar) shares " in out
    assert "Latakia" in out and f"provdesk-cli source link {t} --translation-of {o}" in out


def test_align_json_names_a_body_in_another_s_place(
    case_path: Path, tmp_path: Path, run: Runner
) -> None:
    """An organisation no list holds, given in the place of another, is a name flag in
    `align --json`; a negative participle rendered by a lexical negative is no negation."""
    original = (
        "Adalet Bakanlığı, yeni düzenlemeyi açıkladı. "
        "Kurallara uymayan 14 şirket kapatıldı. "
        "Düzenleme 1 Mart'ta yürürlüğe girecek."
    )
    translation = (
        "The Court of Cassation announced the new regulation. "
        "14 companies that broke the rules were closed. "
        "The regulation will take effect on 1 March."
    )
    (tmp_path / "tr.txt").write_text(original, encoding="utf-8")
    (tmp_path / "en.txt").write_text(translation, encoding="utf-8")

    def ok(*args: object) -> str:
        result = run(*args)
        assert result.returncode == 0, result.stderr
        return str(result.stdout).strip()

    ok("--case", case_path, "new")
    source = ok("--case", case_path, "import", tmp_path / "tr.txt", "--language", "tr")
    target = ok("--case", case_path, "import", tmp_path / "en.txt", "--language", "en")
    ok("--case", case_path, "source", "link", target, "--translation-of", source)
    aligned = json.loads(ok("--case", case_path, "align", target, "--json"))
    assert [b["kind"] for b in aligned["beads"]] == ["1-1", "1-1", "1-1"]
    flags = [f for b in aligned["beads"] for f in b["drift"]]
    assert [(f["kind"], f["original"], f["translation"]) for f in flags] == [
        ("name", "Adalet Bakanlığı", "Court of Cassation")
    ]
    assert flags[0]["description"] == "name differs: Adalet Bakanlığı → Court of Cassation"
    assert aligned["summary"] == "1 name differs"


def test_align_json_says_why_two_bodies_differ(
    case_path: Path, tmp_path: Path, run: Runner
) -> None:
    """A body whose acronym in brackets is neither the original's nor made of its own name is
    a name flag in `align --json`, with why (`detail`, `why`); the same acronym kept is none."""
    original = (
        "Liman İşçileri Sendikası (LİS), grev kararını erteledi. "
        "Türkiye Balıkçılar Derneği (TBD) av yasağına itiraz etti."
    )
    translation = (
        "The Seafarers' Solidarity Union (DEN-SEN) postponed the strike decision. "
        "The Turkish Fishermen's Association (TBD) objected to the fishing ban."
    )
    (tmp_path / "tr.txt").write_text(original, encoding="utf-8")
    (tmp_path / "en.txt").write_text(translation, encoding="utf-8")

    def ok(*args: object) -> str:
        result = run(*args)
        assert result.returncode == 0, result.stderr
        return str(result.stdout).strip()

    ok("--case", case_path, "new")
    source = ok("--case", case_path, "import", tmp_path / "tr.txt", "--language", "tr")
    target = ok("--case", case_path, "import", tmp_path / "en.txt", "--language", "en")
    ok("--case", case_path, "source", "link", target, "--translation-of", source)
    aligned = json.loads(ok("--case", case_path, "align", target, "--json"))
    flags = [f for b in aligned["beads"] for f in b["drift"]]
    assert [(f["kind"], f["original"], f["translation"], f["detail"]) for f in flags] == [
        ("name", "Liman İşçileri Sendikası", "Seafarers' Solidarity Union", "acronym")
    ]
    assert flags[0]["why"].startswith("the acronyms differ")


def test_source_proposals_leave_out_a_pair_linked_the_other_way(
    case_path: Path, tmp_path: Path, run: Runner
) -> None:
    doc = load_pair("ar-en")[1]
    (tmp_path / "watan.txt").write_text(doc.original_text + "\nترجمة", encoding="utf-8")
    (tmp_path / "digest.txt").write_text(
        doc.translation_text + "\nTranslated by the desk.", encoding="utf-8"
    )
    assert run("--case", case_path, "new").returncode == 0
    original = run("--case", case_path, "import", tmp_path / "watan.txt", "--language", "ar")
    digest = run("--case", case_path, "import", tmp_path / "digest.txt", "--language", "en")
    o, t = original.stdout.strip(), digest.stdout.strip()
    assert (
        f"source link {t} --translation-of {o}"
        in run("--case", case_path, "source", "proposals").stdout
    )
    # the reviewer links them the other way round: the reverse link would be a cycle
    assert run("--case", case_path, "source", "link", o, "--translation-of", t).returncode == 0
    out = run("--case", case_path, "source", "proposals").stdout
    assert f"--translation-of {o}" not in out and f"source link {o} " not in out
    refused = run("--case", case_path, "source", "link", t, "--translation-of", o)
    assert refused.returncode == 1 and "cycle" in refused.stderr
