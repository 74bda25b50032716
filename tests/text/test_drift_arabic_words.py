"""Arabic words the drift flags read across languages: "بعدم" + a verbal noun ("advised …
بعدم مغادرة منازلهم", "not to leave their homes") renders an English "not", so a faithful pair
has no negation drift, while a negation only in the translation still is one; a thousand said
alone (ألف) and the ordinals (الخامسة) meet the same number in digits and differ from another."""

from __future__ import annotations

from db.text.drift import pair_drift


def test_bi_adam_renders_not() -> None:
    flags = pair_drift(
        "وأوصت وزارة البيئة كبار السن والأطفال بعدم مغادرة منازلهم.",
        "The Ministry of Environment advised the elderly and children not to leave their homes.",
        "ar",
        "en",
    )
    assert [f.kind for f in flags] == []


def test_a_not_only_in_the_translation_is_still_a_drift() -> None:
    flags = pair_drift(
        "وأوصت الوزارة السكان بمغادرة منازلهم.",
        "The ministry advised residents not to leave their homes.",
        "ar",
        "en",
    )
    assert [(f.kind, f.translation) for f in flags] == [("negation", "not")]


def test_a_thousand_and_an_ordinal_in_arabic_words_meet_their_digits() -> None:
    observers = "وشارك في مراقبة الانتخابات نحو ألف مراقب دولي ومحلي."
    english = "About {} international and local observers monitored the election."
    assert pair_drift(observers, english.format("1,000"), "ar", "en") == ()
    assert pair_drift(observers, english.format("a thousand"), "ar", "en") == ()
    (changed,) = pair_drift(observers, english.format("2,000"), "ar", "en")
    assert (changed.kind, changed.original, changed.translation) == ("number", "ألف", "2,000")
    village = "وأشار المركز الصحي في القرية الخامسة إلى تسجيل حالات جديدة."
    assert (
        pair_drift(village, "The health centre in Village 5 reported new cases.", "ar", "en") == ()
    )
    (other,) = pair_drift(village, "The health centre in Village 6 reported new cases.", "ar", "en")
    assert (other.kind, other.original, other.translation) == ("number", "الخامسة", "6")


def test_a_thousand_said_alone_pairs_the_sentence_that_says_it() -> None:
    from db.text.aligned_pair import align_texts
    from db.text.alignment import align_with_evidence

    original = (
        "وجرت الانتخابات البلدية يوم السبت في 12 محافظة. "
        "وتعد هذه أول انتخابات محلية منذ عام 2013. "
        "وشارك في مراقبة الانتخابات نحو ألف مراقب دولي ومحلي."
    )
    translation = (
        "Municipal elections were held on Saturday in 12 provinces. "
        "About 1,000 international and local observers monitored the election."
    )
    aligned = align_texts(original, translation, "ar", "en")
    assert [(b.kind, b.original, b.translation) for b in aligned.beads] == [
        ("1-1", (0,), (0,)),
        ("omitted", (1,), ()),
        ("1-1", (2,), (1,)),
    ]
    assert aligned.summary() == "1 sentence omitted"
    # the aligner's evidence: the thousand is an anchor both sentences share
    _path, keys_o, keys_t = align_with_evidence(
        [s.text for s in aligned.original], [s.text for s in aligned.translation], "ar", "en"
    )
    assert "#1000" in keys_o[2] & keys_t[1]
    assert "#1000" not in keys_o[1]


def test_a_thousand_in_words_meets_arabic_alf() -> None:
    from db.text.alignment import align_with_evidence

    original = ["وطالب الاتحاد بتوظيف ألف شاب من المنطقة."]
    for language, text in (
        ("en", "The union called for a thousand young people from the region to be hired."),
        ("ru", "Союз потребовал нанять около тысячи молодых людей из региона."),
        ("tr", "Sendika bölgeden yaklaşık bin gencin işe alınmasını istedi."),
    ):
        _path, keys_o, keys_t = align_with_evidence(original, [text], "ar", language)
        assert "#1000" in keys_o[0] & keys_t[0], language


_ALONE = [
    "وشارك نحو ألف مراقب في الانتخابات.",
    "وشارك نحو الف مراقب في الانتخابات.",
    "وطالب الاتحاد بتوظيف ألف شاب.",
    "وتبرعت الشركة بألف دولار للمستشفى.",
    "ووصل ألف لاجئ وألف آخرون أمس.",
]
_LARGER = [
    "وشارك 45 ألف مراقب في الانتخابات.",
    "وشارك ٤٥ ألف مراقب في الانتخابات.",
    "وشارك مئة ألف مراقب في الانتخابات.",
    "وشارك مائة ألف مراقب في الانتخابات.",
    "وشارك خمسة آلاف مراقب في الانتخابات.",
]


def test_one_reader_of_a_thousand_said_alone_for_anchors_and_evidence() -> None:
    """The drift flags' anchors and the aligner's evidence read a lone ألف through the one
    reader beside the number words: 1,000 alone (any prefix, with or without hamza), never as
    part of a larger number."""
    from db.text.align_anchors import cross_language_anchors
    from db.text.align_features import extra_numbers
    from db.text.align_lexicon import fold
    from db.text.anchor_number_words import arabic_lone_thousands

    for sentence in _ALONE:
        spans = arabic_lone_thousands(sentence)
        assert spans and all("لف" in sentence[a:b] for a, b in spans), sentence
        anchored = [a for a in cross_language_anchors(sentence, "ar") if a.value == "1000"]
        assert [(a.start, a.end) for a in anchored] == spans, sentence
        assert "1000" in extra_numbers(fold(sentence), "ar"), sentence
    for sentence in _LARGER:
        assert arabic_lone_thousands(sentence) == [], sentence
        assert all(a.value != "1000" for a in cross_language_anchors(sentence, "ar")), sentence
        assert "1000" not in extra_numbers(fold(sentence), "ar"), sentence
