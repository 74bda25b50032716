"""Right-to-left text that a PDF gave back in visual order, put back in logical order.

Some producers (Qt's PDF writer among them) draw Arabic and Hebrew glyph by glyph from left to
right, so pypdf returns each line as it looks: the words in reverse order and each word spelt
backwards. A quote the reviewer types (logical order) would never be found in such text.

Whether a page is in visual order is decided by votes that do not depend on a dictionary:

- Arabic presentation forms carry their position: in logical order a word begins with an
  initial (or isolated) form and ends with a final one; spelt backwards it is the other way round.
- The Arabic article "ال" starts words in logical order; backwards it ends them as "لا".
- Hebrew final letters (ך ם ן ף ץ) end words in logical order and start them backwards.

A page whose votes say "visual" has each line reordered: a right-to-left line (more RTL than LTR
letters) is reversed and its left-to-right runs (Latin words, numbers) turned back; a
left-to-right line has only its RTL runs reversed. Mirrored brackets are swapped in reversed runs.
"""

from __future__ import annotations

import re
import unicodedata

_RTL_LETTER = "\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_RTL = re.compile(f"[{_RTL_LETTER}]")
_RTL_WORD = re.compile(f"[{_RTL_LETTER}]+")
# A run of RTL letters and the neutrals (spaces, punctuation) between them.
_RTL_RUN = re.compile(f"[{_RTL_LETTER}](?:[^\\w\\n]*[{_RTL_LETTER}])*")
# A run of LTR letters or digits and the neutrals between them (inside a reversed RTL line).
_LTR_RUN = re.compile(f"[^\\W{_RTL_LETTER}](?:[^\\w\\n]*[^\\W{_RTL_LETTER}])*")
_HEBREW_FINALS = set("ךםןףץ")
_MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")


def _form(char: str) -> str:
    decomposition = unicodedata.decomposition(char)
    return decomposition.split(" ", 1)[0] if decomposition.startswith("<") else ""


def visual_order_votes(text: str) -> tuple[int, int]:
    """(votes for logical order, votes for visual order) over the RTL words of `text`."""
    logical = visual = 0
    for match in _RTL_WORD.finditer(text):
        word = match.group()
        first, last = _form(word[0]), _form(word[-1])
        if first == "<final>" or last == "<initial>":
            visual += 1
        elif first == "<initial>" or last == "<final>":
            logical += 1
        if len(word) > 3 and word.startswith("ال"):
            logical += 1
        elif len(word) > 3 and word.endswith("لا"):
            visual += 1
        if word[0] in _HEBREW_FINALS and len(word) > 1:
            visual += 1
        elif word[-1] in _HEBREW_FINALS and len(word) > 1:
            logical += 1
    return logical, visual


def is_visual_order(text: str) -> bool:
    logical, visual = visual_order_votes(text)
    return visual > logical


def _reverse(run: str) -> str:
    return run[::-1].translate(_MIRROR)


def line_to_logical(line: str) -> str:
    """One line of visual-order text in logical order."""
    if not _RTL.search(line):
        return line
    rtl = len(_RTL.findall(line))
    ltr = sum(1 for c in line if c.isalnum()) - rtl
    if rtl >= ltr:
        flipped = _reverse(line)
        return _LTR_RUN.sub(lambda m: _reverse(m.group()), flipped)
    return _RTL_RUN.sub(lambda m: _reverse(m.group()), line)


def to_logical_order(text: str) -> tuple[str, bool]:
    """`text` in logical order, and whether it had to be reordered."""
    if not _RTL.search(text) or not is_visual_order(text):
        return text, False
    return "\n".join(line_to_logical(line) for line in text.split("\n")), True


def rtl_share(text: str) -> float:
    """The share of letters that belong to right-to-left scripts (0 when there are none)."""
    letters = sum(1 for c in text if c.isalpha())
    return len(_RTL.findall(text)) / letters if letters else 0.0
