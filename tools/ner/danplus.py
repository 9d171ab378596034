"""DaN+ development sets (Twitter and the web forum Arto) as training and early-stopping sentences.

The UNER news text teaches the model how names look in edited prose; prompts are typed, and the DaN+
informal genres are the only labelled Danish text of that kind here. Their *test* files stay out of
training (``evaluate.py`` reads them for the figures only); their *dev* files are split: every third
sentence is kept for early stopping, the rest is trained on.

Labels: the first-level DaN+ annotation (column 2). PER, LOC, ORG and MISC are kept; the ``-part`` and
``-deriv`` subtypes (``Clinton-administrationen``, ``danske``) become O, as UNER has no such labels.
"""

from pathlib import Path

from .evaluate import iob_documents
from .names import SHARED
from .uner import repair_iob

DANPLUS = SHARED / "danplus"
DEV_FILES = ("da_twitter_dev.tsv", "da_arto_dev.tsv")
LABELS = ("PER", "LOC", "ORG", "MISC")


def _tag(raw: str) -> str:
    if raw[:2] in ("B-", "I-") and raw[2:] in LABELS:
        return raw
    return "O"


def read_sentences(path: Path):
    """[{"words", "spaces", "tags"}] per sentence; the files keep no spacing, so words are joined by spaces."""
    return [
        {"words": words, "spaces": [True] * (len(words) - 1) + [False], "tags": repair_iob([_tag(t) for t in tags])}
        for words, tags in iob_documents(Path(path), 0, 1)
    ]


def dev_split(path: Path):
    """(train, dev) sentences of one DaN+ dev file: every third sentence to dev."""
    sentences = read_sentences(path)
    train = [s for i, s in enumerate(sentences) if i % 3 != 2]
    dev = [s for i, s in enumerate(sentences) if i % 3 == 2]
    return train, dev
