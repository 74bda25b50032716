"""Anchors of meaning checked against the case: its names, a hop's located passage, a merge.

The rules live in `db.text.meaning` (no database); this module reads what they need from the
case: the names of its actors and aliases, a hop's quote and the passage of its source it was
located in, the wording of two claims about to be merged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from .errors import NotFound
from .models import Actor, ActorAlias, Claim, Hop
from .text.anchor_roles import compare_texts
from .text.anchors import AnchorDiff, find_anchors
from .text.meaning import claim_differences


def case_names(session: Session) -> tuple[tuple[str, ...], ...]:
    """The names the case knows, for anchors of meaning: each actor's name with its aliases
    (unnamed officials left out: "a senior official" names nobody)."""
    rows = session.execute(
        select(Actor.id, Actor.name, ActorAlias.alias)
        .outerjoin(ActorAlias, ActorAlias.actor_id == Actor.id)
        .where(
            Actor.deleted_at.is_(None),
            Actor.merged_into_id.is_(None),
            Actor.kind != "unnamed-official",
        )
        .order_by(Actor.id, ActorAlias.id)
    ).all()
    names: dict[int, list[str]] = {}
    for ident, name, alias in rows:
        entry = names.setdefault(int(ident), [name])
        if alias and alias not in entry:
            entry.append(alias)
    return tuple(tuple(entry) for entry in names.values())


_SENTENCE_END = re.compile(r"[.!?؟\n]")


def passage_window(text: str, start: int, end: int, missing: int) -> str:
    """The passage `[start, end)` of `text` widened by up to `missing` characters (and a few
    more) on each side without crossing a sentence end: the alignment cuts a passage at its
    first and last matching word, so a changed number at its edge ("for 4,500 days" against
    "for 45 days") would be left out of the comparison."""
    if missing <= 0:
        return text[start:end]
    reach = missing + 12
    after = text[end : end + reach]
    stop = _SENTENCE_END.search(after)
    after = after[: stop.start()] if stop else after.rsplit(" ", 1)[0]
    before = text[max(0, start - reach) : start]
    stops = list(_SENTENCE_END.finditer(before))
    before = before[stops[-1].end() :] if stops else before.split(" ", 1)[-1]
    return before + text[start:end] + after


def passage_differences(
    session: Session, traced: str, passages: Sequence[tuple[str, str] | None]
) -> list[AnchorDiff]:
    """How each passage `(text, language)` differs from the traced text in anchors of meaning
    (None: a verbatim passage, which agrees)."""
    names = case_names(session)
    mine = find_anchors(traced, None, names) if any(passages) else ()
    return [
        compare_texts(traced, mine, p[0], find_anchors(p[0], p[1] or None, names), None, p[1])
        if p is not None
        else AnchorDiff(True, ())
        for p in passages
    ]


def claims_differences(session: Session, first_id: int, second_id: int) -> AnchorDiff:
    """How two claims' wording differs (first → second): their anchors, and when those agree
    the content words one does not account for (`db.text.word_accounting`)."""
    first = session.get(Claim, first_id)
    second = session.get(Claim, second_id)
    for ident, claim in ((first_id, first), (second_id, second)):
        if claim is None:
            raise NotFound("claim", ident)
    assert first is not None and second is not None
    return claim_differences(first.text, second.text, names=case_names(session))


def hop_passage_differences(session: Session, hop_id: int) -> AnchorDiff:
    """How the passage a hop's quote was located in differs from the quote (quote → passage),
    in anchors of meaning; agreeing when the hop has no located passage."""
    hop = session.get(Hop, hop_id)
    if hop is None:
        raise NotFound("hop", hop_id)
    source = hop.source
    if source is None or not hop.spans or not hop.quote.strip():
        return AnchorDiff(True, ())
    passage = " ".join(source.text[s.start : s.end] for s in hop.spans)
    names = case_names(session)
    language = hop.quote_language or hop.language or None
    other = source.language or language
    return compare_texts(
        hop.quote,
        find_anchors(hop.quote, language, names),
        passage,
        find_anchors(passage, other, names),
        language,
        other,
    )
