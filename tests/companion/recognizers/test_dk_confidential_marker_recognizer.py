import pytest

from companion.detection.recognizers import DkConfidentialMarkerRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return DkConfidentialMarkerRecognizer()


@pytest.mark.parametrize(
    "text, expected",
    [
        # classification levels in capitals
        ("TIL TJENESTEBRUG\nNotat om budget", ["TIL TJENESTEBRUG"]),
        ("FORTROLIGT – personalesag", ["FORTROLIGT"]),
        ("YDERST HEMMELIGT", ["YDERST HEMMELIGT"]),
        # markings in ordinary case
        ("Strengt fortroligt: lønforhandling", ["Strengt fortroligt"]),
        ("Oplysningerne må ikke videregives.", ["må ikke videregives"]),
        ("Kun til intern brug", ["Kun til intern brug"]),
        ("Fortroligt\nReferat af mødet", ["Fortroligt"]),
        ("Dette notat er fortroligt og skal omskrives", ["er fortroligt"]),
        # embargoes and unpublished press releases
        ("Under embargo til 3. december kl. 10.00", ["Under embargo til 3. december kl. 10.00"]),
        ("Må ikke offentliggøres før 1. marts", ["Må ikke offentliggøres før 1. marts"]),
        ("Udkast til pressemeddelelse – ikke offentliggjort", ["Udkast til pressemeddelelse – ikke offentliggjort"]),
        # closed agenda items
        ("Punkt 7 (lukket punkt): salg af grund", ["lukket punkt"]),
        ("drøftes på et lukket møde", ["lukket møde"]),
        # markings in headings and footers, in any case
        ("Til tjenestebrug\nReferat af mødet", ["Til tjenestebrug"]),
        ("Udskrevet fra Nexus 12.03.2025 – Fortroligt\nBorger: …", ["Fortroligt"]),
        ("LUKKET DAGSORDEN\nPkt. 4", ["LUKKET DAGSORDEN"]),
        # confidentiality as a topic, markings in quotes, and requests for new texts
        ("Hvad betyder 'lukket punkt' i styrelsesloven", []),
        ("Hvad betyder tavshedspligt i forvaltningsloven?", []),
        ("Forklar forskellen på fortroligt og til tjenestebrug", []),
        ("Forklar klassifikationsniveauerne TIL TJENESTEBRUG, FORTROLIGT og HEMMELIGT", []),
        ("Skriv et udkast til pressemeddelelse om vores nye legeplads", []),
        ("Skriv en pressemeddelelse om vores nye legeplads", []),
        ("Hvad er reglerne for lukkede møder i byrådet?", []),
    ],
)
def test_dk_confidential_marker(recognizer, found, text, expected):
    assert found(recognizer, text, "CONFIDENTIAL_MARKER") == expected
