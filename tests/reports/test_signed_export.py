"""Signed exports: the report names the desk key's fingerprint, `OUT.sig` is written beside it,
`provdesk-cli verify-report OUT` accepts it and refuses it after one changed byte; when signing
fails, one clear line and no report that claims to be signed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop import signing
from desktop.reports.export import FORMATS, ExportError, export_report
from desktop.reports.scope import ReportScope

from .conftest import ReportCase
from .test_every_format import _text


def cli(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


@pytest.fixture
def memory_key(monkeypatch: pytest.MonkeyPatch) -> signing.DeskKey:
    """A desk key held in memory instead of the keyring (the keyring has its own tests)."""
    key = signing.DeskKey(Ed25519PrivateKey.generate(), "Desk", "2026-01-01T00:00:00+00:00")
    monkeypatch.setattr(signing, "load_key", lambda: key)
    return key


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_names_the_key_and_verifies(
    report_case: ReportCase, memory_key: signing.DeskKey, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"report{FORMATS[fmt].suffix}"
    result = export_report(
        report_case.case,
        ReportScope(),
        fmt,
        out,
        reviewer="Exporter",
        sign_as="Ayşe Demir",
        base_url="https://desk.example.org/r",
    )
    assert result.signature == out.with_name(out.name + ".sig") and result.signature.exists()
    assert result.signing_key == memory_key.fingerprint
    if fmt != "web-annotation":  # the quotes' anchors, not a report: no facts of its own
        assert memory_key.fingerprint in _text(fmt, out.read_bytes())
    checked = signing.verify_report(out, expected_key=memory_key.fingerprint)
    assert checked.ok, checked.problem
    assert checked.signer == "Ayşe Demir"
    assert not list(tmp_path.glob(".*.part"))


def test_an_unsigned_report_names_no_key(report_case: ReportCase, tmp_path: Path) -> None:
    out = tmp_path / "plain.md"
    result = export_report(report_case.case, ReportScope(), "markdown", out, reviewer="R")
    assert result.signature is None and not out.with_name("plain.md.sig").exists()
    assert "Signed with the desk key" not in out.read_text("utf-8")


def test_a_failed_signature_leaves_no_report(
    report_case: ReportCase, memory_key: signing.DeskKey, tmp_path: Path, monkeypatch
) -> None:
    def refuse(path: Path, *, signer: str | None = None) -> Path:
        raise signing.SigningError("cannot read the signing key: the keyring is locked")

    monkeypatch.setattr(signing, "sign_file", refuse)
    folder = tmp_path / "reports"
    folder.mkdir()
    out = folder / "report.html"
    with pytest.raises(ExportError) as failed:
        export_report(report_case.case, ReportScope(), "html", out, reviewer="R", sign_as="R")
    assert str(failed.value) == (
        "cannot read the signing key: the keyring is locked; the report was not written"
    )
    assert list(folder.iterdir()) == []  # no report naming the key, no .sig, no leftovers


def test_a_csv_folder_cannot_be_signed(report_case: ReportCase, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="export the zip to sign it"):
        export_report(
            report_case.case,
            ReportScope(),
            "csv",
            tmp_path / "csv",
            reviewer="R",
            csv_folder=True,
            sign_as="R",
        )


def test_sign_without_a_keyring_is_one_line_and_writes_nothing(
    report_case: ReportCase, case_path: Path, tmp_path: Path
) -> None:
    report_case.case.close()
    out = tmp_path / "report.json"
    env = os.environ | {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    result = cli("--case", case_path, "export", "-f", "json", "-o", out, "--sign", env=env)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("provdesk-cli: error: cannot read the signing")
    assert "no operating-system keyring" in lines[0]
    assert lines[0].endswith("the report was not written")
    assert not out.exists() and not out.with_name("report.json.sig").exists()


def test_cli_sign_then_verify_report(
    desk_keyring: str, report_case: ReportCase, case_path: Path, tmp_path: Path
) -> None:
    report_case.case.close()
    out = tmp_path / "report.html"
    no_key = cli("--case", case_path, "export", "-f", "html", "-o", out, "--sign")
    assert no_key.returncode == 1
    assert no_key.stderr.strip().splitlines() == [
        "provdesk-cli: error: the desk has no signing key yet; create one first "
        "(provdesk-cli key create); the report was not written"
    ]
    assert not out.exists()

    key = signing.create_key("Desk")
    signed = cli(
        "--reviewer", "Ayşe Demir", "--case", case_path, "export", "-f", "html", "-o", out, "--sign"
    )
    assert signed.returncode == 0, signed.stderr
    sig = out.with_name("report.html.sig")
    assert f"signed it with the desk key {key.fingerprint}: {sig}" in signed.stderr
    assert key.fingerprint in out.read_text("utf-8")

    verified = cli("verify-report", out)
    assert verified.returncode == 0, verified.stderr
    assert verified.stdout.splitlines()[0].startswith("intact: signed by Ayşe Demir on ")
    assert verified.stdout.splitlines()[1] == f"key: {key.fingerprint}"

    changed = bytearray(out.read_bytes())
    changed[len(changed) // 2] ^= 0x01
    out.write_bytes(bytes(changed))
    refused = cli("verify-report", out)
    assert refused.returncode == 1
    assert refused.stderr.startswith("provdesk-cli: NOT verified: report.html is not the file")
