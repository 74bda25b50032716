"""Cue lexicons from verb classes with every inflected form, noun cues, quote-first order,
discontinuous content, and a source carried over only where the text carries it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.attribution import analyse, load_lexicon

ROOT = Path(__file__).resolve().parents[2]


def found(text: str, language: str = "en") -> list[tuple[str, str, str]]:
    return [(a.actor, a.cue_text, a.content_text) for a in analyse(text, language).attributions]


def test_lexicons_name_their_verb_classes_and_hold_generated_forms() -> None:
    for language in ("en", "ru", "tr"):
        data = json.loads((ROOT / "resources" / "attribution" / f"{language}.json").read_text())
        classes = [k for k in data["verb_classes"] if not k.startswith("_")]
        assert classes and "VerbNet" in data["verb_classes"]["_source"]
        lemmas = {lemma for k in classes for lemma in data["verb_classes"][k]["lemmas"]}
        assert lemmas <= set(data["forms"])


def test_the_forms_are_what_the_morphology_libraries_make_now() -> None:
    pytest.importorskip("lemminflect")
    pytest.importorskip("pymorphy3")
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests/data/attribution/make_forms.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("language", "form"),
    [
        ("en", "acknowledging"),
        ("en", "warns"),
        ("en", "insisted"),
        ("ru", "заявят"),
        ("ru", "подчеркнув"),
        ("ru", "пообещала"),
        ("tr", "belirtiyor"),
        ("tr", "ifade ederek"),
        ("tr", "söyleyeceğini"),
    ],
)
def test_inflected_forms_of_class_verbs_are_cues(language: str, form: str) -> None:
    lex = load_lexicon(language)
    assert lex is not None
    words = tuple(form.split())
    assert any(c.words == words for c in lex.cues.get(words[0], ()))


def test_reporting_verbs_outside_the_old_list_are_found() -> None:
    text = (
        "The governor acknowledged that the budget was short. "
        "Economists predicted that prices would climb. "
        "The envoy responded that no deal was possible."
    )
    assert [(s, c) for s, c, _ in found(text)] == [
        ("The governor", "acknowledged"),
        ("Economists", "predicted"),
        ("The envoy", "responded"),
    ]


def test_nouns_that_look_like_verbs_are_not_cues() -> None:
    text = "Battleground states voted early. A report on the economy was published on Monday."
    assert found(text) == []
    assert found("The report states that growth slowed.") == [
        ("The report", "states", "that growth slowed")
    ]


def test_said_with_no_one_saying_it_is_no_attribution() -> None:
    assert found("The said agreement was signed. Said to be ill, he stayed home.") == []


def test_quote_first_with_a_relative_clause_after_the_speaker() -> None:
    [(actor, cue, content)] = found("“We are ready to talk,” said Ahmet Kaya, who heads the panel.")
    assert (actor, cue, content) == ("Ahmet Kaya", "said", "“We are ready to talk,”")


def test_a_quotation_around_its_cue_is_one_content_in_two_pieces() -> None:
    text = "“The talks failed,” the minister said, “and nobody can say what comes next.”"
    first = analyse(text, "en").attributions[0]
    assert first.actor == "the minister"
    assert [text[a:b] for a, b in first.content] == [
        "“The talks failed,”",
        "“and nobody can say what comes next.”",
    ]


def test_a_possessive_noun_cue() -> None:
    [(actor, cue, content)] = found(
        "Lavrov's claim that the West blocks reconstruction was rejected by Washington."
    )
    assert cue == "claim" and content == "that the West blocks reconstruction"
    assert actor.startswith("Lavrov")


def test_nested_speech_is_one_chain() -> None:
    said, inner = analyse(
        "Erdoğan told reporters that Peskov had said the meeting would take place in March.", "en"
    ).attributions
    assert (said.actor, inner.actor, inner.parent) == ("Erdoğan", "Peskov", said.index)


def test_a_speaker_is_not_carried_over_without_a_pronoun_or_continuation() -> None:
    text = (
        "قال المتحدث التركي عمر جليك إن المحادثات ستستأنف. "
        "وأضاف أن الوفد سيصل غدا. "
        "أكد أن الحدود ستبقى مغلقة."
    )
    said, added, stressed = analyse(text, "ar").attributions
    assert said.actor == "المتحدث التركي عمر جليك"
    assert added.actor == said.actor and added.actor_guessed  # "and he added": carried over
    assert stressed.actor == "" and stressed.actor_guessed  # no source in the text: flagged


def test_a_pronoun_and_a_definite_description_carry_the_speaker() -> None:
    text = (
        "Foreign Minister Mevlüt Kaya said the border would open. "
        "He added that trucks would go first. The minister also said fees would fall."
    )
    actors = [a.actor for a in analyse(text, "en").attributions]
    assert actors == ["Foreign Minister Mevlüt Kaya"] * 3


def _run_cli_and_list_modules(path: Path, *options: str) -> tuple[str, set[str]]:
    probe = (
        "import sys, runpy\n"
        "sys.argv = ['provdesk-cli', 'attributions', *sys.argv[1:]]\n"
        "try:\n    runpy.run_module('desktop.cli', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "print('MODULES', ' '.join(sorted(m for m in sys.modules if '.' not in m)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(path), *options],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    out, _, modules = result.stdout.rpartition("MODULES ")
    return out + result.stderr, set(modules.split())


def test_attributions_of_a_file_load_neither_the_case_machinery_nor_an_unasked_model(
    tmp_path: Path,
) -> None:
    path = tmp_path / "wire.txt"
    path.write_text("“We will not accept conditions,” the spokesman said.\n", "utf-8")
    out, modules = _run_cli_and_list_modules(path, "--language", "en")
    assert "the spokesman" in out
    assert "py3langid" not in modules  # the language is given: no language model
    assert not modules & {"sqlalchemy", "PySide6", "keyring"}  # no case needed for a file
    out, modules = _run_cli_and_list_modules(path)
    assert "the spokesman" in out and "py3langid" in modules  # guessed: the model loads


def _bench():  # type: ignore[no-untyped-def]
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "bench_attribution", ROOT / "tests" / "benchmarks" / "bench_attribution.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_evaluation_sets_have_the_size_the_desk_asked_for() -> None:
    data = ROOT / "tests" / "data" / "attribution"
    articles = json.loads((data / "news_en.json").read_text("utf-8"))
    assert len(articles) >= 60
    assert all(300 <= len(a["text"].split()) <= 800 for a in articles)
    held_out = [a for a in articles if a["split"] == "test"]
    assert len(held_out) == len(articles) // 3
    phenomena = {g["phenomenon"] for a in held_out for g in a["attributions"]}
    assert {
        "quote_first",
        "discontinuous",
        "multi_sentence",
        "nested",
        "noun",
        "colon",
    } <= phenomena
    for language in ("ar", "tr", "ru"):
        assert len(json.loads((data / f"{language}.json").read_text("utf-8"))) >= 60


def test_the_held_out_news_third_scores_at_least_the_goal() -> None:
    _per, (matched, found, gold) = _bench().evaluate_news("test")
    precision, recall = matched / found, matched / gold
    assert 2 * precision * recall / (precision + recall) >= 0.75
