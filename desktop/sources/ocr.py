"""Text recognised in images and scanned pages by Tesseract, with each word's box and confidence.

Tesseract runs as a program (pytesseract), one thread, inside the reader process's limits. Its
words come line by line in reading order (right to left for Arabic), each word's letters in
logical order, so the text is stored in logical order as the readers store any text. Every word
keeps its span in that text, its box on the image (pixels) and Tesseract's confidence (0–100),
so that a quote located in the text can be drawn on the image and doubtful words marked.

Which language: the reviewer's choice (`ara+eng`), else a first pass finds the script
(Tesseract's orientation and script detection, or for too little text a reading in all three
scripts): Arabic → ara (with eng added, English glyphs steal Arabic words on noisy scans:
5.8 % of characters wrong against 0.5 % alone), Cyrillic → rus+eng, Latin → eng, and Latin
text that the language guesser takes for Turkish is read again with tur+eng. Runs inside
reader processes (see `sandbox`).
"""

from __future__ import annotations

import os
import statistics
from dataclasses import dataclass, field
from typing import Any

from db.text.normalise import normalise_text

#: Languages whose Tesseract data packaging/install-system-packages.sh installs.
LANGUAGES = ("ara", "eng", "rus", "tur")
SCRIPT_LANGUAGES = {"Arabic": "ara", "Cyrillic": "rus+eng", "Latin": "eng"}
#: A word recognised with less confidence than this is marked in the viewer.
LOW_CONFIDENCE = 60.0
#: The largest image read, in pixels (Pillow refuses larger ones as decompression bombs).
MAX_PIXELS = 80_000_000


#: Direction marks Tesseract puts around right-to-left words: the text is in logical order.
_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"))


class OcrError(ValueError):
    """The image could not be recognised; the message is one line for a person."""


@dataclass(frozen=True)
class RecognisedPage:
    """The text Tesseract found on one image, with its words: (start, end, x, y, width, height,
    confidence), spans in `text`, boxes in pixels of an image `width` × `height`."""

    text: str
    words: list[list[float]] = field(default_factory=list)
    width: int = 0
    height: int = 0
    language: str = ""


def check_languages(languages: str) -> str:
    """`ara+eng` checked against the installed data; one line when one is missing."""
    wanted = [part.strip() for part in languages.replace(",", "+").split("+") if part.strip()]
    if not wanted:
        raise OcrError("no OCR language was given")
    unknown = [w for w in wanted if w not in LANGUAGES]
    if unknown:
        raise OcrError(
            f"OCR language {', '.join(unknown)} is not installed (installed: "
            f"{', '.join(LANGUAGES)})"
        )
    return "+".join(wanted)


def _tesseract() -> Any:
    import pytesseract

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        pytesseract.get_tesseract_version()
    except (pytesseract.TesseractNotFoundError, OSError):
        raise OcrError(
            "Tesseract OCR is not installed (packaging/install-system-packages.sh installs "
            "tesseract-ocr and its languages)"
        ) from None
    return pytesseract


def script_of(image: Any) -> str | None:
    """The script Tesseract's orientation-and-script pass sees (Latin, Arabic, Cyrillic…), or
    None when there is too little text to tell."""
    tesseract = _tesseract()
    try:
        found = tesseract.image_to_osd(image, config="--psm 0", output_type=tesseract.Output.DICT)
    except tesseract.TesseractError:
        return None
    script = found.get("script")
    return str(script) if script else None


def recognise(image: Any, languages: str) -> RecognisedPage:
    """The words on `image` (a Pillow image) in `languages` (Tesseract's `ara+eng` form)."""
    tesseract = _tesseract()
    try:
        data = tesseract.image_to_data(
            image, lang=languages, config="--psm 3", output_type=tesseract.Output.DICT
        )
    except tesseract.TesseractError as exc:
        raise OcrError(f"Tesseract could not read it ({str(exc.message).strip()[:200]})") from None
    parts: list[str] = []
    words: list[list[float]] = []
    offset = 0
    previous: tuple[int, int, int] | None = None
    for i, raw in enumerate(data["text"]):
        word = normalise_text(str(raw)).translate(_MARKS).strip()
        confidence = float(data["conf"][i])
        if not word or confidence < 0:
            continue
        line = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        if previous is not None:
            gap = " " if line == previous else ("\n" if line[:2] == previous[:2] else "\n\n")
            parts.append(gap)
            offset += len(gap)
        previous = line
        parts.append(word)
        box = [float(data[k][i]) for k in ("left", "top", "width", "height")]
        words.append([offset, offset + len(word), *box, round(confidence, 1)])
        offset += len(word)
    return RecognisedPage("".join(parts), words, image.width, image.height, languages)


def _script_by_letters(text: str) -> str | None:
    """The script most of a first reading's letters are in (when there was too little text
    for Tesseract's script detection)."""
    counts = {"Arabic": 0, "Cyrillic": 0, "Latin": 0}
    for char in text:
        if "\u0600" <= char <= "\u06ff" or "\u0750" <= char <= "\u077f":
            counts["Arabic"] += 1
        elif "\u0400" <= char <= "\u04ff":
            counts["Cyrillic"] += 1
        elif char.isalpha() and char.isascii():
            counts["Latin"] += 1
    script, most = max(counts.items(), key=lambda item: item[1])
    return script if most else None


def read_image(image: Any, languages: str | None) -> RecognisedPage:
    """Recognise with the reviewer's languages, or guess them by script (and Turkish by a
    first reading in English)."""
    if languages:
        return recognise(image, check_languages(languages))
    from .language import guess_language

    script = script_of(image) or _script_by_letters(recognise(image, "eng+rus+ara").text)
    page = recognise(image, SCRIPT_LANGUAGES.get(script or "", "eng"))
    if page.language == "eng" and guess_language(page.text) == "tr":
        page = recognise(image, "tur+eng")
    return page


def prepared(image: Any) -> Any:
    """The image as Tesseract reads it best: greyscale, transparency on white."""
    from PIL import Image

    if image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGBA")
        background = Image.new("RGBA", image.size, "white")
        image = Image.alpha_composite(background, image)
    if image.mode != "L":
        image = image.convert("L")
    return image


def summary(pages: list[tuple[str, list[list[float]]]]) -> dict[str, Any]:
    """What `details["ocr"]` records besides the words of each (language, words) page: engine,
    languages, mean confidence, how many words are doubtful."""
    confidences = [word[6] for _language, words in pages for word in words]
    low = sum(1 for c in confidences if c < LOW_CONFIDENCE)
    languages = sorted({language for language, _words in pages if language})
    return {
        "engine": "Tesseract",
        "language": "; ".join(languages),
        "mean_confidence": round(statistics.fmean(confidences), 1) if confidences else None,
        "words": len(confidences),
        "low_confidence_words": low,
        "low_confidence_below": LOW_CONFIDENCE,
    }
