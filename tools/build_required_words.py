"""Build the table of the words each shipped pattern requires (``companion/detection/data/required_words.json``).

    .venv/bin/python tools/build_required_words.py

The companion skips a pattern whose required words a text lacks (``required_words.py``). Reading them off the
marker grammar's syntax takes about half a second, so the table is built here once, after the patterns change,
and the companion reads it at start-up; a pattern the table lacks is read afresh. ``tests/companion/recognizers/
test_required_words.py`` fails while the table is out of date.
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from companion.detection.analysis import build_registry  # noqa: E402
from companion.detection.recognizers.danish_pattern_recognizer import DanishPatternRecognizer  # noqa: E402
from companion.detection.recognizers.required_words import SHIPPED, digest, required_words  # noqa: E402


def table() -> dict[str, list[list[str]]]:
    """{digest of a pattern: its required words, each set sorted} for every pattern of the Danish recognizers."""
    patterns = [p for r in build_registry().recognizers if isinstance(r, DanishPatternRecognizer) for p in r.patterns]
    return {digest(p.regex): [sorted(words) for words in required_words(p.regex)] for p in patterns}


def main():
    built = table()
    SHIPPED.write_text(json.dumps(built, ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8")
    print(f"{SHIPPED.relative_to(ROOT)}: {len(built)} patterns, {SHIPPED.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
