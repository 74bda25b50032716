"""The attribution assistant: attributions (source, cue, content) and proposed chains, from a text.
May import the standard library, its lexicons in resources/ and db.text (names); only from_case.py
reads or changes a case through db; never Qt."""

from __future__ import annotations

import sys
import types
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .extract import analyse
    from .lexicon import Lexicon, available_languages, load_lexicon
    from .model import (
        Analysis,
        Attribution,
        DocumentAttribution,
        KnownActor,
        ProposedHop,
        Span,
        Suggestion,
    )
    from .proposals import suggest

#: Where each name lives: imported when first asked for, so that importing one module of the
#: package (the window unpickling suggestions: `model`) does not load the analysis.
_HOMES = {
    "analyse": "extract",
    "Lexicon": "lexicon",
    "available_languages": "lexicon",
    "load_lexicon": "lexicon",
    "Analysis": "model",
    "Attribution": "model",
    "DocumentAttribution": "model",
    "KnownActor": "model",
    "ProposedHop": "model",
    "Span": "model",
    "Suggestion": "model",
}


class _Package(types.ModuleType):
    """The package's `suggest` is the function that makes suggestions (`proposals.suggest`),
    though a module of the package bears that name too: the import system's naming of the
    module here, when it is first imported, leaves the function in place."""

    @property
    def suggest(self) -> Any:
        return import_module(".proposals", __name__).suggest

    @suggest.setter
    def suggest(self, _module: object) -> None:
        pass


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value


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
