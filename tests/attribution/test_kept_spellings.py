"""An actor the assistant matches under another spelling (another script or form) keeps that
spelling as an alias when the suggestion is accepted, in the same audited unit of work; an
inflected form of a spelling the actor already holds is not kept. Undo takes the alias back.
And a Russian surname already in the nominative stays as written ("Антон Силуанов", not
"Антон Силуаны"); only its oblique forms are brought back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from db.case import Case
from db.models import AuditEvent
from db.operations import add_actor, add_source
from db.queries import actor_alias_pairs
from db.unit_of_work import UnitOfWork
from desktop.attribution import KnownActor, analyse, suggest
from desktop.attribution.actors import base_name
from desktop.attribution.from_case import accept, propose_for_source, suggested_hops

RU = (
    "Официальный представитель МИД Мария Захарова заявила, что Москву не информировали о плане. "
    "По словам Сергея Лаврова, переговоры продолжатся в январе."
)


def _store(case: Case, text: str, language: str) -> int:
    with case.change() as uow:
        return add_source(uow, title="t", outlet="TASS", language=language, text=text)


def _actor(case: Case, name: str, *aliases: str) -> int:
    with case.change() as uow:
        return add_actor(uow, name, aliases=aliases)


def _aliases(case: Case, actor_id: int) -> list[str]:
    with case.read() as session:
        return sorted(a for i, a in actor_alias_pairs(session) if i == actor_id)


def test_a_cyrillic_spelling_of_a_latin_actor_is_kept_as_alias_with_audit(
    sqlite_case: Case,
) -> None:
    zakharova = _actor(sqlite_case, "Maria Zakharova")
    lavrov = _actor(sqlite_case, "Sergey Lavrov", "Сергей Лавров")
    source = _store(sqlite_case, RU, "ru")
    suggestions = propose_for_source(sqlite_case, source).suggestions
    first, second = suggestions[0], suggestions[1]
    assert (first.hops[0].actor_id, first.hops[0].spelling) == (zakharova, "Мария Захарова")
    # «Сергея Лаврова» is only an inflected form of «Сергей Лавров», which the actor holds
    assert (second.hops[0].actor_id, second.hops[0].spelling) == (lavrov, "")
    accept(sqlite_case, source, first)
    accept(sqlite_case, source, second)
    assert _aliases(sqlite_case, zakharova) == ["Мария Захарова"]
    assert _aliases(sqlite_case, lavrov) == ["Сергей Лавров"]
    with sqlite_case.read() as session:
        kept = [
            after
            for action, after in session.execute(
                select(AuditEvent.action, AuditEvent.after).where(AuditEvent.entity == "actor")
            )
            if action == "edit actor"
        ]
    assert len(kept) == 1
    assert kept[0]["spelling_kept"] == "Мария Захарова"
    assert kept[0]["aliases"] == ["Мария Захарова"]
    assert kept[0]["from_suggestion"].startswith(f"source #{source}, suggestion 1")


@pytest.mark.parametrize(
    ("language", "text", "spelling"),
    [
        ("ar", "قال وزير الخارجية التركي هاكان فيدان إن المعبر سيبقى مفتوحا.", "هاكان فيدان"),
        ("tr", "Dışişleri Bakanı Hakan Fidan, sınır kapısının açık kalacağını söyledi.", ""),
        ("en", "Foreign Minister Hakan Fidan said the crossing would stay open.", ""),
    ],
)
def test_other_scripts_are_kept_and_the_same_spelling_is_not(
    language: str, text: str, spelling: str
) -> None:
    actors = (KnownActor(3, "Hakan Fidan", "person"),)
    (s,) = suggest(analyse(text, language), text, actors=actors, language=language)
    assert (s.hops[0].actor_id, s.hops[0].spelling) == (3, spelling)


def test_an_already_held_spelling_in_another_case_is_not_kept_again() -> None:
    actors = (KnownActor(1, "Maria Zakharova", "person", ("Марии Захаровой",)),)
    (s, _) = suggest(analyse(RU, "ru"), RU, actors=actors, language="ru")
    assert s.hops[0].spelling == ""  # the held alias's base form is this spelling


class _Runner:
    def __init__(self, case: Case) -> None:
        self.case = case

    def run_step(self, command: Any, step: Callable[[UnitOfWork], Any]) -> None:
        with self.case.change() as uow:
            step(uow)


def test_undo_takes_the_kept_spelling_back_and_redo_keeps_it_again(sqlite_case: Case) -> None:
    pytest.importorskip("PySide6")
    from desktop.ui.editing.suggestion_commands import ClaimFromSuggestion

    zakharova = _actor(sqlite_case, "Maria Zakharova")
    source = _store(sqlite_case, RU, "ru")
    first = propose_for_source(sqlite_case, source).suggestions[0]
    hops = suggested_hops(first.hops, source)
    command = ClaimFromSuggestion(_Runner(sqlite_case), first.wording, hops, "s1")
    with sqlite_case.change() as uow:
        command.first(uow)
    assert _aliases(sqlite_case, zakharova) == ["Мария Захарова"]
    command.runner.run_step(command, command.revert)
    assert _aliases(sqlite_case, zakharova) == []
    command.runner.run_step(command, command.apply)
    assert _aliases(sqlite_case, zakharova) == ["Мария Захарова"]


# four forms each: nominative, genitive, dative, instrumental
SURNAMES = [
    ("Антон Силуанов", "Антона Силуанова", "Антону Силуанову", "Антоном Силуановым"),
    ("Максим Решетников", "Максима Решетникова", "Максиму Решетникову", "Максимом Решетниковым"),
    ("Михаил Мишустин", "Михаила Мишустина", "Михаилу Мишустину", "Михаилом Мишустиным"),
    ("Сергей Лавров", "Сергея Лаврова", "Сергею Лаврову", "Сергеем Лавровым"),
    ("Эльвира Набиуллина", "Эльвиры Набиуллиной", "Эльвире Набиуллиной", "Эльвирой Набиуллиной"),
    ("Александр Новак", "Александра Новака", "Александру Новаку", "Александром Новаком"),
    ("Мария Захарова", "Марии Захаровой", "Марии Захаровой", "Марией Захаровой"),
]


@pytest.mark.parametrize("forms", SURNAMES, ids=[f[0] for f in SURNAMES])
def test_a_russian_name_in_four_forms_has_one_nominative(forms: tuple[str, ...]) -> None:
    assert {base_name(f, "ru") for f in forms} == {forms[0]}


@pytest.mark.parametrize("forms", SURNAMES, ids=[f[0] for f in SURNAMES])
def test_the_assistant_names_the_speaker_in_the_nominative(forms: tuple[str, ...]) -> None:
    nominative, genitive, *_ = forms
    text = (
        f"Министр {nominative} заявил, что бюджет исполнен. По словам {genitive}, рост продолжится."
    )
    actors = {h.actor for s in suggest(analyse(text, "ru"), text, language="ru") for h in s.hops}
    assert actors == {nominative}
