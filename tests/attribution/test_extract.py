"""The attribution extractor on the project's own passages: spans, nesting, pronouns, the
document's own attribution, each language's cues, right-to-left offsets, and bad input."""

from __future__ import annotations

import itertools
import json
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.attribution import Analysis, Attribution, analyse, available_languages

DATA = Path(__file__).resolve().parents[1] / "data" / "attribution"
DIGEST = DATA / "digest-2024-03-07.txt"


def texts(a: Attribution, text: str) -> tuple[list[str], list[str], list[str]]:
    return (
        [text[s:e] for s, e in a.source],
        [text[s:e] for s, e in a.cue],
        [text[s:e] for s, e in a.content],
    )


def find(analysis: Analysis, cue: str) -> Attribution:
    found = [a for a in analysis.attributions if a.cue_text == cue]
    assert found, f"no attribution with cue {cue!r}: {[a.cue_text for a in analysis.attributions]}"
    return found[0]


def test_said_that_with_source_cue_and_content_spans() -> None:
    text = "The finance minister said on Tuesday that inflation would fall below five percent."
    (a,) = analyse(text, "en").attributions
    assert texts(a, text) == (
        ["The finance minister"],
        ["said"],
        ["that inflation would fall below five percent"],
    )
    assert a.parent is None and a.actor == "The finance minister" and not a.actor_guessed
    assert a.as_json()["source"] == [[0, 20]]


def test_quotation_before_and_after_its_speaker() -> None:
    text = "“The ceasefire is holding,” said Colonel Mark Ellis. “We are ready,” the envoy told reporters."
    analysis = analyse(text, "en")
    first, second = analysis.attributions
    assert texts(first, text) == (["Colonel Mark Ellis"], ["said"], ["“The ceasefire is holding,”"])
    assert texts(second, text) == (["the envoy"], ["told"], ["“We are ready,”"])
    assert first.quotation and second.quotation


def test_quoted_as_saying_nests_the_inner_attribution() -> None:
    text = "The newspaper quoted a senior diplomat as saying that the talks had reached a dead end."
    outer, inner = analyse(text, "en").attributions
    assert texts(outer, text)[:2] == (["The newspaper"], ["quoted"])
    assert texts(inner, text) == (
        ["a senior diplomat"],
        ["as saying"],
        ["that the talks had reached a dead end"],
    )
    assert inner.parent == outer.index and outer.parent is None
    assert not outer.direction_doubtful  # an outlet quoting a person: the usual direction


def test_an_official_quoting_an_outlet_is_flagged_doubtful() -> None:
    text = (
        "The official quoted the BBC Türkçe as saying that the troops had coordinated with Moscow."
    )
    outer, inner = analyse(text, "en").attributions
    assert outer.direction_doubtful and inner.parent == outer.index
    assert inner.source_text == "the BBC Türkçe"


def test_according_to_wraps_a_report_and_nests_it() -> None:
    text = "Sources close to the talks said a deal was unlikely, according to the Anadolu agency."
    analysis = analyse(text, "en")
    according = find(analysis, "according to")
    said = find(analysis, "said")
    assert according.source_text == "the Anadolu agency"
    assert said.parent == according.index
    assert said.content_text == "a deal was unlikely"


def test_pronouns_and_short_mentions_resolve_to_the_full_name() -> None:
    text = (
        "Russian Foreign Minister Sergey Lavrov said the sanctions must be lifted. "
        "He stressed the need to rebuild the power grid. "
        "Lavrov explained that the West was blocking reconstruction."
    )
    said, stressed, explained = analyse(text, "en").attributions
    full = "Russian Foreign Minister Sergey Lavrov"
    assert said.actor == full and not said.actor_guessed
    assert stressed.source_text == "He" and stressed.actor == full and stressed.actor_guessed
    assert explained.source_text == "Lavrov" and explained.actor == full
    assert not explained.actor_guessed


def test_the_official_resolves_to_the_earlier_description_as_a_guess() -> None:
    text = (
        "A high-ranking Turkish security official confirmed that talks were possible. "
        "“There are no red lines,” the official explained."
    )
    first, second = analyse(text, "en").attributions
    assert first.source_text == "A high-ranking Turkish security official"
    assert second.source_text == "the official"
    assert second.actor == "A high-ranking Turkish security official" and second.actor_guessed


def test_document_level_outlet_translator_and_date() -> None:
    text = DIGEST.read_text("utf-8")
    analysis = analyse(text, "en")
    assert analysis.outlet is not None and analysis.outlet.actor == "al-Watan"
    assert text[slice(*analysis.outlet.span)] == "al-Watan"
    assert analysis.translator is not None and analysis.translator.actor == "The Syrian Observer"
    assert text[slice(*analysis.translator.span)] == "The Syrian Observer"
    assert analysis.date == "2024-03-07"


def test_a_text_without_attributions_has_none() -> None:
    text = "Heavy rain flooded several villages on Monday. Rescue teams evacuated two hundred families."
    analysis = analyse(text, "en")
    assert analysis.supported and analysis.attributions == () and analysis.message == ""


CUES = [
    (
        "en",
        "Police said they had arrested four suspects.",
        "said",
        "Police",
        "they had arrested four suspects",
    ),
    (
        "en",
        "Prices rose sharply, according to the statistics office.",
        "according to",
        "the statistics office",
        "Prices rose sharply",
    ),
    (
        "ar",
        "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل.",
        "قال",
        "وزير الخارجية",
        "إن المحادثات ستستأنف الأسبوع المقبل",
    ),
    (
        "ar",
        "وأكد المتحدث أن الوضع في العاصمة مستقر.",
        "وأكد",
        "المتحدث",
        "أن الوضع في العاصمة مستقر",
    ),
    (
        "ar",
        "بحسب مصادر محلية، قصف الجيش أطراف البلدة.",
        "بحسب",
        "مصادر محلية",
        "قصف الجيش أطراف البلدة",
    ),
    ("ar", "وأضاف أن بلاده مستعدة للحوار.", "وأضاف", "", "أن بلاده مستعدة للحوار"),
    (
        "tr",
        "Bakan, görüşmelerin gelecek hafta başlayacağını söyledi.",
        "söyledi",
        "Bakan",
        "görüşmelerin gelecek hafta başlayacağını",
    ),
    (
        "tr",
        "“Masada kırmızı çizgi yok,” dedi yetkili.",
        "dedi",
        "yetkili",
        "“Masada kırmızı çizgi yok,”",
    ),
    (
        "tr",
        "Bakanlık, yeni vaka görülmediğini açıkladı.",
        "açıkladı",
        "Bakanlık",
        "yeni vaka görülmediğini",
    ),
    (
        "tr",
        "Ajansa göre, toplantı Moskova'da yapılacak.",
        "göre",
        "Ajansa",
        "toplantı Moskova'da yapılacak",
    ),
    (
        "ru",
        "Министр заявил, что переговоры возобновятся.",
        "заявил",
        "Министр",
        "что переговоры возобновятся",
    ),
    (
        "ru",
        "«Мы не примем условий», — сказал представитель министерства.",
        "сказал",
        "представитель министерства",
        "«Мы не примем условий»",
    ),
    (
        "ru",
        "По словам Сергея Лаврова, Турция попросила о помощи.",
        "По словам",
        "Сергея Лаврова",
        "Турция попросила о помощи",
    ),
    (
        "ru",
        "Как передает ТАСС, президент посетит Анкару.",
        "Как передает",
        "ТАСС",
        "президент посетит Анкару",
    ),
]


@pytest.mark.parametrize(("language", "text", "cue", "source", "content"), CUES)
def test_each_languages_cues(language: str, text: str, cue: str, source: str, content: str) -> None:
    analysis = analyse(text, language)
    assert analysis.supported, analysis.message
    a = find(analysis, cue)
    assert a.source_text == source
    assert a.content_text == content


def test_right_to_left_offsets_point_into_the_text_as_given() -> None:
    # a right-to-left mark and a Latin name inside the Arabic sentence: offsets stay str indices
    text = "\u200fنقلت صحيفة الوطن عن مصدر دبلوماسي قوله إن الاجتماع سيعقد في Moscow قريبا."
    outer, inner = analyse(text, "ar").attributions
    assert [text[s:e] for s, e in outer.source] == ["صحيفة الوطن"]
    assert [text[s:e] for s, e in outer.cue] == ["نقلت", "عن"]
    assert [text[s:e] for s, e in inner.source] == ["مصدر دبلوماسي"]
    assert [text[s:e] for s, e in inner.cue] == ["قوله"]
    assert [text[s:e] for s, e in inner.content] == ["إن الاجتماع سيعقد في Moscow قريبا"]
    assert inner.parent == outer.index
    assert outer.source[0][0] == text.index("صحيفة")


def test_the_evaluation_set_is_large_enough_and_its_offsets_hold() -> None:
    for language in ("en", "ar", "tr", "ru"):
        passages = json.loads((DATA / f"{language}.json").read_text("utf-8"))
        assert len(passages) >= 30
        assert {p["split"] for p in passages} == {"dev", "test"}
        for p in passages:
            for a in p["attributions"]:
                for role in ("source", "cue", "content"):
                    for s, e in a[role]:
                        assert 0 <= s < e <= len(p["text"])


# bad input ---------------------------------------------------------------------------------


def test_a_language_without_a_lexicon_says_so_and_proposes_nothing() -> None:
    analysis = analyse("Le ministre a déclaré que les prix baisseraient.", "fr")
    assert not analysis.supported and analysis.attributions == ()
    assert "no cue lexicon for language 'fr'" in analysis.message
    assert set(available_languages()) >= {"en", "ar", "tr", "ru"}


def test_a_table_of_numbers_has_no_sentences_worth_reading() -> None:
    table = "\n".join(" ".join(str(i * j) for j in range(8)) for i in range(300))
    assert analyse(table, "en").attributions == ()
    assert analyse("", "en").attributions == ()
    assert analyse("   \n\n ", "ar").attributions == ()


def test_unbalanced_quotation_marks() -> None:
    text = (
        "He said: “this road is never closed. Officials said the bridge is open. «Нет, — сказал он."
    )
    analysis = analyse(text, "en")
    officials = find(analysis, "said")
    assert all(0 <= s < e <= len(text) for a in analysis.attributions for s, e in a.content)
    assert any(a.content_text == "the bridge is open" for a in analysis.attributions), officials


def test_a_quotation_of_20000_characters() -> None:
    quote = "“" + " ".join(f"word{i}" for i in range(3000))[:19_998] + "”"
    text = f"The minister said: {quote} Then he left."
    started = time.perf_counter()
    analysis = analyse(text, "en")
    assert time.perf_counter() - started < 10
    said = find(analysis, "said")
    assert said.content_text == quote and len(said.content_text) == 20_000


def test_mixed_scripts_in_one_sentence() -> None:
    text = "Президент Erdoğan заявил, что الوضع stable и переговоры продолжатся."
    a = find(analyse(text, "ru"), "заявил")
    assert a.source_text == "Президент Erdoğan"
    assert a.content_text == "что الوضع stable и переговоры продолжатся"


def test_a_two_megabyte_source_in_bounded_time() -> None:
    prose = (
        "The committee met again in the old town hall, and the minutes were read aloud. "
        "Nothing new was decided about the water supply or the roads. "
    ) * 9
    reported = "The mayor said that the budget would be published next week. "
    block = prose + reported
    text = (block * (2_000_000 // len(block) + 1))[:2_000_000]
    started = time.perf_counter()
    analysis = analyse(text, "en")
    elapsed = time.perf_counter() - started
    assert elapsed < 60, elapsed
    assert len(analysis.attributions) >= 1000
    last = analysis.attributions[-1]
    assert last.content[-1][1] <= len(text)


def test_a_hostile_text_stops_after_the_limit_and_says_so() -> None:
    text = "He said, " * 20_000
    analysis = analyse(text, "en")
    assert len(analysis.attributions) <= 5_000 + 50
    assert "stopped after the first 5,000 attributions" in analysis.message


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [
                "said",
                "told",
                "according to",
                "quoted",
                "as saying",
                "“",
                "”",
                "«",
                "»",
                '"',
                ",",
                ".",
                ":",
                "—",
                "that",
                "He",
                "The official",
                "Lavrov",
                "قال",
                "إن",
                "أن",
                "وأضاف",
                "عن",
                "قوله",
                "dedi",
                "söyledi",
                "göre",
                "заявил",
                "что",
                "по словам",
                "the talks",
                "X",
                "\n",
                "\u200f",
                "  ",
                "2023-01-19",
                "؟",
                "!",
            ]
        ),
        max_size=40,
    ),
    st.sampled_from(["en", "ar", "tr", "ru", "xx", ""]),
)
def test_any_text_gives_spans_inside_it(words: list[str], language: str) -> None:
    text = " ".join(words)
    analysis = analyse(text, language)
    for a in analysis.attributions:
        for role in (a.source, a.cue, a.content):
            assert list(role) == sorted(role)
            for s, e in role:
                assert 0 <= s < e <= len(text)
        assert a.cue and a.content
        assert a.parent is None or 0 <= a.parent < len(analysis.attributions)
        assert a.parent != a.index
        assert a.cue_text == " … ".join(text[s:e] for s, e in a.cue)


def test_a_quotation_that_goes_on_in_the_next_sentence() -> None:
    text = (
        "“We think the worst is over,” said Joseph Smith, an economist at a bank. "
        "“But we are not out of the woods yet.” Prices fell on Friday."
    )
    said = find(analyse(text, "en"), "said")
    assert texts(said, text)[2] == [
        "“We think the worst is over,”",
        "“But we are not out of the woods yet.”",
    ]


def test_reporting_inside_a_reported_clause_nests() -> None:
    text = "The company said it expects third-quarter earnings to rise."
    said, expects = analyse(text, "en").attributions
    assert said.content_text == "it expects third-quarter earnings to rise"
    assert expects.parent == said.index


def test_a_parenthetical_cue_and_verbs_that_report_only_before_that() -> None:
    text = "The plan, the company said, would save ten million a year. He found the keys."
    (said,) = analyse(text, "en").attributions
    assert texts(said, text) == (
        ["the company"],
        ["said"],
        ["The plan", "would save ten million a year"],
    )
    text = "The survey found that consumer confidence dropped in October."
    (found,) = analyse(text, "en").attributions
    assert found.source_text == "The survey" and found.content_text.startswith("that consumer")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab .,!?“”«»"\n\u200fقال Да')), max_size=200))
def test_sentences_and_tokens_keep_their_offsets(text: str) -> None:
    from desktop.attribution.text import sentences, tokens

    spans = sentences(text)
    assert spans == sorted(spans)
    for (_s1, e1), (s2, _e2) in itertools.pairwise(spans):
        assert e1 <= s2
    for s, e in spans:
        assert 0 <= s < e <= len(text) and not text[s].isspace() and not text[e - 1].isspace()
        for tok in tokens(text, s, e):
            assert text[tok.start : tok.end] == tok.text and s <= tok.start < tok.end <= e


def test_every_lexicon_loads_and_names_its_language() -> None:
    from desktop.attribution import load_lexicon

    for language in available_languages():
        lexicon = load_lexicon(language)
        assert lexicon is not None and lexicon.language == language
        assert lexicon.cues and lexicon.order in ("svo", "vso", "sov")
    assert load_lexicon("en-GB") is load_lexicon("en")
    assert load_lexicon("../etc") is None


def test_turkish_reported_speech_inside_reported_speech_nests() -> None:
    text = "Gazete, bir diplomatın görüşmelerin çıkmaza girdiğini söylediğini aktardı."
    outer, inner = analyse(text, "tr").attributions
    assert texts(outer, text)[:2] == (["Gazete"], ["aktardı"])
    assert texts(inner, text) == (
        ["bir diplomatın"],
        ["söylediğini"],
        ["görüşmelerin çıkmaza girdiğini"],
    )
    assert inner.parent == outer.index
