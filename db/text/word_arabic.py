"""Arabic word forms the word accounting matches (`db.text.word_accounting`): a verb or noun
without its prefixes and article (`arabic_core`), and the forms one core may take in another
text (`arabic_singular`: a verb's number, the perfect's feminine ت, a form II verbal noun, an
active participle)."""

from __future__ import annotations

_ARABIC_PREFIXES = ("ي", "ت", "ن", "ا")
_ARABIC_PREPOSITIONS = ("ل", "ب", "ك", "ف")


def arabic_core(folded: str) -> str:
    """An Arabic word without "و" (and), the future's "س" and the prefix of an imperfect
    (ي ت ن ا) while three letters are left: "ستغلق" → "غلق", "وأسقط" → "سقط"."""
    word = folded
    if word.startswith("و") and len(word) > 4:
        word = word[1:]
    if word.startswith("ال") and len(word) > 5:
        return word[2:]  # the article before a word of four letters or more ("العابرة")
    if word.startswith("س") and len(word) > 3 and word[1] in _ARABIC_PREFIXES:
        word = word[1:]
    if word[:1] in _ARABIC_PREPOSITIONS and len(word) > 4:
        word = word[1:]  # "لإطفاء" as "إطفاء", "ليغلق" as "يغلق": then the prefix below
    if word[:1] in _ARABIC_PREFIXES and len(word) > 3:
        word = word[1:]
    if word.startswith("ال") and len(word) > 4:
        word = word[2:]
    return word


_ARABIC_PLURAL = ("ون", "وا", "ين")


def arabic_singular(core: str) -> frozenset[str]:
    """An Arabic verb or noun core with and without a plural ending (يشكون → شكو, شك), the
    perfect's feminine ت (سجلت → سجل), a form II verbal noun as its root (تسجيل → سجل), and
    an active participle, feminine or not, as its verb (عابرة → عبر, as تعبر)."""
    forms = {core}
    if core.endswith("ة") and len(core) >= 4:
        core = core[:-1]
        forms.add(core)
    if core.endswith("ات") and len(core) >= 5:
        forms.add(core[:-2])  # the feminine plural: عيادات → عياد, as عيادة
    if len(core) == 4 and core[1] == "ا":
        forms.add(core[0] + core[2:])
    if len(core) == 4 and core[2] == "ي":
        forms.add(core[:2] + core[3])  # a form II verbal noun whose ت was taken: سجيل → سجل
    for ending in _ARABIC_PLURAL:
        if core.endswith(ending):
            forms |= {core[: -len(ending)], core[:-1]}
    if core.endswith("ت") and len(core) == 4:
        forms.add(core[:-1])
    if len(core) == 5 and core[0] == "ت" and core[3] == "ي":
        forms.add(core[1:3] + core[4])
    if len(core) == 5 and core.startswith("مت"):
        forms.add(core[2:])  # a form V participle as its verb: متضرر → ضرر, as تضرروا
    return frozenset(f for f in forms if len(f) >= 3)


_HAMZA_SEATS = str.maketrans({"ئ": "ا", "ؤ": "ا", "ء": "ا"})


def arabic_lookup_forms(folded: str) -> frozenset[str]:
    """Further forms under which an Arabic word is looked up in the thesaurus: without the
    perfect's feminine ت ("أطفئت" → "اطفئ"), and with its hamza on the alif that the
    thesaurus's headword carries ("اطفئ" → "اطفا", as "أطفأ")."""
    forms = {folded}
    if folded.endswith("ت") and len(folded) >= 4:
        forms.add(folded[:-1])
    forms |= {form.translate(_HAMZA_SEATS) for form in forms}
    return frozenset(f for f in forms if len(f) >= 3)
