"""Screenshots and scans (PNG, JPEG, WebP, TIFF) read by OCR (`ocr`), each frame of a TIFF a
page. Pillow opens the image under its decompression-bomb limit (`ocr.MAX_PIXELS`, turned from a
warning into a refusal), so a file that declares 30,000 × 30,000 pixels is refused before it
is decoded; a file cut short is refused rather than read in part. Runs inside reader processes.
"""

from __future__ import annotations

import io
import warnings
from typing import Any

from . import ocr
from .result import ReadSource

MEDIA_TYPES = {
    "PNG": "image/png",
    "JPEG": "image/jpeg",
    "WEBP": "image/webp",
    "TIFF": "image/tiff",
}
MAX_FRAMES = 200


def open_image(data: bytes) -> Any:
    from PIL import Image, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = ocr.MAX_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            if image.format not in MEDIA_TYPES:
                raise ocr.OcrError(f"it is a {image.format} image, not PNG, JPEG, WebP or TIFF")
            return image
    except ocr.OcrError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ocr.OcrError(_too_large(data)) from None
    except UnidentifiedImageError:
        raise ocr.OcrError(
            "it is not an image that can be read (damaged or another format)"
        ) from None
    except (OSError, ValueError, SyntaxError) as exc:
        raise ocr.OcrError(f"it is a damaged image ({str(exc)[:200]})") from None


def _too_large(data: bytes) -> str:
    from PIL import Image

    size = ""
    try:
        Image.MAX_IMAGE_PIXELS = None
        width, height = Image.open(io.BytesIO(data)).size
        size = f"{width:,} × {height:,} pixels, "
    except Exception:  # the size is only for the message
        pass
    finally:
        Image.MAX_IMAGE_PIXELS = ocr.MAX_PIXELS
    return (
        f"the image is too large to read ({size}more than {ocr.MAX_PIXELS / 1e6:.0f} million; "
        "a decompression bomb?)"
    )


def frames(image: Any) -> list[Any]:
    """Each page of the image, loaded (a file cut short fails here, loudly)."""
    from PIL import ImageSequence

    pages = []
    try:
        for number, frame in enumerate(ImageSequence.Iterator(image)):
            if number >= MAX_FRAMES:
                raise ocr.OcrError(f"it holds more than {MAX_FRAMES} pages")
            frame.load()
            pages.append(ocr.prepared(frame.copy()))
    except ocr.OcrError:
        raise
    except (OSError, ValueError, SyntaxError) as exc:
        reason = str(exc).strip()[:200]
        if "truncated" in reason:
            raise ocr.OcrError("the image is cut short (the file is truncated)") from None
        raise ocr.OcrError(f"it is a damaged image ({reason})") from None
    return pages


def read_image_file(data: bytes, languages: str | None) -> ReadSource:
    image = open_image(data)
    media_type = MEDIA_TYPES[image.format]
    recognised: list[ocr.RecognisedPage] = []
    chosen = languages
    for frame in frames(image):
        page = ocr.read_image(frame, chosen)
        chosen = chosen or (page.language if page.text else None)
        recognised.append(page)
    if not any(page.text.strip() for page in recognised):
        raise ocr.OcrError("no text was recognised in the image (OCR found no words)")
    return from_pages(recognised, media_type)


def from_pages(recognised: list[ocr.RecognisedPage], media_type: str) -> ReadSource:
    starts: list[int] = []
    parts: list[str] = []
    stored: list[dict[str, Any]] = []
    offset = 0
    for number, page in enumerate(recognised):
        starts.append(offset)
        stored.append(
            {
                "page": number,
                "width": page.width,
                "height": page.height,
                "language": page.language,
                "words": [[w[0] + offset, w[1] + offset, *w[2:]] for w in page.words],
            }
        )
        part = page.text + ("\n\n" if number < len(recognised) - 1 else "")
        parts.append(part)
        offset += len(part)
    return ReadSource(
        media_type=media_type,
        text="".join(parts),
        page_starts=tuple(starts) if len(recognised) > 1 else (),
        details={
            "ocr": {**ocr.summary([(p.language, p.words) for p in recognised]), "pages": stored}
        },
    )
