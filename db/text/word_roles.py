"""Who acts and who undergoes, told by the common words of two claims ("roles swapped").

`db.text.anchor_roles` names a swap of two names ("Armenia accused Azerbaijan" / the reverse).
A claim's parties are as often common nouns or organisations no list knows: "The referee sued
the football club" / "The football club sued the referee", "رفع النادي الأهلي دعوى ضد نادي
الزمالك" / the reverse, "Клуб подал в суд на тренера" / "Тренер подал в суд на клуб". Their
words are the same, so the word accounting (`db.text.word_accounting`) finds nothing left over.

The rule, for two texts of one language whose content words pair up one to one by stem: two
words X and Y that stand on either side of a third word V (the verb, or what joins them) in the
first text, and in the reverse order around V in the second, have swapped roles — unless one
text only is in the passive ("was sued by", "من قبل", "tarafından", a Russian short passive
participle), which says the same roles in the other order — and only within one clause (no
comma or "that" between them: "X rose, the office said" / "the office says X rose" moved the
attribution). In Russian, whose word order is free, one of the words must also have changed
its ending (case): "тренера" / "тренер"; the same endings in another order are the same roles.
English, Arabic and Russian.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .anchors import Anchor, AnchorDifference
from .word_accounting import same_word, words_of
from .word_tables import Word

ROLE = "role"

_PASSIVE = {
    "en": re.compile(
        r"(?i)\b(?:was|were|is|are|been|be|being)\s+(?:\w+\s+)?\w+\b.*\bby\b"
        r"|\b(?:was|were|been|being)\s+(?:\w+\s+)?\w+(?:ed|en|wn|urt)\b"  # no agent: "were injured in the fire"
        r"|\b(?:have|has|had|having|get|got|gets)\s+(?:had\s+)?(?:their|its|his|her)\s+"
        r"(?:\w+\s+){1,3}?\w+(?:ed|en|wn)\b"  # "had their accounts frozen", "got its licence revoked"
    ),
    "ar": re.compile(r"من\s+قبل|على\s+يد|من\s+جانب"),
    "tr": re.compile(r"(?i)tarafından"),
}
_CASE_LANGUAGES = ("ru",)
_LANGUAGES = ("en", "ar", "ru")
"""Turkish marks an agent by endings as often as by "tarafından" ("ekiplerince kurtarıldı"):
its swaps are left to the names' rule (`db.text.anchor_roles_agent`)."""
_CLAUSE_BREAK = re.compile(r"[,;:،؛]|\b(?:that|что|أن|إن)\b")


_ARABIC_VOCALISED_PASSIVE = re.compile(r"(?:^|\s)[وف]?[\u0628-\u0649\u0627\u0623]\u064f")
"""A vocalised Arabic perfect in the passive: its first letter with a damma ("قُصفت",
"اُعتقل"); an imperfect's ي/ت/ن with a damma is the active of a derived form and is left out."""


def _passive(text: str, language: str) -> bool:
    if language == "ar" and any(
        m.group().strip()[-2] not in "يتن" for m in _ARABIC_VOCALISED_PASSIVE.finditer(text)
    ):
        return True
    if language == "ru":
        from .anchor_roles_agent import _ru_passive_participle

        return any(_ru_passive_participle(w.lower()) for w in re.findall(r"\w+", text))
    pattern = _PASSIVE.get(language)
    return bool(pattern and pattern.search(text))


def _pairs(left: Sequence[Word], right: Sequence[Word], language: str) -> list[int] | None:
    """For each word of `left`, the index of its partner in `right` (one to one, in order);
    None unless every word of each side has one."""
    if len(left) != len(right):
        return None
    free = list(range(len(right)))
    partners: list[int] = []
    for word in left:
        match = next((j for j in free if same_word(word, right[j], language)), None)
        if match is None:
            return None
        free.remove(match)
        partners.append(match)
    return partners


def swapped_roles(
    text_a: str,
    anchors_a: Sequence[Anchor],
    text_b: str,
    anchors_b: Sequence[Anchor],
    language: str,
) -> list[AnchorDifference]:
    """A "roles swapped" difference when two of the texts' common words trade places around
    a third (see the module's docstring); none otherwise."""
    if language not in _LANGUAGES:
        return []
    left, right = words_of(text_a, anchors_a, language), words_of(text_b, anchors_b, language)
    partners = _pairs(left, right, language)
    if partners is None:
        return []
    if _passive(text_a, language) != _passive(text_b, language):
        return _agent_kept_in_place(text_a, left, text_b, right, partners, language)
    if partners == sorted(partners):
        return []
    n = len(left)
    for i in range(n):
        for j in range(i + 2, n):
            if partners[i] <= partners[j]:
                continue
            if language in _CASE_LANGUAGES and (
                left[i].folded == right[partners[i]].folded
                and left[j].folded == right[partners[j]].folded
            ):
                continue
            x, y = left[i], right[partners[j]]
            if _CLAUSE_BREAK.search(text_a[x.end : left[j].start]) or _CLAUSE_BREAK.search(
                text_b[y.end : right[partners[i]].start]
            ):
                continue
            if any(partners[j] < partners[k] < partners[i] for k in range(i + 1, j)):
                return [
                    AnchorDifference(
                        ROLE,
                        Anchor(ROLE, x.start, x.end, x.surface, x.stem),
                        Anchor(ROLE, y.start, y.end, y.surface, y.stem),
                    )
                ]
    return []


_AGENT = {
    "en": re.compile(r"(?i)\bby\b"),
    "ar": re.compile(r"من\s+قبل|على\s+يد|من\s+جانب"),
}
"""What introduces the agent of a passive: "criticised by the union", "من قبل النقابة"."""


def _agent_kept_in_place(
    text_a: str,
    left: Sequence[Word],
    text_b: str,
    right: Sequence[Word],
    partners: list[int],
    language: str,
) -> list[AnchorDifference]:
    """A "roles swapped" difference when one text only is in the passive with its agent named
    and the parties stand in the same order in both: "The ministry was criticised by the union"
    / "The ministry criticised the union" (the union criticised in one, was criticised in the
    other); none when the order turned round with the voice, which keeps the roles."""
    if partners != sorted(partners) or language not in _AGENT:
        return []
    a_passive = _passive(text_a, language)
    text, words = (text_a, left) if a_passive else (text_b, right)
    marker = _AGENT[language].search(text)
    if marker is None:
        return []
    before = [i for i, w in enumerate(words) if w.end <= marker.start()]
    after = [i for i, w in enumerate(words) if w.start >= marker.end()]
    if len(before) < 2 or not after or _CLAUSE_BREAK.search(text, words[0].end, marker.start()):
        return []
    first, agent = before[1 if language == "ar" else 0], after[0]  # Arabic: the verb first
    if a_passive:
        x, y = left[first], right[partners[agent]]
    else:
        x, y = left[partners.index(first)], right[agent]
    if same_word(x, y, language):
        return []  # "Company A … by Company B": the names tell the parties, not these words
    return [
        AnchorDifference(
            ROLE,
            Anchor(ROLE, x.start, x.end, x.surface, x.stem),
            Anchor(ROLE, y.start, y.end, y.surface, y.stem),
        )
    ]
