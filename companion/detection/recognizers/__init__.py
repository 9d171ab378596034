"""Danish recognizers for presidio, language ``da``.

Every recognizer the companion uses is listed here once; ``analysis.build_registry``
is the only place that instantiates them.
"""

from presidio_analyzer.predefined_recognizers import EmailRecognizer, IbanRecognizer

from .dk_address_recognizer import DkAddressRecognizer
from .dk_bank_account_recognizer import DkBankAccountRecognizer
from .dk_confidential_marker_recognizer import DkConfidentialMarkerRecognizer
from .dk_cpr_recognizer import DkCprRecognizer
from .dk_cvr_recognizer import DkCvrRecognizer
from .dk_health_recognizer import DkHealthRecognizer
from .dk_person_recognizer import DkPersonRecognizer
from .dk_phone_recognizer import DkPhoneRecognizer

__all__ = [
    "DkAddressRecognizer",
    "DkBankAccountRecognizer",
    "DkConfidentialMarkerRecognizer",
    "DkCprRecognizer",
    "DkCvrRecognizer",
    "DkHealthRecognizer",
    "DkPersonRecognizer",
    "DkPhoneRecognizer",
    "EmailRecognizer",
    "IbanRecognizer",
    "DANISH_RECOGNIZERS",
]

#: Every recognizer the companion runs. DkPersonRecognizer uses the spaCy
#: pipeline's entities when there are any, and its name lists always.
DANISH_RECOGNIZERS = [
    DkCprRecognizer,
    DkPersonRecognizer,
    DkConfidentialMarkerRecognizer,
    DkHealthRecognizer,
    DkAddressRecognizer,
    DkPhoneRecognizer,
    DkBankAccountRecognizer,
    DkCvrRecognizer,
    EmailRecognizer,
    IbanRecognizer,
]
