"""Saved web pages: the article's text and metadata, by trafilatura.

trafilatura parses the page with lxml and picks the article out of navigation, adverts and
comments; it never runs the page's scripts (nothing here does), and script and style elements
are not text. The page's own metadata gives title, site, author, date and canonical URL.
"""

from __future__ import annotations

from db.text.normalise import normalise_text

from .result import HTML, ReadSource


class NoArticle(ValueError):
    """The page holds no article text that can be told from its navigation."""


def paragraphs(text: str) -> str:
    """The extracted text with each block (a heading, paragraph, list item, table row, a line
    ended by `<br>`: one line each in the extractor's text) a paragraph of its own, set apart by
    a blank line, so that a heading without a full stop never runs into the sentence after it."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def read_html(data: bytes | str) -> ReadSource:
    import trafilatura

    document = trafilatura.bare_extraction(
        data,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
    )
    if document is None:
        raise NoArticle("no article text was found in the page")
    fields = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    text = paragraphs(normalise_text(fields.get("text") or ""))
    if not text:
        raise NoArticle("no article text was found in the page")
    published = fields.get("date") or None
    return ReadSource(
        media_type=HTML,
        text=text,
        title=normalise_text(fields.get("title") or "").strip(),
        outlet=normalise_text(fields.get("sitename") or fields.get("hostname") or "").strip(),
        url=(fields.get("url") or "").strip(),
        author=normalise_text(fields.get("author") or "").strip(),
        published_on=published[:10] if published else None,
        details={
            key: fields[key]
            for key in ("description", "hostname", "categories", "tags", "license")
            if fields.get(key)
        },
    )
