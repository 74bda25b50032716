"""The frozen objects the extractor returns: spans, attributions, the document's own attribution;
and the suggestions made of them (a proposed claim, its hops, the case's actors they match).
Nothing here imports the analysis: the window unpickles these from the process that analysed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]
"""A half-open character range `(start, end)` of Python `str` indices into the text as given."""


def span_text(text: str, spans: tuple[Span, ...]) -> str:
    """The words of `spans` in `text`, discontinuous pieces joined by ' … '."""
    return " … ".join(text[s:e] for s, e in spans)


@dataclass(frozen=True)
class Attribution:
    """One PARC attribution: a source (who), a cue (the attributing words), a content (what).

    Spans are tuples of `(start, end)` offsets into the analysed text, sorted; `source` may be
    empty when the text leaves the speaker implicit (Arabic "وأضاف أن …"). `parent` is the index,
    in `Analysis.attributions`, of the attribution whose content holds this one, or None.
    `actor` is the source resolved to the fullest name the text gives for it ("He" → "Russian
    Foreign Minister Sergey Lavrov"); `actor_guessed` says the resolution is a guess (a pronoun,
    an implicit subject, "the official"). `relation` is the hop relation the cue implies (said,
    quoted, reported, paraphrased, translated, republished, summarised). `direction_doubtful`
    marks an attribution whose direction the text itself makes doubtful ("X quoted Y as saying"
    where Y is an outlet and X a person it would have interviewed).
    """

    index: int
    source: tuple[Span, ...]
    cue: tuple[Span, ...]
    content: tuple[Span, ...]
    parent: int | None
    source_text: str
    cue_text: str
    content_text: str
    actor: str
    actor_guessed: bool = False
    relation: str = "said"
    direction_doubtful: bool = False
    sentence: Span = (0, 0)
    quotation: bool = False
    directive: bool = False
    """The cue asks or demands (urged, called for): its content is no checkable statement."""

    def as_json(self) -> dict[str, Any]:
        """The CLI's JSON item: spans as `[[start, end], …]`, their texts, the resolved actor."""
        return {
            "source": [list(s) for s in self.source],
            "cue": [list(s) for s in self.cue],
            "content": [list(s) for s in self.content],
            "parent": self.parent,
            "source_text": self.source_text,
            "cue_text": self.cue_text,
            "content_text": self.content_text,
            "actor": self.actor,
            "actor_guessed": self.actor_guessed,
            "relation": self.relation,
            "direction_doubtful": self.direction_doubtful,
            "source_missing": not self.actor,
            "directive": self.directive,
        }


@dataclass(frozen=True)
class DocumentAttribution:
    """What the document says about itself: its outlet ("…, according to al-Watan" in the
    headline) or its translator ("translated and edited by The Syrian Observer").

    `role` is "outlet" or "translator"; `actor` the name as written; `span` where that name is,
    `cue` where the attributing words are (offsets into the text)."""

    role: str
    actor: str
    span: Span
    cue: Span

    def as_json(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "actor": self.actor,
            "span": list(self.span),
            "cue": list(self.cue),
        }


@dataclass(frozen=True)
class Analysis:
    """The attributions of one text in one language.

    `supported` is False when there is no cue lexicon for `language`; then `message` says so and
    `attributions` is empty. `date` is an ISO date the text gives about itself (a dateline), or ''.
    """

    language: str
    supported: bool
    attributions: tuple[Attribution, ...] = ()
    document: tuple[DocumentAttribution, ...] = ()
    message: str = ""
    date: str = ""
    sentences: int = 0
    notes: tuple[str, ...] = field(default=())

    @property
    def outlet(self) -> DocumentAttribution | None:
        return next((d for d in self.document if d.role == "outlet"), None)

    @property
    def translator(self) -> DocumentAttribution | None:
        return next((d for d in self.document if d.role == "translator"), None)


@dataclass(frozen=True)
class KnownActor:
    """An actor of the case, as the matcher needs it."""

    id: int
    name: str
    kind: str = "person"
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProposedHop:
    """One proposed link of a chain.

    `actor` is the case actor's name when `actor_id` matched one, else the name proposed for a
    new actor of `actor_kind`. `mention` is the words the text uses. `spans` are offsets into
    the analysed text and are set only on the hop whose words are in this source
    (`in_source`). `date` is ISO (YYYY-MM-DD) or ''. `guessed` says the actor was resolved by
    a guess (a pronoun, "the official")."""

    actor: str
    actor_id: int | None
    actor_kind: str
    mention: str
    relation: str
    quote: str = ""
    spans: tuple[Span, ...] = ()
    in_source: bool = False
    language: str = ""
    date: str = ""
    direction_doubtful: bool = False
    guessed: bool = False
    note: str = ""
    role: str = ""
    aliases: tuple[str, ...] = ()
    spelling: str = ""
    """For a matched actor: the text's name for it (in its base form) when the actor holds no
    such spelling yet; accepting keeps it as an alias."""

    def as_json(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "aliases": list(self.aliases),
            "new_spelling": self.spelling,
            "actor": self.actor,
            "actor_id": self.actor_id,
            "actor_kind": self.actor_kind,
            "new_actor": self.actor_id is None,
            "mention": self.mention,
            "relation": self.relation,
            "quote": self.quote,
            "spans": [list(s) for s in self.spans],
            "in_source": self.in_source,
            "language": self.language,
            "date": self.date,
            "direction_doubtful": self.direction_doubtful,
            "guessed": self.guessed,
            "note": self.note,
        }


@dataclass(frozen=True)
class Suggestion:
    """A proposed claim: `number` (1-based, as `suggest --accept N`), the wording, the hops
    origin first, and the indexes of the attributions it came from (innermost first).

    `routes` are further chains of the same statement (said again by another attribution of
    the text: "Moscow says …", "Russia reiterated …", "Lavrov stressed …"), origin first."""

    number: int
    wording: str
    hops: tuple[ProposedHop, ...]
    attributions: tuple[int, ...]
    content: tuple[Span, ...]
    routes: tuple[tuple[ProposedHop, ...], ...] = ()

    @property
    def label(self) -> str:
        """ "Sergey Lavrov → al-Watan → The Syrian Observer"."""
        return " → ".join(h.actor for h in self.hops)

    def as_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "wording": self.wording,
            "chain": self.label,
            "hops": [h.as_json() for h in self.hops],
            "attributions": list(self.attributions),
            "content": [list(s) for s in self.content],
            "routes": [
                {"chain": " → ".join(h.actor for h in r), "hops": [h.as_json() for h in r]}
                for r in self.routes
            ],
        }
