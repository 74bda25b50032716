"""The desk's signing key lives in the system keyring; signed reports verify, and a report
changed by one byte, an edited signature, or another key's signature fail."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from desktop import signing

REPORT = "<html><body><h1>Claim 1: no red lines</h1><p>Verdict: misleading</p></body></html>\n"


def cli(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "report.html"
    path.write_text(REPORT, "utf-8")
    return path


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_without_a_keyring_the_key_is_refused_clearly(no_keyring: None, report: Path) -> None:
    with pytest.raises(signing.SigningError) as refused:
        signing.create_key("Ayşe")
    message = str(refused.value)
    assert message.startswith("cannot read the signing key: no operating-system keyring")
    assert "never in a file" in message
    with pytest.raises(signing.SigningError, match="no operating-system keyring"):
        signing.sign_file(report)


def test_key_create_without_a_keyring_says_so_in_one_line(tmp_path: Path) -> None:
    env = os.environ | {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    result = cli("key", "create", env=env)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "no operating-system keyring is available" in result.stderr
    assert not list(Path(os.environ["XDG_DATA_HOME"]).rglob("*key*")), "no key file anywhere"


def test_the_key_is_created_once_and_kept_in_the_keyring(desk_keyring: str) -> None:
    assert signing.load_key() is None
    key = signing.create_key("Ayşe")
    stored = json.loads(keyring.get_password(desk_keyring, signing.KEY_ENTRY) or "{}")
    assert stored["owner"] == "Ayşe" and stored["algorithm"] == "Ed25519"
    loaded = signing.load_key()
    assert loaded is not None and loaded.fingerprint == key.fingerprint
    with pytest.raises(signing.SigningError, match="already has a signing key"):
        signing.create_key("Boris")
    assert signing.desk_fingerprint() == key.fingerprint


def test_key_commands(desk_keyring: str) -> None:
    missing = cli("key", "show")
    assert missing.returncode == 1
    assert "the desk has no signing key yet" in missing.stderr
    created = cli("--reviewer", "Ayşe", "key", "create")
    assert created.returncode == 0, created.stderr
    fingerprint = created.stdout.splitlines()[1].removeprefix("fingerprint: ")
    shown = json.loads(cli("key", "show", "--json").stdout)
    assert shown["fingerprint"] == fingerprint
    assert shown["owner"] == "Ayşe"
    again = cli("key", "create")
    assert again.returncode == 1 and "already has a signing key" in again.stderr


def test_a_signed_report_verifies_and_one_changed_byte_fails(
    desk_keyring: str, report: Path
) -> None:
    key = signing.create_key("Ayşe")
    sig = signing.sign_file(report, signer="Ayşe Demir")
    assert sig == report.with_name("report.html.sig")
    document = json.loads(sig.read_text("utf-8"))
    assert document["fingerprint"] == key.fingerprint
    assert document["public_key"] == key.public_base64
    assert document["signer"] == "Ayşe Demir"
    assert "private" not in sig.read_text("utf-8")

    result = signing.verify_report(report, expected_key=key.fingerprint)
    assert result.ok, result.problem
    assert (result.signer, result.fingerprint) == ("Ayşe Demir", key.fingerprint)

    original = report.read_bytes()
    changed = bytearray(original)
    changed[len(changed) // 2] ^= 0x01
    report.write_bytes(bytes(changed))
    result = signing.verify_report(report, expected_key=key.fingerprint)
    assert not result.intact and not result.ok
    assert (
        result.problem
        == "report.html is not the file that was signed (it was changed after signing)"
    )

    command = cli("verify-report", report)
    assert command.returncode == 1
    assert command.stderr.startswith("provdesk-cli: NOT verified: report.html is not the file")
    report.write_bytes(original)
    command = cli("verify-report", report, "--signature", sig)
    assert command.returncode == 0, command.stderr
    assert command.stdout.splitlines() == [
        f"intact: signed by Ayşe Demir on {document['signed_at']}",
        f"key: {key.fingerprint}",
    ]


def test_an_edited_signature_fails(desk_keyring: str, report: Path) -> None:
    key = signing.create_key("Ayşe")
    sig = signing.sign_file(report)
    document = json.loads(sig.read_text("utf-8"))
    document["signer"] = "Someone Else"
    sig.write_text(json.dumps(document), "utf-8")
    result = signing.verify_report(report, expected_key=key.fingerprint)
    assert not result.ok
    assert result.problem == "the signature file was changed: its signature does not match"


def test_another_keys_signature_fails(
    desk_keyring: str, report: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = signing.create_key("Desk")
    monkeypatch.setenv("PROVDESK_KEYRING_SERVICE", desk_keyring + " stranger")
    try:
        stranger = signing.create_key("Stranger")
        signing.sign_file(report, signer="Desk")  # claims to be the desk
    finally:
        keyring.delete_password(desk_keyring + " stranger", signing.KEY_ENTRY)
    monkeypatch.setenv("PROVDESK_KEYRING_SERVICE", desk_keyring)

    result = signing.verify_report(report, expected_key=desk.fingerprint)
    assert result.intact and not result.trusted and not result.ok
    assert result.problem.startswith(f"signed with another key ({stranger.fingerprint[:16]}")

    not_desk = cli("verify-report", report)
    assert not_desk.returncode == 1
    assert "signed with another key" in not_desk.stderr
    wrong = cli("verify-report", report, "--key", desk.fingerprint)
    assert wrong.returncode == 1
    right = cli("verify-report", report, "--key", stranger.fingerprint[:16])
    assert right.returncode == 0, right.stderr
    assert f"key: {stranger.fingerprint}" in right.stdout


def test_a_reader_without_the_desk_keyring_verifies_with_the_fingerprint(
    report: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reader outside the desk has the report, its signature and the fingerprint the desk
    published: no keyring is needed to check it."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = signing.DeskKey(Ed25519PrivateKey.generate(), "Desk", "2026-01-01T00:00:00+00:00")
    monkeypatch.setattr(signing, "load_key", lambda: key)
    signing.sign_file(report, signer="Ayşe")
    env = os.environ | {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    checked = cli("verify-report", report, "--key", key.fingerprint, env=env)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.splitlines()[1] == f"key: {key.fingerprint}"
    unchecked = cli("verify-report", report, env=env)
    assert unchecked.returncode == 1
    assert unchecked.stderr.strip().endswith("or give --key FINGERPRINT of the key you trust")
    bad = cli("verify-report", report, "--key", "not-a-fingerprint", env=env)
    assert bad.returncode == 1
    assert "is not a key fingerprint" in bad.stderr
    missing = cli(
        "verify-report",
        report,
        "--signature",
        report.with_name("none.sig"),
        "--key",
        key.fingerprint,
        env=env,
    )
    assert missing.returncode == 1
    assert "cannot read the signature" in missing.stderr
