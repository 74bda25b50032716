"""Reading local files (PDF, saved web pages, text, Markdown, web captures, e-mail, office
documents) into a case.

Files are hostile until read: they are parsed in reader processes with memory and time limits
(`sandbox`), PDFs under pypdf's `Configuration` limits, and a file that can only be read in part
is refused unless the reviewer agrees (`allow_partial`). No Qt widgets here (layer rule).

The names below load on first use, so that a reader process (which imports this package on its
way to `_child`) does not pay for the case database it never touches.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .errors import (
        EncodingInDoubt,
        PageChoiceNeeded,
        PartialRead,
        PasswordRequired,
        ReadCancelled,
        SourceReadError,
        WrongPassword,
    )
    from .importer import ImportOutcome, export_evidence, import_file
    from .limits import ReadLimits
    from .reader import read_file
    from .result import ReadOptions, ReadSource

_WHERE = {
    "EncodingInDoubt": "errors",
    "PageChoiceNeeded": "errors",
    "PartialRead": "errors",
    "PasswordRequired": "errors",
    "ReadCancelled": "errors",
    "SourceReadError": "errors",
    "WrongPassword": "errors",
    "ImportOutcome": "importer",
    "export_evidence": "importer",
    "import_file": "importer",
    "ReadLimits": "limits",
    "read_file": "reader",
    "ReadOptions": "result",
    "ReadSource": "result",
}

__all__ = [
    "EncodingInDoubt",
    "ImportOutcome",
    "PageChoiceNeeded",
    "PartialRead",
    "PasswordRequired",
    "ReadCancelled",
    "ReadLimits",
    "ReadOptions",
    "ReadSource",
    "SourceReadError",
    "WrongPassword",
    "export_evidence",
    "import_file",
    "read_file",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
