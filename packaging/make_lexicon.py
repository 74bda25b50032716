"""Extract the synonym sets the meaning check uses from maintained wordnets into small files.

    python packaging/make_lexicon.py          # rewrites resources/lexicon/*.json
    python packaging/make_lexicon.py --check  # exit 1 when a file is out of date

Turkish: KeNet, the Turkish WordNet of Starlang / Özyeğin University (GPL-3.0, as this
project), shipped with its XML inside the `nlptoolkit-wordnet` package (31 MB, 78,000 synsets;
an sdist only, 1–2 s to parse). Only **synonym sets** are taken, never the relations between
them: KeNet's hypernyms join "öldürmek" (kill) and "yaralamak" (wound) under one broader act.
And of each set only its **core members**: the literals whose sense number in that set is at
most `CORE_SENSE` (KeNet numbers a word's senses as the Turkish Language Association's
dictionary orders them, the commonest first). A word used in one of its later senses drags the
set towards a meaning a news claim rarely has: "almak" (take) is sense 21 of the set "koymak,
oturtmak, almak" (put), "vurmak" (hit, shoot) sense 14 of "yaralamak" (wound), "kaçmak" (flee)
sense 7 of "girmek" (enter); with sense ≤ 2 none of them is joined, while "kaçmak / firar
etmek", "bitmek / tükenmek", "şikâyet etmek / yakınmak" are. A compound with a light verb is
matched by its first word ("firar" of "firar etti"), so it must be in its first sense: "göç
etmek" (migrate) is "ölmek" (die) in its second, "toprak olmak" (become soil) too.

Each set is written as its literals, as KeNet spells them (verbs in the infinitive, "firar
etmek"), one list a set, sorted; `db.text.word_lexicon` reads the file and does the matching.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import xml.etree.ElementTree as ET
from importlib.metadata import version as package_version
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "lexicon" / "tr_kenet.json"
CORE_SENSE = 2
"""A literal belongs to a set's core when its sense number there is at most this."""
PARTS_OF_SPEECH = frozenset({"n", "v", "a", "b"})
"""Nouns, verbs, adjectives, adverbs (KeNet's "b"); not interjections, pronouns, conjunctions."""
_LETTER = re.compile(r"[^\W\d_]")


sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from db.text.word_lexicon import LIGHT_VERBS, MIN_KEY, member_keys  # noqa: E402


def _kenet_xml() -> Path:
    spec = importlib.util.find_spec("WordNet")  # the nlptoolkit-wordnet package
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("the nlptoolkit-wordnet package is not installed (pip install it)")
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "turkish_wordnet.xml"


def read_sets(xml: Path) -> tuple[list[list[str]], set[str]]:
    """KeNet's synonym sets reduced to their core members (two or more a set, sorted), and
    every literal of the wordnet."""
    found: set[tuple[str, ...]] = set()
    literals: set[str] = set()
    for _, element in ET.iterparse(xml):
        if element.tag != "SYNSET":
            continue
        if element.findtext("POS") in PARTS_OF_SPEECH:
            core = set()
            for literal in element.findall("SYNONYM/LITERAL"):
                sense = (literal.findtext("SENSE") or "").strip()
                word = " ".join((literal.text or "").split())
                if not _LETTER.search(word):
                    continue
                literals.add(word)
                if sense.isdigit() and int(sense) <= _core_sense(word):
                    core.add(word)
            if len(core) > 1:
                found.add(tuple(sorted(core)))
        element.clear()
    verbs = {word for word in literals if word.endswith(("mak", "mek")) and " " not in word}
    sets = set()
    for members in found:
        kept = tuple(word for word in members if not _verb_form(word, verbs))
        if len(kept) > 1:
            sets.add(kept)
    return [list(words) for words in sorted(sets)], literals


VERB_FORM_ENDINGS = ("ecek", "acak", "miş", "mış", "muş", "müş")
"""Endings of a future or past participle: a noun spelt as a verb's form ("verecek", debt, is
also "will give"; "geçmiş", the past, "has passed") would match that verb in every claim."""


def _verb_form(word: str, verbs: set[str]) -> bool:
    """Whether `word` is spelt as a participle of one of the wordnet's verbs."""
    for ending in VERB_FORM_ENDINGS:
        if word.endswith(ending) and " " not in word:
            base = word[: -len(ending)]
            if f"{base}mek" in verbs or f"{base}mak" in verbs:
                return True
    return False


def _core_sense(word: str) -> int:
    """The highest sense number at which `word` is a core member: 1 for a compound with a
    light verb, which is matched by its first word alone ("göç etmek" is "to die" in its
    second sense, and "göç" alone is migration)."""
    parts = word.split()
    return 1 if len(parts) == 2 and parts[1] in LIGHT_VERBS["tr"] else CORE_SENSE


def longer_words(sets: list[list[str]], literals: set[str]) -> list[str]:
    """The literals outside the sets whose key begins with a set member's key ("kaçırmak"
    for "kaçmak"): a claim's word stands for the longest key it begins with, so "kaçırdı"
    (kidnapped) must find "kaçır" rather than fall back to "kaç" (fled)."""
    in_sets = {member for members in sets for member in members}
    set_keys = {key for member in in_sets for key in member_keys(member, "tr")}
    longer = set()
    for word in literals - in_sets:
        for key in member_keys(word, "tr"):
            if any(key[:end] in set_keys for end in range(MIN_KEY, len(key))):
                longer.add(word)
    return sorted(longer)


def build() -> str:
    xml = _kenet_xml()
    version = package_version("nlptoolkit-wordnet")
    sets, literals = read_sets(xml)
    data = {
        "about": (
            "Synonym sets of KeNet, the Turkish WordNet (Starlang Software / Ozyegin University, "
            f"GPL-3.0; nlptoolkit-wordnet {version}): members whose sense number in the set is "
            f"at most {CORE_SENSE}, sets of two or more; made by packaging/make_lexicon.py"
        ),
        "sets": sets,
        "words": longer_words(sets, literals),
    }
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # one set a line, the longer words on a line of their own: a readable diff
    return text.replace('],["', '],\n["').replace(',"words":[', ',\n"words":[') + "\n"


def main() -> int:
    text = build()
    if "--check" in sys.argv:
        if not OUT.is_file() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.name} is out of date: run packaging/make_lexicon.py", file=sys.stderr)
            return 1
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.name}: {text.count(chr(10))} sets, {len(text.encode()):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
