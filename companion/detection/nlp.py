"""Load the Danish spaCy pipeline, or say plainly why there is none.

The companion must start even on a machine where no Danish pipeline could be
installed: it then runs its rules and name lists on a blank Danish tokenizer
and reports itself as degraded.
"""

import logging
import os
from dataclasses import dataclass
from pathlib import Path

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


def is_path_candidate(candidate) -> bool:
    """A candidate with a folder separator (or ``~``, ``.``, an absolute path) names a pipeline
    folder; anything else names an installed package such as ``da_core_news_sm``."""
    text = str(candidate)
    return (
        isinstance(candidate, Path)
        or "/" in text
        or os.sep in text
        or text.startswith(("~", "."))
        or Path(text).is_absolute()
    )


def pipeline_folder(candidate) -> Path | None:
    """The folder of a path candidate if it holds a spaCy pipeline (``config.cfg``), else None."""
    folder = Path(str(candidate)).expanduser()
    return folder if (folder / "config.cfg").is_file() else None


def pipeline_name(meta: dict, fallback: str) -> str:
    """``da_promptvagt_ner`` from a pipeline's meta (``lang`` + ``name``), as spaCy names packages."""
    lang, name = meta.get("lang"), meta.get("name")
    if lang and name:
        return name if name.startswith(f"{lang}_") else f"{lang}_{name}"
    return fallback


def load_pipeline(candidates) -> Pipeline:
    """Load the first pipeline among ``candidates`` that is there and loads.

    A candidate is an installed package name or the path of a pipeline folder
    (see ``is_path_candidate``). Never downloads: a model that is not installed
    is skipped, which keeps start-up fast and offline.
    """
    missing = []
    for candidate in candidates:
        if is_path_candidate(candidate):
            target = pipeline_folder(candidate)
        else:
            target = candidate if spacy.util.is_package(candidate) else None
        if target is None:
            missing.append(str(candidate))
            continue
        try:
            nlp = spacy.load(target)
        except Exception as error:  # a broken install must not stop the guard
            log.warning("spaCy pipeline %s could not be loaded: %s", candidate, type(error).__name__)
            missing.append(str(candidate))
            continue
        name = candidate if isinstance(target, str) else pipeline_name(nlp.meta, Path(target).name)
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
