"""E-mail (.eml): the headers a desk cites (from, date, subject), the body text, the attachments.

The body is the plain-text part when there is one; an HTML part is turned into text (its
scripts, styles and the like dropped unread) and never shown or run as HTML. Attachments are
listed with their size and SHA-256, and can be imported as sources of their own
(`attachments`). Runs inside reader processes.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import hashlib
from dataclasses import dataclass
from email.message import EmailMessage

from db.text.normalise import normalise_text

from .result import EMAIL, ReadSource

MAX_ATTACHMENTS = 50


class NotMail(ValueError):
    """The file is not an e-mail that can be read."""


@dataclass(frozen=True)
class Attachment:
    file_name: str
    media_type: str
    data: bytes


def parse(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not (
        message.get("From") or message.get("Subject") or message.get("Date")
    ):
        raise NotMail("it is not an e-mail (it has no From, Subject or Date header)")
    return message


BLOCKS = (
    *("p", "div", "li", "dt", "dd", "td", "th", "tr", "br", "hr", "blockquote", "pre"),
    *("h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "header", "footer", "nav"),
    *("ul", "ol", "table", "caption", "figcaption", "address"),
)
"""Elements that begin and end a paragraph of an HTML body's text."""


def html_to_text(html: str) -> str:
    """The words of an HTML body, without its scripts, styles, forms or head."""
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for element in tree.xpath("//script|//style|//head|//template|//noscript|//iframe|//object"):
        element.drop_tree()
    blocks = []
    for element in tree.iter(*BLOCKS):  # a block starts and ends a paragraph (a wrapped line not)
        element.text = "\u2029" + (element.text or "")
        element.tail = "\u2029" + (element.tail or "")
    text = tree.text_content()
    for line in text.split("\u2029"):
        line = " ".join(line.split())
        if line:
            blocks.append(line)
    return "\n\n".join(blocks)  # each block a paragraph: a heading is no part of the next


def _body(message: EmailMessage) -> tuple[str, str]:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return "", "none"
    try:
        content = part.get_content()
    except (LookupError, ValueError):
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    if not isinstance(content, str):
        return "", "none"
    if part.get_content_type() == "text/html":
        return html_to_text(content), "html (as text; never shown as HTML)"
    return content, "plain"


def _sent(message: EmailMessage) -> tuple[str | None, str]:
    value = str(message.get("Date") or "")
    try:
        stamp = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None, value
    if stamp.tzinfo is not None:
        return stamp.date().isoformat(), stamp.astimezone(dt.UTC).isoformat()
    return stamp.date().isoformat(), stamp.isoformat()


def attachments(message: EmailMessage) -> list[Attachment]:
    found: list[Attachment] = []
    for number, part in enumerate(message.iter_attachments(), start=1):
        if len(found) >= MAX_ATTACHMENTS:
            break
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes) or not payload:
            continue
        name = part.get_filename() or f"attachment-{number}"
        found.append(Attachment(name, part.get_content_type(), payload))
    return found


def read_email(data: bytes) -> ReadSource:
    message = parse(data)
    body, body_kind = _body(message)
    sender = normalise_text(str(message.get("From") or "")).strip()
    subject = normalise_text(str(message.get("Subject") or "")).strip()
    published, sent_at = _sent(message)
    text = normalise_text(body).strip()
    listed = [
        {
            "file_name": a.file_name,
            "media_type": a.media_type,
            "size": len(a.data),
            "sha256": hashlib.sha256(a.data).hexdigest(),
        }
        for a in attachments(message)
    ]
    if not text and not listed:
        raise NotMail("the e-mail has no body text and no attachment")
    return ReadSource(
        media_type=EMAIL,
        text=text or subject,
        title=subject,
        author=sender,
        published_on=published,
        details={
            "email": {
                "from": sender,
                "to": normalise_text(str(message.get("To") or "")).strip()[:2000],
                "date": sent_at,
                "subject": subject,
                "message_id": str(message.get("Message-ID") or "").strip()[:500],
                "body": body_kind,
            },
            **({"attachments": listed} if listed else {}),
        },
    )
