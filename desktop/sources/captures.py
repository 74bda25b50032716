"""Web captures: WARC and WACZ archives (warcio) and MHTML single-file pages (email parser).

One page of a capture becomes a source: its HTML goes through the same reader as a saved web
page (`html.read_html`), the page's URL and capture time become the source's URL and retrieved
date, and the evidence file is the whole archive. A capture of several pages is not guessed
at: `ChoosePage` lists them and the reviewer names one. A WACZ is checked as its spec says
(`wacz.check_package`) before any page is read. Runs inside reader processes; nothing here
runs a page's scripts.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import io
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from .html import NoArticle, read_html
from .result import MHTML, WARC, ReadSource

#: The most one captured response body may hold.
MAX_BODY = 64 * 1024 * 1024


class NotCapture(ValueError):
    """The file is not a capture that can be read; the message is one line for a person."""


@dataclass(frozen=True)
class CapturedPage:
    """A page the capture holds: its URL, when it was captured (ISO 8601), its title."""

    url: str
    captured_at: str
    title: str = ""

    def to_json(self) -> dict[str, str]:
        return {"url": self.url, "captured_at": self.captured_at, "title": self.title}


class ChoosePage(Exception):
    """The capture holds several pages (or not the one asked for): the reviewer chooses."""

    def __init__(self, pages: list[CapturedPage], asked: str | None = None) -> None:
        super().__init__(f"{len(pages)} pages")
        self.pages = pages
        self.asked = asked


def iso_time(value: str) -> str:
    """A WARC-Date or a 14-digit CDX timestamp as ISO 8601 (UTC), or the value as given."""
    value = (value or "").strip()
    if value.isdigit() and len(value) >= 8:
        value = value.ljust(14, "0")
        try:
            return dt.datetime.strptime(value[:14], "%Y%m%d%H%M%S").strftime("%Y-%m-%dT%H:%M:%SZ")
        except ValueError:
            return value
    return value


@dataclass(frozen=True)
class Response:
    url: str
    captured_at: str
    body: bytes
    charset: str | None


def _is_html(content_type: str) -> bool:
    lowered = content_type.lower()
    return "html" in lowered


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return None


def warc_responses(data: bytes, want: str | None = None) -> Iterator[Response]:
    """The HTML pages a WARC holds as successful responses (or resources), in file order; with
    `want`, only that URL's. Request and metadata records are not pages."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        for record in ArchiveIterator(io.BytesIO(data), no_record_parse=False):
            if record.rec_type not in ("response", "resource"):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            if want is not None and url != want:
                continue
            if record.rec_type == "response" and record.http_headers is not None:
                status = record.http_headers.get_statuscode() or ""
                content_type = record.http_headers.get_header("Content-Type") or ""
                if not status.startswith("2"):
                    continue
            else:
                content_type = record.rec_headers.get_header("Content-Type") or ""
            if not _is_html(content_type):
                continue
            body = record.content_stream().read(MAX_BODY + 1)
            if len(body) > MAX_BODY:
                raise NotCapture(f"the page {url} is larger than {MAX_BODY // (1024 * 1024)} MB")
            captured = iso_time(record.rec_headers.get_header("WARC-Date") or "")
            yield Response(url, captured, body, _charset(content_type))
    except ArchiveLoadFailed as exc:
        raise NotCapture(f"it is not a readable WARC ({str(exc).strip()[:200]})") from None


def _html_of(response: Response) -> bytes | str:
    if response.charset:
        try:
            return response.body.decode(response.charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return response.body


def page_source(
    response: Response, media_type: str, capture: dict[str, Any], title: str = ""
) -> ReadSource:
    """The page read as a saved web page, with the capture's URL and time."""
    try:
        read = read_html(_html_of(response))
    except NoArticle as exc:
        raise NotCapture(f"the captured page {response.url}: {exc}") from None
    details = dict(read.details)
    if read.url and read.url != response.url:
        details["canonical_url"] = read.url
    details["retrieved"] = response.captured_at
    details["capture"] = {**capture, "page": response.url, "captured_at": response.captured_at}
    details["part"] = f"{response.url} {response.captured_at}"
    return replace(
        read,
        media_type=media_type,
        url=response.url,
        title=read.title or title,
        details=details,
    )


def choose(pages: list[CapturedPage], asked: str | None) -> CapturedPage:
    """The page asked for (by URL, or by its position from 1), or the only page."""
    if asked is None:
        if len(pages) == 1:
            return pages[0]
        raise ChoosePage(pages)
    matches = [p for p in pages if p.url == asked]
    if not matches and asked.isdigit() and 1 <= int(asked) <= len(pages):
        matches = [pages[int(asked) - 1]]
    if not matches:
        raise ChoosePage(pages, asked)
    return matches[0]


def read_warc(data: bytes, page: str | None = None) -> ReadSource:
    pages: list[CapturedPage] = []
    seen: set[tuple[str, str]] = set()
    for response in warc_responses(data):
        key = (response.url, response.captured_at)
        if key not in seen:
            seen.add(key)
            pages.append(CapturedPage(response.url, response.captured_at))
    if not pages:
        raise NotCapture(
            "it holds no captured page (no HTML response records; only requests or other resources)"
        )
    chosen = choose(pages, page)
    for response in warc_responses(data, chosen.url):
        if response.captured_at == chosen.captured_at:
            return page_source(response, WARC, {"format": "WARC", "pages": len(pages)})
    raise NotCapture(f"the page {chosen.url} could not be read back")  # pragma: no cover


def read_mhtml(data: bytes) -> ReadSource:
    """A page saved as one file by a Chromium-based browser ("Webpage, Single File")."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not message.is_multipart():
        raise NotCapture("it is not an MHTML page (it has no parts)")
    url = str(message.get("Snapshot-Content-Location") or "").strip()
    html_part = None
    for part in message.walk():
        if part.get_content_type() != "text/html":
            continue
        location = str(part.get("Content-Location") or "").strip()
        if html_part is None or (url and location == url):
            html_part = part
        if url and location == url:
            break
    if html_part is None:
        raise NotCapture("it holds no HTML page")
    body = html_part.get_payload(decode=True)
    if not isinstance(body, bytes) or not body:
        raise NotCapture("its HTML page is empty")
    url = url or str(html_part.get("Content-Location") or "").strip()
    captured = ""
    if message.get("Date"):
        try:
            stamp = email.utils.parsedate_to_datetime(str(message["Date"]))
            if stamp.tzinfo is not None:
                stamp = stamp.astimezone(dt.UTC)
            captured = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
        except (TypeError, ValueError):
            captured = str(message["Date"])
    response = Response(url, captured, body, html_part.get_content_charset())
    subject = str(message.get("Subject") or "").strip()
    return page_source(response, MHTML, {"format": "MHTML", "pages": 1}, title=subject)
