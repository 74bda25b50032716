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
  moved ("обвинил мэра Белова" / "Мэр Белов обвинил": roles, which the anchors compare);
- it is no rank: an ordinal or a superlative or comparative ("the second unit", "the second
  largest buyer", "birinci", "крупнейший", "الثاني", "الأكبر") says which one, a fact;
- it is no qualifier of who someone is: "former", "deputy", "acting", "eski", "yardımcısı",
  "бывший", "заместитель", "السابق" make another person (`db.text.wording.qualifier`);
- the other text has no other word in its place (between the same two words: "قال الوزير
  إن" / "قال المتحدث إن" — the minister replaced by the spokesman, not dropped);
- the other text keeps the words they share in the same order (an agent added in place of
  another: "the police arrested 15 protesters" / "the protesters arrested 15 police
  officers" — roles reversed).

The word is still named ("word added: hizmete") with the label, so the reviewer sees what the
one text says more; whether one word is allowed is chosen by cross-validation
(`tests/benchmarks/bench_meaning.py --cross-validate`).
"""

from __future__ import annotations

import functools
import re

from .anchors import Anchor
from .normalise import search_key
from .wording import TEXT_WORD, qualifier, stem, stems_match

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
    if _rank(surface, folded, language) and not _day_of_month(text[word.end :]):
        return False
    if qualifier(folded, language):
        return False
    if _in_place_of(word, text, other, language):
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


_ORDINALS = {
    "en": frozenset(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "last",
            "best",
            "worst",
            "most",
            "least",
            "more",
            "less",
            "fewer",
        ]
    ),
    "tr": frozenset(["ilk", "son", "sonuncu"]),
    "ru": frozenset(
        ["самый", "самая", "самое", "самые", "самого", "самой", "самым", "самых", "последний"]
    ),
    "ar": frozenset(
        search_key(w)
        for w in [
            "أول",
            "أولى",
            "ثاني",
            "ثانية",
            "ثالث",
            "ثالثة",
            "رابع",
            "رابعة",
            "خامس",
            "خامسة",
            "سادس",
            "سادسة",
            "سابع",
            "سابعة",
            "ثامن",
            "ثامنة",
            "تاسع",
            "تاسعة",
            "عاشر",
            "عاشرة",
            "أخير",
            "أخيرة",
        ]
    ),
}
"""Words that rank (ordinals, "last", "most"; Arabic folded, without its article)."""

_TURKISH_ORDINAL = re.compile(r"\w+[ıiuü]nc[ıiuü]\w*$")
_ARABIC_ELATIVE = re.compile(r"^(?:ال)?[أا][^\W\d_]{3}$")


def _rank(surface: str, folded: str, language: str) -> bool:
    """An ordinal, a superlative or a comparative: "second", "largest", "birinci",
    "крупнейший", "الثاني", "الأكبر"."""
    bare = folded[2:] if language == "ar" and folded.startswith("ال") else folded
    if bare in _ORDINALS.get(language, ()):
        return True
    if language == "en":
        return _english_degree(folded)
    if language == "tr":
        return bool(_TURKISH_ORDINAL.match(surface.lower()))
    if language == "ru":
        return _russian_degree(folded)
    if language == "ar":
        return bool(_ARABIC_ELATIVE.match(folded))
    return False


@functools.lru_cache(maxsize=4096)
def _english_degree(folded: str) -> bool:
    """A comparative or superlative adjective ("larger", "largest"; not "number")."""
    import lemminflect

    if not folded.endswith(("er", "est")):
        return False
    lemmas = lemminflect.getAllLemmas(folded)
    adjective = lemmas.get("ADJ", ())
    return bool(adjective) and folded not in adjective and folded not in lemmas.get("NOUN", ())


@functools.lru_cache(maxsize=4096)
def _russian_degree(folded: str) -> bool:
    """A superlative, comparative or ordinal adjective by pymorphy3 ("крупнейший", "крупнее",
    "второй")."""
    from .anchor_names import _morph

    parse = _morph().parse(folded)[0]
    return parse.tag.POS == "COMP" or bool({"Supr", "Anum"} & set(parse.tag.grammemes))


_MONTH = re.compile(
    r"^\W*(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр|"
    r"ocak|şubat|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|"
    r"يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر)",
    re.IGNORECASE,
)


def _day_of_month(after: str) -> bool:
    """An ordinal that is a date's day: a month follows ("первого января", "first of May")."""
    return bool(_MONTH.match(after))


def _words(text: str) -> list[tuple[int, str]]:
    """(start, folded) of each word; a capitalised word but the first keeps a mark, so that
    names are no arguments (`_argument`)."""
    return [
        (m.start(), ("^" if m.group()[0].isupper() and i else "") + search_key(m.group()))
        for i, m in enumerate(TEXT_WORD.finditer(text))
    ]


def _in_place_of(word: Anchor, text: str, other: str, language: str) -> bool:
    """Whether `other` says another word where `text` says `word` (the same words on either
    side, one other word between), or puts a word next to it elsewhere among the words both
    say (`_moved`)."""
    mine, theirs = _words(text), [w for _, w in _words(other)]
    at = next((i for i, (start, _) in enumerate(mine) if start >= word.start), None)
    if at is None:
        return False
    left = mine[at - 1][1] if at else None
    right = mine[at + 1][1] if at + 1 < len(mine) else None
    for i, between in enumerate(theirs):
        before = theirs[i - 1] if i else None
        after = theirs[i + 1] if i + 1 < len(theirs) else None
        if before == left and after == right and between != mine[at][1] and between.isalpha():
            return True
    rest = [_stem(w, language) for i, (_, w) in enumerate(mine) if i != at]
    theirs = [_stem(w, language) for w in theirs]
    shared = [
        w
        for w in rest
        if w in theirs and rest.count(w) == 1 and theirs.count(w) == 1 and _argument(w, language)
    ]
    near = [_stem(w, language) for w in (left, right) if w is not None]
    return any(_moved(w, shared, theirs) for w in near if w in shared)


def _stem(folded: str, language: str) -> str:
    """A word's stem; a name (marked "^") keeps its mark."""
    if folded.startswith("^"):
        return "^" + stem(folded[1:], language)
    return stem(folded, language)


def _argument(folded: str, language: str) -> bool:
    """A lower-case content word that is no rank, number or time unit (those move freely:
    "in July" / "this year")."""
    from .word_facts import time_unit
    from .wording import function_words

    return (
        folded.isalpha()
        and folded not in function_words(language)
        and not _rank(folded, folded, language)
        and not time_unit(folded, language)
    )


def _moved(word: str, shared: list[str], theirs: list[str]) -> bool:
    """Whether `word` stands on the other side of another shared word in `theirs`
    ("the police arrested 15 protesters" / "the protesters arrested 15 police officers")."""
    here = shared.index(word)
    there = theirs.index(word)
    return any((i < here) != (theirs.index(w) < there) for i, w in enumerate(shared) if w != word)
