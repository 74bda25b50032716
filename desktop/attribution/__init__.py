"""The attribution assistant: attributions (source, cue, content) and proposed chains, from a text.
May import the standard library, its lexicons in resources/ and db.text (names); only from_case.py
reads or changes a case through db; never Qt."""

from .extract import analyse
from .lexicon import Lexicon, available_languages, load_lexicon
from .model import Analysis, Attribution, DocumentAttribution, Span
from .proposals import suggest
from .suggest import KnownActor, ProposedHop, Suggestion

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
