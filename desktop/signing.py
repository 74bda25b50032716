"""The desk's signing key, and detached signatures of report files.

The key is an Ed25519 key (the `cryptography` package), created on request and kept only in the
operating system's keyring (Secret Service, macOS Keychain, Windows Credential Locker): never in
a file, a setting or the case. A signature is a small JSON file beside the report (`OUT.sig`)
that holds the report's SHA-256 and size, the signer's name, the time, the public key and its
fingerprint, and the Ed25519 signature over all of that, so none of it can be changed either.

Anyone can check a signature with the public key it carries; whether that key is the one to
trust is a separate question: `verify_report` answers it against a fingerprint the caller
gives (the desk's own key, or one a reader was told).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

SIGNATURE_FORMAT = "provenance-desk-signature"
SIGNATURE_VERSION = 1
SIGNATURE_SUFFIX = ".sig"
KEY_ENTRY = "signing-key"
MIN_FINGERPRINT = 16
_CHUNK = 1 << 20


class SigningError(Exception):
    """A signing or key problem, told in one line to a person."""


def keyring_service() -> str:
    """The keyring service the key is kept under; tests point it elsewhere."""
    return os.environ.get("PROVDESK_KEYRING_SERVICE", "Provenance Desk")


def fingerprint(public_raw: bytes) -> str:
    """The SHA-256 of the raw 32-byte public key, in hex."""
    return hashlib.sha256(public_raw).hexdigest()


def normalise_fingerprint(text: str) -> str:
    cleaned = "".join(c for c in text.lower() if c not in " :-")
    if cleaned.startswith("sha256"):
        cleaned = cleaned[6:]
    if len(cleaned) < MIN_FINGERPRINT or any(c not in "0123456789abcdef" for c in cleaned):
        raise SigningError(
            f"{text!r} is not a key fingerprint (at least {MIN_FINGERPRINT} hex digits)"
        )
    return cleaned


@dataclass(frozen=True)
class DeskKey:
    private: Ed25519PrivateKey
    owner: str
    created_at: str

    @property
    def public_raw(self) -> bytes:
        return self.private.public_key().public_bytes_raw()

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_raw)

    @property
    def public_base64(self) -> str:
        return base64.b64encode(self.public_raw).decode("ascii")


def _keyring_call(action: str, func: Any, *args: Any) -> Any:
    import keyring.errors

    try:
        return func(*args)
    except keyring.errors.NoKeyringError as exc:
        raise SigningError(
            f"cannot {action}: no operating-system keyring is available (on Linux, a Secret "
            "Service such as GNOME Keyring or KWallet); the desk's signing key is kept only "
            "there, never in a file"
        ) from exc
    except keyring.errors.KeyringLocked as exc:
        raise SigningError(f"cannot {action}: the keyring is locked; unlock it and retry") from exc
    except keyring.errors.KeyringError as exc:
        raise SigningError(f"cannot {action}: the keyring refused ({exc})") from exc
    except Exception as exc:  # a backend's own failure, e.g. a raw D-Bus error: one line
        from .credentials import describe_failure

        raise SigningError(f"cannot {action}: {describe_failure(exc)}") from exc


def load_key() -> DeskKey | None:
    """The desk's key from the keyring, or None if none was created."""
    import keyring

    stored = _keyring_call(
        "read the signing key", keyring.get_password, keyring_service(), KEY_ENTRY
    )
    if stored is None:
        return None
    try:
        entry = json.loads(stored)
        private = Ed25519PrivateKey.from_private_bytes(base64.b64decode(entry["private_key"]))
        return DeskKey(private, str(entry.get("owner", "")), str(entry.get("created_at", "")))
    except (ValueError, KeyError, TypeError) as exc:
        raise SigningError(
            "the signing key in the keyring is damaged; remove the keyring entry "
            f"{keyring_service()!r}/{KEY_ENTRY!r} and create a new key"
        ) from exc


def create_key(owner: str) -> DeskKey:
    """Create the desk's key and keep it in the keyring; refuses to replace an existing one
    (signatures made with it could no longer be told from a stranger's)."""
    import keyring

    existing = load_key()
    if existing is not None:
        raise SigningError(
            f"the desk already has a signing key ({existing.fingerprint}); it is kept, not replaced"
        )
    key = DeskKey(
        Ed25519PrivateKey.generate(),
        owner,
        dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    )
    private_raw = key.private.private_bytes_raw()
    entry = {
        "private_key": base64.b64encode(private_raw).decode("ascii"),
        "owner": owner,
        "created_at": key.created_at,
        "algorithm": "Ed25519",
    }
    _keyring_call(
        "keep the signing key",
        keyring.set_password,
        keyring_service(),
        KEY_ENTRY,
        json.dumps(entry),
    )
    return key


def desk_fingerprint() -> str | None:
    """The fingerprint a report can name before it is signed, or None with no key."""
    key = load_key()
    return key.fingerprint if key else None


def _file_digest(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
                size += len(chunk)
    except OSError as exc:
        raise SigningError(f"cannot read {path}: {exc.strerror}") from exc
    return digest.hexdigest(), size


def _statement_bytes(statement: dict[str, Any]) -> bytes:
    return json.dumps(statement, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8"
    )


def signature_path(path: Path) -> Path:
    return path.with_name(path.name + SIGNATURE_SUFFIX)


def sign_file(path: str | Path, *, signer: str | None = None, out: Path | None = None) -> Path:
    """Sign a report file with the desk's key; writes `<file>.sig` beside it and returns it."""
    path = Path(path)
    key = load_key()
    if key is None:
        raise SigningError(
            "the desk has no signing key yet; create one first (provdesk-cli key create)"
        )
    sha256, size = _file_digest(path)
    statement = {
        "format": SIGNATURE_FORMAT,
        "version": SIGNATURE_VERSION,
        "algorithm": "Ed25519",
        "file": {"name": path.name, "sha256": sha256, "size": size},
        "signer": signer or key.owner,
        "signed_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "public_key": key.public_base64,
        "fingerprint": key.fingerprint,
    }
    signature = key.private.sign(_statement_bytes(statement))
    document = statement | {"signature": base64.b64encode(signature).decode("ascii")}
    target = out or signature_path(path)
    try:
        target.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", "utf-8")
    except OSError as exc:
        raise SigningError(f"cannot write the signature {target}: {exc.strerror}") from exc
    return target


@dataclass(frozen=True)
class VerifyResult:
    """What a signature says about a file. `intact` means the file is exactly the one signed
    and the signature is good; `trusted` that the key is the one the caller expected."""

    intact: bool
    trusted: bool
    problem: str
    signer: str = ""
    signed_at: str = ""
    fingerprint: str = ""

    @property
    def ok(self) -> bool:
        return self.intact and self.trusted


def verify_report(
    file: str | Path, signature: str | Path | None = None, *, expected_key: str | None = None
) -> VerifyResult:
    """Check `file` against its detached signature (default `<file>.sig`). With
    `expected_key` (a fingerprint, or its first 16+ hex digits) the signing key must be that
    one; without it, `trusted` is False and `problem` says the key was not checked."""
    path = Path(file)
    sig_path = Path(signature) if signature else signature_path(path)
    expected = normalise_fingerprint(expected_key) if expected_key else None
    try:
        document = json.loads(sig_path.read_text("utf-8"))
    except OSError as exc:
        raise SigningError(f"cannot read the signature {sig_path}: {exc.strerror}") from exc
    except ValueError as exc:
        raise SigningError(f"{sig_path} is not a Provenance Desk signature (not JSON)") from exc
    if not isinstance(document, dict) or document.get("format") != SIGNATURE_FORMAT:
        raise SigningError(f"{sig_path} is not a Provenance Desk signature")
    try:
        signature_bytes = base64.b64decode(document.pop("signature"), validate=True)
        public_raw = base64.b64decode(document["public_key"], validate=True)
        public = Ed25519PublicKey.from_public_bytes(public_raw)
        signer, signed_at = str(document["signer"]), str(document["signed_at"])
        claimed_file = document["file"]
        claimed_fp = str(document["fingerprint"])
    except (KeyError, ValueError, TypeError) as exc:
        raise SigningError(f"{sig_path} is damaged or incomplete ({exc})") from exc
    actual_fp = fingerprint(public_raw)
    about = {"signer": signer, "signed_at": signed_at, "fingerprint": actual_fp}
    if document.get("version") != SIGNATURE_VERSION:
        return VerifyResult(False, False, "the signature's format version is unknown", **about)
    try:
        public.verify(signature_bytes, _statement_bytes(document))
    except InvalidSignature:
        return VerifyResult(
            False, False, "the signature file was changed: its signature does not match", **about
        )
    if claimed_fp != actual_fp:
        return VerifyResult(False, False, "the signature names a different key", **about)
    sha256, size = _file_digest(path)
    if (sha256, size) != (claimed_file.get("sha256"), claimed_file.get("size")):
        return VerifyResult(
            False,
            False,
            f"{path.name} is not the file that was signed (it was changed after signing)",
            **about,
        )
    if expected is None:
        return VerifyResult(
            True, False, "the signing key was not checked against a known key", **about
        )
    if not actual_fp.startswith(expected):
        return VerifyResult(
            True,
            False,
            f"signed with another key ({actual_fp[:16]}…), not the expected {expected[:16]}…",
            **about,
        )
    return VerifyResult(True, True, "", **about)
