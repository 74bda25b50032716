"""The name keys' tables made through the Russian morphology are stored (`db.text.name_tables`)
exactly as `db.text.names` makes them, so a name in Latin or Arabic script never loads the
morphology (~24 MB in the window), and its keys stay what they were."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from db.text import name_tables, names
from db.text.exonyms import EXONYM_GROUPS

ROOT = Path(__file__).resolve().parents[2]
STALE = "db/text/name_tables.py is stale: run `python packaging/build_name_tables.py`"


def test_the_stored_tables_are_the_ones_the_names_module_makes() -> None:
    assert names.fingerprint(EXONYM_GROUPS) == name_tables.EXONYMS_OF, STALE
    assert names.exonym_table() == name_tables.EXONYMS, STALE
    assert names.fingerprint(names._DESCRIPTION_WORDS) == name_tables.NOT_SURNAMES_OF, STALE
    assert names.not_surname_table() == name_tables.NOT_SURNAMES, STALE


def test_latin_and_arabic_names_load_no_russian_morphology() -> None:
    code = (
        "import sys\n"
        "from db.text.names import mention_keys, name_keys\n"
        "from db.text.name_morphology import inflected_forms\n"
        "keys = [sorted(name_keys(n)) for n in ('Damascus', 'Foreign Minister Sergey Lavrov',"
        " 'Kair', 'لافروف', 'Mevlüt Çavuşoğlu')]\n"
        "keys.append(sorted(mention_keys('ولافروف')))\n"
        "keys.append(sorted(inflected_forms('الوطن')))\n"
        "print('pymorphy3' in sys.modules, keys)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    loaded, _, shown = done.stdout.partition(" ")
    assert loaded == "False", done.stdout
    # the same keys as made here, where the morphology may well be loaded
    expected = [
        sorted(names.name_keys(n))
        for n in (
            "Damascus",
            "Foreign Minister Sergey Lavrov",
            "Kair",
            "لافروف",
            "Mevlüt Çavuşoğlu",
        )
    ]
    from db.text.name_morphology import inflected_forms

    expected.append(sorted(names.mention_keys("ولافروف")))
    expected.append(sorted(inflected_forms("الوطن")))
    assert shown.strip() == str(expected)
    assert names.name_key("Kair") == names.name_key("Cairo") == names.name_key("Каир")
