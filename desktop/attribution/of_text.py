"""The attribution assistant's proposals for a source's text, with nothing of the case: what
`from_case` reads goes in (`ProposalInput`), the analysis and suggestions come out. Picklable
both ways, so the window runs it in a process of its own for a long source
(`desktop.sources.sandbox.run_apart`); the reader fork server preloads this module."""

from __future__ import annotations

from dataclasses import dataclass

from .extract import analyse
from .model import Analysis
from .proposals import suggest
from .suggest import KnownActor, Suggestion


@dataclass(frozen=True)
class SourceProposals:
    """A stored source's text, its analysis and the suggestions made from it."""

    source_id: int
    text: str
    language: str
    direction: str
    analysis: Analysis
    suggestions: tuple[Suggestion, ...]


@dataclass(frozen=True)
class ProposalInput:
    """What the proposals of a stored source are made from (read from the case; picklable, so
    `proposals_of` may run in another process)."""

    source_id: int
    text: str
    language: str
    recorded_language: str
    direction: str
    outlet: str
    date: str
    actors: tuple[KnownActor, ...]


def proposals_of(given: ProposalInput) -> SourceProposals:
    """Analyse a source's text and make its suggestions (no case needed)."""
    analysis = analyse(given.text, given.language)
    suggestions = suggest(
        analysis,
        given.text,
        actors=list(given.actors),
        outlet=given.outlet,
        language=given.recorded_language or analysis.language,
        date=given.date,
    )
    return SourceProposals(
        given.source_id, given.text, given.language, given.direction, analysis, suggestions
    )


def warm_up() -> None:
    """Load the lexicons and compile the patterns once (in the fork server, for its children)."""
    proposals_of(ProposalInput(0, "He said it was fine.", "en", "en", "ltr", "", "", ()))
