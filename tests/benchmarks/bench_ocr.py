"""OCR of screenshots and scans (not a test: prints figures).

    .venv/bin/python tests/benchmarks/bench_ocr.py [--pages 40]

For Arabic, Turkish, Russian and English paragraphs rendered by tests/sources/ocrgen.py — a
screenshot-like 1080-pixel-wide image and a 300-dpi scan-like page turned 0.8° with noise —
it prints the character error rate (edit distance / length, white space folded) of the text
the readers store, with the language(s) they chose and the time per page, against a baseline
measured in the same run: Tesseract with all four languages at once (no guessing). The first
paragraph of each language was looked at while choosing how languages are guessed; the second
(held out) was not. Goal: ≤ 5 % on clean renders, ≤ 10 % on the noisy ones.

Then a scanned PDF of --pages pages (default 40) is imported by the reader processes under
their limits (PROVDESK_READER_MEMORY_MB), and the peak resident memory of each reader and of
the Tesseract runs is printed with the time.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from rapidfuzz.distance import Levenshtein

from desktop.sources import ocr
from tests.sources import ocrgen

HELD_OUT = {
    "en": (
        "Two ferries collided in thick fog near the harbour entrance early on Sunday, the coast "
        "guard said. Nobody was hurt, but both ships were towed back to the quay for inspection."
    ),
    "tr": (
        "Sahil güvenlik, pazar sabahı erken saatlerde yoğun sis nedeniyle liman girişinde iki "
        "feribotun çarpıştığını açıkladı. Yaralanan olmadı, ancak iki gemi de incelenmek üzere "
        "rıhtıma çekildi."
    ),
    "ru": (
        "Береговая охрана сообщила, что в воскресенье рано утром два парома столкнулись в густом "
        "тумане у входа в гавань. Никто не пострадал, но оба судна отбуксировали к причалу."
    ),
    "ar": (
        "قال خفر السواحل إن عبارتين اصطدمتا في ضباب كثيف قرب مدخل الميناء صباح يوم الأحد. ولم "
        "يصب أحد بأذى، لكن السفينتين سحبتا إلى الرصيف لفحصهما."
    ),
}
BASELINE = "ara+eng+rus+tur"


def cer(truth: str, got: str) -> float:
    t, g = " ".join(truth.split()), " ".join(got.split())
    return Levenshtein.distance(t, g) / max(1, len(t))


def accuracy() -> None:
    print(
        f"{'language':8} {'set':8} {'image':10} {'chosen':8} {'CER':>6} {'s/page':>7}   "
        f"baseline {BASELINE}: {'CER':>6} {'s/page':>7}"
    )
    worst = {"clean": 0.0, "noisy": 0.0}
    for name, texts in (("tuned", ocrgen.PARAGRAPHS), ("held-out", HELD_OUT)):
        for language, text in texts.items():
            for kind in ("clean", "noisy"):
                image = (
                    ocrgen.render(text, language)
                    if kind == "clean"
                    else ocrgen.scanned(text, language)
                )
                image = ocr.prepared(image)
                start = time.perf_counter()
                page = ocr.read_image(image, None)
                took = time.perf_counter() - start
                start = time.perf_counter()
                base = ocr.recognise(image, BASELINE)
                base_took = time.perf_counter() - start
                error = cer(text, page.text)
                worst[kind] = max(worst[kind], error)
                print(
                    f"{language:8} {name:8} {kind:10} {page.language:8} {error:6.1%} "
                    f"{took:7.2f}   {'':>9}{' ' * len(BASELINE)}  {cer(text, base.text):6.1%} "
                    f"{base_took:7.2f}",
                    flush=True,
                )
    print(
        f"worst CER: clean {worst['clean']:.1%} (goal ≤ 5 %), noisy {worst['noisy']:.1%} "
        "(goal ≤ 10 %)"
    )


def scanned_pdf(pages: int, language: str = "ru") -> bytes:
    """A scanned document in one language (its language is guessed on the first scanned page
    and kept: a document of several languages is imported with --ocr-language)."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    images = []
    for number in range(4):
        buffer = io.BytesIO()
        text = f"{ocrgen.PARAGRAPHS[language]} {HELD_OUT[language]} " * 2
        ocrgen.scanned(text, language, seed=number).save(buffer, "PNG")
        images.append(buffer.getvalue())
    for number in range(pages):
        pdf.add_page()
        pdf.image(io.BytesIO(images[number % len(images)]), x=0, y=40, w=595)
    return bytes(pdf.output())


def memory(pages: int) -> None:
    from desktop.sources import ReadLimits, read_file

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "scanned.pdf"
        path.write_bytes(scanned_pdf(pages))
        size = path.stat().st_size
        start = time.perf_counter()
        read, _file = read_file(path, use_cache=False)
        took = time.perf_counter() - start
    details = read.details
    recognised = details.get("ocr", {}).get("pages_recognised", [])
    print(
        f"\n{pages}-page scanned PDF in Russian ({size / 1e6:.1f} MB): "
        f"{len(recognised)} pages recognised in {took:.1f} s ({took / max(1, pages):.2f} s a "
        f"page with {len(details['readers'])} reader processes), mean confidence "
        f"{details['ocr']['mean_confidence']} %, memory limit of each reader "
        f"{ReadLimits.from_environment().memory_bytes // 2**20} MB"
    )
    for number, reader in enumerate(details["readers"]):
        print(
            f"  reader {number}: {reader['pages']} pages, peak {reader.get('peak_rss_mb')} MB; "
            f"its Tesseract runs peak {reader.get('ocr_peak_rss_mb')} MB"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--skip-accuracy", action="store_true")
    args = parser.parse_args()
    if not args.skip_accuracy:
        accuracy()
    memory(args.pages)


if __name__ == "__main__":
    main()
