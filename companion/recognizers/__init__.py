"""Danish recognizers for presidio, language ``da``.

Every recognizer the companion uses is listed here once; ``analysis.build_registry``
is the only place that instantiates them.
"""

from presidio_analyzer.predefined_recognizers import EmailRecognizer

from .dk_cpr_recognizer import DkCprRecognizer

__all__ = ["DkCprRecognizer", "EmailRecognizer", "DANISH_RECOGNIZERS"]

#: Pattern recognizers that need no NLP model.
DANISH_RECOGNIZERS = [DkCprRecognizer, EmailRecognizer]
