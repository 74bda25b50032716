"""A translator's note: a sentence of the translation that says who translated it or from
which language ("Translated from Arabic by the Desk.", "ترجمة: فريق التحرير", "Перевод с
арабского: Анна Смирнова.", "Bu haber Arapçadan çevrilmiştir."). It renders no sentence of
the original, so the aligner leaves it as "added by the translator" instead of merging it
into a neighbouring 1–2 pair (`db.text.alignment`).

A note is short (`MAX_WORDS`) and says so in its own words at its start ("Translated by",
"Translation:", "ترجمة", "Перевод", "Çeviri:", "Çeviren") or in a closing verb ("… tarafından
çevrildi", "… çevrilmiştir", "… was translated from Arabic"); a sentence of the news that
speaks of a translation ("The agreement was translated into six languages") is longer or says
it otherwise."""

from __future__ import annotations

import re

MAX_WORDS = 14
"""Words a note has at the most."""

_NOTE = re.compile(
    r"^\W*(?:"
    # English: "Translated (and edited) (from Arabic) by …", "Translation: …", "This article
    # was translated (and edited) by …", "English translation by …"
    r"(?:(?:this|the) (?:article|report|story|text|piece|interview|statement) "
    r"(?:was|has been) )?translated\b(?: and (?:edited|adapted|abridged))?(?: from \w+)?"
    r"(?: (?:into|to) \w+)?(?: by\b|\s*[:.(]|$)"
    r"|(?:\w+ )?translation(?: and (?:editing|adaptation))?\s*(?:by\b|:)"
    # Arabic: "ترجمة: …", "ترجمة وتحرير …", "ترجمه إلى العربية …", "نقله إلى العربية …"
    r"|(?:ترجمة|ترجمه|ترجمها|ترجمتها|تمت الترجمة|الترجمة|مترجم|نقله|نقلها|نقلته)"
    r"(?:\s*[:：]|\s+(?:وتحرير|وإعداد|واعداد|عن|من|إلى|الى|بتصرف|خاصة|فريق|قسم)\b)"
    # Russian: "Перевод: …", "Перевод с арабского …", "Переведено …", "Переведено с арабского …"
    r"|перев(?:од|ела?|ели|едено|ед[её]н[аоы]?)(?:\s*:|\s+(?:с|со|на) \w+(?:ого|ий|ий язык)\b)"
    # Turkish: "Çeviri: …", "Çeviren: …", "Türkçeye çeviren …"
    r"|(?:\w+ )?çevir(?:i|en)\s*:|(?:\w+ )?çeviren\b"
    r")",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"(?:tarafından (?:türkçeye |ingilizceye |arapçaya |rusçaya )?çevril\w*"
    r"|\w+(?:dan|den|tan|ten) (?:türkçeye |ingilizceye |arapçaya |rusçaya )?"
    r"(?:çevrilmiştir|çevrildi|çeviri)"
    r"|в переводе (?:с|на) \w+"
    r")\W*$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W_]+")


def is_translator_note(sentence: str) -> bool:
    """Whether a sentence is a translator's note (see the module's docstring)."""
    if len(_WORD.findall(sentence)) > MAX_WORDS:
        return False
    return bool(_NOTE.search(sentence) or _CLOSING.search(sentence))
