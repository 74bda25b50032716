"""Suggestions from a stored source, and accepting one: the three chains of the demo case found
hop for hop in the project's own digest article; claim and hops created in one transaction
whose audit events say they came from a suggestion."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from db.case import Case
from db.errors import NotFound
from db.models import AuditEvent
from db.operations import SuggestedHop, add_claim, add_claim_from_suggestion, add_source
from db.queries import claim_detail
from desktop.attribution import KnownActor, analyse, suggest
from desktop.attribution.from_case import accept, add_to_claim, propose_for_source
from tests.db.helpers import dump

DIGEST = Path(__file__).resolve().parents[1] / "data" / "attribution" / "digest-2024-03-07.txt"


def store_digest(case: Case) -> int:
    with case.change() as uow:
        return add_source(
            uow,
            title="Digest of al-Watan, 7 March 2024",
            outlet="The Syrian Observer",
            language="en",
            published_on="2024-03-07",
            text=DIGEST.read_text("utf-8"),
        )


def chain(suggestion) -> list[tuple[str, str, bool]]:  # type: ignore[no-untyped-def]
    return [(h.actor, h.relation, h.direction_doubtful) for h in suggestion.hops]


def by_words(suggestions, words: str):  # type: ignore[no-untyped-def]
    found = [s for s in suggestions if words in s.wording]
    assert found, [s.wording for s in suggestions]
    return found[0]


def test_the_three_demo_chains_hop_for_hop(demo_case: Case) -> None:
    source_id = store_digest(demo_case)
    proposals = propose_for_source(demo_case, source_id)
    suggestions = proposals.suggestions

    red_lines = by_words(suggestions, "no red lines")
    assert chain(red_lines) == [
        ("BBC Türkçe", "reported", False),
        ("Turkish security official (unnamed)", "said", True),
        ("al-Watan", "reported", False),
        ("The Syrian Observer", "translated", False),
    ]
    assert all(h.actor_id is not None for h in red_lines.hops)  # all matched to the demo's actors
    assert "quoted" in red_lines.hops[0].note  # offered as the doubtful first link
    assert red_lines.hops[1].guessed  # "the official"
    assert red_lines.wording == "There are no red lines and no preconditions on the table."

    press = by_words(suggestions, "sanctions imposed by Western capitals")
    assert chain(press) == [
        ("Sergey Lavrov", "said", False),
        ("al-Watan", "reported", False),
        ("The Syrian Observer", "translated", False),
    ]

    rt = by_words(suggestions, "Washington understands")
    assert chain(rt) == [
        ("Sergey Lavrov", "said", False),
        ("Russia Today", "quoted", False),
        ("al-Watan", "reported", False),
        ("The Syrian Observer", "translated", False),
    ]
    # the hop read in this source carries its words, spans, language and date
    last = rt.hops[-1]
    assert last.in_source and last.language == "en" and last.date == "2024-03-07"
    text = proposals.text
    assert [text[s:e] for s, e in last.spans] == [
        "“Washington understands that it has to talk to the government in Damascus, and it is "
        "already doing so quietly.”"
    ]
    assert last.quote.startswith("Washington understands")


def test_new_actors_are_proposed_with_a_kind() -> None:
    text = "The spokesman for the Iraqi Oil Ministry said exports would rise, Reuters reported."
    analysis = analyse(text, "en")
    (s,) = suggest(
        analysis, text, actors=[KnownActor(7, "Reuters", "outlet", ("Thomson Reuters",))]
    )
    assert [(h.actor, h.actor_id, h.relation) for h in s.hops] == [
        ("spokesman for the Iraqi Oil Ministry", None, "said"),
        ("Reuters", 7, "reported"),
    ]
    assert s.hops[0].actor_kind == "unnamed-official"


def test_an_unsupported_language_proposes_nothing() -> None:
    analysis = analyse("Der Minister sagte, die Preise würden sinken.", "de")
    assert suggest(analysis, "Der Minister sagte, die Preise würden sinken.") == ()


def test_accepting_creates_claim_and_hops_in_one_audited_transaction(any_case: Case) -> None:
    source_id = store_digest(any_case)
    proposals = propose_for_source(any_case, source_id)
    red_lines = by_words(proposals.suggestions, "no red lines")
    claim_id = accept(
        any_case, source_id, red_lines, wording="No red lines for talks, says an official"
    )
    with any_case.read() as session:
        detail = claim_detail(session, claim_id)
        events = [
            (action, entity_id, after)
            for action, entity_id, after in session.execute(
                select(AuditEvent.action, AuditEvent.entity_id, AuditEvent.after).order_by(
                    AuditEvent.id
                )
            )
        ]
    assert detail.text == "No red lines for talks, says an official"
    hops = detail.hops
    assert [(h.actor_name, h.relation) for h in hops] == [
        ("BBC Türkçe", "reported"),
        ("high-ranking Turkish security official", "said"),
        ("al-Watan", "reported"),
        ("The Syrian Observer", "translated"),
    ]
    assert [h.actor_kind for h in hops] == ["outlet", "unnamed-official", "outlet", "outlet"]
    assert hops[1].direction_doubtful
    assert hops[-1].source_id == source_id and hops[-1].spans
    assert hops[0].relays_hop_id is None
    assert [h.relays_hop_id for h in hops[1:]] == [h.id for h in hops[:-1]]
    added = [e for e in events if e[0] in ("add claim", "add hop", "add actor")]
    tagged = [e for e in added if (e[2] or {}).get("from_suggestion")]
    assert len(tagged) == 1 + 4 + 4  # the claim, its four hops and the four new actors
    assert all(
        e[2]["from_suggestion"].startswith(f"source #{source_id}, suggestion") for e in tagged
    )
    assert {e[1] for e in tagged if e[0] == "add claim"} == {str(claim_id)}
    untagged = [e for e in events if e[0] == "add source"]
    assert untagged and not any((e[2] or {}).get("from_suggestion") for e in untagged)


def test_new_actors_are_added_with_the_claim(sqlite_case: Case) -> None:
    source_id = store_digest(sqlite_case)  # an empty case: every actor is new
    proposals = propose_for_source(sqlite_case, source_id)
    rt = by_words(proposals.suggestions, "Washington understands")
    assert all(h.actor_id is None for h in rt.hops)
    claim_id = accept(sqlite_case, source_id, rt)
    with sqlite_case.read() as session:
        detail = claim_detail(session, claim_id)
    assert [h.actor_name for h in detail.hops] == [h.actor for h in rt.hops]


def test_a_failing_hop_leaves_the_case_as_it_was(sqlite_case: Case) -> None:
    before = dump(sqlite_case)
    hops = [
        SuggestedHop(actor_name="A new speaker", relation="said"),
        SuggestedHop(actor_name="An outlet", relation="reported", source_id=999),
    ]
    with pytest.raises(NotFound), sqlite_case.change() as uow:
        add_claim_from_suggestion(uow, "Something was said.", hops, suggestion="test")
    assert dump(sqlite_case) == before


def test_adding_a_suggestion_to_an_open_claim(sqlite_case: Case) -> None:
    source_id = store_digest(sqlite_case)
    proposals = propose_for_source(sqlite_case, source_id)
    press = by_words(proposals.suggestions, "sanctions imposed")
    with sqlite_case.change() as uow:
        claim_id = add_claim(uow, "Western sanctions deepened hardship in Syria.")
    first = add_to_claim(sqlite_case, claim_id, source_id, press)
    second = add_to_claim(sqlite_case, claim_id, source_id, press)  # a second route
    with sqlite_case.read() as session:
        detail = claim_detail(session, claim_id)
    assert len(detail.hops) == 6
    origins = [h.id for h in detail.hops if h.relays_hop_id is None]
    assert origins == [first[0], second[0]]


def test_a_quotation_is_one_suggestion_with_its_speakers_name() -> None:
    text = (
        "“We think the worst is over,” said Joseph Smith, an economist at a bank. "
        "“But we are not out of the woods yet.”"
    )
    (s,) = suggest(analyse(text, "en"), text)
    assert s.wording == "We think the worst is over. But we are not out of the woods yet."
    assert [(h.actor, h.actor_kind, h.relation) for h in s.hops] == [
        ("Joseph Smith", "person", "said")
    ]
    assert s.hops[0].in_source and len(s.hops[0].spans) == 2
