"""Phone numbers, bank accounts, CVR numbers and street addresses (all made up)."""

import pytest

from companion.detection.recognizers import (
    DkAddressRecognizer,
    DkBankAccountRecognizer,
    DkCvrRecognizer,
    DkPhoneRecognizer,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("tlf. 20 45 67 89", ["20 45 67 89"]),
        ("ring på 2045 6789", ["2045 6789"]),
        ("mobil 20456789", ["20456789"]),
        ("+45 20 45 67 89", ["+45 20 45 67 89"]),
        ("0045 20456789", ["0045 20456789"]),
        # a bare eight-digit run is a case or order number until a phone cue says otherwise
        ("sagsnr. 20456789", []),
        ("20456789", []),
        ("cvr 29189846", []),
        # CPR numbers and dates are not phone numbers
        ("070761-0913", []),
        ("mødet er 12.03.2025", []),
        # in a pasted table the header is the cue, and a comma is a cell boundary; an amount's decimals are not
        ("navn,cpr,telefon\nKirsten Vad,0501621328,22914306", ["22914306"]),
        ("navn;telefon\nKirsten Vad;22 91 43 06", ["22 91 43 06"]),
        ("Fakturanr;Beløb\n20456789;1.200,00", []),
        ("INSERT INTO borger (cpr, navn, tlf) VALUES ('0107781236', 'T. Sivakumar', '31224809');", ["31224809"]),
        # an office ("kontor") is no account ("konto")
        ("I kan kontakte skolens kontor på 76 16 50 00.", ["76 16 50 00"]),
        ("tlf. pris 125,20456789", []),
    ],
)
def test_dk_phone(found, text, expected):
    assert found(DkPhoneRecognizer(), text, "PHONE_NUMBER") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("reg. nr. 9570 kontonr. 0012345678", ["9570 kontonr. 0012345678"]),
        ("udbetales til 1551-3456789012", ["1551-3456789012"]),
        ("varenummer 1551-3456789012", []),
        # in a pasted table the header is the cue
        ("medarbejder;løn;konto\nGitte Holm;38.450;9541-0003415768", ["9541-0003415768"]),
        ("medarbejder;løn;sagsnr\nGitte Holm;38.450;9541-0003415768", []),
        ('nr,navn,reg_konto\n10236,"Kristensen, Marianne",9570-0012384471', ["9570-0012384471"]),
    ],
)
def test_dk_bank_account(found, text, expected):
    assert found(DkBankAccountRecognizer(), text, "DK_BANK_ACCOUNT") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("CVR 29189846", ["29189846"]),  # passes modulus 11
        ("cvr-nr. 2918 9846", ["2918 9846"]),
        ("CVR 29189847", []),  # fails modulus 11
        ("ordre 29189846", []),  # no CVR cue
    ],
)
def test_dk_cvr(found, text, expected):
    assert found(DkCvrRecognizer(), text, "DK_CVR") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Vestergade 12, 2. tv., 8000 Aarhus C", ["Vestergade 12, 2. tv., 8000 Aarhus C"]),
        ("bor på Granbakken 2, st. th., 8700 Horsens i dag", ["Granbakken 2, st. th., 8700 Horsens"]),
        ("H.C. Ørsteds Vej 4B", ["H.C. Ørsteds Vej 4B"]),
        ("Kløvervej 5", ["Kløvervej 5"]),
        ("Vi bor i 8000 Aarhus C", []),
        ("vejen er lang", []),
        # the number stands on the street's line; placeholders have house number 0 and postcode 0000
        ("4. Navngivning af ny vej: Kirsten Kjærs Vej\n5. Meddelelser", []),
        ("Testvej 0, 0000 Testby", []),
        ("Prøvegade 7, 0000 Prøveby", ["Prøvegade 7"]),
        # a name on the line above is no part of the street; a time after a name is no house number; "kl." before
        # a time is no floor
        ("Lars Due\nSkovvej 4, 6000 Kolding", ["Skovvej 4, 6000 Kolding"]),
        ("Mette Holm 14:05\nja, det gør jeg", []),
        ("Vi ses på Torvet 3 kl. 10.", ["Torvet 3"]),
        # a decimal after a name is a figure, and a date a day, not a house number
        ("Kildeskovskolen 7,2, Hyldebjerg 6,9", []),
        ("Ferie i jul: Ida 28-30/12, Karin Toft 2/1.", []),
        ("Hun faldt på Kastanjestien 2/11 og slog armen.", []),
        ("Peter Lund 21 dage, Jens Holm 12 timer, Otto Vang 45 %", []),  # counts after names, no house numbers
        # a table's cells: a name before a number's column is no street, a name's cell no part of the next one's address
        ("Camilla Toft\t6 år\t4/5", []),
        ("Elna Kristoffersen\tGyvelvej 4, 7100 Vejle", ["Gyvelvej 4, 7100 Vejle"]),
        # a street or a house of any name is an address with its number, postcode and town; a count's word is not
        ("Forlig med Anders Pilgaard, Strandlyst 9, 7371 Ravnsager", ["Strandlyst 9, 7371 Ravnsager"]),
        ("Kilden 6, 8260 Viby", ["Kilden 6, 8260 Viby"]),
        ("Strandlyst 9 er et godt sted", []),
        ("Uge 3, 2026 Status", []),
    ],
)
def test_dk_address(found, text, expected):
    assert found(DkAddressRecognizer(), text, "DK_ADDRESS") == expected
