"""UNER_Danish-DDT sentences with their original spacing and entity labels.

PER, LOC and ORG come from UNER (column 3); MISC from the DaN+ first-level annotation in column 4 where
UNER has no entity. Used for training (train and dev files only) and as natural filler text inside
synthetic prompts (train file only).
"""

from functools import lru_cache
from pathlib import Path

from .names import SHARED

UNER = SHARED / "uner_da_ddt"


def repair_iob(tags):
    """I-X after O or after another type becomes B-X."""
    out, previous = [], "O"
    for tag in tags:
        if tag.startswith("I-") and previous[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        previous = tag
    return out


def read_sentences(path: Path):
    """[{"words", "spaces", "tags"}] per sentence, spacing taken from the ``# text =`` line."""
    sentences, text, rows = [], None, []

    def flush():
        words = [r[1] for r in rows]
        source = text if text is not None else " ".join(words)
        spaces, position = [], 0
        for word in words:
            found = source.find(word, position)
            if found < 0:  # text and tokens disagree: single spaces
                spaces = [True] * len(words)
                break
            position = found + len(word)
            spaces.append(source[position : position + 1] == " ")
        spaces[-1] = False
        tags = []
        for r in rows:
            nested = r[3].split("#")[0] if len(r) > 3 else "O"
            tags.append(nested if r[2] == "O" and nested in ("B-MISC", "I-MISC") else r[2])
        sentences.append({"words": words, "spaces": spaces, "tags": repair_iob(tags)})

    for line in Path(path).read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("# text = "):
            text = line[len("# text = ") :]
        elif line.startswith("#"):
            continue
        elif not line.strip():
            if rows:
                flush()
            text, rows = None, []
        else:
            rows.append(line.split("\t"))
    return sentences


def text_and_spans(sentence):
    """The sentence as text and [start, end, label] character spans."""
    text, spans, current = "", [], None
    for word, space, tag in zip(sentence["words"], sentence["spaces"], sentence["tags"]):
        start = len(text)
        text += word + (" " if space else "")
        if tag.startswith("I-") and current:
            current[1] = start + len(word)
        elif tag.startswith("B-"):
            current = [start, start + len(word), tag[2:]]
            spans.append(current)
        else:
            current = None
    return text, spans


@lru_cache(maxsize=1)
def train_fillers():
    """UNER train sentences of 6-40 tokens as (text, spans), for use inside synthetic prompts."""
    out = []
    for sentence in read_sentences(UNER / "da_ddt-ud-train.iob2"):
        if 6 <= len(sentence["words"]) <= 40:
            out.append(text_and_spans(sentence))
    return out


@lru_cache(maxsize=1)
def plain_words():
    """Lower-case words (4+ letters) that UNER train uses outside any entity."""
    words = set()
    for sentence in read_sentences(UNER / "da_ddt-ud-train.iob2"):
        for word, tag in zip(sentence["words"], sentence["tags"]):
            if tag == "O" and word.isalpha() and word.islower() and len(word) >= 4:
                words.add(word)
    return sorted(words)
