"""Reading local files (PDF, saved web pages, text, Markdown) into a case.

Files are hostile until read: they are parsed in reader processes with memory and time limits
(`sandbox`), PDFs under pypdf's `Configuration` limits, and a file that can only be read in part
is refused unless the reviewer agrees (`allow_partial`). No Qt widgets here (layer rule).
"""

from .errors import PartialRead, PasswordRequired, ReadCancelled, SourceReadError, WrongPassword
from .importer import ImportOutcome, export_evidence, import_file
from .limits import ReadLimits
from .reader import read_file
from .result import ReadSource

__all__ = [
    "ImportOutcome",
    "PartialRead",
    "PasswordRequired",
    "ReadCancelled",
    "ReadLimits",
    "ReadSource",
    "SourceReadError",
    "WrongPassword",
    "export_evidence",
    "import_file",
    "read_file",
]
