"""Build the companion's list of ordinary Danish and English words from the hunspell dictionaries.

    .venv/bin/python tools/build_word_list.py      # needs Debian's hunspell-da and hunspell-en-us

A spelling dictionary writes ordinary words in lower case and names with a
capital. The person recognizer uses the lower-case entries to tell a word the
spaCy pipeline took for a name ("Timer", "Team", "Kommunalbestyrelsen" in a
table header or at the start of a line) from a name it does not know. The
stems are kept, and of the forms the dictionaries' suffix rules make from them
(one level, as hunspell does) only those the recognizer cannot reach by
stripping a common Danish ending: "forældre" from "forælder", "brødskiverne".
That keeps the list small while irregular and stacked endings are known.

Sources: hunspell-da 1:7.5.0 (Stavekontrolden, GPL-2+ or LGPL-2.1+ or MPL-1.1;
the list is used here under MPL-1.1) and hunspell-en-us (SCOWL, Kevin
Atkinson, permissive licence). The output states both.
"""

import argparse
import gzip
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from companion.detection.recognizers.name_words import strips_to_a_word  # noqa: E402
OUTPUT = ROOT / "companion" / "detection" / "data" / "common_words.txt.gz"
DICTIONARIES = [Path("/usr/share/hunspell/da_DK.dic"), Path("/usr/share/hunspell/en_US.dic")]
HEADER = (
    "# Ordinary Danish and English words (lower-case hunspell stems and the suffixed forms their endings\n"
    "# do not lead back to), built by tools/build_word_list.py.\n"
    "# Danish: hunspell-da (Stavekontrolden), used under MPL-1.1 (https://www.mozilla.org/MPL/1.1/).\n"
    "# English: hunspell-en-us from SCOWL, copyright Kevin Atkinson and others, permissive licence.\n"
)


def _ordinary(word: str) -> bool:
    return len(word) > 1 and word.islower() and word.isalpha()


def dictionary_entries(path: Path) -> list[tuple[str, list[str]]]:
    """(word, affix flags) per line of a .dic file; flags are comma-separated numbers or single letters."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]  # the first line is a count
    entries = []
    for line in lines:
        if not line.strip():
            continue
        # "gammel/10,49 al:ældre", "ældre st:gammel": morphology after the first field, flags after a "/".
        word, _, flags = line.split()[0].partition("/")
        entries.append((word, flags.split(",") if "," in flags or flags.isdigit() else list(flags)))
    return entries


def suffix_rules(path: Path) -> dict[str, list]:
    """{flag: [(strip, add, condition)]} from the SFX lines of a .aff file (hunspell's format)."""
    rules = defaultdict(list)
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split()
        if len(parts) >= 5 and parts[0] == "SFX":
            strip = "" if parts[2] == "0" else parts[2]
            add = parts[3].split("/")[0]
            condition = None if parts[4] == "." else re.compile(f"(?:{parts[4]})$")
            rules[parts[1]].append((strip, "" if add == "0" else add, condition))
    return rules


def suffixed_forms(entries, rules) -> set[str]:
    forms = set()
    for word, flags in entries:
        if not _ordinary(word):
            continue
        for flag in flags:
            for strip, add, condition in rules.get(flag, ()):
                if word.endswith(strip) and (condition is None or condition.search(word)):
                    forms.add(word[: len(word) - len(strip)] + add)
    return {f for f in forms if _ordinary(f)}


def ordinary_words(dic: Path) -> set[str]:
    entries = dictionary_entries(dic)
    stems = {w for w, _ in entries if _ordinary(w)}
    aff = dic.with_suffix(".aff")
    if not aff.exists():
        return stems
    # Only the forms the recognizer cannot reach by stripping one ending (see ``is_common_word``).
    return stems | {f for f in suffixed_forms(entries, suffix_rules(aff)) if not strips_to_a_word(f, stems)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dictionaries", nargs="*", type=Path, default=DICTIONARIES, help="hunspell .dic files")
    options = parser.parse_args()
    missing = [str(p) for p in options.dictionaries if not p.exists()]
    if missing:
        raise SystemExit(f"missing {', '.join(missing)}: apt-get install hunspell-da hunspell-en-us")
    words = set().union(*(ordinary_words(p) for p in options.dictionaries))
    # mtime=0: the same words give the same bytes.
    with open(OUTPUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
        out.write((HEADER + "\n".join(sorted(words)) + "\n").encode("utf-8"))
    print(f"{len(words)} words -> {OUTPUT.relative_to(ROOT)} ({OUTPUT.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
