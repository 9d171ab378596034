"""Time ``scan file`` on big documents (issue 12: a 10 MB .docx or a 200-page PDF in 3 s or less).

    .venv/bin/python bench/files.py [--runs 3]

A benchmark, not a test: it prints a Markdown table. In process, through
``transport.requests.scan_file`` (what both transports call: base64 decode,
read, scan), with the companion's default pipeline. Files are made on the spot
(tests/companion/files/samples.py) from Danish prompt text (bench/danish_text.py),
a different seed per run, so the paragraph cache never answers:

- a 10 MB .docx of 40 pages of text (about 120,000 characters) plus 9.8 MB of
  embedded pictures, as a case file with scans looks;
- a .docx of text only, 600,000 characters (about 1.5 MB: 10 MB of text-only
  Word does not occur, that is 4,000 pages);
- a 200-page PDF, 2,500 characters a page (500,000 characters).
"""

import argparse
import base64
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from danish_text import danish_text  # noqa: E402

from companion.config import DEFAULT_SPACY_MODELS  # noqa: E402
from companion.detection.analysis import Scanner  # noqa: E402
from companion.detection.nlp import load_pipeline  # noqa: E402
from companion.transport import requests  # noqa: E402
from tests.companion.files import samples  # noqa: E402

PAGE_CHARS = 2_500


def paragraphs(chars: int, seed: int) -> list[str]:
    return [p for p in danish_text(chars, seed).split("\n\n") if p.strip()]


def cases(seed: int):
    yield "10 MB .docx (40 pages of text + pictures)", "sag.docx", samples.docx(
        paragraphs(40 * 3_000, seed), padding_bytes=10 * 1024 * 1024 - 150_000)
    yield ".docx, text only, 600,000 characters", "tekst.docx", samples.docx(paragraphs(600_000, seed + 1))
    text = danish_text(200 * PAGE_CHARS, seed + 2)
    pages = [text[i: i + PAGE_CHARS].splitlines() for i in range(0, len(text), PAGE_CHARS)]
    # Helvetica lines of about 90 characters, as a page of a report.
    pages = [[chunk[j: j + 90] for line in page for chunk in [line] for j in range(0, max(len(chunk), 1), 90)]
             for page in pages]  # fmt: skip
    yield "200-page PDF, 2,500 characters a page", "rapport.pdf", samples.pdf(pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per file (each with new text)")
    args = parser.parse_args()
    scanner = Scanner(load_pipeline(DEFAULT_SPACY_MODELS))
    scanner.scan("Opvarmning af sprogmodellen.")
    rows = {}
    for run in range(args.runs):
        for label, name, data in cases(seed=100 + run * 10):
            body = {"name": name, "data": base64.b64encode(data).decode()}
            started = time.perf_counter()
            reply = requests.scan_file(body, scanner)
            seconds = time.perf_counter() - started
            row = rows.setdefault(label, {"bytes": len(data), "times": [], "file": reply["file"]})
            row["times"].append(seconds)
    print(f"`bench/files.py --runs {args.runs}` on {platform.machine()}, {platform.python_version()}, "
          f"pipeline {scanner.pipeline.name}\n")
    print("| file | size | pages | characters | scanned | status | median | max |")
    print("|---|---:|---:|---:|---:|---|---:|---:|")
    for label, row in rows.items():
        read = row["file"]
        print(f"| {label} | {row['bytes'] / 1e6:.1f} MB | {read['pages']} | {read['chars']:,} | {read['scanned_chars']:,} "
              f"| {read['status']} | {statistics.median(row['times']):.2f} s | {max(row['times']):.2f} s |")  # fmt: skip


if __name__ == "__main__":
    main()
