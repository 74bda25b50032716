"""Support verbs: the verb of "carried out a search" that "searched" says in one word.

A claim said with a verb ("Police searched the offices", "صوّت البرلمان", "проголосовал")
is often reworded with a support verb and the verb's noun ("carried out a search", "أجرى
تصويتا", "провёл голосование", "arama yaptı"): the noun is accounted for by the verb of the
other text (same stem), and the support verb is left over alone. `db.text.word_accounting`
then lets a support verb go when

- it is the only kind of word its text has left over, and the other text has none (it was
  dropped, not replaced: "held a vote" / "postponed a vote" leaves "postponed" over, a
  difference), and
- one of the next `REACH` content words of its text is a word the other text accounts for
  (its noun: "search", "تفتيش", "обыск").

A support verb is never a synonym of a full verb through the thesaurus ("hold" lists
"postpone", "take" lists "steal"): it is accounted for by the same word, a curated group,
or the rule above.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .word_tables import Word

SUPPORT: dict[str, str] = {
    "en": "carry carried carries carrying conduct conducted conducts conducting hold held holds "
    "holding take took taken takes taking give gave given gives "
    "perform performed performs undertake undertook undertaken stage staged stages "
    "register registered registers record recorded records have had has impose imposed imposes",
    "tr": "yap- gerçekleştir- düzenle- ver- yaşan- kaydet- sürdür- çarptır- etti eder edecek etmiş "
    "ettiğini edeceğini edildi edilecek edildiğini oldu olacak",
    "ar": "قام- يقوم- تقوم- أجرى- اجرى- يجري- تجري- أجرت اجرت نفذ- ينفذ- تنفذ- شن- يشن- تشن- "
    "سجل- يسجل- تسجل- قدم- يقدم- تقدم- قدّم- أصدر- اصدر- يصدر- تصدر- اتخذ- يتخذ- تتخذ- "
    "عقد- يعقد- تعقد- شهد- يشهد- تشهد- تم- يتم- سيتم- تتم- ستتم- فرض- يفرض- تفرض-",
    "ru": "провести проводить осуществить осуществлять совершить совершать принять принимать "
    "нанести наносить объявить объявлять произойти происходить оказать оказывать дать давать "
    "устроить устраивать подать подавать назначить назначать",
}
"""Support verbs by language, written as the words of `db.text.synonym_table` (a word ending
in "-" is a root): the verbs of "carried out a search", "held a vote", "made a decision";
"arama yaptı", "karar verdi", "düşüş yaşandı", "cezasına çarptırdı"; "قامت بتفتيش", "أجرى تصويتا", "اتخذ قرارا",
"سجلت انخفاضا", "سيتم إغلاق" (the verbal noun after تم: "سيغلق"); "провёл голосование", "принял решение", "произошло падение", "назначил штраф"; "imposed
a fine", "فرضت غرامة"."""

REACH = 3
"""How many content words after a support verb its noun may stand (Arabic puts the subject
between: "قامت الشرطة بتفتيش")."""

Senses = Callable[["Word"], frozenset[str]]
Partners = Callable[["Word"], list["Word"]]


def dropped_support(
    words: Sequence[Word],
    over: list[Word],
    other_over: list[Word],
    support: Senses,
    partners: Partners,
) -> list[Word]:
    """`over` (the words of one text left unaccounted) less its support verbs when they are
    all that is left over on both sides and each has its noun after it among `words`: a word
    that the other text says in another form, its verb ("search" / "searched"; "تصويتا" /
    "صوّت", not "التصويت", which leaves the other text's verb unsaid)."""
    if other_over or not over or not all(support(w) for w in over):
        return over
    kept = []
    for word in over:
        at = next(i for i, w in enumerate(words) if w is word)
        after = [w for w in words[at + 1 : at + 1 + REACH] if not support(w)]
        if not any(_verb_of(w, partners(w)) for w in after):
            kept.append(word)
    return kept


def _verb_of(noun: Word, partners: list[Word]) -> bool:
    """Whether a word of the other text says `noun` in another form than a noun's."""
    bare = _bare(noun.folded)
    return any(_bare(p.folded) != bare for p in partners)


def _bare(folded: str) -> str:
    """A folded word without the Arabic article or a final alif, ta marbuta or case ending."""
    for prefix in ("بال", "وال", "ال", "ب"):
        if folded.startswith(prefix) and len(folded) - len(prefix) >= 3:
            folded = folded[len(prefix) :]
            break
    return folded.rstrip("اةه") if len(folded) > 3 else folded
