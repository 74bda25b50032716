"""Where else does this appear? Traces, the similarity index's upkeep, similar claims, merges."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from db import operations as ops
from db.appearances import similar_claims, trace_claim, trace_hop, trace_text
from db.case import Case
from db.errors import InvalidInput
from db.integrity import verify_case
from db.models import Claim, ClaimBand, ClaimTag, Hop, Review, SourceBand
from db.operations.appearances import (
    Chosen,
    add_appearances_as_hops,
    merge_claims,
    rebuild_similarity_index,
    unmerge_claims,
)
from db.text.meaning import REWORDING_SIMILARITY
from db.text.normalise import fold, search_key
from db.text.similarity import SAME_CLAIM_SIMILARITY, SUGGEST_SIMILARITY
from db.trash import list_trash

DATA = Path(__file__).resolve().parents[1] / "data"

QUOTE = (
    "We will not sign any agreement that leaves the northern border crossings open to armed "
    "groups and their suppliers"
)
VARIANTS = [
    # verbatim, inside other sentences
    "Talks went on late. " + QUOTE + ". The delegation left at noon.",
    # trimmed at both ends, re-punctuated
    "The spokesman repeated: «not sign any agreement that leaves the northern border crossings "
    "open to armed groups». Markets fell.",
    # two words changed
    "Officials said they will not sign an agreement that leaves the northern border crossings "
    "open to armed gangs and their suppliers, the agency reported.",
    # in upper case, with a word added
    "HEADLINE: WE WILL NOT SIGN ANY AGREEMENT THAT LEAVES THE NORTHERN BORDER CROSSINGS WIDE "
    "OPEN TO ARMED GROUPS AND THEIR SUPPLIERS",
]
DECOYS = [
    # shares many words, not the quote
    "Armed groups crossed the northern border on Sunday; suppliers of fuel say any agreement "
    "will take months, and the crossings stay open to traders.",
    "The minister will sign the agreement on trade. Border groups and suppliers met.",
]

FILLER = (
    "Weather in the capital stayed mild this week while the football league resumed after a "
    "long winter break and the city council debated new bus routes for the eastern districts."
)


def _fill(rng: random.Random, text: str) -> str:
    words = FILLER.split()
    before = " ".join(rng.sample(words, 12))
    after = " ".join(rng.sample(words, 12))
    return f"{before}. {text} {after}."


def _plant(case: Case) -> tuple[list[int], list[int]]:
    rng = random.Random(7)
    planted: list[int] = []
    decoys: list[int] = []
    with case.change() as uow:
        for day, text in enumerate(VARIANTS):
            planted.append(
                ops.add_source(
                    uow,
                    title=f"relay {day}",
                    outlet=f"Outlet {day}",
                    text=_fill(rng, text),
                    published_on=f"2024-05-{10 - 2 * day:02d}",
                )
            )
        for n, text in enumerate(DECOYS):
            decoys.append(
                ops.add_source(
                    uow, title=f"decoy {n}", text=_fill(rng, text), published_on="2024-01-01"
                )
            )
        for n in range(20):
            ops.add_source(uow, title=f"filler {n}", text=_fill(rng, FILLER))
    return planted, decoys


def test_trace_finds_every_relay_and_no_decoy_in_date_order(any_case: Case) -> None:
    planted, decoys = _plant(any_case)
    with any_case.read() as session:
        trace = trace_text(session, QUOTE)
    found = [a.source_id for a in trace.appearances]
    assert set(found) == set(planted)
    assert not set(found) & set(decoys)
    # ordered by publication date: the last variant was published first
    assert found == list(reversed(planted))
    assert [a.first for a in trace.appearances] == [True, False, False, False]
    dates = [a.published_on for a in trace.appearances]
    assert dates == sorted(dates)
    with any_case.read() as session:
        verbatim = next(a for a in trace.appearances if a.source_id == planted[0])
        source_text = trace_text(session, QUOTE).appearances[-1].passage
    assert verbatim.passage == QUOTE and verbatim.similarity == 1.0 and verbatim.verbatim
    assert source_text == QUOTE
    upper = next(a for a in trace.appearances if a.source_id == planted[3])
    assert upper.passage.startswith("WE WILL NOT SIGN") and upper.passage.endswith("SUPPLIERS")
    assert 0.8 < upper.similarity < 1.0


def test_trace_passage_is_a_span_of_the_stored_text(sqlite_case: Case) -> None:
    text = "Intro. Bakan: «Türkiye'nin Şam ile görüşmelerde kırmızı çizgisi yok» dedi. Son."
    with sqlite_case.change() as uow:
        source = ops.add_source(uow, title="tr", text=text, language="tr")
    with sqlite_case.read() as session:
        trace = trace_text(session, "TURKIYE’NIN sam ile gorusmelerde kirmizi cizgisi yok")
    (found,) = trace.appearances
    assert found.source_id == source
    assert text[found.start : found.end] == "Türkiye'nin Şam ile görüşmelerde kırmızı çizgisi yok"


@pytest.mark.parametrize("text", ["minister", "  the minister ", "?!", "Damascus."])
def test_too_short_to_trace(sqlite_case: Case, text: str) -> None:
    with sqlite_case.read() as session, pytest.raises(InvalidInput, match="too short to trace"):
        trace_text(session, text)


def test_trace_of_claim_and_hop(sqlite_case: Case) -> None:
    planted, _ = _plant(sqlite_case)
    with sqlite_case.change() as uow:
        claim = ops.add_claim(uow, QUOTE)
        actor = ops.add_actor(uow, "Outlet 0", "outlet")
        hop = ops.add_hop(
            uow, claim, actor_id=actor, relation="said", source_id=planted[0], quote=QUOTE
        )
        empty = ops.add_hop(uow, claim, actor_id=actor, relation="reported")
    with sqlite_case.read() as session:
        assert {a.source_id for a in trace_claim(session, claim).appearances} == set(planted)
        assert {a.source_id for a in trace_hop(session, hop).appearances} == set(planted)
        with pytest.raises(InvalidInput, match="no quote"):
            trace_hop(session, empty)


def test_index_is_kept_up_to_date_and_rebuilt(any_case: Case) -> None:
    planted, _ = _plant(any_case)
    with any_case.read() as session:
        keys = session.scalar(select(func.count()).select_from(SourceBand))
        assert keys and keys > 0
    # a source added later is found at once
    with any_case.change() as uow:
        late = ops.add_source(uow, title="late", text=_fill(random.Random(1), VARIANTS[0]))
    with any_case.read() as session:
        assert late in {a.source_id for a in trace_text(session, QUOTE).appearances}
    # a corrected date changes the order, the first appearance moves
    with any_case.change() as uow:
        ops.edit_source(uow, late, published_on="2023-12-31")
    with any_case.read() as session:
        first = trace_text(session, QUOTE).appearances[0]
    assert first.source_id == late and first.first
    # an emptied index finds nothing; reindex brings everything back
    with any_case.change() as uow:
        uow.session.execute(SourceBand.__table__.delete())
    with any_case.read() as session:
        assert trace_text(session, QUOTE).appearances == ()
    with any_case.change() as uow:
        counts = rebuild_similarity_index(uow)
    assert counts.sources == len(planted) + 2 + 20 + 1
    with any_case.read() as session:
        assert session.scalar(select(func.count()).select_from(SourceBand)) == counts.source_keys
        assert {a.source_id for a in trace_text(session, QUOTE).appearances} == {*planted, late}
        assert verify_case(session).problems == ()


def test_claim_edits_keep_similar_claims_current(any_case: Case) -> None:
    with any_case.change() as uow:
        a = ops.add_claim(uow, "Bread prices rose by 20 percent in March")
        b = ops.add_claim(uow, "Bread prices rose by 20 per cent in March")
        c = ops.add_claim(uow, "Fuel prices fell by 5 percent in April")
    with any_case.read() as session:
        found = similar_claims(session, a)
    assert [s.claim_id for s in found] == [b]
    assert found[0].same and found[0].similarity >= SAME_CLAIM_SIMILARITY
    with any_case.change() as uow:
        ops.edit_claim(uow, c, text="Bread prices rose by twenty percent in March")
        ops.edit_claim(uow, b, text="The army withdrew from the border town")
    with any_case.read() as session:
        found = similar_claims(session, a)
        assert [s.claim_id for s in found] == [c]
        assert SUGGEST_SIMILARITY <= found[0].similarity < SAME_CLAIM_SIMILARITY
        # "twenty" is 20: the same claim in other words (its content words and anchors agree)
        assert found[0].same and found[0].words >= REWORDING_SIMILARITY
    with any_case.change() as uow:
        ops.delete_claim(uow, c)
    with any_case.read() as session:
        assert similar_claims(session, a) == []


def test_thresholds_against_labelled_pairs(sqlite_case: Case) -> None:
    pairs = json.loads((DATA / "similar_claims.json").read_text(encoding="utf-8"))["pairs"]
    with sqlite_case.change() as uow:
        ids = [(ops.add_claim(uow, p["a"]), ops.add_claim(uow, p["b"]), p["label"]) for p in pairs]
    with sqlite_case.read() as session:
        for a, b, label in ids:
            found = {s.claim_id: s for s in similar_claims(session, a)}
            if label == "same":
                assert b in found and found[b].same, (a, b)
            elif label == "reworded":
                assert b in found, (a, b)
            else:
                assert b not in found or not found[b].same, (a, b)


def test_merge_claims_and_undo(any_case: Case) -> None:
    with any_case.change() as uow:
        keep = ops.add_claim(
            uow, "No red lines for talks with Damascus", tags=["turkey"], notes="first"
        )
        other = ops.add_claim(
            uow, "No red lines in talks with Damascus", tags=["syria", "turkey"], notes="second"
        )
        actor = ops.add_actor(uow, "BBC Türkçe", "outlet")
        kept_hop = ops.add_hop(uow, keep, actor_id=actor, relation="reported", quote="no red lines")
        moved = [
            ops.add_hop(uow, other, actor_id=actor, relation="said", quote="kırmızı çizgi yok"),
            ops.add_hop(uow, other, actor_id=actor, relation="translated", quote="no red lines"),
        ]
        ops.set_hop_status(uow, moved[0], "confirmed", "heard it")
        ops.set_verdict(uow, other, "false", "no such interview")
    with any_case.change() as uow:
        merged = merge_claims(uow, keep, other)
    with any_case.read() as session:
        kept = session.get(Claim, keep)
        gone = session.get(Claim, other)
        assert kept is not None and gone is not None
        assert [h.id for h in kept.hops] == [kept_hop, *moved]
        assert {t.tag for t in kept.tags} == {"turkey", "syria"}
        assert "second" in kept.notes and "first" in kept.notes
        assert gone.merged_into_id == keep and gone.hops == []
        assert gone.deleted_at is not None  # the emptied claim waits in the Trash
        assert ("claim", other) in {(i.kind, i.id) for i in list_trash(session)}
        reviews = session.scalars(select(Review.claim_id).where(Review.id.in_(merged.review_ids)))
        assert set(reviews) == {keep} and len(merged.review_ids) == 2
        # a second route: the moved origin does not relay the kept chain
        first_moved = session.get(Hop, moved[0])
        assert first_moved is not None and first_moved.relays_hop_id is None
        assert session.scalar(select(func.count()).where(ClaimBand.claim_id == other)) == 0
        assert verify_case(session).problems == ()
        assert similar_claims(session, keep) == []
    with any_case.change() as uow:
        unmerge_claims(uow, merged)
    with any_case.read() as session:
        kept = session.get(Claim, keep)
        back = session.get(Claim, other)
        assert kept is not None and back is not None
        assert [h.id for h in kept.hops] == [kept_hop]
        assert [h.id for h in back.hops] == moved
        assert [t.tag for t in kept.tags] == ["turkey"] and kept.notes == "first"
        assert back.merged_into_id is None and back.deleted_at is None
        assert ("claim", other) not in {(i.kind, i.id) for i in list_trash(session)}
        assert set(
            session.scalars(select(Review.claim_id).where(Review.id.in_(merged.review_ids)))
        ) == {other}
        assert [s.claim_id for s in similar_claims(session, keep)] == [other]
        assert verify_case(session).problems == ()
        tags = session.scalars(select(ClaimTag.tag).where(ClaimTag.claim_id == other))
        assert sorted(tags) == ["syria", "turkey"]


def test_merge_refuses_itself_and_twice(sqlite_case: Case) -> None:
    with sqlite_case.change() as uow:
        a = ops.add_claim(uow, "one claim here")
        b = ops.add_claim(uow, "another claim here")
    with sqlite_case.change() as uow, pytest.raises(InvalidInput, match="itself"):
        merge_claims(uow, a, a)
    with sqlite_case.change() as uow:
        merge_claims(uow, a, b)
    with sqlite_case.change() as uow, pytest.raises(InvalidInput, match="already merged"):
        merge_claims(uow, a, b)


def test_add_appearances_as_hops_in_date_order(any_case: Case) -> None:
    planted, _ = _plant(any_case)
    with any_case.change() as uow:
        claim = ops.add_claim(uow, "No agreement while the northern crossings stay open")
    with any_case.read() as session:
        trace = trace_text(session, QUOTE)
    chosen = [Chosen(a.source_id, a.start, a.end) for a in reversed(trace.appearances)]
    with any_case.change() as uow:
        added = add_appearances_as_hops(uow, claim, chosen)
    with any_case.read() as session:
        hops = session.scalars(
            select(Hop).where(Hop.claim_id == claim).order_by(Hop.position)
        ).all()
        assert [h.id for h in hops] == list(added.hop_ids)
        assert [h.source_id for h in hops] == [a.source_id for a in trace.appearances]
        assert [h.relation for h in hops] == [
            "reported",
            "republished",
            "republished",
            "republished",
        ]
        assert [h.relays_hop_id for h in hops] == [None, *[h.id for h in hops[:-1]]]
        for hop, appearance in zip(hops, trace.appearances, strict=True):
            assert hop.quote == appearance.passage
            assert [(s.start, s.end) for s in hop.spans] == [(appearance.start, appearance.end)]
            assert hop.relayed_on == appearance.published_on
        assert verify_case(session).problems == ()
    # extending again skips the sources the claim already cites
    with any_case.change() as uow:
        again = add_appearances_as_hops(uow, claim, chosen[:1])
    assert again.hop_ids == () and again.skipped_sources == (chosen[0].source_id,)
    with any_case.change() as uow:
        other = ops.add_source(uow, title="short", text="a short text")
    with any_case.change() as uow, pytest.raises(InvalidInput, match="outside"):
        add_appearances_as_hops(uow, claim, [Chosen(other, 0, 10**6)])
    assert planted


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("aBcİıIöÖşŞéЁёЖж ءأإآقَالَـ .,\n'’"), max_size=40))
def test_folding_with_offsets_is_search_key(text: str) -> None:
    folded = fold(text)
    assert folded.text == search_key(text)
    spans = [folded.original_span(i, i + 1) for i in range(len(folded.text))]
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert [a for a, _ in spans] == sorted(a for a, _ in spans)


def test_candidate_look_ups_use_an_index(any_case: Case) -> None:
    """The band look-ups of a trace and of similar claims are index scans on both databases."""
    from sqlalchemy import bindparam, text

    _plant(any_case)
    with any_case.change() as uow:
        ops.add_claim(uow, "Bread prices rose by 20 percent in March")
    for model, column in ((SourceBand, SourceBand.source_id), (ClaimBand, ClaimBand.claim_id)):
        statement = (
            select(column, func.count())
            .where(model.band.in_(bindparam("keys", expanding=True)))
            .group_by(column)
        )
        with any_case.read() as session:
            dialect = session.get_bind().dialect
            sql = str(
                statement.params(keys=[1, 2, 3]).compile(
                    dialect=dialect,
                    compile_kwargs={"literal_binds": True, "render_postcompile": True},
                )
            )
            if dialect.name == "sqlite":
                plan = " ".join(str(r) for r in session.execute(text(f"EXPLAIN QUERY PLAN {sql}")))
                assert f"SEARCH {model.__table__.name} USING COVERING INDEX" in plan, plan
            else:
                session.execute(text("SET LOCAL enable_seqscan = off"))
                plan = " ".join(str(r) for r in session.execute(text(f"EXPLAIN {sql}")))
                assert f"Index Scan on pk_{model.__table__.name}" in plan, plan


def test_claims_stay_searchable_after_revision_0005(any_case: Case) -> None:
    """0005 re-makes the claims table on SQLite; its full-text triggers come back with it."""
    from db.search import search_claims

    with any_case.change() as uow:
        claim = ops.add_claim(uow, "No red lines for talks with Damascus")
        ops.edit_claim(uow, claim, text="No red lines for talks with Ankara")
    with any_case.read() as session:
        assert [h.id for h in search_claims(session, "ankara")] == [claim]
        assert search_claims(session, "damascus") == []


def test_passage_found_after_a_long_text_that_folds_shorter(sqlite_case: Case) -> None:
    """Vocalised Arabic folds to fewer characters: the passage's place in the folded text is
    far from its place in the stored text, and the span must still be exact."""
    vocalised = "قَالَ الوَزِيرُ إِنَّ الاتِّفَاقَ سَيُوَقَّعُ غَداً. " * 120
    text = vocalised + "Then the envoy said: " + QUOTE + ". " + vocalised
    with sqlite_case.change() as uow:
        source = ops.add_source(uow, title="long", text=text, language="ar")
    with sqlite_case.read() as session:
        (found,) = trace_text(session, QUOTE).appearances
    assert found.source_id == source
    assert text[found.start : found.end] == QUOTE
