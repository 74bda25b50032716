"""`hop add-original` on a speaker's hop read in a translation: the speaker is never recorded as
the translator (a new user's minister became "translated in 'alwatan-en'"), in each language pair."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.cli import main
from tests.text.parallel import load_pair

Runner = Callable[..., subprocess.CompletedProcess[str]]

SPEAKERS = {
    "ar-en": ("Syrian Health Minister Hassan al-Ghabbash", "person", "al-Watan"),
    "tr-en": ("an official at the Interior Ministry", "unnamed-official", "Kuzey Haber"),
    "ru-en": ("Maria Zakharova", "person", "TASS"),
}


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Runner:
    def call(*args: object) -> subprocess.CompletedProcess[str]:
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return subprocess.CompletedProcess(list(map(str, args)), code, out, err)

    return call


@pytest.mark.parametrize("pair", sorted(SPEAKERS))
def test_a_speakers_hop_is_not_made_the_translation(
    pair: str, case_path: Path, tmp_path: Path, run: Runner
) -> None:
    def ok(*args: object) -> str:
        result = run(*args)
        assert result.returncode == 0, result.stderr
        return str(result.stdout)

    speaker, kind, outlet = SPEAKERS[pair]
    doc = load_pair(pair)[0]
    (tmp_path / "original.txt").write_text(doc.original_text, encoding="utf-8")
    (tmp_path / "translation.txt").write_text(doc.translation_text, encoding="utf-8")
    ok("--case", case_path, "new")
    original = ok("--case", case_path, "import", tmp_path / "original.txt").strip()
    translation = ok(
        "--case", case_path, "import", tmp_path / "translation.txt", "--language", "en"
    ).strip()
    ok("--case", case_path, "source", "link", translation, "--translation-of", original)
    claim = ok("--case", case_path, "claim", "add", "A claim read in the translation").strip()
    said = ok(
        "--case", case_path, "hop", "add", claim, "--actor", speaker, "--actor-kind", kind,
        "--relation", "said", "--source", translation, "--quote", doc.translation[0],
    ).strip()  # fmt: skip
    before = json.loads(ok("--case", case_path, "show", claim, "--json"))

    refused = run("--case", case_path, "hop", "add-original", said, "--actor", outlet)
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert f"hop {said} is {speaker}'s (said), not the translation's" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert json.loads(ok("--case", case_path, "show", claim, "--json")) == before

    # The way the line gives: the translator's hop after the speaker's, then the original.
    translated = ok(
        "--case", case_path, "hop", "add", claim, "--actor", "The Desk Translators",
        "--actor-kind", "organisation", "--relation", "translated", "--source", translation,
        "--quote", doc.translation[0], "--after", said,
    ).strip()  # fmt: skip
    added = ok("--case", case_path, "hop", "add-original", translated, "--actor", outlet).strip()
    shown = json.loads(ok("--case", case_path, "show", claim, "--json"))
    chain = [(h["actor_name"], h["relation"], h["source_id"]) for h in shown["hops"]]
    assert chain == [
        (speaker, "said", int(translation)),
        (outlet, "reported", int(original)),
        ("The Desk Translators", "translated", int(translation)),
    ]
    assert {h["id"] for h in shown["hops"]} == {int(said), int(added), int(translated)}


def test_an_outlets_report_in_the_translation_becomes_its_translation(
    case_path: Path, tmp_path: Path, run: Runner
) -> None:
    """An outlet that reported the words in the translation it published is its translator."""
    doc = load_pair("ar-en")[1]
    (tmp_path / "o.txt").write_text(doc.original_text, encoding="utf-8")
    (tmp_path / "t.txt").write_text(doc.translation_text, encoding="utf-8")
    assert run("--case", case_path, "new").returncode == 0
    original = run("--case", case_path, "import", tmp_path / "o.txt").stdout.strip()
    translation = run(
        "--case", case_path, "import", tmp_path / "t.txt", "--language", "en"
    ).stdout.strip()
    run("--case", case_path, "source", "link", translation, "--translation-of", original)
    claim = run("--case", case_path, "claim", "add", "A claim").stdout.strip()
    hop = run(
        "--case", case_path, "hop", "add", claim, "--actor", "Gulf Wire Agency",
        "--actor-kind", "outlet", "--relation", "reported", "--source", translation,
        "--quote", doc.translation[0],
    ).stdout.strip()  # fmt: skip
    added = run("--case", case_path, "hop", "add-original", hop, "--actor", "al-Watan")
    assert added.returncode == 0, added.stderr
    shown = json.loads(run("--case", case_path, "show", claim, "--json").stdout)
    assert [(h["actor_name"], h["relation"]) for h in shown["hops"]] == [
        ("al-Watan", "reported"),
        ("Gulf Wire Agency", "translated"),
    ]
