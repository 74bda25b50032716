"""WACZ (Web Archive Collection Zipped, spec 1.1.1) checked and read.

Checked before a page is read: every resource `datapackage.json` lists must be in the archive
with the SHA-256 it records; `datapackage-digest.json`, when present, must hold the digest of
`datapackage.json`; its `signedData` (WACZ signing 0.1.0) is verified: an anonymous signature
with its public key, a domain signature with the certificate it carries (the certificate chain
and the signed timestamp are shown, not checked against a trust store). An archive that fails
a check is refused as altered. Pages come from `pages/pages.jsonl`; a page's record is found
through the CDX index (whose file names must stay in the archive) or by reading the WARCs.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import zipfile
from dataclasses import dataclass
from typing import Any

from .archives import BadArchive, inside, open_zip, read_member
from .captures import (
    CapturedPage,
    NotCapture,
    Response,
    choose,
    iso_time,
    page_source,
    warc_responses,
)
from .result import WACZ, ReadSource


class Altered(NotCapture):
    """The archive does not match its own digests: it was changed after it was packaged."""


@dataclass(frozen=True)
class Package:
    archive: zipfile.ZipFile
    meta: dict[str, Any]
    signature: str


def _json(archive: zipfile.ZipFile, name: str) -> Any:
    try:
        return json.loads(read_member(archive, name))
    except (ValueError, UnicodeDecodeError):
        raise NotCapture(f"its {name} is not valid JSON") from None


def _digest(value: str) -> str:
    return value.split(":", 1)[1].lower() if value.lower().startswith("sha256:") else value.lower()


def check_package(data: bytes) -> Package:
    archive = open_zip(data, "WACZ archive")
    names = set(archive.namelist())
    if "datapackage.json" not in names:
        raise NotCapture("it is not a WACZ archive (it has no datapackage.json)")
    raw = read_member(archive, "datapackage.json")
    meta = _json(archive, "datapackage.json")
    if not isinstance(meta, dict):
        raise NotCapture("its datapackage.json is not a data package")
    for resource in meta.get("resources") or []:
        path = str(resource.get("path") or "")
        if not inside(path):
            raise NotCapture(f"its datapackage.json points outside the archive ({path[:200]})")
        if path not in names:
            raise Altered(f"it has been altered: {path} listed in datapackage.json is missing")
        recorded = _digest(str(resource.get("hash") or ""))
        if recorded and hashlib.sha256(read_member(archive, path)).hexdigest() != recorded:
            raise Altered(
                f"it has been altered: {path} does not match the hash datapackage.json records"
            )
    signature = "not signed"
    if "datapackage-digest.json" in names:
        digest = _json(archive, "datapackage-digest.json")
        recorded = _digest(str(digest.get("hash") or ""))
        if recorded and hashlib.sha256(raw).hexdigest() != recorded:
            raise Altered(
                "it has been altered: datapackage.json does not match datapackage-digest.json"
            )
        signed = digest.get("signedData")
        if isinstance(signed, dict):
            signature = verify_signature(signed, hashlib.sha256(raw).hexdigest())
    return Package(archive, meta, signature)


def _signature_bytes(encoded: str, key: Any) -> bytes:
    """A DER signature; WebCrypto signs in raw r‖s form, turned into DER here."""
    from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

    raw = base64.b64decode(encoded)
    size = (key.curve.key_size + 7) // 8
    if len(raw) == 2 * size:
        return encode_dss_signature(
            int.from_bytes(raw[:size], "big"), int.from_bytes(raw[size:], "big")
        )
    return raw


def verify_signature(signed: dict[str, Any], package_hash: str) -> str:
    """One line: "signed by … at …, verified" or why the signature does not hold."""
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    created = str(signed.get("created") or "an unstated time")
    if _digest(str(signed.get("hash") or "")) != package_hash:
        raise Altered("it has been altered: the signed hash is not datapackage.json's")
    try:
        if signed.get("domain"):
            who = f"{signed['domain']}"
            cert = x509.load_pem_x509_certificates(str(signed.get("domainCert", "")).encode())[0]
            key: Any = cert.public_key()
            note = " (certificate chain and timestamp not checked against a trust store)"
        else:
            key = serialization.load_der_public_key(base64.b64decode(signed["publicKey"]))
            fingerprint = hashlib.sha256(base64.b64decode(signed["publicKey"])).hexdigest()
            who = f"an anonymous key {fingerprint[:16]}"
            note = ""
        if not isinstance(key, ec.EllipticCurvePublicKey):
            return f"signed by {who} at {created}, with a key that is not ECDSA: not verified"
        key.verify(
            _signature_bytes(str(signed["signature"]), key),
            str(signed["hash"]).encode("ascii"),
            ec.ECDSA(hashes.SHA256()),
        )
    except InvalidSignature:
        raise Altered(
            f"it has been altered: its signature (dated {created}) does not verify"
        ) from None
    except (KeyError, ValueError, TypeError, IndexError) as exc:
        return f"a signature that cannot be read ({str(exc)[:120]}): not verified"
    return f"signed by {who} at {created}, verified{note}"


def pages_of(package: Package) -> list[CapturedPage]:
    names = set(package.archive.namelist())
    pages: list[CapturedPage] = []
    for name in ("pages/pages.jsonl", "pages/extraPages.jsonl"):
        if name not in names:
            continue
        for line in read_member(package.archive, name).decode("utf-8", "replace").splitlines():
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            if isinstance(entry, dict) and entry.get("url") and "format" not in entry:
                pages.append(
                    CapturedPage(
                        str(entry["url"]),
                        iso_time(str(entry.get("ts") or "")),
                        entry.get("title") or "",
                    )
                )
    return pages


def _index_lines(package: Package) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    for name in package.archive.namelist():
        if not name.startswith("indexes/") or not name.endswith((".cdx", ".cdxj", ".cdx.gz")):
            continue
        raw = read_member(package.archive, name)
        if name.endswith(".gz"):
            try:
                raw = gzip.decompress(raw)
            except (OSError, EOFError) as exc:
                raise NotCapture(f"its index {name} is damaged ({exc})") from None
        for line in raw.decode("utf-8", "replace").splitlines():
            _key, _, rest = line.partition(" ")
            stamp, _, block = rest.partition(" ")
            try:
                entry = json.loads(block)
            except ValueError:
                continue
            if isinstance(entry, dict):
                entry["timestamp"] = stamp
                entries.append(entry)
    return entries


def find_response(package: Package, page: CapturedPage) -> Response:
    names = set(package.archive.namelist())
    for entry in _index_lines(package):
        filename = str(entry.get("filename") or "")
        if not inside(filename) or "/" in filename or f"archive/{filename}" not in names:
            raise NotCapture(f"its index points outside the archive ({filename[:200]})")
        if entry.get("url") != page.url:
            continue
        warc = read_member(package.archive, f"archive/{filename}")
        try:
            offset, length = int(entry["offset"]), int(entry["length"])
        except (KeyError, ValueError):
            continue
        if offset < 0 or length <= 0 or offset + length > len(warc):
            raise NotCapture(f"its index points outside the archive ({filename} at {offset})")
        for response in warc_responses(warc[offset : offset + length], page.url):
            return response
    for name in sorted(names):
        if name.startswith("archive/") and name.endswith((".warc", ".warc.gz")):
            candidates = list(warc_responses(read_member(package.archive, name), page.url))
            exact = [r for r in candidates if r.captured_at == page.captured_at]
            if exact or candidates:
                return (exact or candidates)[0]
    raise NotCapture(f"the page {page.url} is listed but its record is not in the archive")


def read_wacz(data: bytes, page: str | None = None) -> ReadSource:
    try:
        package = check_package(data)
    except BadArchive as exc:
        raise NotCapture(str(exc)) from None
    pages = pages_of(package)
    if not pages:
        for name in sorted(package.archive.namelist()):
            if name.startswith("archive/") and name.endswith((".warc", ".warc.gz")):
                for response in warc_responses(read_member(package.archive, name)):
                    pages.append(CapturedPage(response.url, response.captured_at))
    if not pages:
        raise NotCapture("it holds no captured page")
    chosen = choose(pages, page)
    response = find_response(package, chosen)
    if not response.captured_at:
        response = Response(response.url, chosen.captured_at, response.body, response.charset)
    capture = {
        "format": "WACZ",
        "pages": len(pages),
        "signature": package.signature,
        **{
            key: str(package.meta[key])[:500]
            for key in ("title", "software", "created", "wacz_version")
            if package.meta.get(key)
        },
    }
    return page_source(response, WACZ, capture, title=chosen.title)
