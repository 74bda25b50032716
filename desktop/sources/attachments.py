"""An e-mail's attachments imported as sources of their own, each linked to the e-mail.

The attachments are taken out of the e-mail by a reader process (`_child`), written under a
safe name to a private temporary folder, and imported like any file (read in reader processes
again). Each new source records the e-mail it came with in its details (`attachment_of`: the
e-mail's source id, file name and SHA-256); the e-mail's own details list its attachments by
SHA-256. An attachment whose bytes are already in the case keeps its existing source.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.case import Case

from .errors import SourceReadError
from .importer import ImportOutcome, import_file
from .limits import ReadLimits
from .reader import FileBytes
from .sandbox import ReaderGroup

_UNSAFE = re.compile(r"[^\w.\- ]+")


@dataclass(frozen=True)
class AttachmentOutcome:
    file_name: str
    outcome: ImportOutcome | None
    reason: str = ""

    def line(self) -> str:
        if self.outcome is None:
            return f"attachment {self.file_name} not imported: {self.reason}"
        if not self.outcome.created:
            return (
                f"attachment {self.file_name} is already in the case as source "
                f"{self.outcome.source_id}"
            )
        return f"attachment {self.file_name} imported as source {self.outcome.source_id}"


def extract(file: FileBytes, limits: ReadLimits) -> list[tuple[str, str, bytes]]:
    """(file name, media type, bytes) of each attachment, taken out in a reader process."""
    group = ReaderGroup(file.path, limits)
    group.start("attachments", {"path": str(file.path), "sha256": file.sha256})
    for _worker, message in group.messages():
        if message[0] == "error":
            raise SourceReadError(file.path, message[1])
        if message[0] == "result":
            return [(str(n), str(t), bytes(d)) for n, t, d in message[1]]
    raise SourceReadError(file.path, "the reader gave no result")


def safe_name(name: str, number: int) -> str:
    cleaned = _UNSAFE.sub("_", Path(name.replace("\\", "/")).name).strip(" .")
    return cleaned[:150] or f"attachment-{number}"


def import_attachments(
    case: Case,
    email_source: int,
    file: FileBytes,
    *,
    limits: ReadLimits | None = None,
    language: str | None = None,
) -> list[AttachmentOutcome]:
    """Import each attachment of the e-mail stored as `email_source`; one that cannot be read
    is reported (the e-mail and the other attachments stay)."""
    limits = limits or ReadLimits.from_environment()
    outcomes: list[AttachmentOutcome] = []
    with tempfile.TemporaryDirectory(prefix="provdesk-attachments-") as folder:
        for number, (name, _media_type, data) in enumerate(extract(file, limits), start=1):
            target = Path(folder) / str(number) / safe_name(name, number)
            target.parent.mkdir()
            target.write_bytes(data)
            link: dict[str, Any] = {
                "attachment_of": {
                    "source": email_source,
                    "file_name": file.path.name,
                    "sha256": file.sha256,
                    "attachment": name,
                }
            }
            try:
                outcome = import_file(
                    case, target, limits=limits, language=language, extra_details=link
                )
            except SourceReadError as exc:
                outcomes.append(AttachmentOutcome(name, None, exc.reason))
                continue
            outcomes.append(AttachmentOutcome(name, outcome))
    return outcomes
