"""The speaker a suggestion names is the speaker's words only: no time expression, opener or
particle glued to the name ("salı günü", "Daha önce", "Ранее", وكان … قد), a title joined to
the name that follows it (المدير العام للوكالة رافائيل غروسي), and a headline's kicker
("BREAKING:", "عاجل:", "SON DAKİKA:", "СРОЧНО:") never taken as a source — in the four
languages of the lexicons."""

from __future__ import annotations

import pytest

from desktop.attribution import analyse, suggest


def speakers(text: str, language: str) -> list[tuple[str, str]]:
    """(actor, role) of the innermost speaker of each suggestion, as the reviewer sees it."""
    analysis = analyse(text, language)
    return [(s.hops[0].actor, s.hops[0].role) for s in suggest(analysis, text)]


def sources(text: str, language: str) -> list[str]:
    return [a.source_text for a in analyse(text, language).attributions]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # time expressions after the name (the trial's "salı günü") and their siblings
        (
            "tr",
            "Dışişleri Bakanı Hakan Fidan salı günü yaptığı açıklamada, sınırın yeniden "
            "açılacağını söyledi.",
            ("Hakan Fidan", "Dışişleri Bakanı"),
        ),
        (
            "tr",
            "Cumhurbaşkanı Erdoğan pazartesi günü, ekonominin büyüyeceğini söyledi.",
            ("Erdoğan", "Cumhurbaşkanı"),
        ),
        ("tr", "Bakan Fidan dün, görüşmelerin süreceğini söyledi.", ("Fidan", "Bakan")),
        (
            "tr",
            "Bakan Fidan geçen hafta yaptığı açıklamada, görüşmelerin süreceğini söyledi.",
            ("Fidan", "Bakan"),
        ),
        # openers before the name
        ("tr", "Daha önce Bakan Fidan, görüşmelerin süreceğini söylemişti.", ("Fidan", "Bakan")),
        ("tr", "Öte yandan Bakan Fidan, görüşmelerin süreceğini söyledi.", ("Fidan", "Bakan")),
        ("ru", "Ранее Дмитрий Песков заявил, что переговоры продолжатся.", ("Дмитрий Песков", "")),
        (
            "ru",
            "Между тем Дмитрий Песков заявил, что переговоры продолжатся.",
            ("Дмитрий Песков", ""),
        ),
        (
            "ru",
            "Во вторник Сергей Лавров заявил, что граница будет открыта.",
            ("Сергей Лавров", ""),
        ),
        (
            "ru",
            "Вчера вечером Сергей Лавров заявил, что граница будет открыта.",
            ("Сергей Лавров", ""),
        ),
        (
            "en",
            "On Tuesday Foreign Minister Sergey Lavrov said the talks would continue.",
            ("Sergey Lavrov", "Foreign Minister"),
        ),
        (
            "en",
            "Earlier this week Foreign Minister Sergey Lavrov said the talks would continue.",
            ("Sergey Lavrov", "Foreign Minister"),
        ),
        (
            "en",
            "Meanwhile Foreign Minister Sergey Lavrov said the talks would continue.",
            ("Sergey Lavrov", "Foreign Minister"),
        ),
        # Arabic: "had … (particle)" around the subject, a day after it
        (
            "ar",
            "وكان وزير الخارجية أحمد عطاف قد قال إن الحدود ستفتح.",
            ("أحمد عطاف", "وزير الخارجية"),
        ),
        (
            "ar",
            "وقال رئيس الوزراء محمد شياع السوداني يوم الأحد إن الحكومة ستدعم المزارعين.",
            ("محمد شياع السوداني", "رئيس الوزراء"),
        ),
        ("ar", "وقال وزير الخارجية الثلاثاء إن الحدود ستفتح.", ("وزير الخارجية", "")),
        # Arabic: the name after a title and its genitive is kept (المدير العام …)
        (
            "ar",
            "قال المدير العام للوكالة رافائيل غروسي إن المفتشين سيعودون.",
            ("رافائيل غروسي", "المدير العام للوكالة"),
        ),
        (
            "ar",
            "وقال المدير العام لمنظمة الصحة العالمية تيدروس أدهانوم غيبريسوس إن الوباء لم ينته.",
            ("تيدروس أدهانوم غيبريسوس", "المدير العام لمنظمة الصحة العالمية"),
        ),
        (
            "ar",
            "وقال المدير العام لمنظمة الصحة العالمية، تيدروس أدهانوم غيبريسوس، إن الوباء لم ينته.",
            ("تيدروس أدهانوم غيبريسوس", "المدير العام لمنظمة الصحة العالمية"),
        ),
        (
            "ar",
            "وأكد المدير العام رافائيل غروسي أن المفتشين سيعودون.",
            ("رافائيل غروسي", "المدير العام"),
        ),
        (
            "ar",
            "وصرح المتحدث باسم الوزارة أحمد أبو زيد بأن المحادثات ستستمر.",
            ("أحمد أبو زيد", "المتحدث باسم الوزارة"),
        ),
    ],
)
def test_the_speaker_is_the_name_without_times_openers_or_particles(
    language: str, text: str, speaker: tuple[str, str]
) -> None:
    assert speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("ar", "وكان المدير العام قد أعلن أن المفتشين سيعودون.", "المدير العام"),
        ("ar", "قال وزير الخارجية للصحفيين إن الحدود ستفتح.", "وزير الخارجية"),
        ("ru", "Ранее пресс-секретарь заявил, что переговоры продолжатся.", "пресс-секретарь"),
        ("tr", "Bakan da salı günü, görüşmelerin süreceğini söyledi.", "Bakan"),
    ],
)
def test_the_source_span_leaves_out_what_is_no_speaker(
    language: str, text: str, source: str
) -> None:
    assert sources(text, language) == [source]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # names and phrases that look like a time or an opener keep their words
        ("en", "Theresa May said the deal would pass.", "Theresa May"),
        ("en", "The Week reported that the deal would pass.", "The Week"),
        (
            "en",
            "The report, published by a rights group on Thursday, said the camps were full.",
            "The report, published by a rights group on Thursday",
        ),
        ("ar", "وقال موقع قناة روسيا اليوم إن الحدود ستفتح.", "موقع قناة روسيا اليوم"),
        ("ru", "Сергей Лавров заявил, что граница будет открыта.", "Сергей Лавров"),
    ],
)
def test_names_that_look_like_times_are_kept(language: str, text: str, source: str) -> None:
    assert sources(text, language) == [source]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("en", "BREAKING: Lavrov says talks will continue next week.", "Lavrov"),
        ("en", "UPDATE 2-Lavrov says talks will continue next week.", "Lavrov"),
        ("en", "EXCLUSIVE: Minister says border will reopen", "Minister"),
        ("en", "VIDEO: Lavrov says talks will continue next week.", "Lavrov"),
        ("en", "Breaking news: Lavrov says talks will continue next week.", "Lavrov"),
        ("ar", "عاجل: وزير الخارجية يقول إن الحدود ستفتح.", "وزير الخارجية"),
        ("ar", "عاجل | وزير الخارجية يقول إن الحدود ستفتح.", "وزير الخارجية"),
        ("tr", "SON DAKİKA: Bakan Fidan sınırın açılacağını açıkladı.", "Fidan"),
        ("tr", "Son dakika: Bakan Fidan sınırın açılacağını açıkladı.", "Fidan"),
        ("ru", "СРОЧНО: Песков заявил, что переговоры продолжатся.", "Песков"),
        ("ru", "МОЛНИЯ — Песков заявил, что переговоры продолжатся.", "Песков"),
    ],
)
def test_a_kicker_is_no_speaker(language: str, text: str, speaker: str) -> None:
    assert [actor for actor, _ in speakers(text, language)] == [speaker]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Update: the border will reopen on Monday, officials say."),
        ("ar", "عاجل: الحدود ستفتح يوم الاثنين."),
        ("tr", "SON DAKİKA: Sınır pazartesi günü açılacak."),
        ("ru", "СРОЧНО: Граница откроется в понедельник."),
    ],
)
def test_a_kicker_alone_proposes_no_claim_in_its_name(language: str, text: str) -> None:
    kickers = ("update", "عاجل", "son dakika", "срочно")
    for a in analyse(text, language).attributions:
        assert a.source_text.casefold() not in kickers


def test_a_kicker_inside_a_paragraph_or_without_its_mark_is_words_like_others() -> None:
    # only at the head of a line and with its colon or dash is a word a kicker
    assert sources("Breaking ranks, the senator said the bill would fail.", "en") == ["the senator"]
    text = "The talks ended. Lavrov said: “Update: nothing has changed.”"
    assert [a.actor for a in analyse(text, "en").attributions] == ["Lavrov"]
