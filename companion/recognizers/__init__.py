"""Danish recognizers for presidio, language ``da``.

Every recognizer the companion uses is listed here once; ``analysis.build_registry``
is the only place that instantiates them.
"""

from presidio_analyzer.predefined_recognizers import EmailRecognizer

from .dk_cpr_recognizer import DkCprRecognizer
from .dk_person_recognizer import DkPersonRecognizer

__all__ = ["DkCprRecognizer", "DkPersonRecognizer", "EmailRecognizer", "DANISH_RECOGNIZERS"]

#: Every recognizer, in the order they run. DkPersonRecognizer uses the spaCy
#: pipeline's entities when there are any and its name lists always.
DANISH_RECOGNIZERS = [DkCprRecognizer, DkPersonRecognizer, EmailRecognizer]
