"""Words a maintained lexical resource accounts for (issue 22): a rewording by someone else
uses a word no table of ours lists, and the thesaurus (or, in Turkish, the synonym sets
extracted from KeNet) knows it; its look-alikes, a word of another sense or act, still differ
and are named; the shipped Turkish file is what the extraction script makes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from db.text import thesaurus, word_lexicon
from db.text.meaning import SAME, check_pair
from db.text.normalise import search_key
from db.text.similarity import claim_similarity, trigrams

ROOT = Path(__file__).resolve().parents[2]


def check(a: str, b: str, language: str):  # type: ignore[no-untyped-def]
    score = claim_similarity(trigrams(search_key(a)), trigrams(search_key(b)))
    return check_pair(a, b, score, language_a=language, language_b=language)


# A word and the broader word WordNet gives it ("generic term"): the same claim told less
# precisely ("inaugurated" is a way of opening, a "blaze" a fire, "wheat" a grain).
BROADER = [
    ("en", "The mayor opened the new tram depot in Leeds on Sunday.",
     "The mayor inaugurated the new tram depot in Leeds on Sunday."),
    ("en", "Serbia asked the World Bank for a loan of 300 million euros.",
     "Serbia requested a loan of 300 million euros from the World Bank."),
    ("en", "The steel factory in Gliwice will lay off 700 workers.",
     "The steel plant in Gliwice will lay off 700 workers."),
    ("en", "A blaze destroyed 40 homes in Evia.", "A fire destroyed 40 homes in Evia."),
    # a phrasal verb is looked up with its particle ("put out": extinguish)
    ("en", "Firefighters put out the blaze in Leeds.",
     "Firefighters extinguished the blaze in Leeds."),
    ("en", "The carmaker laid off 300 workers in Ohio.",
     "The carmaker dismissed 300 workers in Ohio."),
    ("en", "Police called off the search in Kent.", "Police cancelled the search in Kent."),
    # Arabic: a verb's hamza on another seat and the perfect's ت (أطفئت as أطفأ, أخمد's synonym)
    ("ar", "أُخمدت النار في مصنع حلب قبل الظهر.", "أُطفئت النار في مصنع حلب قبل الظهر."),
]  # fmt: skip

# The same sentences with a word of another sense: another claim, the word named.
OTHER_SENSE = [
    ("en", "The mayor opened the new tram depot in Leeds on Sunday.",
     "The mayor closed the new tram depot in Leeds on Sunday.", "opened → closed"),
    ("en", "Serbia asked the World Bank for a loan of 300 million euros.",
     "Serbia refused a loan of 300 million euros from the World Bank.", "asked → refused"),
    ("en", "The steel factory in Gliwice will lay off 700 workers.",
     "The steel mine in Gliwice will lay off 700 workers.", "factory → mine"),
    ("en", "A blaze destroyed 40 homes in Evia.", "A flood destroyed 40 homes in Evia.",
     "blaze → flood"),
    ("en", "Ukraine exported 2 million tonnes of wheat in May.",
     "Ukraine exported 2 million tonnes of barley in May.", "wheat → barley"),
    ("en", "The carmaker laid off 300 workers in Ohio.",
     "The carmaker hired 300 workers in Ohio.", "laid off → hired"),
    ("en", "Police called off the search in Kent.", "Police started the search in Kent.",
     "called off → started"),
    ("ar", "أُخمدت النار في مصنع حلب قبل الظهر.", "أُشعلت النار في مصنع حلب قبل الظهر.",
     "أُخمدت → أُشعلت"),
]  # fmt: skip


# Turkish, through the synonym sets extracted from KeNet (db.text.word_lexicon): a verb and its
# synonym, a light-verb compound among them.
WORDNET_SYNONYMS = [
    ("tr", "Jandarma, mahkumların cezaevinden kaçtığını açıkladı.",
     "Jandarma, mahkumların cezaevinden firar ettiğini açıkladı."),
    ("tr", "Köylüler kuraklıktan şikâyet etti.", "Köylüler kuraklıktan yakındı."),
    ("tr", "Gölün suyu tükendi.", "Gölün suyu bitti."),
    ("tr", "Şirket Bursa'daki fabrikayı kapattı.", "Şirket Bursa'daki imalathaneyi kapattı."),
]  # fmt: skip

# The same sentences with a word of another act: another claim, the words named.
WORDNET_OTHER_ACT = [
    ("tr", "Jandarma, çetenin çocuğu kaçırdığını açıkladı.",
     "Jandarma, çetenin çocuğu firar ettiğini açıkladı.", "kaçırdığını → firar"),
    ("tr", "Jandarma, mahkumların cezaevinden kaçtığını açıkladı.",
     "Jandarma, mahkumların cezaevine girdiğini açıkladı.", "kaçtığını → girdiğini"),
    ("tr", "Saldırgan iki bekçiyi yaraladı.", "Saldırgan iki bekçiyi öldürdü.",
     "yaraladı → öldürdü"),
    ("tr", "Şirket Bursa'daki fabrikayı kapattı.", "Şirket Bursa'daki madeni kapattı.",
     "fabrikayı → madeni"),
    # "göç etmek" is "to die" only in its second sense: "göç" alone is migration
    ("tr", "Kuraklık yüzünden köyden 500 aile göç etti.",
     "Kuraklık yüzünden köyde 500 aile vefat etti.", "göç → vefat"),
]  # fmt: skip


def test_the_thesaurus_gives_broader_terms() -> None:
    if not thesaurus.synonyms(frozenset({"resume"}), "en"):
        pytest.fail("the English thesaurus (mythes-en-us) is not installed")
    assert "open" in thesaurus.broader(frozenset({"inaugurate"}), "en")
    assert "plant" in thesaurus.broader(frozenset({"factory"}), "en")
    assert "close" not in thesaurus.broader(frozenset({"open"}), "en")


@pytest.mark.parametrize(("language", "a", "b"), BROADER + WORDNET_SYNONYMS)
def test_a_broader_word_is_the_same_claim(language: str, a: str, b: str) -> None:
    result = check(a, b, language)
    assert result.probably_same, result.describe()
    assert result.label == SAME
    assert check(b, a, language).probably_same


@pytest.mark.parametrize(("language", "a", "b", "named"), OTHER_SENSE + WORDNET_OTHER_ACT)
def test_a_word_of_another_sense_differs_and_is_named(
    language: str, a: str, b: str, named: str
) -> None:
    result = check(a, b, language)
    assert not result.probably_same
    assert f"word differs: {named}" in result.describe()


def test_a_word_stands_for_the_longest_member_it_begins_with() -> None:
    fled, kidnapped = search_key("kaçtığını"), search_key("kaçırdığını")
    assert word_lexicon.synonyms(fled, search_key("firar"), "tr")
    assert not word_lexicon.synonyms(kidnapped, search_key("firar"), "tr")
    # the hypernyms are not taken: kill and wound are no synonyms
    assert not word_lexicon.synonyms(search_key("öldürdü"), search_key("yaraladı"), "tr")
    # a noun spelt as a verb's participle is left out: "verecek" (debt) is also "will give"
    assert not word_lexicon.synonyms(search_key("verecek"), search_key("borç"), "tr")
    # a language without an extracted file finds nothing
    assert not word_lexicon.synonyms("fled", "escaped", "en")


def test_the_shipped_sets_are_what_the_wordnet_gives() -> None:
    pytest.importorskip("WordNet")  # nlptoolkit-wordnet, a test dependency
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging/make_lexicon.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
