"""A rewording whose characters are little alike is still listed among similar claims (issue
22, `db.text.meaning.REWORDING_FLOOR`): word order, a passive and a number in words leave
"Lyon police detained 14 fans." and "Fourteen fans were arrested by police in Lyon." 0.41
alike in wording, and the listing still offers the pair as probably the same claim."""

from __future__ import annotations

from db import operations as ops
from db.appearances import similar_claims
from db.case import Case
from db.text.meaning import REWORDING_FLOOR
from db.text.normalise import search_key
from db.text.similarity import claim_similarity, trigrams

CLAIM = "Lyon police detained 14 fans."
REWORDED = "Fourteen fans were arrested by police in Lyon."
OTHER_NUMBER = "Forty fans were arrested by police in Lyon."


def test_a_rewording_little_alike_in_characters_is_listed(any_case: Case) -> None:
    wording = claim_similarity(trigrams(search_key(CLAIM)), trigrams(search_key(REWORDED)))
    assert REWORDING_FLOOR <= wording < 0.45
    with any_case.change() as uow:
        claim = ops.add_claim(uow, CLAIM)
        reworded = ops.add_claim(uow, REWORDED)
        ops.add_claim(uow, OTHER_NUMBER)
    with any_case.read() as session:
        found = {s.claim_id: s for s in similar_claims(session, claim)}
    assert reworded in found
    assert found[reworded].same
    assert found[reworded].differences == ()
    assert all(not s.same for i, s in found.items() if i != reworded)
