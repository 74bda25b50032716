"""Search across scripts: a name finds the claims, quotes and source text that spell it in
another script or inflect it, through the actors' name keys, ranked below exact matches; the
switch (`exact=True`) turns it off — on SQLite and PostgreSQL."""

from __future__ import annotations

from db import operations as ops
from db.case import Case
from db.name_search import expand_query
from db.search import NAME_RANK, search, search_claims
from db.search_snippets import snippets


def _case_with_lavrov(case: Case) -> dict[str, int]:
    with case.change() as uow:
        ops.add_actor(uow, "Sergey Lavrov", aliases=["Лавров", "لافروف"])
        ids = {
            "english": ops.add_claim(uow, "Lavrov said the talks would resume"),
            "russian": ops.add_claim(uow, "Лаврова спросили о переговорах"),
            "arabic": ops.add_claim(uow, "وقال ولافروف إن المحادثات ستستمر"),
            "other": ops.add_claim(uow, "Peskov said nothing about the talks"),
        }
        source = ops.add_source(
            uow, title="Digest", text="Министр Лавров заявил, что переговоры продолжатся."
        )
        ids["source"] = source
    return ids


def test_a_name_finds_its_other_spellings_below_exact_matches(any_case: Case) -> None:
    ids = _case_with_lavrov(any_case)
    with any_case.read() as session:
        hits = search_claims(session, "Lavrov")
        assert [h.id for h in hits][:1] == [ids["english"]]
        assert {h.id for h in hits} == {ids["english"], ids["russian"], ids["arabic"]}
        assert all(h.rank > NAME_RANK for h in hits[1:])
        assert [h.id for h in search_claims(session, "Lavrov", exact=True)] == [ids["english"]]
        everything = search(session, "lavrov")
        assert ("source", ids["source"]) in {(h.kind, h.id) for h in everything}
        assert {(h.kind, h.id) for h in search(session, "lavrov", exact=True)} == {
            ("claim", ids["english"])
        }


def test_matched_spellings_are_marked_in_snippets(any_case: Case) -> None:
    ids = _case_with_lavrov(any_case)
    with any_case.read() as session:
        expansion = expand_query(session, "Lavrov")
        assert "лаврова" in expansion.describe() and "لافروف" in expansion.describe()
        found = snippets(
            session,
            [("claim", ids["russian"]), ("claim", ids["arabic"]), ("source", ids["source"])],
            "Lavrov",
            also=expansion.marked_words,
        )
    assert found["claim", ids["russian"]].marked() == "[Лаврова] спросили о переговорах"
    assert "[ولافروف]" in found["claim", ids["arabic"]].marked()
    assert "[Лавров]" in found["source", ids["source"]].marked()


def test_a_cyrillic_query_finds_its_cases_without_an_actor(any_case: Case) -> None:
    with any_case.change() as uow:
        nominative = ops.add_claim(uow, "Песков опроверг заявление")
        dative = ops.add_claim(uow, "Пескову задали вопрос")
    with any_case.read() as session:
        found = search_claims(session, "Пескова")  # the genitive finds the other cases
        assert sorted(h.id for h in found) == [nominative, dative]
        assert search_claims(session, "Пескова", exact=True) == []


def test_a_common_word_that_is_a_name_ranks_its_other_spellings_last(any_case: Case) -> None:
    with any_case.change() as uow:
        ops.add_actor(uow, "Sabah", "outlet", aliases=["صباح"])
        exact = ops.add_claim(uow, "Sabah reported the ceasefire")
        other = ops.add_claim(uow, "قالت صباح إن وقف إطلاق النار صامد")
    with any_case.read() as session:
        hits = search_claims(session, "sabah")
        assert [h.id for h in hits] == [exact, other]
        assert hits[0].rank < NAME_RANK < hits[1].rank
        assert not expand_query(session, "talks")  # no actor is called that: nothing added
        assert not expand_query(session, "ab")  # too short to be a name


def test_a_latin_name_finds_its_arabic_and_cyrillic_spellings_in_source_text(
    any_case: Case,
) -> None:
    """No actor is called Bayraktar: the sources' own words in the other scripts are found
    (SQLite; PostgreSQL keeps no vocabulary of the texts to read, so it finds the Latin
    spelling only)."""
    with any_case.change() as uow:
        arabic = ops.add_source(
            uow, title="الوطن", text="وقال وزير الطاقة ألب أرسلان بيرقدار إن الإنتاج سيرتفع."
        )
        russian = ops.add_source(
            uow, title="Вести", text="Министр энергетики Байрактар заявил о росте добычи."
        )
        clitic = ops.add_source(uow, title="النهار", text="وأكد لبيرقدار مسؤولون أن الخط جاهز.")
        turkish = ops.add_source(
            uow, title="Haber", text="Enerji Bakanı Bayraktar'ın açıklaması bekleniyor."
        )
        other = ops.add_source(
            uow, title="Other", text="وقال وزير المالية محمد شيمشك إن النمو سيستمر."
        )
        kamel = ops.add_source(uow, title="كامل", text="وقال كامل عدوان إن المستشفى مغلق.")
    with any_case.read() as session:
        sqlite = session.get_bind().dialect.name == "sqlite"
        found = {h.id for h in search(session, "Bayraktar") if h.kind == "source"}
        kamal = {h.id for h in search(session, "Kamal") if h.kind == "source"}
        described = expand_query(session, "Bayraktar").describe()
    if sqlite:
        assert found == {arabic, russian, clitic, turkish}
        assert "بيرقدار" in described and "байрактар" in described
        assert other not in found
        assert kamel not in kamal  # كامل is Kamel/Kamil, another name than Kamal
    else:
        assert turkish in found and other not in found
