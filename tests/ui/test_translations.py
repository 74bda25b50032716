"""The window's translations: every committed `.ts` holds every string of the code, finished and
with the placeholders of its source (the build script's own check, run as CI runs it), and
every compiled `.qm` loads into a QTranslator and gives those translations back."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QTranslator

from desktop.ui.common import i18n

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "build_translations.py"
I18N = ROOT / "resources" / "i18n"


def build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_translations", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_language_is_complete_and_keeps_its_placeholders() -> None:
    """`build_translations.py --check`: lupdate reads the code again; nothing may be missing
    from a .ts, unfinished, or lose a placeholder (%1, {name}), and each .ts has its .qm."""
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "translations complete" in done.stdout


def test_the_check_finds_an_unfinished_entry_and_a_dropped_placeholder(tmp_path: Path) -> None:
    ts = tmp_path / "room_ar.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ar">'
        "<context><name>Room</name>"
        "<message><source>Opened {case}</source><translation>فُتحت</translation></message>"
        '<message><source>Claims</source><translation type="unfinished"/></message>'
        '<message numerus="yes"><source>%n claim(s) of %1</source><translation>'
        + "".join("<numerusform>%n ادعاء من %1</numerusform>" for _ in range(5))
        + "<numerusform>%n ادعاء</numerusform></translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    found = build_script().problems(ts)
    assert any("placeholders" in line and "Opened {case}" in line for line in found)
    assert any("unfinished" in line and "Claims" in line for line in found)
    assert any("placeholders" in line and "%n claim(s) of %1" in line for line in found)
    assert len(found) == 3


def ts_messages(ts: Path) -> list[tuple[str, str, bool, list[str]]]:
    """(context, source, plural?, translations) of every message of a .ts."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            plural = message.get("numerus") == "yes"
            forms = [f.text or "" for f in translation.iter("numerusform")] if plural else []
            found.append(
                (name, message.findtext("source") or "", plural, forms or [translation.text or ""])
            )
    return found


@pytest.mark.parametrize("language", ["ar", "tr", "ru", "en"])
def test_every_qm_loads_and_gives_the_translations_of_its_ts(language: str) -> None:
    compiled = i18n.qm_files(language)
    rooms = {qm.stem for qm in compiled}
    assert f"shell_{language}" in rooms
    if language != "en":
        assert f"common_{language}" in rooms  # the menus, actions, vocabulary labels
    for qm in compiled:
        translator = QTranslator()
        assert translator.load(str(qm)), qm.name
        assert not translator.isEmpty(), qm.name
        for context, source, plural, forms in ts_messages(qm.with_suffix(".ts")):
            if plural:
                shown = translator.translate(context, source, "", 1)
                assert shown in forms, (qm.name, source)
            else:
                assert translator.translate(context, source) == forms[0], (qm.name, source)


def test_arabic_menu_paths_point_the_way_arabic_reads() -> None:
    """A menu path in Arabic runs right to left: ملف ◂ فتح قضية…, never ▸ (the glossary's rule),
    and an arrow between two steps points leftwards."""
    pointing = []
    for ts in sorted(I18N.glob("*_ar.ts")):
        for context, source, _plural, forms in ts_messages(ts):
            if any("▸" in form or "→" in form for form in forms):
                pointing.append(f"{ts.name}: {context}: {source!r}")
    assert pointing == []


def test_no_ts_holds_a_message_twice() -> None:
    """Two branches that each add the same string can leave it twice in a merged .ts, each
    with its own translation; the .qm then gives one of them, whichever came last."""
    twice = []
    for ts in sorted(I18N.glob("*.ts")):
        seen: set[tuple[str, str, str]] = set()
        for context in ET.parse(ts).getroot().iter("context"):
            for message in context.iter("message"):
                key = (
                    context.findtext("name") or "",
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                )
                if key in seen:
                    twice.append(f"{ts.name}: {key[0]}: {key[1]!r}")
                seen.add(key)
    assert twice == []
