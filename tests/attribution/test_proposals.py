"""Proposals as a reviewer would accept them: one per statement (its other attributions are
routes), pronouns given their antecedents, no noun phrases, persons without their titles,
outlets by name, the article's date on every hop, inflected names meeting the case's actors;
the digest of the desk's shape as a whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.case import Case
from db.operations import add_source
from db.queries import claim_detail, list_actors
from desktop.attribution import KnownActor, analyse, suggest
from desktop.attribution.from_case import accept, propose_for_source

DIGEST = Path(__file__).resolve().parents[1] / "data" / "attribution" / "digest-2024-05-14.txt"


def proposals(text: str, language: str = "en", actors: tuple[KnownActor, ...] = ()):  # type: ignore[no-untyped-def]
    return suggest(analyse(text, language), text, actors=actors)


def test_the_digest_gives_ten_proposals_one_statement_each() -> None:
    text = DIGEST.read_text("utf-8")
    found = proposals(text)
    assert len(found) <= 10
    wordings = [s.wording for s in found]
    # the statement said under "Moscow", "Russia" and "He" (Lavrov) is one proposal, three routes
    talks = [s for s in found if "defence ministers of Syria and Turkey" in s.wording]
    assert len(talks) == 1 and len(talks[0].routes) == 2
    assert {r[0].mention for r in talks[0].routes} | {talks[0].hops[0].mention} >= {"Russia", "He"}
    # no noun phrase and no "ought" left as a statement
    assert not any(
        w.startswith(("The importance", "His government", "They should")) for w in wordings
    )
    for s in found:
        for route in (s.hops, *s.routes):
            assert all(h.date == "2024-05-14" for h in route)  # the dateline on every hop
            assert all(h.actor_kind in ("person", "outlet", "unnamed-official") for h in route)
    actors = {h.actor for s in found for h in s.hops}
    assert "Sergey Lavrov" in actors and "Russia Today" in actors
    assert not any("Minister" in a or "channel" in a or a in ("Russia", "Moscow") for a in actors)
    lavrov = next(h for s in found for h in s.hops if h.actor == "Sergey Lavrov")
    assert lavrov.role == "Russian Foreign Minister"


def test_the_digest_keeps_the_doubtful_chain_through_the_official() -> None:
    found = proposals(DIGEST.read_text("utf-8"))
    saraqib = next(s for s in found if "Saraqib" in s.wording)
    assert [(h.actor, h.direction_doubtful) for h in saraqib.hops] == [
        ("BBC Türkçe", False),
        ("senior security official in the Turkish administration", True),
        ("al-Watan", False),
        ("The Syrian Observer", False),
    ]
    assert "doubtful" in saraqib.hops[1].note
    # the official's own words are offered with the outlet he named as their doubtful origin
    nothing = next(s for s in found if s.wording.startswith("Nothing is excluded"))
    assert nothing.hops[0].actor == "BBC Türkçe" and "quoted" in nothing.hops[0].note
    assert nothing.hops[1].direction_doubtful


def test_a_participle_inside_a_quotation_stays_in_the_quotation() -> None:
    found = proposals(DIGEST.read_text("utf-8"))
    assert not any(s.wording.startswith("American envoys") for s in found)


def test_pronouns_get_their_antecedents_in_brackets() -> None:
    text = "Russia reiterated that Turkey has asked for its help in achieving rapprochement."
    (s,) = proposals(text)
    assert s.wording == "Turkey has asked for [Russia's] help in achieving rapprochement."
    text = (
        "Foreign Minister Ahmet Kaya said, “The duties imposed on our steel have hurt exporters,” "
        "stressing that they are unfair."
    )
    second = proposals(text)[1]
    assert second.wording == "[The duties] are unfair."


def test_noun_phrases_are_no_statements() -> None:
    text = "The minister stressed the importance of rebuilding the power grid in the north."
    assert proposals(text) == ()


def test_coordinated_clauses_are_separate_statements() -> None:
    text = (
        "The ministry said that the border would reopen on Monday and that trucks would go first."
    )
    assert [s.wording for s in proposals(text)] == [
        "The border would reopen on Monday.",
        "Trucks would go first.",
    ]


def test_an_outlet_is_named_by_its_name() -> None:
    text = "The channel “Russia Today” website quoted Lavrov as saying that talks would resume."
    (s,) = proposals(text)
    assert [h.actor for h in s.hops] == ["Lavrov", "Russia Today"]
    assert s.hops[1].actor_kind == "outlet"


def test_a_russian_genitive_meets_the_cases_actor() -> None:
    peskov = KnownActor(4, "Dmitry Peskov", "person", ("Дмитрий Песков",))
    text = "По словам Дмитрия Пескова, переговоры с Анкарой продолжатся в марте."
    (s,) = proposals(text, "ru", (peskov,))
    assert (s.hops[0].actor, s.hops[0].actor_id) == ("Dmitry Peskov", 4)


def test_a_new_russian_actor_is_named_in_the_nominative() -> None:
    text = "Как заявил пресс-секретарь Кремля Дмитрий Песков, переговоры продолжатся."
    (s,) = proposals(text, "ru")
    assert s.hops[0].actor == "Дмитрий Песков"
    assert s.hops[0].role == "пресс-секретарь Кремля"
    text = "По словам Марии Захаровой, переговоры продолжатся в марте."
    (s,) = proposals(text, "ru")
    assert s.hops[0].actor == "Мария Захарова" and "Марии Захаровой" in s.hops[0].aliases


def test_a_turkish_case_suffix_meets_the_cases_actor() -> None:
    peskov = KnownActor(4, "Dmitry Peskov", "person", ("Peskov",))
    text = "Peskov'a göre, görüşmeler mart ayında devam edecek."
    (s,) = proposals(text, "tr", (peskov,))
    assert s.hops[0].actor_id == 4


def test_a_statement_with_no_named_source_is_flagged() -> None:
    text = "قال المتحدث التركي عمر جليك إن المحادثات ستستأنف. أكد أن الحدود ستبقى مغلقة."
    second = proposals(text, "ar")[1]
    assert second.hops[0].actor == "source not named" and second.hops[0].guessed


def test_accepting_a_proposal_makes_its_routes_and_its_actors_roles(sqlite_case: Case) -> None:
    with sqlite_case.change() as uow:
        source_id = add_source(
            uow,
            title="Digest of al-Watan, 14 May 2024",
            outlet="The Syrian Observer",
            language="en",
            published_on="2024-05-14",
            text=DIGEST.read_text("utf-8"),
        )
    found = propose_for_source(sqlite_case, source_id).suggestions
    talks = next(s for s in found if "defence ministers of Syria and Turkey" in s.wording)
    claim_id = accept(sqlite_case, source_id, talks)
    with sqlite_case.read() as session:
        detail = claim_detail(session, claim_id)
        actors = {a.name: a for a in list_actors(session)}
    origins = [h for h in detail.hops if h.relays_hop_id is None]
    assert len(origins) == 1 + len(talks.routes)
    assert all(h.relayed_on is not None for h in detail.hops)
    assert actors["Sergey Lavrov"].description == "Russian Foreign Minister"


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "The minister said the bridge will be closed on Monday."),
        ("ar", "قال الوزير إن الجسر سيغلق يوم الاثنين."),
        ("tr", "Bakan, köprünün pazartesi kapatılacağını söyledi."),
        ("ru", "Министр заявил, что мост закроют в понедельник."),
    ],
)
def test_a_statement_repeated_under_one_mention_is_one_route(language: str, said: str) -> None:
    """A repetitive document (the same sentence on every page) proposes the statement once,
    with no further route of the same speaker under the same mention."""
    text = "\n\n".join(f"{said}" for _ in range(40))
    found = proposals(text, language)
    assert len(found) == 1 and found[0].routes == ()
