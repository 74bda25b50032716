"""The system packages README's first command installs (packaging/install-system-packages.sh)
are the ones Qt's window needs on a fresh Debian 12 / Ubuntu 24.04 (issue 13, item 1).

The libraries are read from the installed PySide6 itself: the xcb platform plugin and the Qt
libraries the app loads, following their ELF `NEEDED` entries through the libraries PySide6
ships, down to the first library it does not ship; each of those must be in a package the
script installs (or one every Debian system has)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app import debian_package

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "packaging" / "install-system-packages.sh"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Debian packages")

# In every Debian and Ubuntu system (priority required), or part of glibc.
ALWAYS_THERE = {"libc6", "libm6", "libstdc++6", "libgcc-s1", "zlib1g", "libzstd1"}
GLIBC = ("libc.so", "libm.so", "libdl.so", "librt.so", "libpthread.so", "libresolv.so", "ld-linux")
PACKAGE_OF = {"libz.so.1": "zlib1g", "libgcc_s.so.1": "libgcc-s1", "libstdc++.so.6": "libstdc++6"}


def needed(path: Path) -> list[str]:
    from elftools.elf.dynamic import DynamicSection
    from elftools.elf.elffile import ELFFile

    with path.open("rb") as handle:
        elf = ELFFile(handle)
        return [
            tag.needed
            for section in elf.iter_sections()
            if isinstance(section, DynamicSection)
            for tag in section.iter_tags()
            if tag.entry.d_tag == "DT_NEEDED"
        ]


def system_libraries() -> set[str]:
    import PySide6
    import shiboken6

    pyside = Path(PySide6.__file__).parent
    shipped = {p.name: p for p in (pyside / "Qt" / "lib").glob("*.so*")}
    shipped |= {p.name: p for p in Path(shiboken6.__file__).parent.glob("*.so*")}
    shipped |= {p.name: p for p in pyside.glob("*.so*")}
    start = [pyside / "Qt" / "plugins" / "platforms" / "libqxcb.so"]
    start += [pyside / "Qt" / "plugins" / "xcbglintegrations" / "libqxcb-egl-integration.so"]
    start += [next(pyside.glob(f"{m}.*so")) for m in ("QtCore", "QtGui", "QtWidgets", "QtPdf")]
    seen: set[Path] = set()
    outside: set[str] = set()
    todo = list(start)
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        for name in needed(path):
            if name in shipped:
                todo.append(shipped[name])
            else:
                outside.add(name)
    return outside


def test_the_script_installs_every_library_the_window_needs() -> None:
    listed = set(
        subprocess.run(
            ["bash", str(SCRIPT), "--list"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    libraries = system_libraries()
    assert "libxcb-icccm.so.4" in libraries and "libxcb-keysyms.so.1" in libraries
    wanted = {
        soname: PACKAGE_OF.get(soname, debian_package(soname))
        for soname in libraries
        if not soname.startswith(GLIBC)
    }
    missing = {s: p for s, p in wanted.items() if p not in listed and p not in ALWAYS_THERE}
    assert missing == {}
    assert {"python3-venv", "fonts-dejavu-core"} <= listed


def test_check_lists_what_is_missing_and_installs_nothing() -> None:
    done = subprocess.run(["bash", str(SCRIPT), "--check"], capture_output=True, text=True)
    assert done.returncode in (0, 1)
    line = done.stdout.strip()
    assert line.startswith("install-system-packages: ")
    assert ("all " in line) if done.returncode == 0 else ("missing: " in line)
