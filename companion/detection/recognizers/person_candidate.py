"""A candidate for a person's name, and how sure the person recognizer is of it.

The recognizer and the modules it asks (``not_a_person``, ``person_initials``) pass candidates around
before they become presidio results; the flags travel with a result's metadata (see ``scan_cache``).
"""

from dataclasses import dataclass

#: How sure a candidate is, from surest down. The reporting threshold is 0.35.
FULL_NAME = 0.85  # two or more name words, or several words the pipeline calls a person
AFTER_STRONG_CUE = 0.8  # "fru Holm", "Navn: Xu"
REPEATED_PART = 0.8  # "Wiese" once "Jens Wiese" was found
FIRST_NAME = 0.7  # a capitalised first name mid-sentence
FIRST_NAME_AT_SENTENCE_START = 0.65
UNKNOWN_SINGLE_WORD = 0.6  # one word the pipeline calls a person but no list knows
HOMOGRAPH_AFTER_CUE = 0.6  # "min kollega Per"
INITIALS = 0.6  # "J.H.", "(MK)" after a name
HANDLE = 0.6  # "@sophieloehde", "@JaneHeitmann": a social-media handle made of a person's name
SURNAME = 0.55
SURNAME_AT_SENTENCE_START = 0.5
LOWER_CASE_NAME = 0.5  # "ring til mette"
HOMOGRAPH_MID_SENTENCE = 0.4  # "… sammen med Mark"
CUE_BONUS = 0.25
HIGHEST = 0.95


@dataclass
class Candidate:
    start: int
    end: int
    score: float
    #: A full name or a name after a strong cue: outweighs the pipeline's LOC/ORG, and its parts name the person later.
    sure: bool = False
    #: A known first name: the small pipelines tag "Ida" as an organisation, but it stays a name.
    first_name: bool = False
    #: A lower-case name alone with no cue ("ring til mette"): a name only if the pipeline agrees,
    #: when there is one; "gul", "birk" and "rim" are words far more often.
    needs_pipeline: bool = False
    #: Initials that stand for a name found elsewhere; such a candidate has no place in the text itself.
    letters: str | None = None


