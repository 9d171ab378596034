"""Build the companion's list of ordinary Danish and English words from the hunspell dictionaries.

    .venv/bin/python tools/build_word_list.py      # needs Debian's hunspell-da and hunspell-en-us

A spelling dictionary writes ordinary words in lower case and names with a
capital. The person recognizer uses the lower-case entries to tell a word the
spaCy pipeline took for a name ("Timer", "Team", "Kommunalbestyrelsen" in a
table header or at the start of a line) from a name it does not know. Only
the stems are kept (no affix expansion); the recognizer strips common Danish
endings before it looks a word up.

Sources: hunspell-da 1:7.5.0 (Stavekontrolden, GPL-2+ or LGPL-2.1+ or MPL-1.1;
the list is used here under MPL-1.1) and hunspell-en-us (SCOWL, Kevin
Atkinson, permissive licence). The output states both.
"""

import argparse
import gzip
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "companion" / "detection" / "data" / "common_words.txt.gz"
DICTIONARIES = [Path("/usr/share/hunspell/da_DK.dic"), Path("/usr/share/hunspell/en_US.dic")]
HEADER = (
    "# Ordinary Danish and English words (lower-case hunspell stems), built by tools/build_word_list.py.\n"
    "# Danish: hunspell-da (Stavekontrolden), used under MPL-1.1 (https://www.mozilla.org/MPL/1.1/).\n"
    "# English: hunspell-en-us from SCOWL, copyright Kevin Atkinson and others, permissive licence.\n"
)


def lower_case_stems(path: Path) -> set[str]:
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]  # the first line is a count
    return {w for w in (line.split("/")[0].strip() for line in lines) if len(w) > 1 and w.islower() and w.isalpha()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dictionaries", nargs="*", type=Path, default=DICTIONARIES, help="hunspell .dic files")
    options = parser.parse_args()
    missing = [str(p) for p in options.dictionaries if not p.exists()]
    if missing:
        raise SystemExit(f"missing {', '.join(missing)}: apt-get install hunspell-da hunspell-en-us")
    words = set().union(*(lower_case_stems(p) for p in options.dictionaries))
    # mtime=0: the same words give the same bytes.
    with open(OUTPUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
        out.write((HEADER + "\n".join(sorted(words)) + "\n").encode("utf-8"))
    print(f"{len(words)} words -> {OUTPUT.relative_to(ROOT)} ({OUTPUT.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
