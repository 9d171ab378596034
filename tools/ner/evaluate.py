"""Figures for a spaCy pipeline alone: PER on the UNER and DaN+ test sets, pass time, size.

PER spans are scored as in ``bench/quality.py``: the test sentences are the gold tokens joined with
single spaces; a prediction matches a gold span it overlaps (one to one); *exact* needs the same
characters. The test sets are read only here, never for training (``iob_documents`` also reads the DaN+
dev files that ``danplus.py`` trains on).
"""

import statistics
import time
from pathlib import Path

from .names import SHARED

TEST_SETS = {
    "UNER DDT test": (SHARED / "uner_da_ddt" / "da_ddt-ud-test.iob2", 1, 2),
    "DaN+ Twitter test": (SHARED / "danplus" / "da_twitter_test.tsv", 0, 1),
    "DaN+ Arto test": (SHARED / "danplus" / "da_arto_test.tsv", 0, 1),
}


def iob_documents(path: Path, token_col: int, tag_col: int):
    """Yield (tokens, tags) per sentence of an IOB2 file (``#`` lines skipped)."""
    tokens, tags = [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("#"):
            continue
        if not line.strip():
            if tokens:
                yield tokens, tags
            tokens, tags = [], []
            continue
        parts = line.split("\t")
        tokens.append(parts[token_col])
        tags.append(parts[tag_col])


def spans_from_tags(tokens, tags, keep=lambda label: True):
    """Text (tokens joined by spaces) and [start, end, label] spans; ``B-X``/``I-X`` with X kept."""
    text, spans, position, current = "", [], 0, None
    for token, tag in zip(tokens, tags):
        start = position
        text += token + " "
        position += len(token) + 1
        label = tag[2:] if tag[:2] in ("B-", "I-") else None
        if label and keep(label):
            if tag.startswith("I-") and current and current[2] == label:
                current[1] = start + len(token)
                continue
            current = [start, start + len(token), label]
            spans.append(current)
        else:
            current = None
    return text.rstrip(), spans


class PerTally:
    def __init__(self):
        self.gold = self.pred = self.tp = self.exact = 0

    def add(self, gold, predicted):
        self.gold += len(gold)
        self.pred += len(predicted)
        unmatched = list(gold)
        for start, end in predicted:
            hit = next((g for g in unmatched if g[0] < end and start < g[1]), None)
            if hit:
                unmatched.remove(hit)
                self.tp += 1
                self.exact += hit == (start, end)

    @staticmethod
    def _prf(tp, pred, gold):
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        return {"p": p, "r": r, "f": 2 * p * r / (p + r) if p + r else 0.0}

    def scores(self):
        return {"overlap": self._prf(self.tp, self.pred, self.gold),
                "exact": self._prf(self.exact, self.pred, self.gold), "gold": self.gold, "pred": self.pred}


def per_scores(nlp, name: str):
    path, token_col, tag_col = TEST_SETS[name]
    tally = PerTally()
    docs = [spans_from_tags(t, g, keep=lambda label: label == "PER") for t, g in iob_documents(path, token_col, tag_col)]
    for (text, gold), doc in zip(docs, nlp.pipe([text for text, _ in docs], batch_size=64)):
        predicted = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("PER", "PERSON")]
        tally.add([(s, e) for s, e, _ in gold], predicted)
    return tally.scores()


def thousand_char_texts(count: int = 60):
    """Texts of 1,000 characters from UNER test sentences (prose) for timing a pass."""
    path, token_col, tag_col = TEST_SETS["UNER DDT test"]
    sentences = [" ".join(t) for t, _ in iob_documents(path, token_col, tag_col)]
    texts, index = [], 0
    while len(texts) < count:
        text = ""
        while len(text) < 1000:
            text += sentences[index % len(sentences)] + " "
            index += 7
        texts.append(text[:1000])
    return texts


def pass_times(pipelines: dict, rounds: int = 5, texts=None):
    """p50/p95 milliseconds of ``nlp(text)`` on 1,000-character texts, pipelines interleaved."""
    texts = texts or thousand_char_texts()
    times = {name: [] for name in pipelines}
    for nlp in pipelines.values():
        for text in texts[:5]:
            nlp(text)  # warm up
    for _ in range(rounds):
        for text in texts:
            for name, nlp in pipelines.items():
                started = time.perf_counter()
                nlp(text)
                times[name].append((time.perf_counter() - started) * 1000)
    out = {}
    for name, values in times.items():
        values.sort()
        out[name] = {"p50": statistics.median(values), "p95": values[int(0.95 * (len(values) - 1))], "n": len(values)}
    return out


def size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file()) / 1e6
