"""Build and check the window's translations with Qt's own tools.

    python packaging/build_translations.py            # update every .ts from the code, build every .qm
    python packaging/build_translations.py --check    # exit 1 if a .ts is stale, unfinished or breaks a placeholder
    python packaging/build_translations.py todo ROOM LANG            # untranslated entries as JSON
    python packaging/build_translations.py apply ROOM LANG FILE.json # write translations from JSON

One `.ts` per room of the window and language: `resources/i18n/<room>_<lang>.ts`, where a room is
a folder of `desktop/ui/` and `shell` is the files directly in `desktop/ui/`. `pyside6-lupdate`
writes them from the code's `self.tr(...)`, `QCoreApplication.translate(...)` and
`QT_TRANSLATE_NOOP(...)`; `pyside6-lrelease` builds `<room>_<lang>.qm` beside them, which the
window loads (`desktop/ui/common/i18n.py`). English gets plural forms only (`%n`).

The JSON of `todo`/`apply` is a list of {"context", "source", "translation"} where translation
is a string, or a list of plural forms for a `%n` entry (Arabic six, Russian three, Turkish
two, English two).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "desktop" / "ui"
OUT = ROOT / "resources" / "i18n"
LANGUAGES = ("ar", "tr", "ru")
PLURAL_ONLY = ("en",)
PLACEHOLDER = re.compile(
    r"%(?:\d+|n|L\d+|Ln)|\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%\(\w+\)[sd]|%[sd]"
)


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def rooms() -> dict[str, list[Path]]:
    """Room name → the Python files lupdate reads for it."""
    found = {"shell": sorted(p for p in UI.glob("*.py"))}
    for folder in sorted(p for p in UI.iterdir() if p.is_dir() and (p / "__init__.py").exists()):
        found[folder.name] = sorted(folder.rglob("*.py"))
    return found


def ts_path(room: str, language: str, folder: Path = OUT) -> Path:
    return folder / f"{room}_{language}.ts"


def lupdate(room: str, files: list[Path], language: str, folder: Path = OUT) -> Path:
    target = ts_path(room, language, folder)
    command = [_tool("pyside6-lupdate"), *map(str, files), "-locations", "none", "-no-obsolete"]
    command += ["-target-language", language, "-ts", str(target)]
    if language in PLURAL_ONLY:
        command.insert(-2, "-pluralonly")
    subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT)
    return target


def lrelease(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
        text=True,
    )
    return qm


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    tree = ET.parse(ts)
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message))
    return found


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def problems(ts: Path) -> list[str]:
    """What is wrong with one .ts: unfinished entries and placeholders a translation dropped."""
    found = []
    for context, message in _messages(ts):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind == "obsolete" or kind == "vanished":
            continue
        forms = _forms(message)
        if kind == "unfinished" or not forms or not all(f.strip() for f in forms):
            found.append(f"{ts.name}: unfinished: {context}: {source!r}")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(source)) - {"%n"})
        for form in forms:
            have = sorted(set(PLACEHOLDER.findall(form)) - {"%n"})
            if have != wanted:
                found.append(f"{ts.name}: placeholders {have} ≠ {wanted}: {context}: {source!r}")
    return found


def _keys(ts: Path) -> set[tuple[str, str]]:
    return {(c, m.findtext("source") or "") for c, m in _messages(ts)}


def check() -> list[str]:
    """Every room × language: the committed .ts holds every string of the code, finished, and
    its .qm is there. (lupdate reads each room once: the languages share its strings, English
    wants the plural ones.)"""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        for room, files in rooms().items():
            fresh = _messages(lupdate(room, files, LANGUAGES[0], Path(scratch)))
            every = {(c, m.findtext("source") or "") for c, m in fresh}
            plural = {
                (c, m.findtext("source") or "") for c, m in fresh if m.get("numerus") == "yes"
            }
            for language in (*LANGUAGES, *PLURAL_ONLY):
                wanted = plural if language in PLURAL_ONLY else every
                committed = ts_path(room, language)
                if not wanted:
                    continue
                if not committed.exists():
                    found.append(f"{committed.name}: missing ({len(wanted)} strings)")
                    continue
                for context, source in sorted(wanted - _keys(committed)):
                    found.append(f"{committed.name}: not in the .ts: {context}: {source!r}")
                found += problems(committed)
                if not committed.with_suffix(".qm").exists():
                    found.append(f"{committed.name}: no .qm built")
    return found


def build() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for room, files in rooms().items():
        for language in (*LANGUAGES, *PLURAL_ONLY):
            ts = lupdate(room, files, language)
            if not _messages(ts):
                ts.unlink()
                ts.with_suffix(".qm").unlink(missing_ok=True)
                continue
            lrelease(ts)


def todo(room: str, language: str) -> list[dict[str, object]]:
    ts = lupdate(room, rooms()[room], language)
    entries: list[dict[str, object]] = []
    for context, message in _messages(ts):
        translation = message.find("translation")
        if translation is not None and translation.get("type") != "unfinished":
            continue
        numerus = message.get("numerus") == "yes"
        forms = len(_forms(message)) if numerus else 0
        entries.append(
            {
                "context": context,
                "source": message.findtext("source") or "",
                "translation": [""] * forms if numerus else "",
            }
        )
    return entries


def apply(room: str, language: str, entries: list[dict[str, object]]) -> int:
    ts = lupdate(room, rooms()[room], language)
    tree = ET.parse(ts)
    wanted = {(str(e["context"]), str(e["source"])): e["translation"] for e in entries}
    written = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            if key not in wanted:
                continue
            value = wanted[key]
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                for form in value if isinstance(value, list) else [value]:
                    ET.SubElement(translation, "numerusform").text = str(form)
            else:
                translation.text = str(value)
            translation.attrib.pop("type", None)
            written += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")
    lrelease(ts)
    return written


def main(argv: list[str]) -> int:
    if argv[:1] == ["--check"]:
        found = check()
        for line in found:
            print(line)
        print(f"{len(found)} problem(s)" if found else "translations complete")
        return 1 if found else 0
    if argv[:1] == ["todo"] and len(argv) == 3:
        print(json.dumps(todo(argv[1], argv[2]), ensure_ascii=False, indent=1))
        return 0
    if argv[:1] == ["apply"] and len(argv) == 4:
        entries = json.loads(Path(argv[3]).read_text("utf-8"))
        print(f"{apply(argv[1], argv[2], entries)} translation(s) written")
        return 0
    if not argv:
        build()
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
