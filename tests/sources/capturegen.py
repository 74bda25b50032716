"""Web captures, e-mail and office files written by the tests: WARC (warcio's writer), WACZ
assembled as its spec lays it out, MHTML and .eml by the standard library's e-mail package,
.docx by python-docx and .odt by odfpy; good ones and hostile ones."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime

PAGE_URL = "https://news.example.org/2024/03/border-talks"
SECOND_URL = "https://news.example.org/2024/03/ministers-meet"
CAPTURED = "2024-03-07T10:15:00Z"
SENDER = "Press Office <press@ministry.example.gov>"


def article(headline: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{headline}</title><script>document.title='RUN'</script></head>"
        f"<body><nav>Home | World</nav><article><h1>{headline}</h1>{body}</article>"
        "<footer>Copyright</footer></body></html>"
    ).encode()


BORDER = article(
    "Border talks resume",
    [
        "Officials from both countries met in the border town on Thursday to resume talks.",
        "The deputy minister said the crossing would reopen to trucks within two weeks.",
        "Observers said the timetable depended on an inspection of the customs building.",
    ],
)
MINISTERS = article(
    "Ministers meet in the capital",
    [
        "The foreign ministers met for three hours and issued no joint statement afterwards.",
        "A spokesman said a second meeting was planned for the spring in a neutral city.",
    ],
)


def warc(pages: list[tuple[str, bytes]], *, requests_only: bool = False) -> bytes:
    """A gzipped WARC with a request and a response record per page."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for url, html in pages:
        request = writer.create_warc_record(
            url,
            "request",
            payload=io.BytesIO(b""),
            http_headers=StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example.org")]),
            warc_headers_dict={"WARC-Date": CAPTURED},
        )
        writer.write_record(request)
        if requests_only:
            continue
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        response = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(html),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": CAPTURED},
        )
        writer.write_record(response)
    return out.getvalue()


def _cdx(warc_bytes: bytes, filename: str) -> bytes:
    from warcio.archiveiterator import ArchiveIterator

    lines = []
    iterator = ArchiveIterator(io.BytesIO(warc_bytes))
    for record in iterator:
        if record.rec_type != "response":
            continue
        url = record.rec_headers.get_header("WARC-Target-URI")
        record.content_stream().read()
        offset = iterator.get_record_offset()
        length = iterator.get_record_length()
        entry = {"url": url, "mime": "text/html", "status": "200"}
        entry.update(offset=str(offset), length=str(length), filename=filename)
        lines.append(f"org,example,news)/ 20240307101500 {json.dumps(entry)}")
    return ("\n".join(sorted(lines)) + "\n").encode()


def wacz(
    pages: list[tuple[str, bytes]] | None = None,
    *,
    sign: bool = False,
    tamper: bool = False,
    index_filename: str | None = None,
) -> bytes:
    """A WACZ as the spec lays it out: archive/, indexes/, pages/pages.jsonl, datapackage.json
    with each resource's SHA-256, and datapackage-digest.json (signed anonymously with a key
    made here when `sign`). `tamper` changes the WARC after the hashes were taken;
    `index_filename` makes the index name another file."""
    pages = pages or [(PAGE_URL, BORDER)]
    warc_bytes = warc(pages)
    members: dict[str, bytes] = {
        "archive/data.warc.gz": warc_bytes,
        "indexes/index.cdx": _cdx(warc_bytes, index_filename or "data.warc.gz"),
        "pages/pages.jsonl": (
            json.dumps({"format": "json-pages-1.0", "id": "pages", "title": "All Pages"})
            + "\n"
            + "\n".join(
                json.dumps({"id": f"p{n}", "url": url, "ts": CAPTURED, "title": f"Page {n}"})
                for n, (url, _html) in enumerate(pages, start=1)
            )
            + "\n"
        ).encode(),
    }
    resources = [
        {
            "name": name.rsplit("/", 1)[1],
            "path": name,
            "hash": "sha256:" + hashlib.sha256(data).hexdigest(),
            "bytes": len(data),
        }
        for name, data in members.items()
    ]
    package = json.dumps(
        {
            "profile": "data-package",
            "wacz_version": "1.1.1",
            "title": "Border talks capture",
            "software": "provdesk tests",
            "created": CAPTURED,
            "resources": resources,
        },
        indent=2,
    ).encode()
    package_hash = "sha256:" + hashlib.sha256(package).hexdigest()
    digest: dict[str, object] = {"path": "datapackage.json", "hash": package_hash}
    if sign:
        digest["signedData"] = _anonymous_signature(package_hash)
    if tamper:
        members["archive/data.warc.gz"] = warc(
            [(PAGE_URL, BORDER.replace(b"two weeks", b"two years"))]
        )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        archive.writestr("datapackage.json", package)
        archive.writestr("datapackage-digest.json", json.dumps(digest))
    return out.getvalue()


def _anonymous_signature(package_hash: str) -> dict[str, str]:
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    key = ec.generate_private_key(ec.SECP384R1())
    signature = key.sign(package_hash.encode("ascii"), ec.ECDSA(hashes.SHA256()))
    public = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return {
        "hash": package_hash,
        "created": "2024-03-07T10:20:00Z",
        "software": "provdesk tests",
        "signature": base64.b64encode(signature).decode(),
        "publicKey": base64.b64encode(public).decode(),
    }


def mhtml(url: str = PAGE_URL, html: bytes = BORDER) -> bytes:
    message = EmailMessage()
    message["From"] = "<Saved by Blink>"
    message["Snapshot-Content-Location"] = url
    message["Subject"] = "Border talks resume"
    message["Date"] = "Thu, 7 Mar 2024 10:15:00 -0000"
    message["MIME-Version"] = "1.0"
    message.make_related()
    message.add_related(html, "text", "html", cte="quoted-printable")
    message.get_payload()[0]["Content-Location"] = url
    message.add_related(b"body { color: black }", "text", "css")
    return message.as_bytes()


def email_with_pdf(pdf: bytes, *, html_only: str | None = None) -> bytes:
    import datetime as dt

    message = EmailMessage()
    message["From"] = SENDER
    message["To"] = "desk@paper.example.org"
    message["Subject"] = "Statement on the border crossing"
    message["Date"] = format_datetime(dt.datetime(2024, 3, 6, 16, 30, tzinfo=dt.UTC))
    message["Message-ID"] = "<statement-1@ministry.example.gov>"
    if html_only is not None:
        message.set_content(html_only, subtype="html")
    else:
        message.set_content(
            "The ministry confirms that the crossing will reopen to trucks within two weeks.\n"
            "The full statement is attached.\n"
        )
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename="statement.pdf")
    return message.as_bytes()


def docx_file() -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.title = "Press release on the crossing"
    document.core_properties.author = "Ministry press office"
    document.add_heading("Press release on the crossing", level=1)
    document.add_paragraph("The crossing will reopen to trucks within two weeks.")
    document.add_heading("Background", level=2)
    document.add_paragraph("Talks resumed on Thursday in the border town.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def odt_file() -> bytes:
    from odf import text
    from odf.opendocument import OpenDocumentText

    document = OpenDocumentText()
    document.text.addElement(text.H(outlinelevel=1, text="Statement of the council"))
    document.text.addElement(text.P(text="The council voted to extend the curfew by a week."))
    document.text.addElement(text.H(outlinelevel=2, text="Votes"))
    document.text.addElement(text.P(text="Nine members voted for and two against."))
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


def zip_bomb(name: str = "word/document.xml", size: int = 24 * 1024 * 1024) -> bytes:
    """A ZIP whose one member expands to `size` bytes of zeros (written in pieces)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        with archive.open(name, "w", force_zip64=True) as member:
            block = b"\0" * (4 * 1024 * 1024)
            for _ in range(size // len(block)):
                member.write(block)
    return out.getvalue()
