"""Importing W3C Web Annotations (JSON-LD) as hops' quotes: each annotation's target names a
source by its URL or its evidence file's SHA-256 (an RFC 6920 `ni:` IRI, or the `cached` copy of
a `TimeState`), and its `TextQuoteSelector` (with a `TextPositionSelector` where given) finds the
quote in the text of that version of the source; a quote in an older version is re-anchored in
the current one. The claim, actor and relation come from the bodies (`describing`, `tagging`,
`classifying`, as `desktop.reports.webannotation` writes them) or from the caller.

A quote the selectors do not find (the words are not there, or occur more than once with
nothing to tell which is meant) is located as a typed quote is (`db.text.spans.locate_quote`),
and stored as "quote not located" when that fails too."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import operations as ops
from db.case import Case
from db.errors import InvalidInput
from db.models import Claim, Source, SourceVersion
from db.text.selectors import Alignment, Health, TextQuote, find_quote
from db.text.spans import Span, page_of
from db.vocabulary import Relation

MAX_ANNOTATIONS_FILE = 50_000_000


@dataclass(frozen=True)
class ImportedAnnotations:
    hops: tuple[int, ...]
    claims: tuple[int, ...]
    """Claims made for annotations whose claim was not in the case."""
    not_located: tuple[str, ...] = ()
    """Annotations (their ids) whose quote could not be located."""
    skipped: tuple[str, ...] = field(default=())
    """Annotations left out, with the reason."""


def annotations_in(document: Any) -> Iterator[dict[str, Any]]:
    """The annotations of a JSON-LD document: an Annotation, an AnnotationPage, an
    AnnotationCollection with its first page inline, or a list of these."""
    if isinstance(document, list):
        for item in document:
            yield from annotations_in(item)
        return
    if not isinstance(document, dict):
        return
    kind = document.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    if "Annotation" in kinds:
        yield document
    elif "AnnotationPage" in kinds:
        yield from annotations_in(document.get("items", []))
        if isinstance(document.get("next"), dict):
            yield from annotations_in(document["next"])
    elif "AnnotationCollection" in kinds and isinstance(document.get("first"), dict):
        yield from annotations_in(document["first"])


def _one(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value] if value is not None else []


def _bodies(annotation: dict[str, Any]) -> dict[str, str]:
    found: dict[str, str] = {}
    for body in _one(annotation.get("body")):
        if isinstance(body, dict) and isinstance(body.get("value"), str):
            found.setdefault(str(body.get("purpose", "")), body["value"])
    return found


@dataclass(frozen=True)
class _Quote:
    source_id: int
    exact: str
    span: Span | None


class _Sources:
    """Finds a target's source and the text of the version it names, once per IRI."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def find(self, target: dict[str, Any]) -> tuple[int, int] | None:
        """(source id, version number) of a target."""
        from desktop.reports.webannotation import sha256_of_iri

        iri = str(target.get("source", ""))
        cached = ""
        for state in _one(target.get("state")):
            if isinstance(state, dict):
                cached = str(state.get("cached", "") or "")
        sha = sha256_of_iri(cached) or sha256_of_iri(iri)
        if sha is not None:
            row = self.session.execute(
                select(SourceVersion.source_id, SourceVersion.number)
                .join(Source, Source.id == SourceVersion.source_id)
                .where(SourceVersion.evidence_sha256 == sha, Source.deleted_at.is_(None))
                .order_by(SourceVersion.number.desc(), SourceVersion.source_id)
                .limit(1)
            ).first()
            if row is not None:
                return int(row[0]), int(row[1])
        if iri and not iri.startswith("ni:"):
            source_id = self.session.scalar(
                select(Source.id)
                .where(Source.url == iri, Source.deleted_at.is_(None))
                .order_by(Source.id)
                .limit(1)
            )
            if source_id is not None:
                return int(source_id), self.newest(source_id)
        return None

    def newest(self, source_id: int) -> int:
        return int(
            self.session.scalar(
                select(func.max(SourceVersion.number)).where(SourceVersion.source_id == source_id)
            )
            or 1
        )

    def text(self, source_id: int, number: int) -> str:
        return str(
            self.session.scalar(
                select(SourceVersion.text).where(
                    SourceVersion.source_id == source_id, SourceVersion.number == number
                )
            )
            or ""
        )


def _source_date(annotation: dict[str, Any]) -> dt.date | None:
    """The date its targets' TimeState gives the source (`sourceDate`, an xsd:dateTime): when
    the actor relayed the words (what `export -f web-annotation` writes). None when absent or
    not a date."""
    for target in _one(annotation.get("target")):
        for state in _one(target.get("state")) if isinstance(target, dict) else ():
            value = state.get("sourceDate") if isinstance(state, dict) else None
            if isinstance(value, str):
                try:
                    return dt.date.fromisoformat(value[:10])
                except ValueError:
                    continue
    return None


def _selectors(target: dict[str, Any]) -> tuple[dict[str, Any] | None, int | None]:
    quote: dict[str, Any] | None = None
    start: int | None = None
    for selector in _one(target.get("selector")):
        if not isinstance(selector, dict):
            continue
        if selector.get("type") == "TextQuoteSelector" and isinstance(selector.get("exact"), str):
            quote = selector
        if selector.get("type") == "TextPositionSelector" and isinstance(
            selector.get("start"), int
        ):
            start = selector["start"]
    return quote, start


def _locate(sources: _Sources, target: dict[str, Any]) -> _Quote | str:
    """The quote a target selects, or why it cannot be used."""
    found = sources.find(target)
    if found is None:
        return f"no source in the case is {target.get('source', '?')}"
    source_id, number = found
    quote, start = _selectors(target)
    if quote is None:
        return "it has no TextQuoteSelector"
    exact = quote["exact"]
    prefix, suffix = str(quote.get("prefix", "")), str(quote.get("suffix", ""))
    text = sources.text(source_id, number)
    at = find_quote(text, exact, prefix, suffix, start)
    current = sources.newest(source_id)
    if at is None:
        return _Quote(source_id, exact, None)
    if number != current:
        anchor = TextQuote(exact, prefix, suffix, at[0], at[1])
        result = Alignment(text, sources.text(source_id, current)).reanchor(anchor)
        if result.health is not Health.EXACT or result.start is None or result.end is None:
            return _Quote(source_id, exact, None)
        at = (result.start, result.end)
    return _Quote(source_id, exact, Span(at[0], at[1]))


def read_document(path: str | Path) -> Any:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_ANNOTATIONS_FILE:
            raise InvalidInput(f"{path.name} is too large for an annotations file")
        return json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise InvalidInput(f"there is no file {path}") from None
    except OSError as exc:
        raise InvalidInput(f"cannot read {path}: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInput(f"{path.name} is not JSON-LD text: {exc}") from None


def import_annotations(
    case: Case,
    path: str | Path,
    *,
    claim_id: int | None = None,
    actor: str | None = None,
    relation: str | None = None,
) -> ImportedAnnotations:
    """Add a hop for each annotation of the file, in one unit of work (all or nothing)."""
    annotations = list(annotations_in(read_document(path)))
    if not annotations:
        raise InvalidInput(f"{Path(path).name} holds no W3C Web Annotation")
    hops: list[int] = []
    made: list[int] = []
    unlocated: list[str] = []
    skipped: list[str] = []
    with case.change() as uow, uow.tagged(from_annotations=Path(path).name):
        sources = _Sources(uow.session)
        claims: dict[str, int] = {}
        for index, item in enumerate(annotations):
            name = str(item.get("id", f"annotation {index + 1}"))
            quotes = [_locate(sources, t) for t in _one(item.get("target")) if isinstance(t, dict)]
            reasons = [q for q in quotes if isinstance(q, str)]
            located = [q for q in quotes if isinstance(q, _Quote)]
            if reasons or not located or len({q.source_id for q in located}) != 1:
                skipped.append(f"{name}: {reasons[0] if reasons else 'no text target'}")
                continue
            bodies = _bodies(item)
            target_claim = claim_id
            if target_claim is None:
                wording = bodies.get("describing") or bodies.get("commenting") or ""
                if not wording:
                    skipped.append(f"{name}: no claim (give --claim, or a describing body)")
                    continue
                target_claim = claims.get(wording) or _claim_with(uow.session, wording)
                if target_claim is None:
                    target_claim = ops.add_claim(uow, wording)
                    made.append(target_claim)
                claims[wording] = target_claim
            who = actor or bodies.get("tagging") or "unknown"
            how = relation or bodies.get("classifying") or Relation.QUOTED.value
            spans = [q.span for q in located if q.span is not None]
            source = uow.session.get(Source, located[0].source_id)
            assert source is not None
            if len(spans) != len(located):
                spans = []
            spans = [Span(s.start, s.end, page_of(source.page_starts, s.start)) for s in spans]
            hop_id = ops.add_hop(
                uow,
                target_claim,
                actor_id=ops.find_or_add_actor(uow, who),
                relation=how,
                source_id=source.id,
                quote=" … ".join(q.exact for q in located),
                spans=spans or None,
                relayed_on=_source_date(item),
            )
            hops.append(hop_id)
            if ops.hop_quote_not_located(uow, hop_id):
                unlocated.append(name)
    return ImportedAnnotations(tuple(hops), tuple(made), tuple(unlocated), tuple(skipped))


def _claim_with(session: Session, wording: str) -> int | None:
    return session.scalar(
        select(Claim.id)
        .where(Claim.text == wording, Claim.deleted_at.is_(None))
        .order_by(Claim.id)
        .limit(1)
    )
