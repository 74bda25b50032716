"""Desktop integration files, icons and the version number.

The freedesktop validators (Debian packages desktop-file-utils and appstream) run when they are
installed; without them these tests are skipped, except under CI=true, where a missing validator
is a failure. The PyInstaller build itself is checked by ``packaging/build.sh`` (run by .ci/run).
"""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop import version

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"
HICOLOR = ICONS / "hicolor"

APP_ID = "org.provenancedesk.ProvenanceDesk"
CASE_MIME = "application/x-provenance-desk-case"
CASE_ICON = "application-x-provenance-desk-case"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME_XML = LINUX / f"{APP_ID}.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = {16, 24, 32, 48, 64, 128, 256}
ICNS_SIZES = {b"ic11": 32, b"ic12": 64, b"ic07": 128, b"ic13": 256, b"ic08": 256}
ICNS_SIZES |= {b"ic14": 512, b"ic09": 512, b"ic10": 1024}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        value = tomllib.load(handle)["project"]["version"]
    assert isinstance(value, str)
    return value


def validator(name: str) -> str:
    """Path of a validator program; skip without it, or fail when running under CI."""
    path = shutil.which(name)
    if path is None:
        reason = f"{name} is not installed (Debian: apt-get install desktop-file-utils appstream)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true but {reason}")
        pytest.skip(reason)
    return path


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    assert data[:8] == PNG_SIGNATURE, "not a PNG"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13
    width, height = struct.unpack(">II", data[16:24])
    return width, height


# --- .desktop entry -------------------------------------------------------------------------------


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        [validator("desktop-file-validate"), str(DESKTOP_FILE)],
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "error:" not in output, output


def test_desktop_entry_opens_case_files_with_provdesk() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == version.APP_NAME
    assert entry["Icon"] == version.APP_ID == APP_ID
    assert entry["Exec"].split() == ["provdesk", "%f"]
    assert CASE_MIME in entry["MimeType"].split(";")


# --- AppStream metainfo ---------------------------------------------------------------------------


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        [validator("appstreamcli"), "validate", "--no-net", "--no-color", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_names_the_app_its_launcher_and_the_current_release() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("name") == version.APP_NAME
    launchable = component.find("launchable")
    assert launchable is not None and launchable.text == DESKTOP_FILE.name
    releases = component.findall("releases/release")
    assert releases, "no <release>"
    assert releases[0].get("version") == pyproject_version(), (
        "the newest <release> in the metainfo must be the version of pyproject.toml"
    )
    assert CASE_MIME in [m.text for m in component.findall("provides/mediatype")]


# --- MIME type -----------------------------------------------------------------------------------


def test_mime_type_claims_provdesk_files_as_a_kind_of_sqlite() -> None:
    from db.case_files import CASE_SUFFIX

    root = ET.parse(MIME_XML).getroot()
    assert root.tag == f"{MIME_NS}mime-info"
    types = root.findall(f"{MIME_NS}mime-type")
    assert [t.get("type") for t in types] == [CASE_MIME]
    (mime,) = types
    globs = [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")]
    assert globs == [f"*{CASE_SUFFIX}"] == ["*.provdesk"]
    parents = [s.get("type") for s in mime.findall(f"{MIME_NS}sub-class-of")]
    assert parents == ["application/vnd.sqlite3"]
    assert mime.findtext(f"{MIME_NS}comment")
    icon = mime.find(f"{MIME_NS}icon")
    assert icon is not None and icon.get("name") == CASE_ICON


def test_mime_package_builds_a_mime_database(tmp_path: Path) -> None:
    program = shutil.which("update-mime-database")
    if program is None:
        pytest.skip("update-mime-database (shared-mime-info) is not installed")
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME_XML, packages)
    result = subprocess.run(
        [program, str(tmp_path / "mime")],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "XDG_DATA_HOME": str(tmp_path)},  # else it warns about the folder
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "", result.stderr
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8").splitlines()
    assert any(line.endswith(f":{CASE_MIME}:*.provdesk") for line in globs), globs


# --- icons ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", PNG_SIZES)
@pytest.mark.parametrize(
    ("context", "name"), [("apps", APP_ID), ("mimetypes", CASE_ICON)], ids=["app", "case"]
)
def test_png_icon_has_its_size(context: str, name: str, size: int) -> None:
    path = HICOLOR / f"{size}x{size}" / context / f"{name}.png"
    assert path.is_file(), f"missing {path.relative_to(ROOT)}: run packaging/render_icons.py"
    assert png_size(path.read_bytes()) == (size, size)


@pytest.mark.parametrize(
    ("context", "name"), [("apps", APP_ID), ("mimetypes", CASE_ICON)], ids=["app", "case"]
)
def test_scalable_icon_is_the_current_svg_source(context: str, name: str) -> None:
    installed = HICOLOR / "scalable" / context / f"{name}.svg"
    source = ICONS / "src" / f"{name}.svg"
    assert ET.parse(installed).getroot().tag == "{http://www.w3.org/2000/svg}svg"
    assert installed.read_bytes() == source.read_bytes(), "run packaging/render_icons.py"


def test_windows_ico_holds_every_size_as_png() -> None:
    data = (ICONS / "provdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for index in range(count):
        entry = data[6 + 16 * index : 6 + 16 * (index + 1)]
        width, height, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", entry)
        size = png_size(data[offset : offset + length])
        assert size == (width or 256, height or 256)
        sizes.add(size[0])
    assert sizes == ICO_SIZES


def test_macos_icns_holds_every_size_as_png() -> None:
    data = (ICONS / "provdesk.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    found: dict[bytes, int] = {}
    position = 8
    while position < len(data):
        kind, length = struct.unpack(">4sI", data[position : position + 8])
        assert length >= 8
        if kind != b"TOC ":
            found[kind] = png_size(data[position + 8 : position + length])[0]
        position += length
    assert position == len(data)
    assert found == ICNS_SIZES


# --- version -------------------------------------------------------------------------------------


def test_version_is_the_one_in_pyproject() -> None:
    assert version.__version__ == pyproject_version()
    assert version.APP_NAME == "Provenance Desk"
    assert version.APP_ID == APP_ID


def test_version_falls_back_to_pyproject_in_a_source_tree(tmp_path: Path) -> None:
    assert version._version_from_pyproject() == pyproject_version()
    other = tmp_path / "pyproject.toml"
    other.write_text('[project]\nname = "something-else"\nversion = "9"\n', encoding="utf-8")
    assert version._version_from_pyproject(other) is None
    assert version._version_from_pyproject(tmp_path / "missing.toml") is None


# --- build files ---------------------------------------------------------------------------------


def test_pyinstaller_spec_and_build_script_parse() -> None:
    spec = ROOT / "packaging" / "provdesk.spec"
    compile(spec.read_text(encoding="utf-8"), str(spec), "exec")
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("bash is not installed")
    result = subprocess.run(
        [bash, "-n", str(ROOT / "packaging" / "build.sh")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_linux_install_script_installs_and_removes_the_desktop_files(tmp_path: Path) -> None:
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("bash is not installed")
    dist = tmp_path / "dist"
    dist.mkdir()
    for name in ("provdesk", "provdesk-cli"):
        (dist / name).write_text("#!/bin/sh\n", encoding="utf-8")
        (dist / name).chmod(0o755)
    prefix = tmp_path / "prefix"
    script = str(LINUX / "install.sh")
    env = {**os.environ, "XDG_DATA_HOME": str(prefix / "share")}
    command = [bash, script, "--prefix", str(prefix), "--dist", str(dist)]
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stdout + result.stderr

    share = prefix / "share"
    assert (prefix / "bin" / "provdesk").resolve() == prefix / "lib" / "provdesk" / "provdesk"
    entry = (share / "applications" / DESKTOP_FILE.name).read_text(encoding="utf-8")
    assert f"Exec={prefix}/bin/provdesk %f" in entry.splitlines()
    assert (share / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()
    assert (share / "mime" / "packages" / MIME_XML.name).is_file()
    for size in PNG_SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "mimetypes" / f"{CASE_ICON}.svg").is_file()

    result = subprocess.run(
        [*command, "--uninstall"], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert not (prefix / "lib" / "provdesk").exists()
    assert not (prefix / "bin" / "provdesk").is_symlink()
    assert not (share / "applications" / DESKTOP_FILE.name).exists()
    assert not list((share / "icons").rglob("*.png"))
