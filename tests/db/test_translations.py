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
