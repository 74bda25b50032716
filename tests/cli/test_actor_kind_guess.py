"""A new actor's kind: given with --actor-kind (hop add) or --kind (actor add), or else guessed
from what its name says — an outlet's word or name or a web domain, an anonymous speaker, a
person's title, a body's word — and the command says which kind it chose and on what evidence.
Stdout keeps only the id, for scripts."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from db.text.actor_kinds import guess_actor_kind
from desktop.cli import main


@dataclass(frozen=True)
class Ran:
    returncode: int
    stdout: str
    stderr: str


Runner = Callable[..., Ran]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Runner:
    def run(*args: str | Path) -> Ran:
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return Ran(code, out, err)

    return run


def kinds(run: Runner, case: Path) -> dict[str, str]:
    listed = run("--case", case, "actors")
    assert listed.returncode == 0, listed.stderr
    rows = [line.split(maxsplit=2) for line in listed.stdout.splitlines() if line.strip()]
    return {row[2]: row[1] for row in rows}


def test_hop_add_guesses_an_outlet_and_says_so_and_a_given_kind_wins(
    run: Runner, tmp_path: Path
) -> None:
    case = tmp_path / "c.provdesk"
    assert run("--case", case, "new").returncode == 0
    assert run("--case", case, "claim", "add", "The border crossing reopened").returncode == 0
    said = run("--case", case, "hop", "add", "1", "--actor", "Kuzey TV", "--relation", "reported")
    assert said.returncode == 0, said.stderr
    assert said.stdout.strip() == "1"
    assert said.stderr.count("\n") == 1
    assert "new actor 1 “Kuzey TV” is an outlet" in said.stderr
    assert "the word “TV”" in said.stderr and "--actor-kind" in said.stderr
    given = run(
        "--case", case, "hop", "add", "1", "--actor", "Radio Mehmet", "--actor-kind", "person",
        "--relation", "said",
    )  # fmt: skip
    assert given.returncode == 0, given.stderr
    assert "“Radio Mehmet” is a person (as given)" in given.stderr
    plain = run("--case", case, "hop", "add", "1", "--actor", "Selin Aksoy", "--relation", "said")
    assert "is a person (guessed from no word in the name marking an outlet" in plain.stderr
    # An actor already in the case is used as it is: no new actor, nothing said about kinds.
    again = run("--case", case, "hop", "add", "1", "--actor", "kuzey tv", "--relation", "quoted")
    assert again.returncode == 0 and "new actor" not in again.stderr
    assert kinds(run, case) == {
        "Kuzey TV": "outlet",
        "Radio Mehmet": "person",
        "Selin Aksoy": "person",
    }


def test_actor_add_guesses_the_same_way(run: Runner, tmp_path: Path) -> None:
    case = tmp_path / "c.provdesk"
    assert run("--case", case, "new").returncode == 0
    added = run("--case", case, "actor", "add", "Anadolu Ajansı")
    assert added.returncode == 0 and added.stdout.strip() == "1"
    assert "is an outlet (guessed from “Anadolu”, a known news outlet; give --kind" in added.stderr
    added = run("--case", case, "actor", "add", "Dışişleri Bakanlığı")
    assert "is an organisation (guessed from the word “Bakanlığı”" in added.stderr
    assert kinds(run, case) == {"Anadolu Ajansı": "outlet", "Dışişleri Bakanlığı": "organisation"}


@pytest.mark.parametrize(
    ("name", "kind", "word"),
    [
        ("Kanal 7 Haber", "outlet", "Haber"),
        ("Anadolu Ajansı", "outlet", "Anadolu"),
        ("İstanbul Ajansı", "outlet", "Ajansı"),
        ("وكالة الأنباء الوطنية", "outlet", "وكالة"),
        ("قناة الشرق", "outlet", "قناة"),
        ("агентство Интерфакс", "outlet", "Интерфакс"),
        ("Региональное агентство новостей", "outlet", "агентство"),
        ("Daily Courier", "outlet", "Daily"),
        ("gazeteduvar.com.tr", "outlet", "gazeteduvar.com.tr"),
        ("ТАСС", "outlet", "ТАСС"),
        ("a senior Turkish official", "unnamed-official", "official"),
        ("مصدر دبلوماسي", "unnamed-official", "مصدر"),
        ("источник в ведомстве", "unnamed-official", "источник"),
        ("Ministry spokeswoman Ayla Demir", "person", "spokeswoman"),
        ("BBC correspondent Tom Hale", "person", "correspondent"),
        ("وزير الخارجية", "person", "وزير"),
        ("Министерство обороны", "organisation", "Министерство"),
        ("وزارة الداخلية", "organisation", "وزارة"),
        ("Foreign Ministry", "organisation", "Ministry"),
    ],
)
def test_the_word_that_decides_is_named(name: str, kind: str, word: str) -> None:
    guess = guess_actor_kind(name)
    assert (guess.kind, guess.word) == (kind, word)
    assert word in guess.evidence


@pytest.mark.parametrize(
    ("name", "word"),
    [
        ("Syrian Observer", "Observer"),
        ("The Syrian Observer", "Observer"),
        ("Gulf Chronicle", "Chronicle"),
        ("Christian Science Monitor", "Monitor"),
        ("Kuzey Postası", "Postası"),
        ("Karadeniz Gözlemci", "Gözlemci"),
        ("Вестник Кавказа", "Вестник"),
        ("Правда Севера", "Правда"),
        ("الشرق الأوسط", "الشرق"),
        ("الأهرام", "الأهرام"),
        ("الاهرام", "الاهرام"),
        ("النهار اللبنانية", "النهار"),
    ],
)
def test_a_newspaper_is_an_outlet_by_the_word_papers_are_titled_by(name: str, word: str) -> None:
    guess = guess_actor_kind(name)
    assert (guess.kind, guess.reason, guess.word) == ("outlet", "word", word)
    assert f"the word “{word}”" in guess.evidence


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Guardian Council", "organisation"),
        ("Post Office", "organisation"),
        ("UN observer mission spokesman Ali Demir", "person"),
        ("Gazete yetkilisi", "unnamed-official"),
        ("مجلس الشرق", "organisation"),
    ],
)
def test_a_title_word_gives_way_to_a_body_a_person_or_an_official(name: str, kind: str) -> None:
    assert guess_actor_kind(name).kind == kind


@pytest.mark.parametrize("name", ["Selin Aksoy", "Лавров", "محمد العلي", "192.168.0.7", "A"])
def test_a_name_with_no_telling_word_is_a_person_and_says_it_found_none(name: str) -> None:
    guess = guess_actor_kind(name)
    assert (guess.kind, guess.reason, guess.word) == ("person", "none", "")


def test_the_installed_command_says_the_kind_on_stderr_and_prints_only_the_id(
    tmp_path: Path,
) -> None:
    case = tmp_path / "c.provdesk"
    command = [sys.executable, "-m", "desktop.cli", "--case", str(case)]
    subprocess.run([*command, "new"], check=True, capture_output=True, timeout=60)
    added = subprocess.run(
        [*command, "actor", "add", "وكالة الأنباء الوطنية"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert added.returncode == 0 and added.stdout == "1\n"
    assert "is an outlet (guessed from the word “وكالة”" in added.stderr
