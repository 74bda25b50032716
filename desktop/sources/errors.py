"""Why a file could not be read: one clear line naming the file and the reason."""

from __future__ import annotations

from pathlib import Path

from db.errors import CaseError
from db.text.file_names import readable


class SourceReadError(CaseError):
    """A file was refused or could not be read; nothing was stored in the case."""

    def __init__(self, path: str | Path, reason: str, *, hint: str = "") -> None:
        self.path = Path(path)
        self.reason = reason
        self.hint = hint
        message = f"cannot import {readable(self.path.name)}: {reason}"
        super().__init__(f"{message} ({hint})" if hint else message)


class WorkApartError(CaseError):
    """Work run in a process of its own (`sandbox.run_apart`) failed; the reason, one line."""


class PasswordRequired(SourceReadError):
    """The PDF is encrypted and no password was given: ask for one and read again."""


class WrongPassword(PasswordRequired):
    """The password given does not open the PDF."""


class PartialRead(SourceReadError):
    """Only part of the file could be read; `problems` and `missing_pages` say what is missing.
    Reading again with `allow_partial=True` stores the readable part, marked incomplete."""

    def __init__(self, path: str | Path, problems: list[str], missing_pages: list[int]) -> None:
        self.problems = list(problems)
        self.missing_pages = list(missing_pages)
        super().__init__(
            path,
            "only part of it could be read: " + "; ".join(problems),
            hint="import it with --allow-partial to keep the readable part, marked incomplete",
        )


class EncodingInDoubt(SourceReadError):
    """A text file's encoding could not be told for sure and the caller asked to choose:
    `encoding` is the one the readers preferred, `candidates` the others that read the file as
    plausible text. Reading again with `encoding=` one of them stores it."""

    def __init__(self, path: str | Path, encoding: str, candidates: list[str]) -> None:
        self.encoding = encoding
        self.candidates = list(candidates)
        others = ", ".join(candidates) or "no other"
        super().__init__(
            path,
            f"its encoding is in doubt: read as {encoding} (it may also be {others})",
            hint="give the encoding with --encoding NAME",
        )


class ReadCancelled(SourceReadError):
    """The reviewer cancelled the import."""

    def __init__(self, path: str | Path) -> None:
        super().__init__(path, "cancelled")


class PageChoiceNeeded(SourceReadError):
    """A capture holds several pages (or not the one asked for): `pages` lists them (url,
    captured_at, title); reading again with `page=` one of their URLs stores that page."""

    def __init__(self, path: str | Path, pages: list[dict[str, str]], asked: str | None) -> None:
        self.pages = list(pages)
        self.asked = asked
        shown = ", ".join(p["url"] for p in self.pages[:5])
        more = f", … ({len(self.pages)} in all)" if len(self.pages) > 5 else ""
        reason = (
            f"it holds no page {asked} (it holds {shown}{more})"
            if asked
            else f"it holds {len(self.pages)} pages: {shown}{more}"
        )
        super().__init__(path, reason, hint="choose one with --page URL")
