"""Load the Danish spaCy pipeline, or say plainly why there is none.

The companion must start even on a machine where no Danish pipeline could be
installed: it then runs its rules and name lists on a blank Danish tokenizer
and reports itself as degraded.
"""

import logging
from dataclasses import dataclass

import spacy

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Pipeline:
    nlp: spacy.language.Language
    name: str | None  # None when only the blank tokenizer is loaded
    version: str | None
    degraded_reason: str | None

    @property
    def has_ner(self) -> bool:
        return "ner" in self.nlp.pipe_names


def load_pipeline(candidates) -> Pipeline:
    """Load the first installed pipeline among ``candidates``.

    Never downloads: a model that is not installed is skipped, which keeps
    start-up fast and offline.
    """
    missing = []
    for name in candidates:
        if not spacy.util.is_package(name):
            missing.append(name)
            continue
        try:
            nlp = spacy.load(name)
        except Exception as error:  # a broken install must not stop the guard
            log.warning("spaCy pipeline %s could not be loaded: %s", name, type(error).__name__)
            missing.append(name)
            continue
        if "ner" not in nlp.pipe_names:
            log.warning("spaCy pipeline %s has no NER component", name)
        return Pipeline(nlp, name, nlp.meta.get("version"), None)

    reason = (
        "Ingen dansk spaCy-model er installeret ("
        + ", ".join(missing)
        + "); navne findes kun via navnelister og regler. "
        "No Danish spaCy pipeline is installed; names are found by lists and rules only."
    )
    return Pipeline(spacy.blank("da"), None, None, reason)
