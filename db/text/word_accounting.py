"""Every word accounted for: what two claims with the same anchors still say differently.

"Turkey will reopen 12 schools" and "Turkey will close 12 schools" keep every anchor of meaning
(`db.text.anchors`) and share most of their words, yet they are two claims. A content-word
score cannot tell a synonym ("close" / "shut") from another verb ("close" / "reopen"): both
change one word. So the meaning check (`db.text.meaning`) asks more of "probably the same":
each content word of each text (`db.text.wording.content_tokens`: outside the anchors and the
function words) must be **accounted for** by a word of the other text:

- the same stem (lemma for Russian, Snowball stem for English, Turkish and Arabic), or two
  stems that begin alike (`db.text.wording`: "kapanacak" / "kapan");
- in English, the same lemma (lemminflect: "shot" / "shoot"), "re" + a verb against the verb ("reopen" / "open again": "again" is light);
  in Turkish, a derived noun against its root ("günlük" / "gün"); in Arabic, the same word
  after the prefixes of a verb ("تفتح" / "فتح": `arabic_core`);
- a synonym or a broader term in the thesaurus (`db.text.thesaurus`: "inaugurated" /
  "opened"); in Turkish, one synonym set of the Turkish WordNet (`db.text.word_lexicon`:
  "kaçtı" / "firar etti");
- one group of the curated synonym table (`db.text.synonym_table`), a light word, or a verb
  of a count (`COUNT_UP`/`COUNT_DOWN` there) when the other text states the number.

A word left over is named as a difference of kind "word" ("word differs: close → reopen",
"word added: cotton"), as an `AnchorDifference` whose anchors are the words' spans, so the
window marks them in both texts and a merge asks for a confirmation naming them.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

from . import word_lexicon
from .anchor_polarity import turkish_negated_root
from .anchor_titles import government_spans, title_spans
from .anchors import Anchor, AnchorDifference, anchor_language
from .antonym_table import ANTONYMS
from .normalise import search_key
from .synonym_table import ADMITTED
from .word_arabic import arabic_core, arabic_singular
from .word_converse import CONVERSE, first_parties_differ
from .word_light import bounds, light_here, relative_time
from .word_replaced import replaced_words
from .word_support import dropped_support
from .word_tables import MIN_ROOT, Word, one_side, opposite, particles_differ, table
from .word_tables import antonyms as _antonyms
from .word_tables import converse as _converse
from .word_tables import denied as _denied
from .word_tables import kinds as _kinds
from .word_tables import synonyms as _synonyms
from .word_tables import thesaurus_synonyms as _thesaurus_synonyms
from .wording import TEXT_WORD, content_tokens, lemma, stem, stems_match, turkish_passive

WORD = "word"
"""The kind of difference a word left unaccounted gives."""

_TURKISH_DERIVED = ("lik", "luk", "li", "lu")
TURKISH_BASE = 4
"""A Turkish word of this many letters or more is the same word as one that begins with it and
adds endings ("kapısı" / "kapısının")."""


def converse_swap(
    text_a: str,
    anchors_a: Sequence[Anchor],
    text_b: str,
    anchors_b: Sequence[Anchor],
    language: str,
) -> bool:
    """Whether one text says with a verb what the other says with its converse, the parties
    in each other's places ("Norland sold … to Vesta" / "Vesta bought … from Norland":
    `db.text.word_converse`)."""
    if not CONVERSE.get(language):
        return False
    table = _converse(language)
    mine = [one_side(table.senses(w, language)) for w in words_of(text_a, anchors_a, language)]
    theirs = [one_side(table.senses(w, language)) for w in words_of(text_b, anchors_b, language)]
    return any(opposite(x, y) for x in mine if x for y in theirs if y) and first_parties_differ(
        text_a, anchors_a, text_b, anchors_b, language
    )


def words_of(text: str, anchors: Sequence[Anchor], language: str) -> tuple[Word, ...]:
    """The content words of `text` (outside `anchors`) with their spans, less a time said
    relative to now ("last week": `RELATIVE_TIME`); the last results are kept (a claim is
    compared with each of its candidates in turn)."""
    return _words_of(text, tuple(anchors), language)


@functools.lru_cache(maxsize=2048)
def _words_of(text: str, anchors: tuple[Anchor, ...], language: str) -> tuple[Word, ...]:
    words = [
        Word(s, search_key(text[a:b]), a, b, text[a:b], *_phrase(text, b, language))
        for s, a, b in content_tokens(text, anchors, language)
    ]
    relative = relative_time(text, language) | bounds(text, language)
    spans = [(w.start, w.end, w.folded) for w in words]
    titles = title_spans(text, spans, anchors, language)
    titles |= government_spans(text, spans, anchors, language)
    kept = [
        w
        for w in words
        if (w.start, w.end) not in relative | titles and not light_here(text, w, language)
    ]
    denials = [a for a in anchors if a.kind == "negation" and a.value == "deny"]
    if denials:
        reports = _denied(language)
        kept = [
            w
            for w in kept
            if not any(d.start <= w.start < d.end for d in denials)
            and not reports.senses(w, language)
        ]
    return tuple(kept)


_PARTICLE = re.compile(r"\s+(out|off|up|down|away|back|over)\b", re.IGNORECASE)
"""The particles of English phrasal verbs whose look-up is worth a try."""


def _phrase(text: str, end: int, language: str) -> tuple[str, int]:
    """The phrasal verb the word ending at `end` makes with the particle after it, and where
    the particle ends (("", 0) when none is there or the text is not English)."""
    if language != "en":
        return "", 0
    particle = _PARTICLE.match(text, end)
    if particle is None:
        return "", 0
    verb = lemma(search_key(text[:end].split()[-1]), language)
    return f"{verb} {particle.group(1).lower()}", particle.end()


def _not_denied(leftover: list[Word], other: Sequence[Anchor], language: str) -> list[Word]:
    """`leftover` less what a denial in the other text denies being said (`ADMITTED`:
    "acknowledged" / "did not deny", "kabul etmedi" / "reddetti"): the denial is a negation
    anchor and is compared as one."""
    if not any(a.kind == "negation" and a.value == "deny" for a in other):
        return leftover
    admitted = table(language, (("admitted", ADMITTED.get(language, "")),))
    return [w for w in leftover if not admitted.senses(w, language)]


def same_word(a: Word, b: Word, language: str) -> bool:
    """Whether two words are one word: the same stem or lemma, or one with more endings
    (one English verb with two particles is two: "paid back" / "paid out")."""
    if particles_differ(a, b):
        return False
    if a.stem == b.stem or stems_match(a.stem, b.stem):
        return True
    if language == "en":
        lemma_a, lemma_b = lemma(a.folded, language), lemma(b.folded, language)
        return lemma_a == lemma_b or any(
            x.startswith("re") and x[2:] == y for x, y in ((lemma_a, lemma_b), (lemma_b, lemma_a))
        )
    if language == "tr":
        short, long = sorted((a.folded, b.folded), key=len)
        if len(short) >= TURKISH_BASE and long.startswith(short):
            return True  # the same word with more endings: kapısı / kapısının
        for x, y in ((a, b), (b, a)):
            root = turkish_negated_root(x.folded)
            if root and len(root) >= MIN_ROOT and y.folded.startswith(root):
                return True  # the verb negated: çökmediğini / çöktüğü (the anchors compare)
        if turkish_passive(a.folded, b.folded) or turkish_passive(b.folded, a.folded):
            return True
        return any(
            x.folded == y.folded + suffix or x.stem == y.stem + suffix
            for x, y in ((a, b), (b, a))
            for suffix in _TURKISH_DERIVED
        )
    if language == "ar":
        core_a, core_b = arabic_core(a.folded), arabic_core(b.folded)
        if core_a == core_b or stems_match(core_a, core_b):
            return True
        if _feminine_verb(core_a, core_b) or _feminine_verb(core_b, core_a):
            return True  # "علّقت الوزارة" / "عُلّق العمل": one verb, its subject's gender
        # a verb's number after the word order ("يشكو المزارعون" / "المزارعون يشكون")
        return bool(arabic_singular(core_a) & arabic_singular(core_b))
    return False


def _feminine_verb(a: str, b: str) -> bool:
    """Whether Arabic `a` is `b` with the feminine ending of a past verb (ت), both of three
    letters or more without it."""
    return len(b) >= MIN_ROOT and a == b + "ت"


def unaccounted(
    left: Sequence[Word],
    right: Sequence[Word],
    language: str,
    *,
    opposites: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
    converse: bool = False,
) -> tuple[list[Word], list[Word]]:
    """The words of `left` and of `right` that no word of the other side accounts for;
    `opposites` are the antonym senses of each whole text when one has one negation more:
    then a word whose antonym the other text says is accounted for ("not closed" / "open");
    with `converse` (`converse_swap`), a verb by its converse ("sold" / "bought")."""
    synonyms, kinds, antonyms = _synonyms(language), _kinds(language), _antonyms(language)
    conversed = _converse(language)
    senses = {id(w): synonyms.senses(w, language) for w in (*left, *right)}
    kind = {id(w): kinds.senses(w, language) for w in (*left, *right)}

    def counts(words: Sequence[Word]) -> set[str]:
        return {k for w in words for k in kind[id(w)] & {"up", "down"}}

    def accounted(word: Word, others: Sequence[Word], their_opposites: frozenset[str]) -> bool:
        mine = kind[id(word)]
        if "light" in mine:
            return True
        if mine & {"up", "down"}:
            theirs = counts(others)
            return not theirs or bool(mine & theirs)
        if "admin" in mine:  # "the Copperbelt province" / "the Copperbelt"; not city / region
            units = [o for o in others if "admin" in kind[id(o)]]
            return not units or any(same_word(word, o, language) for o in units)
        if their_opposites and opposite(antonyms.senses(word, language), their_opposites):
            return True
        if converse and any(
            opposite(
                one_side(conversed.senses(word, language)),
                one_side(conversed.senses(o, language)),
            )
            for o in others
        ):
            return True
        return any(
            (
                same_word(word, other, language)
                or senses[id(word)] & senses[id(other)]
                or (
                    "support" not in mine | kind[id(other)]  # "hold" lists "postpone"
                    and (
                        _thesaurus_synonyms(word, other, language)
                        or word_lexicon.synonyms(word.folded, other.folded, language)
                    )
                )
            )
            and not particles_differ(word, other)
            for other in others
        )

    over = [w for w in left if not accounted(w, right, opposites[1])]
    over_right = [w for w in right if not accounted(w, left, opposites[0])]
    over, over_right = replaced_words(
        left, right, (over, over_right), accounted, opposites, same_word, language
    )

    def support(word: Word) -> frozenset[str]:
        return kind[id(word)] & {"support"}

    def partners(word: Word, others: Sequence[Word]) -> list[Word]:
        return [
            o for o in others if same_word(word, o, language) or senses[id(word)] & senses[id(o)]
        ]

    return (
        dropped_support(left, over, over_right, support, lambda w: partners(w, right)),
        dropped_support(right, over_right, over, support, lambda w: partners(w, left)),
    )


def _anchor(word: Word, text: str) -> Anchor:
    if word.phrase_end:  # the verb with its particle: "put out"
        return Anchor(
            WORD, word.start, word.phrase_end, text[word.start : word.phrase_end], word.stem
        )
    return Anchor(WORD, word.start, word.end, word.surface, word.stem)


def _in_its_place(
    word: Word, text: str, other: str, anchors: Sequence[Anchor] = ()
) -> Anchor | None:
    """The word of `other` that stands where `word` stands in `text`, between the same two
    words ("The minister said" / "The spokesman said", "the largest lake" / "the smallest
    lake"): what a word said by one text only was replaced by (None when no one word is)."""
    mine = list(TEXT_WORD.finditer(text))
    at = next((i for i, m in enumerate(mine) if m.start() == word.start), None)
    if at is None:
        return None
    before = search_key(mine[at - 1].group()) if at else ""
    after = search_key(mine[at + 1].group()) if at + 1 < len(mine) else ""
    theirs = list(TEXT_WORD.finditer(other))
    found = [
        m
        for i, m in enumerate(theirs)
        if (search_key(theirs[i - 1].group()) if i else "") == before
        and (search_key(theirs[i + 1].group()) if i + 1 < len(theirs) else "") == after
        and search_key(m.group()) != word.folded
        and (before or after)
    ]
    if len(found) != 1:
        return None
    m = found[0]
    if any(c.isdigit() for c in m.group()) or any(
        a.start <= m.start() < a.end for a in anchors if a.kind in ("number", "date")
    ):
        return None  # "1 января" / "первого января": a date said in words, no word replaced
    return Anchor(WORD, m.start(), m.end(), m.group(), search_key(m.group()))


def word_differences(
    text_a: str,
    anchors_a: Sequence[Anchor],
    text_b: str,
    anchors_b: Sequence[Anchor],
    language_a: str | None = None,
    language_b: str | None = None,
) -> tuple[AnchorDifference, ...]:
    """The words of two texts of one language that the other does not account for, paired in
    the order of the texts ("word differs: close → reopen", then "word added: …"); none for
    texts of two languages (their words are compared by their anchors only)."""
    language = anchor_language(text_a, language_a)
    if language != anchor_language(text_b, language_b):
        return ()
    opposites = (frozenset[str](), frozenset[str]())
    if _negations(anchors_a) % 2 != _negations(anchors_b) % 2:
        opposites = (_opposite_senses(text_a, language), _opposite_senses(text_b, language))
    words_a, words_b = words_of(text_a, anchors_a, language), words_of(text_b, anchors_b, language)
    converse = converse_swap(text_a, anchors_a, text_b, anchors_b, language)
    left, right = unaccounted(words_a, words_b, language, opposites=opposites, converse=converse)
    left = _outside_named(_not_denied(left, anchors_b, language), words_a, anchors_a)
    right = _outside_named(_not_denied(right, anchors_a, language), words_b, anchors_b)
    out = []
    for a, b in itertools.zip_longest(left, right):
        if b is None and a is not None:
            out.append(
                AnchorDifference(
                    WORD, _anchor(a, text_a), _in_its_place(a, text_a, text_b, anchors_b)
                )
            )
        elif a is None and b is not None:
            out.append(
                AnchorDifference(
                    WORD, _in_its_place(b, text_b, text_a, anchors_a), _anchor(b, text_b)
                )
            )
        elif a is not None and b is not None:
            out.append(AnchorDifference(WORD, _anchor(a, text_a), _anchor(b, text_b)))
    return tuple(out)


def _negations(anchors: Sequence[Anchor]) -> int:
    return sum(a.kind == "negation" for a in anchors)


NEGATION_REACH = (20, 30)
"""Characters before and after a negation within which the word it negates stands ("kapalı
olmadığını", "did not rule out")."""


def negated_antonym(
    text_a: str,
    anchors_a: Sequence[Anchor],
    text_b: str,
    anchors_b: Sequence[Anchor],
    language: str,
) -> bool:
    """Whether one text negates a word whose antonym the other says, with one negation more
    ("the crossing is not closed" / "the crossing is open", "did not rule out" / "possible"):
    then the negations do not differ in meaning."""
    if _negations(anchors_a) % 2 == _negations(anchors_b) % 2 or not ANTONYMS.get(language):
        return False
    if _negations(anchors_a) < _negations(anchors_b):
        text_a, anchors_a, text_b, anchors_b = text_b, anchors_b, text_a, anchors_a
    before, after = NEGATION_REACH
    negations = [a for a in anchors_a if a.kind == "negation"]
    table = _antonyms(language)
    denials = [(n.start, n.end) for n in negations if n.value == "deny"]
    negated = [  # a verb of denial negates what follows, not itself ("reddetti" / "kabul etti")
        table.senses(w, language)
        for w in _every_word(text_a, language)
        if any(n.start - before <= w.end and w.start <= n.end + after for n in negations)
        and not any(a <= w.start < b for a, b in denials)
    ]
    said = [table.senses(w, language) for w in _every_word(text_b, language)]
    mine = {s for w in _every_word(text_a, language) for s in table.senses(w, language)}
    theirs = {s for senses in said for s in senses}
    return any(
        opposite(frozenset({x}), frozenset({y})) and x not in theirs and y not in mine
        for senses in negated
        for x in senses
        for y in theirs
    )


def _every_word(text: str, language: str) -> list[Word]:
    """Every word of `text`, function words too ("possible" is one in English's list)."""
    return [
        Word(
            stem(m.group(), language) or search_key(m.group()),
            search_key(m.group()),
            *m.span(),
            m.group(),
        )
        for m in TEXT_WORD.finditer(text)
    ]


def _opposite_senses(text: str, language: str) -> frozenset[str]:
    """The antonym senses of every word of `text` (function words too)."""
    table = _antonyms(language)
    return frozenset(s for w in _every_word(text, language) for s in table.senses(w, language))


def _outside_named(
    leftover: list[Word], words: Sequence[Word], anchors: Sequence[Anchor]
) -> list[Word]:
    """`leftover` less the words of a name another of whose words the other text has: the
    given names and title of a person it names by surname ("President Recep Tayyip Erdogan" /
    "Erdogan")."""
    names = [a for a in anchors if a.kind == "name"]

    def named_elsewhere(word: Word) -> bool:
        return any(
            a.start <= word.start < a.end
            and any(a.start <= w.start < a.end and w not in leftover for w in words)
            for a in names
        )

    return [w for w in leftover if not named_elsewhere(w)]
