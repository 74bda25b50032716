"""Who acts, told by case endings and titles where word order and names do not tell ("roles
swapped" of common nouns, organisations and titled persons).

`db.text.word_roles` reads swaps by word order; these readings add what it leaves out:

- Turkish common nouns and organisations without an apostrophe: the one who acts is in the
  nominative (bare), the other in the dative, accusative or ablative ("Sendika bakanlığa dava
  açtı" / "Bakanlık sendikaya dava açtı"; "Belediye şirketi suçladı" / "Şirket belediyeyi
  suçladı"), also after a compound's possessive ("Çalışma Bakanlığı" / "Çalışma
  Bakanlığına"). Two words of the texts, each bare in one text and with a case ending in the
  other, in opposite directions, every other word the same, are swapped roles; the same
  endings in another order are the same roles. A passive ("tarafından") says nothing here.
- Russian nouns whose nominative is their accusative ("министерство", "профсоюз"): a noun
  after a preposition ("подал в суд на министерство") is never the one who acts; of the rest,
  the one whose nominative agrees with the past verb's gender or number (подал / подало /
  подала) is. Two texts with the same lemmas whose actors differ are swapped roles. A passive
  participle in either text says nothing here.
- Arabic titled persons (النائب، الوزير، الرئيس …) whatever their names: a title begins a
  party, and the first party is the one who acts, verb first or verb second ("اتهم النائب …
  الوزير …" / "اتهم الوزير … النائب …"); "من قبل" / "على يد" say nothing here.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Sequence

from .anchors import Anchor, AnchorDifference
from .normalise import search_key

ROLE = "role"

_TOKEN = re.compile(r"\w+(?:['’]\w+)*")
_TR_OBLIQUE = ("a", "e", "ı", "i", "u", "ü", "dan", "den", "tan", "ten")
"""Dative, accusative and ablative endings; a vowel-final stem takes y before a vowel ending,
a possessive (-ı/-i/-u/-ü, -sı/-si…) takes n."""
_TR_SOFTENED = {"k": "ğ", "ç": "c", "t": "d", "p": "b"}
_TR_VOWELS = frozenset("aeıioöuü")
TR_PASSIVE = re.compile(
    r"(?i:tarafından)|(?<!\w)(?!(?:gece|sadece|yalnızca|ayrıca|böylece|bence|sence|oldukça|"
    r"binlerce|yüzlerce|onlarca|milyonlarca|açıkça|kolayca|iyice|hızlıca|öylece)\s)"
    r"[^\W\d_A-ZÇĞİÖŞÜ]\w*(?:ca|ce|ça|çe)\s"
)
"""A Turkish passive's agent: "tarafından", or a lowercase word in -ca/-ce ("ekiplerince
kurtarıldı"); a name ("Greenpeace") and the adverbs in -ca/-ce ("gece", "sadece",
"yüzlerce") are none."""


def _tr_lower(word: str) -> str:
    return word.replace("I", "ı").replace("İ", "i").lower().replace("'", "").replace("’", "")


def _tr_oblique_of(bare: str, marked: str) -> bool:
    """Whether `marked` is `bare` in the dative, accusative or ablative."""
    if bare[-1:] in _TR_VOWELS:
        endings = [*("y" + e for e in _TR_OBLIQUE[:6]), "dan", "den"]
        if bare[-1] in "ıiuü":  # a possessive: "Bakanlığı" / "Bakanlığına"
            endings += ["n" + e for e in (*_TR_OBLIQUE[:6], "dan", "den")]
        return any(marked == bare + e for e in endings)
    stems = {bare, bare[:-1] + _TR_SOFTENED.get(bare[-1:], bare[-1:])}
    return any(marked == stem + e for stem in stems for e in _TR_OBLIQUE)


def role_difference(
    text_a: str, span_a: tuple[int, int], text_b: str, span_b: tuple[int, int]
) -> AnchorDifference:
    left = text_a[span_a[0] : span_a[1]]
    right = text_b[span_b[0] : span_b[1]]
    return AnchorDifference(
        ROLE,
        Anchor(ROLE, span_a[0], span_a[1], left, search_key(left)),
        Anchor(ROLE, span_b[0], span_b[1], right, search_key(right)),
    )


Token = tuple[tuple[int, int], str]
"""A word's span in its text and its folded form."""


def two_changed_each(
    text_a: str, text_b: str, fold: Callable[[str], str]
) -> tuple[list[Token], list[Token]] | None:
    """The words (span, `fold`ed form) of each text that the other text lacks, when they are
    exactly two a side (the two parties of a swap); None otherwise."""
    tokens_a = [(m.span(), fold(m.group())) for m in _TOKEN.finditer(text_a)]
    tokens_b = [(m.span(), fold(m.group())) for m in _TOKEN.finditer(text_b)]
    left = Counter(w for _, w in tokens_a) - Counter(w for _, w in tokens_b)
    right = Counter(w for _, w in tokens_b) - Counter(w for _, w in tokens_a)
    if sum(left.values()) != 2 or sum(right.values()) != 2:
        return None
    changed_a = [t for t in tokens_a if t[1] in left]
    changed_b = [t for t in tokens_b if t[1] in right]
    if len(changed_a) != 2 or len(changed_b) != 2:
        return None
    return changed_a, changed_b


def _turkish(text_a: str, text_b: str) -> list[AnchorDifference]:
    if TR_PASSIVE.search(text_a) or TR_PASSIVE.search(text_b):
        return []
    changed = two_changed_each(text_a, text_b, _tr_lower)
    if changed is None:
        return []
    changed_a, changed_b = changed
    for (x_a, y_a), (x_b, y_b) in (
        (changed_a, changed_b),
        (changed_a, changed_b[::-1]),
    ):
        # x becomes marked and y bare, or the reverse: who acts changed
        if (_tr_oblique_of(x_a[1], x_b[1]) and _tr_oblique_of(y_b[1], y_a[1])) or (
            _tr_oblique_of(x_b[1], x_a[1]) and _tr_oblique_of(y_a[1], y_b[1])
        ):
            agent_a = x_a if _tr_oblique_of(x_a[1], x_b[1]) else y_a
            agent_b = y_b if agent_a is x_a else x_b
            return [role_difference(text_a, agent_a[0], text_b, agent_b[0])]
    return []


@functools.lru_cache(maxsize=4096)
def _ru_parses(word: str) -> tuple[tuple[str, frozenset[str]], ...]:
    from .anchor_names import _morph

    return tuple(
        (str(p.normal_form), frozenset(str(g) for g in p.tag.grammemes))
        for p in _morph().parse(word)
    )


def _ru_actor(text: str) -> tuple[str, tuple[int, int]] | None:
    """The lemma and span of the noun that acts in `text`, or None when unsaid."""
    tokens = list(_TOKEN.finditer(text))
    verb: frozenset[str] | None = None
    for m in tokens:
        parses = _ru_parses(m.group().lower())
        if any("PRTS" in g and "pssv" in g for _, g in parses):
            return None
        past = [g for _, g in parses if "VERB" in g and "past" in g]
        if past and verb is None:
            verb = past[0]
    if verb is None:
        return None
    candidates: list[tuple[str, tuple[int, int]]] = []
    governed = False
    for m in tokens:
        parses = _ru_parses(m.group().lower())
        if any("PREP" in g for _, g in parses):
            governed = True
            continue
        nominative = [
            (lemma, g) for lemma, g in parses if "NOUN" in g and "nomn" in g and "Name" not in g
        ]
        if not governed and nominative and any(_agrees(g, verb) for _, g in nominative):
            candidates.append((nominative[0][0], m.span()))
        if not any("ADJF" in g for _, g in parses):
            governed = False
    lemmas = {lemma for lemma, _ in candidates}
    return candidates[0] if len(lemmas) == 1 else None


def _agrees(noun: frozenset[str], verb: frozenset[str]) -> bool:
    if "plur" in verb:
        return "plur" in noun
    return "sing" in noun and bool(noun & verb & {"masc", "femn", "neut"})


def _russian(text_a: str, text_b: str) -> list[AnchorDifference]:
    from .anchor_roles_agent import same_words

    if not same_words(text_a, [], text_b, [], "ru"):
        return []
    actor_a, actor_b = _ru_actor(text_a), _ru_actor(text_b)
    if actor_a is None or actor_b is None or actor_a[0] == actor_b[0]:
        return []
    lemmas_a = {
        lemma for m in _TOKEN.finditer(text_a) for lemma, _ in _ru_parses(m.group().lower())
    }
    if actor_b[0] not in lemmas_a:
        return []
    return [role_difference(text_a, actor_a[1], text_b, actor_b[1])]


_AR_TITLES = frozenset(
    search_key(w)
    for w in [
        "النائب",
        "الوزير",
        "الوزيرة",
        "الرئيس",
        "المدير",
        "المديرة",
        "السفير",
        "المتحدث",
        "المتحدثة",
        "النائبة",
        "رئيس",
        "وزير",
        "الحاكم",
        "المحافظ",
        "القاضي",
        "العميد",
        "اللواء",
        "الشيخ",
        "الأمين",
    ]
)
_AR_STOPS = frozenset(search_key(w) for w in ["إن", "أن", "ان", "قال", "وقال", "قبل", "يد"])


def _ar_first_party(text: str) -> tuple[tuple[str, ...], tuple[int, int]] | None:
    tokens = [(m.span(), search_key(m.group())) for m in _TOKEN.finditer(text)]
    words = [w for _, w in tokens]
    if set(words) & _AR_STOPS or re.search(r"[,،;؛]", text):
        return None
    starts = [i for i, w in enumerate(words) if w in _AR_TITLES]
    if len(starts) < 2:
        return None
    first = starts[0]
    if starts[1] == first + 1:
        return None  # "الرئيس الوزير …": one title after another names one party
    return tuple(words[first : first + 2]), (tokens[first][0][0], tokens[first + 1][0][1])


def _arabic(text_a: str, text_b: str) -> list[AnchorDifference]:
    keys_a = Counter(search_key(m.group()) for m in _TOKEN.finditer(text_a))
    keys_b = Counter(search_key(m.group()) for m in _TOKEN.finditer(text_b))
    if keys_a != keys_b:
        return []
    party_a, party_b = _ar_first_party(text_a), _ar_first_party(text_b)
    if party_a is None or party_b is None or party_a[0] == party_b[0]:
        return []
    return [role_difference(text_a, party_a[1], text_b, party_b[1])]


def case_roles(
    text_a: str,
    anchors_a: Sequence[Anchor],
    text_b: str,
    anchors_b: Sequence[Anchor],
    language: str,
) -> list[AnchorDifference]:
    """A "roles swapped" difference read from case endings (Turkish, Russian) or titles
    (Arabic), see the module's docstring; none otherwise."""
    del anchors_a, anchors_b
    if language == "tr":
        return _turkish(text_a, text_b)
    if language == "ru":
        return _russian(text_a, text_b)
    if language == "ar":
        return _arabic(text_a, text_b)
    return []
