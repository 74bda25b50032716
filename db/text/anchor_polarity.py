"""Negation and modality in folded text (the "negation" and "modality" anchors).

Each rule names the words of one language, folded as the project folds (`db.text.normalise`):
Turkish ş/ı/ğ lose their marks, Arabic alef forms become ا, case is folded.

- **Negation.** English not / no / never / n't / none / nobody / nothing / neither / nor /
  cannot / without; Arabic لا لم لن ليس (and its forms) ما غير عدم بدون, also with و/ف in
  front — but not لا/ما before يزال/زال/دام ("still"), and ما only where it opens a clause
  (elsewhere it is mostly "what"); Turkish değil, yok and the negative verb forms (the -me/-ma
  suffix followed by a tense: -miyor, -medi, -meyecek, -mez, -memiş, -mesin, -meyen, -memek,
  -mamas…; -amaz/-emez, "cannot", counts as negation; a noun with -sız/-siz, "without"); Russian не, нет, без, and ни (and
  никто/ничего/никогда…) only where no не/нет carries the negation already (Russian negative
  concord: "никто не пришёл" is one negation, not two). Verbs of denial (denied, نفى, yalanladı,
  опроверг) negate what they report: "he denied that it will close" says "not close" of the
  closing, and "he denied it will not close" is a double negation.
- **Modality.** "will" (will, shall, 'll, would, going to; سـ/سوف; -ecek/-acak; будет/будут),
  "may" (may, might, could, can; قد/ربما/يمكن; -abilir/-ebilir, olabilir; может/могут/мог*,
  возможно, вероятно), "must" (must, should; يجب; -malı/-meli; должен/должны, нужно).

`polarity_hits` returns spans of the folded text; whole words are marked, also where the
anchor is a suffix (a Turkish verb).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .normalise import search_key

Hit = tuple[int, int, str]

_TOKEN = re.compile(r"\w+(?:'t)?")


def _words(*words: str) -> frozenset[str]:
    return frozenset(search_key(w) for w in words)


# --- negation -------------------------------------------------------------------------------

_NEGATION = {
    "en": _words(
        "not",
        "no",
        "never",
        "none",
        "nobody",
        "nothing",
        "neither",
        "nor",
        "cannot",
        "without",
        "unless",
    ),
    "ar": _words(
        "لا",
        "لم",
        "لن",
        "ليس",
        "ليست",
        "لست",
        "لسنا",
        "ليسوا",
        "ليسا",
        "غير",
        "عدم",
        "بدون",
        "دون",
        "بلا",
    ),
    "tr": _words("değil", "değildir", "değildi", "değiller", "yok", "yoktur", "yoktu"),
    "ru": _words("не", "нет", "без"),
}
_DENIAL = {
    "en": re.compile(r"^(?:den(?:y|ied|ies|ying)|refut(?:e|ed|es|ing))$"),
    "ar": re.compile(r"^[وف]?(?:نفى|نفي|نفت|ينفي|تنفي|نفوا|ينف|تنف)$"),
    "tr": re.compile(r"^(?:yalanla(?:di|mis|yor|yarak)\w*|reddet(?:ti|mis|iyor)\w*|inkar\w*)$"),
    "ru": re.compile(r"^(?:опроверг\w*|отрица\w*)$"),
}
_RUSSIAN_CONCORD = re.compile(
    r"^ни(?:|кто|чего|что|когда|где|куда|какой|какая|какие|какого|кого|кому|чем|сколько)$"
)
_ARABIC_STILL = _words("يزال", "تزال", "زال", "زالت", "يزالون", "دام", "دامت")
_ARABIC_NOT_NEGATION_AFTER = _words("غير", "ان", "أن")
_ARABIC_ONLY = _words("إلا", "الا", "سوى")
"""غير followed by أن is "but"; the word after لا/ما that makes it "still"."""

_TURKISH_NEGATIVE_VERB = re.compile(
    r"\w{2,}?("
    r"m[iu]yor"  # -mıyor/-miyor/-muyor/-müyor
    r"|m[ae]d[iu]"  # -madı/-medi (and -madığı, -mediğini)
    r"|m[ae]y[ae]c[ae][kg]"  # -mayacak/-meyecek
    r"|m[ae]z(?:$|d|s|l|k|ı|i|l)"  # -maz/-mez (-mazsa, -mezdi, -mazlar)
    r"|m[ae]m[iu]s"  # -mamış/-memiş
    r"|m[ae]s[iu]n(?:l[ae]r)?$"  # -masın/-mesin(ler), not the noun's -masını, -masından
    r"|m[ae]y[ae]n"  # -mayan/-meyen
    r"|m[ae]m[ae](?:k|s|y|l)"  # -mamak/-memek, -maması/-memesi, -mamaları
    r"|m[ae]d[ae]n"  # -madan/-meden ("without …ing")
    r")\w*"
)
_TURKISH_NOT_NEGATIVE = _words("namaz", "pekmez", "mamak", "ahmedi", "mehmedi")
_TURKISH_START_NOT_STEM = re.compile(
    r"^(?:komedi|trajedi|ansiklopedi|"
    r"(?:anlasma|aciklama|calisma|uygulama|duzenleme)(?:dan|s|l|y(?![ae]n)|n))"
)


_TURKISH_PRIVATIVE = re.compile(
    r"\w{2,}s[iu]z(?:l[ae]r)?(?:l[iu]k|l[iu]g[iu])?(?:[iu]n|[iu]|y[ae]|[ae]|d[ae]|d[ae]n|l[ae])?"
)
_TURKISH_NOT_PRIVATIVE = _words("hırsız", "öksüz", "insansız")
"""Words that end like "without" but are no negation, with any ending ("hırsızların"): a thief,
an orphan, "insansız hava aracı" (a drone, İHA)."""


def _is_turkish_privative(word: str) -> bool:
    """Whether a folded Turkish word is a noun with -sız/-siz/-suz/-süz, "without"
    ("elektriksiz", "doktorsuz", "susuz"): a negation, so that "elektriksiz köy kalmadı" (two)
    says what "her köyde elektrik var" (none) says."""
    return _TURKISH_PRIVATIVE.fullmatch(word) is not None and not any(
        word.startswith(other) for other in _TURKISH_NOT_PRIVATIVE
    )


def turkish_negated_root(word: str) -> str | None:
    """The part of a folded Turkish negative verb before its negation ("cokmedigini" →
    "cok"), or None for a word that is no negative verb."""
    if not _is_turkish_negative_verb(word):
        return None
    match = _TURKISH_NEGATIVE_VERB.fullmatch(word)
    return word[: match.start(1)] if match is not None else None


def _is_turkish_negative_verb(word: str) -> bool:
    if word in _TURKISH_NOT_NEGATIVE or _TURKISH_START_NOT_STEM.match(word):
        return False
    return _TURKISH_NEGATIVE_VERB.fullmatch(word) is not None


def _arabic_negation(words: list[str], i: int, at_clause_start: bool) -> bool:
    word = words[i]
    following = words[i + 1] if i + 1 < len(words) else ""
    bare = word[1:] if len(word) > 2 and word[0] in "وف" else word
    if bare in ("لا", "ما") and following in _ARABIC_STILL:
        return False
    if bare == "غير" and following in _ARABIC_NOT_NEGATION_AFTER:
        return False
    if bare in ("لا", "لم", "لن", "ما") and _ARABIC_ONLY & set(words[i + 1 : i + 6]):
        return False  # لا … إلا / لن … سوى: "only", not a negation of the meaning
    if bare == "ما":
        return at_clause_start or word != bare
    return bare in _NEGATION["ar"]


_BOUND = {
    "en": _words("less", "fewer"),
    "ar": _words("يقل", "تقل", "يقلون", "أقل"),
    "ru": _words("менее", "меньше"),
}
"""A negated "less" says a lower bound, not a negation: "not less than 1,200" / "at least
1,200", "لا يقل عن", "не менее"."""


def negation_hits(folded: str, language: str) -> Iterator[Hit]:
    """The negations of the folded text, each with the value "not" (a denial: "deny")."""
    bound = _BOUND.get(language, frozenset())
    for hit in _negation_hits(folded, language):
        following = _TOKEN.search(folded, hit[1])
        if hit[2] == "not" and following is not None and following.group() in bound:
            continue
        yield hit


def _negation_hits(folded: str, language: str) -> Iterator[Hit]:
    tokens = list(_TOKEN.finditer(folded))
    words = [t.group() for t in tokens]
    lexicon = _NEGATION.get(language, frozenset())
    denial = _DENIAL.get(language)
    clause_starts = {0}
    for i, token in enumerate(tokens[1:], start=1):
        if re.search(r"[,;:.!?،؛\"]", folded[tokens[i - 1].end() : token.start()]):
            clause_starts.add(i)
    has_russian_ne = language == "ru" and any(w in lexicon for w in words)
    for i, (token, word) in enumerate(zip(tokens, words, strict=True)):
        if language == "en" and word.endswith("n't"):
            yield token.end() - 3, token.end(), "not"
            continue
        if language == "ar":
            if _arabic_negation(words, i, i in clause_starts):
                yield token.start(), token.end(), "not"
                continue
        elif word in lexicon:
            yield token.start(), token.end(), "not"
            continue
        if language == "tr" and (_is_turkish_negative_verb(word) or _is_turkish_privative(word)):
            yield token.start(), token.end(), "not"
            continue
        if language == "ru" and not has_russian_ne and _RUSSIAN_CONCORD.match(word):
            yield token.start(), token.end(), "not"
            continue
        if denial is not None and denial.match(word):
            yield token.start(), token.end(), "deny"


# --- modality -------------------------------------------------------------------------------

_MODAL_WORDS = {
    "en": {
        **dict.fromkeys(_words("will", "shall", "would", "won't", "'ll"), "will"),
        **dict.fromkeys(
            _words("may", "might", "could", "can", "can't", "cannot", "couldn't"), "may"
        ),
        **dict.fromkeys(_words("must", "should", "shouldn't", "mustn't"), "must"),
    },
    "ar": {
        **dict.fromkeys(_words("سوف", "وسوف", "فسوف"), "will"),
        **dict.fromkeys(
            _words("قد", "وقد", "ربما", "يمكن", "ويمكن", "يمكنه", "يمكنها", "بإمكان"), "may"
        ),
        **dict.fromkeys(_words("يجب", "ويجب", "ينبغي"), "must"),
    },
    "tr": {
        **dict.fromkeys(_words("olabilir", "belki", "muhtemelen"), "may"),
        **dict.fromkeys(_words("gerek", "gerekiyor", "zorunda"), "must"),
    },
    "ru": {
        **dict.fromkeys(_words("будет", "будут", "буду", "будем", "будете", "будешь"), "will"),
        **dict.fromkeys(
            _words(
                "может",
                "могут",
                "мог",
                "могла",
                "могло",
                "могли",
                "сможет",
                "смогут",
                "возможно",
                "вероятно",
                "могу",
                "можем",
            ),
            "may",
        ),
        **dict.fromkeys(_words("должен", "должна", "должно", "должны", "нужно", "надо"), "must"),
    },
}
_ARABIC_FUTURE = re.compile(r"^[وف]?س[يتنا]\w{2,}$")
_ARABIC_NOT_FUTURE = _words(
    "سيارة",
    "سيارات",
    "سياسة",
    "سياسي",
    "سياسية",
    "سياسيين",
    "سيد",
    "سيدة",
    "سيطرة",
    "سيناء",
    "سينما",
    "سيول",
    "ستة",
    "ستين",
    "ستون",
    "سنة",
    "سنوات",
    "سنوي",
    "سنوية",
    "ستار",
    "سياق",
    "سياحة",
    "سياحي",
    "سيادة",
    "سياج",
    "سيف",
    "سيرة",
    "سير",
    "ستمائة",
    "سنغافورة",
    "سيبيريا",
    "ساعة",
    "ساعات",
    "سابق",
    "سابقة",
    "سابقا",
    "ساحة",
    "ساحل",
    "سالم",
    "سامي",
    "سائق",
)
_TURKISH_MODAL = (
    (re.compile(r"\w{2,}?(?:[ae]bil(?:ir|ec[ae][kg]|di|mis|iyor)|[ae]bilm[ae])\w*"), "may"),
    (re.compile(r"\w{2,}?y?[ae]c[ae][kg]\w*"), "will"),
    (re.compile(r"\w{2,}?m[ae]l[iu](?:d[iu]r|ydi|$)\w*"), "must"),
)
_TURKISH_NOT_FUTURE = _words(
    "gelecek", "yiyecek", "içecek", "ancak", "bıçak", "kucak", "yatak", "ocak"
)


def modality_hits(folded: str, language: str) -> Iterator[Hit]:
    """The modal words of the folded text, each with its value ("will", "may", "must")."""
    words = _MODAL_WORDS.get(language, {})
    tokens = list(re.finditer(r"'?\w+(?:'t)?", folded))
    for i, token in enumerate(tokens):
        word = token.group()
        if language == "ar" and word in ("قد", "وقد") and _arabic_perfect(_next(tokens, i)):
            continue  # قد before a past verb says it happened ("قد اعتقلوا"), not "may"
        if word in words:
            yield token.start(), token.end(), words[word]
        elif language == "en" and word == "going" and _next(tokens, i) == "to":
            yield token.start(), token.end(), "will"
        elif language == "ar" and _ARABIC_FUTURE.match(word) and word not in _ARABIC_NOT_FUTURE:
            bare = word[1:] if word[0] in "وف" else word
            if bare not in _ARABIC_NOT_FUTURE:
                yield token.start(), token.end(), "will"
        elif language == "tr" and word not in _TURKISH_NOT_FUTURE:
            for pattern, value in _TURKISH_MODAL:
                if pattern.fullmatch(word):
                    yield token.start(), token.end(), value
                    break


def _arabic_perfect(word: str) -> bool:
    """A verb in the perfect: not begun by the imperfect's ي/ت/ن (قد + imperfect is "may")."""
    return bool(word) and word[0] not in "يتن"


def _next(tokens: list[re.Match[str]], i: int) -> str:
    return tokens[i + 1].group() if i + 1 < len(tokens) else ""


def polarity_hits(folded: str, language: str) -> Iterator[tuple[str, Hit]]:
    """Negation and modality hits of the folded text, as ("negation" | "modality", hit)."""
    for hit in negation_hits(folded, language):
        yield "negation", hit
    for hit in modality_hits(folded, language):
        yield "modality", hit
