"""Realistic Danish prompt text of any length, for the benchmarks.

The team's corpus (``eval/corpus.jsonl``: municipal prompts with made-up
names, CPR numbers, health terms) shuffled with a seed, each prompt a
paragraph headed by a case number, joined by blank lines and cut to length.
The same (length, seed) always gives the same text; different seeds give
different paragraphs, so a scan of a new sample never hits the companion's
paragraph cache.
"""

import json
import random
from functools import lru_cache
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "eval" / "corpus.jsonl"


@lru_cache(maxsize=1)
def corpus_texts() -> tuple[str, ...]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return tuple(json.loads(line)["text"] for line in lines if line.strip())


def danish_text(length: int, seed: int) -> str:
    """Return exactly ``length`` characters of Danish prompts."""
    rng = random.Random(seed)
    texts = corpus_texts()
    paragraphs, total = [], 0
    while total < length + 200:
        paragraph = f"Sag {rng.randrange(10_000, 100_000)}: {rng.choice(texts)}"
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(paragraphs)[:length]
