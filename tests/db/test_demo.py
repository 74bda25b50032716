"""The demo case a newcomer sees first holds the chains of the design card."""

from __future__ import annotations

from db.case import Case
from db.queries import claim_detail, list_claims


def _chains(case: Case) -> dict[str, list[list[str]]]:
    with case.read() as session:
        out = {}
        for row in list_claims(session).rows:
            detail = claim_detail(session, row.id)
            out[detail.text] = [
                [detail.hop(h).actor_name for h in chain] for chain in detail.chains
            ]
        return out


def test_card_chain_in_its_order_with_the_inversion_noted(demo_case: Case) -> None:
    chains = _chains(demo_case)
    card = next(c for text, c in chains.items() if "red lines" in text)
    assert card == [
        ["BBC Türkçe", "Turkish security official (unnamed)", "al-Watan", "The Syrian Observer"]
    ]
    with demo_case.read() as session:
        claim = next(r for r in list_claims(session).rows if "red lines" in r.text)
        detail = claim_detail(session, claim.id)
    official = detail.hops[1]
    assert official.direction_doubtful
    assert "quoted the BBC Türkçe" in detail.notes and "inverts" in detail.notes


def test_lavrov_claims_end_in_the_observer_translation(demo_case: Case) -> None:
    chains = _chains(demo_case)
    lavrov = [c[0] for c in chains.values() if c[0][0] == "Sergey Lavrov"]
    assert ["Sergey Lavrov", "al-Watan", "The Syrian Observer"] in lavrov
    assert ["Sergey Lavrov", "Russia Today", "al-Watan", "The Syrian Observer"] in lavrov
    with demo_case.read() as session:
        for row in list_claims(session).rows:
            last = claim_detail(session, row.id).hops[-1]
            assert (last.actor_name, last.relation, last.language) == (
                "The Syrian Observer",
                "translated",
                "en",
            )
            assert last.spans, "the translation hop's quote is located in the digest's text"
