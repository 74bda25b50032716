"""Every inflected form of the cue lexicons' verb lemmas, from maintained morphology.

    python tests/data/attribution/make_forms.py          # rewrites "forms" in en/ru/tr.json
    python tests/data/attribution/make_forms.py --check  # exit 1 when a file is out of date

English forms come from lemminflect, Russian from the pymorphy3 dictionary (past by gender and
number, present/future third person, gerunds), Turkish from its suffix rules with vowel harmony
below (no Turkish generator on the package index works without a download). The forms are stored
in the JSON so that loading a lexicon needs neither library (the command line starts fast).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

LEXICONS = Path(__file__).resolve().parents[3] / "resources" / "attribution"


def _lemmas(data: dict) -> list[str]:
    out: list[str] = []
    for name, cls in data.get("verb_classes", {}).items():
        if not name.startswith("_"):
            out.extend(cls["lemmas"])
    out.extend(data.get("continuation_lemmas", []))
    return sorted(set(out))


def english(lemma: str) -> list[str]:
    from lemminflect import getAllInflections

    head, _, rest = lemma.partition(" ")
    forms = {head}
    for values in getAllInflections(head, upos="VERB").values():
        forms.update(values)
    return sorted(f"{f} {rest}".strip() for f in forms)


_RU_TAGS = (
    {"VERB", "past", "masc", "sing"},
    {"VERB", "past", "femn", "sing"},
    {"VERB", "past", "neut", "sing"},
    {"VERB", "past", "plur"},
    {"VERB", "3per", "sing"},
    {"VERB", "3per", "plur"},
    {"GRND"},
)


def russian(lemma: str) -> list[str]:
    import pymorphy3

    morph = _MORPH.get("ru") or _MORPH.setdefault("ru", pymorphy3.MorphAnalyzer(lang="ru"))
    parse = next((p for p in morph.parse(lemma) if p.tag.POS == "INFN"), None)
    if parse is None:
        raise SystemExit(f"pymorphy3 does not know the Russian verb {lemma!r}")
    forms = set()
    for form in parse.lexeme:
        grammemes = set(form.tag.grammemes)
        if any(tags <= grammemes for tags in _RU_TAGS) and "impr" not in grammemes:
            forms.add(form.word)
    return sorted(forms | {f.replace("ё", "е") for f in forms})


_MORPH: dict[str, object] = {}

_BACK = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}
_WIDE = {"a": "a", "ı": "a", "o": "a", "u": "a", "e": "e", "i": "e", "ö": "e", "ü": "e"}
_VOICELESS = set("çfhkpsşt")
_SOFTENS = {"et": "ed", "git": "gid"}


def _last_vowel(word: str) -> str:
    return next((c for c in reversed(word) if c in _BACK), "e")


def turkish(lemma: str) -> list[str]:
    """Third-person forms of a Turkish verb stem ("söyle", "ifade et", "de"): past, reported
    past, present, aorist, future, plural, nominalised (söylediğini) and converbs."""
    *before, stem = lemma.split()
    prefix = " ".join(before) + " " if before else ""
    forms: set[str] = set()
    v = _last_vowel(stem)
    narrow, wide = _BACK[v], _WIDE[v]
    ends_vowel = stem[-1] in _BACK
    d = "t" if stem[-1] in _VOICELESS else "d"
    soft = stem
    for hard, softened in _SOFTENS.items():
        if stem == hard or stem.endswith("d" + hard):  # et, reddet, kaydet
            soft = stem[: -len(hard)] + softened
    if stem == "de":
        present, converb, future, aorist = "diyor", "diyerek", "diyecek", "der"
    elif ends_vowel:
        body = stem[:-1]
        pv = _BACK[_last_vowel(body)]
        present = f"{body}{pv}yor"
        converb = f"{stem}y{wide}r{wide}k"
        future = f"{stem}y{wide}c{wide}k"
        aorist = f"{stem}r"
    else:
        present = f"{soft}{narrow}yor"
        converb = f"{soft}{wide}r{wide}k"
        future = f"{soft}{wide}c{wide}k"
        aorist = f"{soft}{narrow}r" if len(stem) > 3 and soft == stem else f"{soft}{wide}r"
    past = f"{stem}{d}{narrow}"
    evidential = f"{stem}m{narrow}ş"
    nominal = f"{stem}{d}{narrow}ğ{narrow}n{narrow}"
    plural = "l" + ("a" if wide == "a" else "e") + "r"
    forms.update(
        {
            past,
            past + plural,
            evidential,
            evidential + "t" + narrow,
            present,
            present + "lar",
            converb,
            aorist,
            future,
            future[:-1] + "ğ" + narrow + "n" + narrow,
            nominal,
        }
    )
    return sorted(prefix + f for f in forms)


_GENERATORS = {"en": english, "ru": russian, "tr": turkish}


def build(language: str) -> dict:
    path = LEXICONS / f"{language}.json"
    data = json.loads(path.read_text("utf-8"))
    data["forms"] = {lemma: _GENERATORS[language](lemma) for lemma in _lemmas(data)}
    return data


def main() -> None:
    check = "--check" in sys.argv
    stale = []
    for language in _GENERATORS:
        path = LEXICONS / f"{language}.json"
        data = build(language)
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        if path.read_text("utf-8") != text:
            stale.append(path.name)
            if not check:
                path.write_text(text, "utf-8")
    if check and stale:
        sys.exit(f"out of date: {', '.join(stale)} (run make_forms.py)")


if __name__ == "__main__":
    main()
