"""ZIP containers (WACZ, .docx, .odt) opened with their costs checked before a byte expands.

A ZIP's central directory says how large each member is once expanded; Python's `zipfile`
stops a member at that size and fails its CRC check when the data says otherwise, so the
declared sizes bound what reading can cost. A file whose members would expand past the limit,
or expand far more than ordinary documents do, is refused as a likely ZIP bomb. Runs inside
reader processes.
"""

from __future__ import annotations

import io
import posixpath
import zipfile

MB = 1024 * 1024
#: What all members of one container may expand to.
MAX_EXPANDED = 512 * MB
#: Expansion ratio past which a large member is taken for a bomb (text compresses 5–20×).
MAX_RATIO = 200
MAX_MEMBERS = 20_000


class BadArchive(ValueError):
    """The container cannot be read safely; the message is one line for a person."""


def open_zip(data: bytes, what: str = "ZIP archive") -> zipfile.ZipFile:
    """The archive, refused when it is not a ZIP, is damaged, or would expand too far."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise BadArchive(f"it is not a readable {what} (damaged ZIP: {exc})") from None
    if len(members) > MAX_MEMBERS:
        raise BadArchive(f"it holds {len(members):,} files, more than a {what} should")
    expanded = sum(m.file_size for m in members)
    if expanded > MAX_EXPANDED:
        raise BadArchive(
            f"it would expand to {expanded / MB:,.0f} MB, past the limit of "
            f"{MAX_EXPANDED / MB:,.0f} MB (a ZIP bomb?)"
        )
    for member in members:
        if member.file_size > 10 * MB and member.file_size > MAX_RATIO * max(
            member.compress_size, 1
        ):
            raise BadArchive(
                f"its member {member.filename} would expand {member.file_size / MB:,.0f} MB from "
                f"{member.compress_size:,} bytes (a ZIP bomb?)"
            )
    return archive


def inside(name: str) -> bool:
    """Whether a path named by the archive's own index stays inside the archive."""
    if not name or name.startswith(("/", "\\")) or "\\" in name or ":" in name.split("/")[0]:
        return False
    normal = posixpath.normpath(name)
    return not (normal == ".." or normal.startswith("../"))


def read_member(archive: zipfile.ZipFile, name: str) -> bytes:
    """A member's bytes; a damaged member is one line, not a traceback."""
    try:
        return archive.read(name)
    except KeyError:
        raise BadArchive(f"{name} is missing from the archive") from None
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
        raise BadArchive(f"its member {name} is damaged ({exc})") from None
    except NotImplementedError as exc:
        raise BadArchive(f"its member {name} uses a compression not supported ({exc})") from None
