"""A detail one text adds: the one content word a rewording says more, which changes no fact.

Rewordings by other people add a word the other text leaves implicit: "the Egyptian minister"
/ "the Egyptian foreign minister", "opened the line" / "opened the line to service" ("hizmete
açtı"), "suspended from competition" ("от соревнований"), "dengue fever" / "dengue". Every
word accounted for (`db.text.word_accounting`) leaves such a word over, and the pair is not
called "probably the same". `db.text.meaning` lets ONE such word through when:

- it is the only word left over, on one side only (the other text's words are all accounted
  for) and every anchor agrees (negation, numbers, dates, names, modality, roles);
- it cannot be a predicate: no verb or participle (lemminflect for English, pymorphy3 for
  Russian, verb endings for Turkish; in Arabic only a word with the article, a noun or
  adjective) — "discharged", "failed to", "kaybettiğini" change what is claimed;
- it is no name (not capitalised) and is not joined to another word by "and" / "or" / "و" /
  "ve" / "и" (an added object: "cholera and measles");
- the other text has no word of its stem anywhere, names included: then it is not added but
  moved ("обвинил мэра Белова" / "Мэр Белов обвинил": roles, which the anchors compare).

The word is still named ("word added: hizmete") with the label, so the reviewer sees what the
one text says more; whether one word is allowed is chosen by cross-validation
(`tests/benchmarks/bench_meaning.py --cross-validate`).
"""

from __future__ import annotations

import functools
import re

from .anchors import Anchor
from .normalise import search_key
from .wording import TEXT_WORD, stem, stems_match

_COORDINATION = {
    "en": ("and", "or", "nor", "plus"),
    "tr": ("ve", "veya", "ya", "ile", "ila"),
    "ru": ("и", "или", "а", "либо"),
    "ar": (),
}
"""Words before an added word that make it another object ("cholera and measles")."""

_ARABIC_COORDINATED = re.compile(r"^[وف]")

_TURKISH_VERB = re.compile(
    r"\w{2,}?(?:"
    r"[dt][ıiuü](?:m|n|k|nız|niz|nuz|nüz|lar|ler)?|"  # past: açtı, geldiler
    r"(?:[ıiuü])?yor\w*|[ae]c[ae][kğ]\w*|m[ıiuü]ş\w*|"  # present, future, evidential
    r"[dt][ıiuü][kğ]\w*|"  # participles: kaybettiğini, olduğu
    r"(?:y)?[ae]n(?:lar|ler|ı|i|a|e|dan|den|ın|in)?|"  # participle: vuran, gelenler
    r"m[ae]k\w*|m[ae]s[ıi]\w*|"  # verbal nouns: vermek, yapılması
    r"[ıiuü]r|[ae]r|[ae]m[ae]z|"  # aorist: çıkar, gelmez
    r"m[ae]d[ıi]\w*|"  # negative past
    r"(?:[ıiuü]l|[ıiuü]n)d[ıiuü]\w*|"  # passive past: açıldı
    r"[ae]r[ae]k|[ıiuü]p"  # converbs: yaparak, gelip
    r")$"
)
"""Turkish finite verbs, participles and verbal nouns by their endings (a noun ending alike —
"sınır", "hizmet" — is then not a detail: a missed recall, never a missed fact)."""


def may_be_detail(word: Anchor, text: str, other: str, language: str) -> bool:
    """Whether `word` (a content word of `text` left unaccounted, as the anchor of its
    difference) can be a detail that `other` does not say: no verb, no name, not coordinated
    with another word, no word of `other` of its stem."""
    surface, folded = word.surface, search_key(word.surface)
    if not surface or surface[0].isupper():
        return False
    mine = stem(surface, language)
    if any(stems_match(mine, stem(m.group(), language)) for m in TEXT_WORD.finditer(other)):
        return False
    before = text[: word.start].split()
    if before and before[-1].lower().strip(",") in _COORDINATION.get(language, ()):
        return False
    if language == "en":
        return not _english_verb(folded)
    if language == "ru":
        return not _russian_verb(folded)
    if language == "tr":
        return not _TURKISH_VERB.match(surface.lower())
    if language == "ar":
        return folded.startswith("ال") and not _ARABIC_COORDINATED.match(surface)
    return False


@functools.lru_cache(maxsize=4096)
def _english_verb(folded: str) -> bool:
    """A word lemminflect reads as a verb and not also as a noun ("discharged", "stood",
    "ordered"; not "guard", "time", "following")."""
    import lemminflect

    lemmas = lemminflect.getAllLemmas(folded)
    if "VERB" not in lemmas:
        return False
    return "NOUN" not in lemmas or folded.endswith("ed")


@functools.lru_cache(maxsize=4096)
def _russian_verb(folded: str) -> bool:
    """A word whose readings by pymorphy3 include a verb, participle or gerund."""
    from .anchor_names import _morph

    verbal = {"VERB", "INFN", "PRTF", "PRTS", "GRND"}
    return any(parse.tag.POS in verbal for parse in _morph().parse(folded))
