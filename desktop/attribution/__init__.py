"""The attribution assistant: who said what, through whom, read from a source's own words.

Pure Python (stdlib + `resources/attribution/*.json` lexicons); imports neither Qt, nor db, nor the rest of desktop."""

from .extract import analyse
from .lexicon import Lexicon, available_languages, load_lexicon
from .model import Analysis, Attribution, DocumentAttribution, Span
from .suggest import KnownActor, ProposedHop, Suggestion, suggest

__all__ = [
    "Analysis",
    "Attribution",
    "DocumentAttribution",
    "KnownActor",
    "Lexicon",
    "ProposedHop",
    "Span",
    "Suggestion",
    "analyse",
    "available_languages",
    "load_lexicon",
    "suggest",
]
