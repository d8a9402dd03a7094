"""PDF extraction speed and quality: monitor's PDF reader against `pdftotext` (poppler) on the same PDFs, in one run.

    .venv/bin/python bench/pdf_speed.py [--runs 5] [--real FILE.pdf ...]

The PDFs are the seed chapter printed by headless Chromium (A4, Letter, two columns, and the chapter twelve
times over, ~40 pages), plus any real PDFs given with --real (by default the pdfTeX manuals Debian installs
under /usr/share/doc, when present). For each: milliseconds per page (median of --runs, each extractor in
its own process start excluded for monitor, included for pdftotext since that is how it is used), and, for the
seed prints, how many of the seed's 17 paragraphs come out different from the .txt seed when that text is what
monitor compares (0 is perfect). pypdf and pdfminer.six are timed too when they are installed.
Needs chromium and pdftotext (Debian: chromium, poppler-utils).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.config import load_config  # noqa: E402
from monitor.pipeline import load_document  # noqa: E402
from monitor.readers import read  # noqa: E402
from monitor.segment import segment  # noqa: E402
from tests import docgen  # noqa: E402
from tests.conftest import SEED  # noqa: E402

REAL = [Path("/usr/share/doc/libtasn1-doc/libtasn1.pdf"),
        Path("/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf")]


def monitor_reader(pdf: Path) -> str:
    return read(pdf.read_bytes(), pdf.name).text


def pdftotext(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True,
                          text=True).stdout


def pypdf_text(pdf: Path) -> str:
    from pypdf import PdfReader

    return "\n\n".join(page.extract_text() or "" for page in PdfReader(str(pdf)).pages)


def pdfminer_text(pdf: Path) -> str:
    from pdfminer.high_level import extract_text

    return str(extract_text(str(pdf)))


def _available(module: str) -> bool:
    try:
        __import__(module)
    except ImportError:
        return False
    return True


def extractors() -> dict[str, Callable[[Path], str]]:
    out: dict[str, Callable[[Path], str]] = {"monitor (pypdfium2 + layout)": monitor_reader}
    if shutil.which("pdftotext"):
        out["pdftotext (poppler)"] = pdftotext
    if _available("pypdf"):
        out["pypdf"] = pypdf_text
    if _available("pdfminer"):
        out["pdfminer.six"] = pdfminer_text
    return out


def pages(pdf: Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def timed(fn: Callable[[Path], str], pdf: Path, runs: int) -> tuple[float, str]:
    text = fn(pdf)  # warm: imports and the page cache
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn(pdf)
        times.append(time.perf_counter() - started)
    return statistics.median(times), text


def paragraphs_off(text: str, config: object) -> int:
    """How many paragraphs differ from the .txt seed when `text` is what monitor compares."""
    from monitor.align import align_paragraphs

    seed = load_document(SEED.read_bytes(), "seed.txt", config)  # type: ignore[arg-type]
    other = segment(text, config.normalize)  # type: ignore[attr-defined]
    return sum(1 for c in align_paragraphs(seed.paragraphs, other.paragraphs) if c.op != "unchanged")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--real", nargs="*", type=Path, default=[p for p in REAL if p.is_file()])
    args = ap.parse_args()
    if docgen.CHROMIUM is None:
        print("needs chromium to print the seed (apt-get install chromium)", file=sys.stderr)
        return 2
    config = load_config(ROOT / "config.yaml")
    parts = docgen.seed_parts()
    with tempfile.TemporaryDirectory(prefix="monitor-bench-") as tmp:
        folder = Path(tmp)
        seeds = {
            folder / "seed-a4.pdf": docgen.print_page(parts, size="A4"),
            folder / "seed-letter.pdf": docgen.print_page(parts, size="Letter", margin="1in 0.75in",
                                                          font="DejaVu Sans", font_size="10pt"),
            folder / "seed-2col.pdf": docgen.print_page(parts, size="A4", margin="1.5cm", font_size="10pt",
                                                        columns=2),
            folder / "seed-x12.pdf": docgen.print_page(parts * 12, size="A4"),
        }
        docgen.print_pdfs(seeds)
        found = extractors()
        names = list(found)
        print(f"| PDF | pages | {' | '.join(f'{n} ms/page' for n in names)} | "
              f"{' | '.join(f'{n} ¶ off' for n in names)} |")
        print("| --- | ---: | " + " | ".join("---:" for _ in names * 2) + " |")
        for pdf in [*seeds, *args.real]:
            n = pages(pdf)
            cells, quality = [], []
            for name in names:
                seconds, text = timed(found[name], pdf, args.runs)
                cells.append(f"{1000 * seconds / n:.1f}")
                on_seed = pdf.parent == folder and "x12" not in pdf.name
                quality.append(str(paragraphs_off(text, config)) if on_seed else "–")
            print(f"| {pdf.name} | {n} | {' | '.join(cells)} | {' | '.join(quality)} |")
    print("\n¶ off: paragraphs of the 17 in the seed that differ from the .txt seed when that extraction is "
          "compared (monitor joins lines, drops headers, footers and page numbers; the others are raw text).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
