"""Re-anchoring quotes in a new version of a text: random edits (insertions, deletions,
replacements, moves); a quote whose characters survive is found exactly where they went, a
quote an edit touched is "changed" or "lost", and no quote is ever moved to another occurrence
of its words."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.text.selectors import Alignment, Health, quote_at, word_differences

LETTERS = "abcçdefgğhıijklmnoöprsştuüvyzабвгдежзиклмнопрстуфхцчшщыэюяابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def word(n: int) -> str:
    """A word for each number, never the same for two numbers."""
    out = []
    n += len(LETTERS)
    while n:
        n, r = divmod(n, len(LETTERS))
        out.append(LETTERS[r])
    return "".join(out)


@dataclass
class Text:
    """A text whose every character remembers where it came from (None: new text)."""

    chars: list[str]
    origin: list[int | None]

    @property
    def text(self) -> str:
        return "".join(self.chars)

    def boundaries(self) -> list[int]:
        return [0, *(i for i, c in enumerate(self.chars) if c == " "), len(self.chars)]

    def cut(self, lo: int, hi: int) -> tuple[list[str], list[int | None]]:
        taken = self.chars[lo:hi], self.origin[lo:hi]
        del self.chars[lo:hi], self.origin[lo:hi]
        return taken

    def put(self, at: int, chars: list[str], origin: list[int | None]) -> None:
        self.chars[at:at] = chars
        self.origin[at:at] = origin


@st.composite
def cases(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]], Text]:
    numbers = draw(st.lists(st.integers(0, 10_000), min_size=4, max_size=60, unique=True))
    words = [word(n) for n in numbers]
    # Plant a second copy of a run of words, so the same words occur twice.
    if draw(st.booleans()):
        i = draw(st.integers(0, len(words) - 1))
        run = words[i : i + draw(st.integers(1, 4))]
        j = draw(st.integers(0, len(words)))
        words[j:j] = run
    old = " ".join(words)
    starts = [0, *(i + 1 for i, c in enumerate(old) if c == " ")]
    ends = [*(i for i, c in enumerate(old) if c == " "), len(old)]
    quotes = []
    for _ in range(draw(st.integers(1, 5))):
        a = draw(st.integers(0, len(starts) - 1))
        b = draw(st.integers(a, min(a + 5, len(ends) - 1)))
        quotes.append((starts[a], ends[b]))
    edited = Text(list(old), list(range(len(old))))
    fresh = iter(range(20_000, 40_000))
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["insert", "delete", "replace", "move"]))
        marks = edited.boundaries()
        lo = draw(st.sampled_from(marks))
        hi = draw(st.sampled_from([m for m in marks if m >= lo]))
        new_words = " " + " ".join(
            word(next(fresh)).upper() for _ in range(draw(st.integers(1, 3)))
        )
        if kind == "insert":
            edited.put(lo, list(new_words), [None] * len(new_words))
        elif kind == "delete":
            edited.cut(lo, hi)
        elif kind == "replace":
            edited.cut(lo, hi)
            edited.put(lo, list(new_words), [None] * len(new_words))
        else:
            before = list(edited.origin), edited.text
            chars, origin = edited.cut(lo, hi)
            edited.put(draw(st.sampled_from(edited.boundaries())), chars, origin)
            if edited.text == before[1]:
                # A block moved past an identical one ("db db" → "db db") leaves the text as
                # it was: no one can tell that edit from none, so it is recorded as none.
                edited.origin = before[0]
    return old, quotes, edited


def where_kept(edited: Text, lo: int, hi: int) -> int | None:
    """Where the characters old `[lo, hi)` are, in order and together, in the edited text."""
    want = list(range(lo, hi))
    for at, origin in enumerate(edited.origin):
        if origin == lo and edited.origin[at : at + len(want)] == want:
            return at
    return None


def mostly_from(edited: Text, at: int, start: int, end: int) -> bool:
    """Whether most characters at `at` (as many as old `[start, end)` has) are those very
    characters of the old text."""
    size = end - start
    own = sum(1 for o in edited.origin[at : at + size] if o is not None and start <= o < end)
    return 2 * own > size


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_random_edits_never_move_a_quote_to_another_occurrence(
    case: tuple[str, list[tuple[int, int]], Text],
) -> None:
    old, quotes, edited = case
    new = edited.text
    alignment = Alignment(old, new)
    for start, end in quotes:
        anchor = quote_at(old, start, end)
        size = end - start
        result = alignment.reanchor(anchor)
        others = [s for s in range(len(old)) if old.startswith(anchor.exact, s) and s != start]

        def another(at: int, others: list[int] = others, size: int = size) -> bool:
            """Whether the words at `at` are another occurrence of them in the old text.
            (Edits that leave the same text are told apart by nobody: deleting "b a " or
            "a b " from "a b a b" is the same change, so it is not asked which it was.)"""
            return any(mostly_from(edited, at, s, s + size) for s in others)

        if result.health is Health.EXACT:
            # Never another occurrence: the quoted words, wherever they went.
            assert result.start is not None
            assert new[result.start : result.end] == anchor.exact
            assert not another(result.start), (anchor, new, result)
        still_there = [
            at for at in range(len(new)) if new.startswith(anchor.exact, at) and not another(at)
        ]
        if not still_there:
            # An edit changed the quoted words: changed or lost, never exact.
            assert result.health in (Health.CHANGED, Health.LOST)
        kept_at = where_kept(edited, start, end)
        if kept_at is None:
            continue
        lo, hi = start - len(anchor.prefix), end + len(anchor.suffix)
        context_kept = (
            where_kept(edited, lo, hi) is not None
            and old.count(anchor.prefix + anchor.exact + anchor.suffix) == 1
        )
        if not others or context_kept:
            # Untouched (and nothing else could be meant): exact, where it went.
            assert result.health is Health.EXACT, (anchor, new, result)
            assert result.start in still_there


def test_a_changed_figure_is_named_word_by_word() -> None:
    old = "Ankara said the reservoir holds 45 million cubic metres. Officials agreed."
    new = "Ankara said on Monday the reservoir holds 4,500 million cubic metres. Officials agreed."
    start = old.index("the reservoir")
    anchor = quote_at(old, start, old.index("."))
    result = Alignment(old, new).reanchor(anchor)
    assert result.health is Health.CHANGED
    assert result.start is not None and result.end is not None
    assert new[result.start : result.end] == "the reservoir holds 4,500 million cubic metres"
    assert [c.describe() for c in result.difference] == ["“45” → “4,500”"]


def test_words_that_occur_twice_are_not_moved_to_the_other_one() -> None:
    old = "First: the minister said no. Later: the minister said no. The end."
    second = old.rindex("the minister said no")
    anchor = quote_at(old, second, second + len("the minister said no"))
    # The second occurrence is deleted; the first is still there.
    new = "First: the minister said no. Later, nothing. The end."
    result = Alignment(old, new).reanchor(anchor)
    assert result.health is Health.LOST
    first = old.index("the minister said no")
    first_anchor = quote_at(old, first, first + len("the minister said no"))
    assert Alignment(old, new).reanchor(first_anchor).start == first


def test_word_differences_name_added_and_removed_words() -> None:
    changes = word_differences("we will not go there", "we will go there today")
    assert [c.describe() for c in changes] == ["removed “not”", "added “today”"]
