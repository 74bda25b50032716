"""The attribution assistant's proposals for a source's text, with nothing of the case: what
`from_case` reads goes in (`ProposalInput`), the analysis and suggestions come out. Picklable
both ways, so the window runs it in a process of its own for a long source
(`desktop.sources.sandbox.run_apart`); the reader fork server preloads this module."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Analysis, Attribution, KnownActor, Suggestion


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
    """Analyse a source's text and make its suggestions (no case needed). The analysis is
    imported here, not with the module: the window only unpickles what another process made."""
    from .extract import analyse
    from .proposals import suggest

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


#: Attributions per pickled part handed back by `proposals_in_parts`.
PART = 250


def proposals_in_parts(given: ProposalInput) -> tuple[SourceProposals, tuple[bytes, ...]]:
    """`proposals_of` for the window, run in a process of its own: the analysis' attributions
    come back apart, pickled PART at a time (the proposals carry none), and `joined` puts them
    back. A 500-page source has thousands: unpickled in one call they would hold the
    interpreter the window's GUI thread shares with its workers for a few hundred ms, a part
    at a time it is never held for more than a few."""
    import pickle
    from dataclasses import replace

    whole = proposals_of(given)
    found = whole.analysis.attributions
    parts = tuple(
        pickle.dumps(found[start : start + PART], pickle.HIGHEST_PROTOCOL)
        for start in range(0, len(found), PART)
    )
    return replace(whole, analysis=replace(whole.analysis, attributions=())), parts


def joined(proposals: SourceProposals, parts: tuple[bytes, ...]) -> SourceProposals:
    """The proposals `proposals_in_parts` handed back, whole again (a part at a time)."""
    import pickle
    from dataclasses import replace

    found: list[Attribution] = []
    for part in parts:
        found.extend(pickle.loads(part))  # our own process's pickles
    return replace(proposals, analysis=replace(proposals.analysis, attributions=tuple(found)))


def warm_up() -> None:
    """Load the lexicons and compile the patterns once (in the fork server, for its children)."""
    proposals_of(ProposalInput(0, "He said it was fine.", "en", "en", "ltr", "", "", ()))
