"""Tokenizer rules for pasted prompts, added to spaCy's Danish tokenizer.

spaCy's default Danish tokenizer keeps ``Hansen;010190-1234``, ``"navn":"Jens`` and ``/JH`` as single
tokens, so a name there can never be a whole-token entity. These rules split:
- on ``;``, ``|`` and tabs anywhere (CSV rows, pipe tables, pasted spreadsheets),
- on ``"`` inside a token (JSON: ``"navn":"Jens"`` -> ``"`` ``navn`` ``"`` ``:`` ``"`` ``Jens`` ``"``),
- on ``'`` next to ``,``/``(``/``)`` and on ``,`` between quotes (SQL values ``('Jens','Hansen')``),
- on ``,`` between a letter and a letter or digit (``Hansen,Jens,0101``), never inside ``2,5``,
- on a leading ``/`` (``/JH`` in signatures) and ``/`` before a capital letter (``KM/JH``),
- on ``<`` and ``>`` (``<navn>Jens Hansen</navn>``),
- on a final ``'`` (``'Jens Hansen'`` in SQL; the possessive ``Jens'`` becomes ``Jens`` ``'``).

The rules are plain regular expressions in the tokenizer's prefix, suffix and infix patterns, so they
are saved with the pipeline and ``spacy.load(path)`` needs nothing from this project.
"""

import spacy
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

LETTER = r"[^\W\d_]"

EXTRA_PREFIXES = [r"/", r"\|", r";", r"\t", r"<"]
EXTRA_SUFFIXES = [r";", r"\|", r"\t", r"/", r"(?<=[^\W\d_])%", r"'", r">"]
EXTRA_INFIXES = [
    r"[;|\t]",
    r'"',
    r"'(?=[,()])",
    r"(?<=[,()])'",
    r"(?<=['\"]),|,(?=['\"])",
    rf"(?<={LETTER}),(?=[^\W_])",
    rf"(?<=\d),(?={LETTER})",
    rf"/(?=[A-ZÆØÅ])",
    rf"(?<=[^\W_])/(?=[^\W\d_])",
    r"[<>]",
    r"(?<=<)/",
]


def add_prompt_rules(nlp: spacy.language.Language) -> spacy.language.Language:
    """Extend ``nlp``'s tokenizer in place with the prompt rules; returns ``nlp``."""
    defaults = nlp.Defaults
    prefixes = list(defaults.prefixes or []) + EXTRA_PREFIXES
    suffixes = list(defaults.suffixes or []) + EXTRA_SUFFIXES
    infixes = list(defaults.infixes or []) + EXTRA_INFIXES
    tokenizer = nlp.tokenizer
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


def prompt_tokenizer_nlp() -> spacy.language.Language:
    return add_prompt_rules(spacy.blank("da"))
