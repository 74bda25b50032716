"""Translation links between sources and their stored alignment, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db import operations as ops
from db.case import Case
from db.errors import InvalidInput
from db.models import AuditEvent
from db.translations import stored_alignment, translation_links
from tests.text.parallel import load_pair

DOC = load_pair("ar-en")[1]


def _sources(case: Case) -> tuple[int, int]:
    with case.change() as uow:
        original = ops.add_source(
            uow, title="al-Watan", language="ar", direction="rtl", text=DOC.original_text
        )
        translation = ops.add_source(
            uow, title="The Syrian Observer", language="en", text=DOC.translation_text
        )
    return original, translation


def test_link_stores_the_alignment_and_the_audit_says_so(any_case: Case) -> None:
    original, translation = _sources(any_case)
    with any_case.change() as uow:
        linked = ops.link_translation(uow, translation, original)
    assert linked.warning == ""
    assert linked.summary == "1 sentence added"
    with any_case.read() as session:
        alignment = stored_alignment(session, translation)
        links = translation_links(session, original)
        events = session.scalars(
            select(AuditEvent.action).where(AuditEvent.entity_id == str(translation))
        ).all()
    assert alignment is not None
    assert [(b.original, b.translation) for b in alignment.beads] == list(DOC.gold)
    assert [t.id for t in links.translations] == [translation]
    assert "link translation" in events
    first = alignment.beads[0]
    span = alignment.span(first, "original")
    assert span is not None and DOC.original_text[span[0] : span[1]] == DOC.original[0]


def test_unlink_removes_link_and_alignment(any_case: Case) -> None:
    original, translation = _sources(any_case)
    with any_case.change() as uow:
        ops.link_translation(uow, translation, original)
    with any_case.change() as uow:
        assert ops.unlink_translation(uow, translation) == original
    with any_case.read() as session:
        assert stored_alignment(session, translation) is None
        assert translation_links(session, translation).original is None


def test_a_cycle_is_refused_and_same_language_warns(any_case: Case) -> None:
    original, translation = _sources(any_case)
    with any_case.change() as uow:
        ops.link_translation(uow, translation, original)
    with pytest.raises(InvalidInput, match="would make a cycle"), any_case.change() as uow:
        ops.link_translation(uow, original, translation)
    with pytest.raises(InvalidInput, match="itself"), any_case.change() as uow:
        ops.link_translation(uow, original, original)
    with any_case.change() as uow:
        third = ops.add_source(uow, title="A rewrite", language="en", text=DOC.translation_text)
        linked = ops.link_translation(uow, third, translation)
    assert "same language" in linked.warning


def test_correcting_a_source_realigns_its_links(any_case: Case) -> None:
    original, translation = _sources(any_case)
    with any_case.change() as uow:
        ops.link_translation(uow, translation, original)
    with any_case.change() as uow:
        ops.edit_source(uow, original, language="ru")  # languages change the splitting rules
    with any_case.read() as session:
        stored = stored_alignment(session, translation)
        fresh = ops.compute_alignment(session, translation, original)
    assert stored is not None
    assert stored.as_dict() == fresh.as_dict()
    with any_case.change() as uow:
        ops.edit_source(uow, translation, translated_from_id=None)
    with any_case.read() as session:
        assert stored_alignment(session, translation) is None


def _claim_on_translation(case: Case, translation: int, sentence: str) -> tuple[int, int]:
    with case.change() as uow:
        claim = ops.add_claim(uow, "Hospitals received more than 900 wounded")
        actor = ops.find_or_add_actor(uow, "The Syrian Observer", "outlet")
        hop = ops.add_hop(
            uow, claim, actor_id=actor, relation="reported", source_id=translation, quote=sentence
        )
    return claim, hop


def test_add_hop_from_the_original_and_where_else_across_the_link(any_case: Case) -> None:
    from db.appearances import trace_hop
    from db.models import Hop

    original, translation = _sources(any_case)
    with any_case.change() as uow:
        ops.link_translation(uow, translation, original)
    # "He added that hospitals had received more than 900 wounded …" (a 2–1 bead)
    sentence = DOC.translation[2]
    claim, hop = _claim_on_translation(any_case, translation, sentence)
    with any_case.read() as session:
        trace = trace_hop(session, hop)
    aligned = [a for a in trace.appearances if a.aligned_with == translation]
    assert [a.source_id for a in aligned] == [original]
    assert aligned[0].passage == f"{DOC.original[2]} {DOC.original[3]}"
    assert aligned[0].note.startswith(f"the original of #{translation}")

    # The original names no outlet: its hop is not given to the translator (The Syrian
    # Observer) but waits for its actor.
    with (
        pytest.raises(ops.OriginalActorUnknown, match="names no outlet"),
        any_case.change() as uow,
    ):
        ops.add_hop_from_original(uow, hop)
    with any_case.change() as uow:
        watan = ops.find_or_add_actor(uow, "al-Watan", "outlet")
        added = ops.add_hop_from_original(uow, hop, watan)
    with any_case.read() as session:
        new = session.get(Hop, added.hop_id)
        old = session.get(Hop, hop)
        assert new is not None and old is not None
        assert new.actor_id == watan and old.actor_id != watan
        assert new.source_id == original and new.quote == aligned[0].passage
        assert [(s.start, s.end) for s in new.spans] == [(aligned[0].start, aligned[0].end)]
        assert old.relation == "translated" and old.relays_hop_id == new.id
        assert new.relation == "reported" and new.claim_id == claim
    with pytest.raises(InvalidInput, match="not linked to an original"), any_case.change() as uow:
        ops.add_hop_from_original(uow, added.hop_id)


def test_a_new_version_of_the_original_realigns(sqlite_case: Case) -> None:
    original, translation = _sources(sqlite_case)
    with sqlite_case.change() as uow:
        ops.link_translation(uow, translation, original)
    changed = DOC.original_text.replace("1414", "1515")
    with sqlite_case.change() as uow:
        ops.add_version(uow, original, text=changed, reason="update")
    with sqlite_case.read() as session:
        alignment = stored_alignment(session, translation)
    assert alignment is not None
    assert alignment.summary() == "1 number differs, 1 sentence added"
    assert alignment.flags()[0].description == "number differs: 1515 → 1,414"


def test_a_source_that_says_it_was_translated_is_proposed_with_its_original(
    sqlite_case: Case,
) -> None:
    from db.translation_proposals import proposed_links

    other = load_pair("ar-en")[0]
    with sqlite_case.change() as uow:
        ops.add_source(uow, title="Another daily", language="ar", text=other.original_text)
        original = ops.add_source(uow, title="al-Watan", language="ar", text=DOC.original_text)
        translation = ops.add_source(
            uow,
            title="Digest",
            language="en",
            text=DOC.translation_text
            + "\nThis article was translated and edited by The Syrian Observer.",
        )
        ops.add_source(uow, title="Untranslated", language="en", text=DOC.translation_text + " ")
    with sqlite_case.read() as session:
        (proposal,) = proposed_links(session)
    assert (proposal.translation, proposal.original) == (translation, original)
    assert proposal.notice == "translated and edited by" and proposal.shared >= 5
    assert {"Latakia", "Dumairiya"} <= set(proposal.names)  # across scripts: اللاذقية, ضميرية
    assert f"source {original} (ar) shares" in proposal.describe()
    # dismissed, it is not proposed again (audited); taken back, it is
    with sqlite_case.change() as uow:
        ops.dismiss_proposed_link(uow, translation, original)
    with sqlite_case.read() as session:
        assert proposed_links(session, translation) == []
        actions = session.scalars(
            select(AuditEvent.action).where(AuditEvent.entity_id == str(translation))
        ).all()
        assert "dismiss proposed link" in actions
    with sqlite_case.change() as uow:
        ops.restore_proposed_link(uow, translation, original)
    with sqlite_case.read() as session:
        assert [p.original for p in proposed_links(session, translation)] == [original]
    with sqlite_case.change() as uow:
        ops.link_translation(uow, translation, original)
    with sqlite_case.read() as session:
        assert proposed_links(session) == []


def test_a_source_in_the_middle_of_a_chain_reads_with_its_original_or_its_translation(
    any_case: Case,
) -> None:
    from db.translations import reading_choices, reading_pair

    original, translation = _sources(any_case)
    with any_case.change() as uow:
        retold = ops.add_source(uow, title="Retold", language="en", text=DOC.translation_text)
        ops.link_translation(uow, translation, original)
        ops.link_translation(uow, retold, translation)
    with any_case.read() as session:
        choices = reading_choices(session, translation)
        assert [(c.original_id, c.translation_id) for c in choices] == [
            (original, translation),
            (translation, retold),
        ]
        assert [(c.original_language, c.translation_language) for c in choices] == [
            ("ar", "en"),
            ("en", "en"),
        ]
        first = reading_pair(session, translation)
        chosen = reading_pair(session, translation, retold)
        unknown = reading_pair(session, translation, 10_000)
        assert first is not None and first.original_id == original
        assert chosen is not None and (chosen.original_id, chosen.translation_id) == (
            translation,
            retold,
        )
        assert chosen.original_language == "en" and chosen.choices == choices
        assert unknown is not None and unknown.translation_id == translation
        assert [c.translation_id for c in reading_choices(session, retold)] == [retold]


@pytest.mark.parametrize(
    "notice",
    [
        "Translated from the Arabic by the desk.",
        "This report was translated into English by our staff.",
        "Translation from Arabic: The Syrian Observer.",
        "Haber Arapçadan tercüme edilmiştir.",
        "Статья переведена с арабского.",
        "Metin Arapçadan çevrildi.",
    ],
)
def test_every_way_of_saying_translated_is_a_notice(sqlite_case: Case, notice: str) -> None:
    """The notices a translated page carries in four languages, not only "translated by"."""
    from db.translation_proposals import proposed_links

    with sqlite_case.change() as uow:
        original = ops.add_source(uow, title="al-Watan", language="ar", text=DOC.original_text)
        translation = ops.add_source(
            uow, title="Digest", language="en", text=DOC.translation_text + "\n" + notice
        )
    with sqlite_case.read() as session:
        (proposal,) = proposed_links(session)
    assert (proposal.translation, proposal.original) == (translation, original)
