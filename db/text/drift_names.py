"""The "name" drift flag of an aligned pair: another person, place or organisation named in the
place of one ("UN envoy Ghassan Salamé" for "المبعوث الأممي عبد الله باتيلي", "Qatar" for
"البحرين", "UNICEF" for "ВОЗ", "Zeynep Demir" for "Elif Demir").

Each side's names are found in three ways (`mentions`):

- **known names**: countries, territories and cities (the meaning check's CLDR names,
  `db.text.anchors`: "البحرين", "Qatar" → place:BH, place:QA) and the organisations of
  `align_organisations.json` under any of their names or acronyms in each language (ВОЗ,
  "World Health Organization", "منظمة الصحة العالمية" → org:who);
- **proper names** in English, Turkish and Russian: runs of capitalised words that are not
  words of the language (English: the lemma dictionary of `lemminflect`; Russian: pymorphy3's
  dictionary, whose names are tagged; Turkish: not a word of the bilingual lexicon, of a title
  or of an institution), acronyms left out unless they are known organisations ("ЕАЭС" /
  "Eurasian Economic Union" cannot be compared by spelling);
- **people after a title** (envoy, minister, MP, governor… in each language), in Arabic the
  one sure sign of a name: the words after the title and its qualifiers, with the particles
  of Arabic names kept (عبد الله, أبو حسان, فيصل بن فرحان, الرواشدة).

A name of one side is matched when the other side has the same known name, or when its words
share `db.text.names` keys with the other side's words (Erdoğan / أردوغان / Эрдоган). A drift
is flagged only where EACH side has a name of one sort (place, organisation, person) the
other does not match: a name on one side only is how translators render a pronoun, a title or
an institution ("the governor" / "Vali İdris Akbıyık", "Yüksek Seçim Kurulu" / "Supreme
Election Council"), which is no drift. Two unmatched names that are spellings of each other
(`name_similarity`) are not flagged either."""

from __future__ import annotations

import functools
import re
from typing import Any

from .align_anchors import anchors_of
from .align_features import WORD, base_language, word_name_keys
from .align_lexicon import concept_and_stem, fold, word_concept
from .align_organisations import organisation_spans
from .drift_acronyms import acronym_explained, acronyms_differ
from .drift_org_words import named_apart, org_concepts, unplaced
from .drift_organisations import head_kinds, is_acronym, organisations, same_script
from .drift_people import (
    AR_WORD,
    REACH,
    Mention,
    arabic_people,
    function_words_of,
    is_title,
    matched_words,
    name_keys_of,
    speaks,
    spellings,
)
from .drift_portfolios import portfolios
from .drift_spellings import known_cities, place_differences

_TURKISH_INSTITUTIONS = re.compile(
    r"^(?:bakanl|valil|meclis|kurul|oda|baskanl|mudurl|belediye|universite|mahkeme|parti|"
    r"sanayi|ticaret|banka|ajans|milli|ulusal|devlet|cumhuriyet|bassavci|savcil|emniyet|"
    r"jandarma|hukumet|saglik|egitim|icisleri|disisleri|ekonomi|enerji|tarim|orman|ulastirma|"
    r"calisma|aile|adalet|kultur|turizm|spor|genclik|hazine|maliye|merkez|kurum|birlig|"
    r"dernek|sendika|vakf|vakif|konsey|komisyon|ofis|daire|sirket|holding|federasyon|kulub|"
    r"borsa|komite|teskilat|yonetim|idare|baskomutanl|genelkurmay|ordu|kuvvet|polis|"
    r"meteoroloji|afet|kizilay|istatistik|enstitu|akademi|vali|kaymakaml|il|ilce)"
)
_RUSSIAN_NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


# --- proper names -------------------------------------------------------------------------


@functools.cache
def _morph() -> Any:
    from .name_morphology import _analyzer

    return _analyzer()


@functools.lru_cache(maxsize=16384)
def _proper(word: str, language: str) -> bool:
    """Whether a capitalised word is a name rather than a word of the language."""
    if not _namelike(word, language):
        return False
    f = fold(word)
    if language == "en":
        from lemminflect import getAllLemmas  # with numpy: loaded when first needed

        return not getAllLemmas(word.lower())
    if language == "ru":
        parses = _morph().parse(word.lower())
        if not parses or not _morph().word_is_known(word.lower()):
            return True
        return any(_RUSSIAN_NAME_TAGS & set(p.tag.grammemes) for p in parses[:2])
    if language == "tr":
        return _TURKISH_INSTITUTIONS.match(f) is None
    return False


@functools.lru_cache(maxsize=16384)
def _namelike(word: str, language: str) -> bool:
    """Not a word of the lexicon, a title, a function word or an acronym (acronyms are
    compared only as known organisations)."""
    f = fold(word)
    if len(f) < 2 or _lexicon_word(f, language) or is_title(word, language):
        return False
    if f in function_words_of(language):
        return False
    return not (word.isupper() and len(word) > 1)


def _lexicon_word(folded: str, language: str) -> bool:
    """A word of the bilingual lexicon, not a name that starts like one ("Yılmaz" is no
    "yıl", year: a stem of three letters names a word no longer than five)."""
    found = concept_and_stem(folded, language)
    return found is not None and (found[1] > 3 or len(folded) <= 5)


_PARTICLE = re.compile(r"^(?:al|el|as|ash|ad|ar|at|az|an|ibn|bin|bint|аль|эль|ибн|бин)(?:-|$)")
"""The lowercase particles inside a name written in Latin or Cyrillic (al-Faisal, bin Salman)."""


def _capitalised(text: str, language: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Runs of proper names (see `_proper`), outside `taken` spans; a title or a common word
    ends a run, and so does a comma."""
    found: list[Mention] = []
    run: list[str] = []
    last_end = -1
    after_title = False
    run_after_title = False
    run_start = 0
    run_titled = False
    title_at = -99
    run_end = 0

    def close() -> None:
        nonlocal run
        if not run:
            return
        at, end = tokens[run_start].start(), run_end
        speaker = len(run) == 1 and speaks(text[:at], text[end:], language)
        opener = run_start == 0 and len(run) == 1 and language == "tr"
        if not opener or speaker:  # a Turkish sentence's first word alone: no sign of a name
            sort = "person" if run_after_title or len(run) > 1 or speaker else "name"
            found.append(Mention(tuple(run), sort))
        run = []

    tokens = list(WORD.finditer(text))
    for i, m in enumerate(tokens):
        w = m.group()
        gap = text[last_end : m.start()] if last_end >= 0 else " "
        last_end = m.end()
        if any(s <= m.start() < e for s, e in taken):
            close()
            after_title = False
            continue
        joined = gap.strip() in ("", "-") and "'" not in gap and "’" not in gap
        particle = bool(run) and joined and _PARTICLE.match(w) is not None
        if particle or (
            w[:1].isupper()
            and (
                _proper(w, language)
                or (
                    # a name that is also a word ("Mike Hammer") only right after a title
                    _namelike(w, language)
                    and (after_title or (run_titled and bool(run) and joined))
                )
            )
        ):
            if run and not joined:
                close()
            if not run:
                run_after_title, run_start = i - title_at <= REACH, i
                run_titled = after_title
            run.append(w)
            run_end = m.end()
        else:
            if run and ("'" in gap or "’" in gap) and w[:1].islower():
                last_end = m.end()  # a Turkish suffix after an apostrophe ("Demir'in")
                continue
            close()
            after_title = is_title(w, language)
            if after_title:
                title_at = i
    close()
    return found


# --- the mentions of a passage --------------------------------------------------------------


@functools.lru_cache(maxsize=8192)
def mentions(text: str, language: str | None) -> tuple[Mention, ...]:
    """The names of a passage (see the module's docstring)."""
    lang = base_language(language)
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for start, end, value in organisation_spans(text, lang):
        words = tuple(WORD.findall(text[start:end]))
        found.append(Mention(words, "org", value, _heads(words, lang)))
        taken.append((start, end))
    anchors = anchors_of(text, language)
    places = frozenset(
        w for a in anchors if a.value.startswith("place:") for w in WORD.findall(a.surface)
    )
    unknown = organisations(text, lang, tuple(taken), places)
    for a in anchors:
        if a.kind != "name" or any(s <= a.start < e for s, e in taken):
            continue
        if a.value.startswith("place:"):
            found.append(Mention(tuple(WORD.findall(a.surface)), "place", a.value))
            taken.append((a.start, a.end))
        elif a.value.startswith("org:"):
            taken.append((a.start, a.end))
    for o in unknown:
        surface = text[o.start : o.end]
        found.append(Mention(o.words, "org", "", o.heads, o.own, surface, o.acronym, o.proper))
        taken.append((o.start, o.end))
    if lang == "ar":
        people = [
            m
            for m in arabic_people(text, tuple(taken))
            if not any(w in _taken_words(text, taken) for w in m.words)
        ]
        found.extend(people)
        found.extend(known_cities(text, lang, found))  # no capitals: GeoNames' cities
    elif lang in ("en", "tr", "ru"):
        found.extend(_capitalised(text, lang, taken))
    return tuple(found)


def _words(text: str, language: str) -> list[str]:
    return (AR_WORD if language == "ar" else WORD).findall(text)


def _taken_words(text: str, taken: list[tuple[int, int]]) -> set[str]:
    return {w for s, e in taken for w in WORD.findall(text[s:e])}


def _heads(words: tuple[str, ...], language: str) -> frozenset[str]:
    return frozenset().union(*(head_kinds(w, language) for w in words))


def _concepts(words: list[str], language: str) -> frozenset[str]:
    return frozenset(c for w in words if (c := word_concept(fold(w), language)) is not None)


def _other_kind(m: Mention, other: tuple[Mention, ...]) -> bool:
    """Whether every organisation of the other side is a body of another kind than `m`
    ("İzmir Barosu" / "Izmir Chamber of Commerce": a word in common, a bar for a chamber)."""
    bodies = [o for o in other if o.sort == "org" and o.heads]
    return bool(m.heads) and bool(bodies) and all(not (o.heads & m.heads) for o in bodies)


def _unmatched(
    names: tuple[Mention, ...],
    language: str,
    other: tuple[Mention, ...],
    other_keys: frozenset[str],
    other_concepts: frozenset[str],
) -> list[Mention]:
    values = {m.value for m in other if m.value}
    out: list[Mention] = []
    for m in names:
        if m.sort == "org" and not m.value:
            # an organisation no list holds is the same when one of its own words is on the
            # other side, spelt (أرامكس / Aramex, AFAD / AFAD) or translated (the lexicon); a
            # body with a proper name by most of that name's words ("the Green Horizon rural
            # development association" is not "جمعية أرض وماء للتنمية الريفية"), two bodies
            # with acronyms by their acronyms
            own, most = (m.proper, True) if m.proper else (m.own, False)
            if m.acronym and any(o.acronym for o in other):
                own, most = (m.acronym,), False
            spelt = [len(w) > 3 and bool(word_name_keys(w, language) & other_keys) for w in own]
            met = [
                s or word_concept(fold(w), language) in other_concepts
                for s, w in zip(spelt, own, strict=True)
            ]
            same = (2 * sum(spelt) >= len(own) or 2 * sum(met) > len(own)) if most else any(met)
            if (same or acronym_explained(m, other)) and not _other_kind(m, other):
                continue
            out.append(m)
            continue
        if m.value:
            # an organisation is the same only by its value (its words are translated); a place
            # also by its spelling, which CLDR may not know in both languages
            place_spelt = m.sort == "place" and name_keys_of(m.words, language) & other_keys
            if m.value in values or place_spelt:
                continue
            out.append(m)
            continue
        if all(matched_words(m, language, other_keys)):
            continue
        out.append(m)
    return out


def _sort(m: Mention) -> str:
    return "person" if m.sort == "name" else m.sort


def name_differences(
    original: str, translation: str, original_language: str | None, translation_language: str | None
) -> list[tuple[str, str, str]]:
    """(the original's name, the translation's name, why: a key of `drift.NAME_REASONS`) for
    each name given in the place of another (see the module's docstring)."""
    lo, lt = base_language(original_language), base_language(translation_language)
    left, right = mentions(original, lo), mentions(translation, lt)
    if not left or not right:
        return []
    words_o, words_t = _words(original, lo), _words(translation, lt)
    keys_o, keys_t = name_keys_of(words_o, lo), name_keys_of(words_t, lt)
    only_o = _unmatched(left, lo, right, keys_t, _concepts(words_t, lt))
    only_t = _unmatched(right, lt, left, keys_o, _concepts(words_o, lo))
    pairs: list[tuple[str, str, str]] = []
    pairs += _organisations(
        [m for m in only_o if m.sort == "org"],
        [m for m in only_t if m.sort == "org"],
        (only_o if not any(m.sort == "org" for m in left) else [], lo),
        (only_t if not any(m.sort == "org" for m in right) else [], lt),
        (org_concepts(words_o, lo), org_concepts(words_t, lt)),
    )
    for sort in ("place", "person"):
        a = [m for m in only_o if _sort(m) == sort]
        b = [m for m in only_t if _sort(m) == sort]
        if sort == "person":
            # a lone capitalised word not after a title may be a place or a people's name
            # ("Caucasus", "Swedish"): only people are compared
            a = [m for m in a if m.sort == "person"]
            b = [m for m in b if m.sort == "person"]
        for x, y in zip(a, b, strict=False):
            if sort == "person" and spellings(x, lo, y, lt, keys_o, keys_t):
                continue
            pairs.append((x.text, y.text, "place-name" if sort == "place" else sort))
    return pairs + place_differences(left, right, (lo, lt), (keys_o, keys_t), pairs)


def _organisations(
    a: list[Mention],
    b: list[Mention],
    side_o: tuple[list[Mention], str],
    side_t: tuple[list[Mention], str],
    seen: tuple[frozenset[str], frozenset[str]],
) -> list[tuple[str, str, str]]:
    """Organisations in each other's place: each side's unmatched organisations in order; two
    known ones always differ (their keys do), a known one and another too; two that no list
    holds differ when their kinds of body do (a bank for a ministry) or when one of them has
    none (an acronym, a quoted name), or when both are called by proper names that differ
    ("Трансмашхолдинг" / "Sinara Group"): two bodies of one kind named by common words that
    share nothing may be a translation by meaning ("Maden Mühendisleri Odası" / "Chamber of
    Mining Engineers") and are not flagged, unless each names people or things the other side
    does not (`drift_org_words`). An organisation left over against a lone proper name in its
    place ("Aselsan") differs too, unless it is an acronym (TÜİK / TurkStat)."""
    (only_o, lo), (only_t, lt) = side_o, side_t
    a, b = list(a), list(b)
    for x in list(a):  # first, each body that may be the other's translation
        y = next((y for y in b if not _differ(x, lo, y, lt, seen)), None)
        if y is not None:
            a.remove(x)
            b.remove(y)
    pairs = [(x.text, y.text, _differ(x, lo, y, lt, seen)) for x, y in zip(a, b, strict=False)]
    names_o = [m for m in only_o if m.sort == "name" and len(m.words) == 1]
    names_t = [m for m in only_t if m.sort == "name" and len(m.words) == 1]
    bodies_o = [m for m in a[len(b) :] if _named_body(m, lo, seen[1])]
    bodies_t = [m for m in b[len(a) :] if _named_body(m, lt, seen[0])]
    for x, y in zip(bodies_o, names_t, strict=False):
        pairs.append((x.text, y.text, "name"))
    for x, y in zip(names_o, bodies_t, strict=False):
        pairs.append((x.text, y.text, "name"))
    return pairs


def _named_body(m: Mention, language: str, seen_other: frozenset[str]) -> bool:
    """A known organisation or one with a head and its own words ("TÜBİTAK Uzay Teknolojileri
    Araştırma Enstitüsü"), which a lone proper name in its place ("Aselsan") contradicts; an
    acronym may be that name (TÜİK / TurkStat), and a body whose words the other side says
    in lower case ("مكتب الصحة" / "the health office in Hajjah") is there."""
    if m.value:
        return True
    said = org_concepts(m.own, language)
    return bool(m.own) and bool(m.heads) and not (said and said <= seen_other)


def _differ(
    x: Mention, lx: str, y: Mention, ly: str, seen: tuple[frozenset[str], frozenset[str]]
) -> str:
    """Why two unmatched organisations in each other's place are two bodies ("" when they may
    be one; see `_organisations` and `NAME_REASONS`). An acronym is compared with an acronym of
    its own alphabet (HSK / YSK), a known organisation or one called by a proper name (DİSK /
    Türk-İş); against a name made of common words it may be that name translated (МЧС /
    Emergencies Ministry, ЦИК / CEC)."""
    if x.value or y.value:
        return "known"
    by_acronym = acronyms_differ(x, lx, y, ly)
    if by_acronym is not None:
        return "acronym" if by_acronym else ""
    ax, ay = is_acronym(x.words) and not x.heads, is_acronym(y.words) and not y.heads
    if ax and ay:
        return "acronym" if same_script(x.text, y.text) else ""
    if ax or ay:
        other, language = (y, ly) if ax else (x, lx)
        return "acronym" if _proper_own(other, language, people=False) or not other.heads else ""
    if not (x.heads and y.heads) or not (x.heads & y.heads):
        return "kind"
    px, py = portfolios(x.words, lx), portfolios(y.words, ly)
    if px and py and not (px & py):
        return "portfolio"  # a ministry of works for a ministry of finance
    if named_apart((unplaced(x, lx), x.own, lx), (unplaced(y, ly), y.own, ly), seen):
        return "words"  # an oil workers' union for a refinery technicians' association
    wx, wy = _places(x, lx), _places(y, ly)
    if (wx or wy) and not (wx & wy) and (wx or _named_apart(x, lx)) and (wy or _named_apart(y, ly)):
        return (
            "place"  # the chamber of Eskişehir for Istanbul's, Karadeniz's university for Ankara's
        )
    if not (x.proper or y.proper) and org_concepts(x.words, lx) & org_concepts(y.words, ly):
        return ""  # "Ege … İhracatçıları Birliği" / "Aegean … Exporters' Association"
    return "proper" if _proper_own(x, lx) and _proper_own(y, ly) else ""


def _named_apart(m: Mention, language: str) -> bool:
    """A body named by a proper name written apart from its head ("Karadeniz Teknik
    Üniversitesi", not the compound "Минобороны")."""
    return len(m.words) > 1 and bool(m.own) and _proper_own(m, language)


def _places(m: Mention, language: str) -> frozenset[str]:
    """The places a body's name holds (CLDR's: "İzmir Barosu" → place:TR-35)."""
    return frozenset(a.value for a in anchors_of(m.text, language) if a.value.startswith("place:"))


def _proper_own(m: Mention, language: str, *, people: bool = True) -> bool:
    """An organisation called by a proper name of its own ("Sinara", "Трансмашхолдинг"), not
    by words a translation would translate (in Arabic, only a company's or an outlet's name
    without the article tells); without `people`, a
    people's adjective ("Eurasian Economic Union") is a translated word too."""
    if m.proper:
        return True  # quoted, or capitalised before a head in lower case
    if language == "en" and "company" in m.heads and m.own and m.own[0][:1].isupper():
        return True  # a company's brand: "Delta Power Solutions"
    if language == "ar":  # a company or an outlet by a word that is not Arabic ("شركة أرامكس")
        return bool(m.heads & {"company", "outlet"}) and any(
            not fold(w).startswith(("ال", "لل")) and word_concept(fold(w), "ar") is None
            for w in m.own
        )
    return language in ("en", "tr", "ru") and any(
        _proper(w, language) and (people or not _DEMONYM.search(w)) for w in m.own
    )


_DEMONYM = re.compile(r"(?:an|ese|ish|ic|i)$")
"""English adjectives of peoples and places ("Eurasian", "Lebanese", "Turkish")."""
