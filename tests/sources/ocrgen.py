"""Images of known paragraphs rendered by the tests for OCR: a screenshot-like 1080-pixel-wide
image and a 300-dpi scan-like page turned slightly with noise; Arabic shaped by Pillow's raqm
layout (HarfBuzz and FriBiDi) in the Noto Sans Arabic font the app ships, the other scripts in
DejaVu Sans. The paragraphs are the tests' own words."""

from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
DEJAVU = "DejaVuSans.ttf"  # fonts-dejavu-core (packaging/install-system-packages.sh)

PARAGRAPHS = {
    "en": (
        "The regional council said on Tuesday that the bridge over the river would stay closed "
        "for repairs until the end of May, and that buses would carry passengers to the station "
        "in the meantime. A spokesman denied that the work had been delayed by a lack of money."
    ),
    "tr": (
        "Belediye meclisi salı günü yaptığı açıklamada nehir üzerindeki köprünün onarım "
        "nedeniyle mayıs sonuna kadar kapalı kalacağını, bu süre içinde yolcuların istasyona "
        "otobüslerle taşınacağını söyledi. Bir sözcü, çalışmaların para eksikliği yüzünden "
        "geciktiği iddiasını yalanladı."
    ),
    "ru": (
        "Областной совет заявил во вторник, что мост через реку останется закрытым на ремонт "
        "до конца мая, а пассажиров тем временем будут возить к вокзалу на автобусах. "
        "Представитель совета опроверг сообщения о том, что работы задержались из-за нехватки "
        "денег."
    ),
    "ar": (
        "قال المجلس الإقليمي يوم الثلاثاء إن الجسر فوق النهر سيبقى مغلقا للإصلاح حتى نهاية شهر "
        "مايو، وإن الحافلات ستنقل الركاب إلى المحطة في هذه الأثناء. ونفى متحدث باسم المجلس أن "
        "تكون الأعمال قد تأخرت بسبب نقص المال."
    ),
}


def font(language: str, size: int) -> ImageFont.FreeTypeFont:
    if language == "ar":
        return ImageFont.truetype(str(FONTS / "NotoSansArabic-Regular.ttf"), size)
    return ImageFont.truetype(DEJAVU, size)


def _lines(text: str, face: ImageFont.FreeTypeFont, width: int, rtl: bool) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        length = face.getlength(trial, direction="rtl" if rtl else None)
        if line and length > width:
            lines.append(line)
            line = word
        else:
            line = trial
    if line:
        lines.append(line)
    return lines


def render(
    text: str, language: str, *, width: int = 1080, size: int = 30, margin: int = 40
) -> Image.Image:
    """The paragraph as a screenshot would show it: dark text on white, `width` pixels wide."""
    face = font(language, size)
    rtl = language == "ar"
    lines = _lines(text, face, width - 2 * margin, rtl)
    step = int(size * 1.7)
    image = Image.new("RGB", (width, 2 * margin + step * len(lines)), "white")
    draw = ImageDraw.Draw(image)
    for number, line in enumerate(lines):
        y = margin + number * step
        if rtl:
            length = face.getlength(line, direction="rtl")
            draw.text(
                (width - margin - length, y),
                line,
                font=face,
                fill=(20, 20, 20),
                direction="rtl",
                language="ar",
            )
        else:
            draw.text((margin, y), line, font=face, fill=(20, 20, 20))
    return image


def scanned(text: str, language: str, *, seed: int = 1, angle: float = 0.8) -> Image.Image:
    """The paragraph as a 300-dpi scan of a printed page: 11-point text on an A4-wide page,
    turned by `angle` degrees, with grey paper, speckle noise and a slight blur."""
    page = render(text, language, width=2480, size=46, margin=200)
    page = page.convert("L").rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    rng = random.Random(seed)
    pixels = page.load()
    assert pixels is not None
    for _ in range(page.width * page.height // 150):
        x, y = rng.randrange(page.width), rng.randrange(page.height)
        pixels[x, y] = rng.choice((90, 140, 200))
    page = page.point(lambda v: int(v * 0.88 + 12))
    return page.filter(ImageFilter.GaussianBlur(0.6))


def png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def huge_png_header(width: int = 30_000, height: int = 30_000) -> bytes:
    """A PNG that declares `width` × `height` pixels (a decompression bomb's header) followed
    by a little compressed data."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    body = zlib.compress(b"\0" * (width // 8 + 1) * 64)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    )
