from datetime import date, timedelta

import pytest

from companion.detection.analysis import SCORE_THRESHOLD
from companion.detection.recognizers import DkCprRecognizer
from companion.detection.recognizers.dk_cpr_recognizer import reads_as_time_stamp


@pytest.fixture(scope="module")
def recognizer():
    return DkCprRecognizer()


def found(recognizer, text):
    """Spans the engine would report (negative context pushes a score below the threshold)."""
    results = recognizer.analyze(text, ["DK_CPR"])
    return [(r.start, r.end) for r in results if r.score >= SCORE_THRESHOLD]


# All numbers are made up.
@pytest.mark.parametrize(
    "text, expected",
    [
        # a first name after a word that gives the number to someone: the number is that person's (the extension's
        # detector has no name lists; tests/vectors/cpr.json holds the rules both share)
        ("faktura for amalie 110307 4807", [(19, 30)]),
        ("faktura for januar 110307 4807", []),
        # valid, with and without separators
        ("070761-0913", [(0, 11)]),
        ("0707610913", [(0, 10)]),
        ("070761 0913", [(0, 11)]),
        ("070761.0913", [(0, 11)]),
        ("070761/0913", [(0, 11)]),
        ("070761\t0913", [(0, 11)]),
        ("070761–0913", [(0, 11)]),  # en dash from Word's autocorrect
        ("070761—0913", [(0, 11)]),  # em dash
        ("070761 \u2212 0913", [(0, 13)]),  # a minus sign, from a PDF
        ("070761\u202f0913", [(0, 11)]),  # a narrow no-break space
        ("070761  0913", [(0, 12)]),  # two spaces
        # the birth date written as a date: with a dash before the serial, found when it passes modulus 11 or
        # follows a cue (a date and a time look the same); a four-digit year must agree with the serial's century
        ("07.07.61-0913", [(0, 13)]),
        ("cpr 14-03-87-2218", [(4, 17)]),
        ("født 14.03.1987-2218", [(5, 20)]),
        ("14.03.87-2218 er ny", []),
        ("Version 10.05.21-0930", []),
        ("cpr 01.08.2024-2027", []),
        # a date with spaces and the serial after a space, only after a cue
        ("personnummer 14 03 87 2218", [(13, 26)]),
        ("07 07 61 0913", []),
        # in a sentence
        ("Borgerens cpr er 070761-0913.", [(17, 28)]),
        # fails modulus 11 but is a valid CPR since 2007
        ("cpr 010180-4006", [(4, 15)]),
        # century from the 7th digit: 2003 (4), 1858-1899 for 5-8 with year >= 58
        ("150203-4321", [(0, 11)]),
        ("150289-5321", [(0, 11)]),
        # impossible dates
        ("320188-1234", []),
        ("310288-1234", []),
        ("290201-1234", []),  # 1901 is no leap year
        # born in the future: 2050 with 7th digit 5 (a look-alike number, not a CPR number with the wrong century)
        ("010150-5123", []),
        # glued to more digits
        ("07076109131234", []),
        ("12070761-0913", []),
        # negative context
        ("fakturanummer 0707610913", []),
        ("Ordrenummer: 070761-0913", []),
        # another number's label heading its phrase before a colon, or a payment's reference; a CPR cue still wins
        ("Lotnummer på influenzavaccinerne: 070761-0913. Holdbar til marts.", []),
        ("Tidskode fra kameraet ved hønsehuset: 041226-2315. Der ses en ræv.", []),  # four words after the label
        ("Betalingsreference 0707610913 – hvorfor er den ikke registreret?", []),
        ("Cpr-nr. til reference: 070761-0913", [(23, 34)]),
        ("p-nr 0707610913", []),
        # a kind of other numbers named in the plural before the list; CPR numbers named so stay
        ("Målernumrene ser sådan ud: 150690-4412, 220786-1133", []),
        ("Her er personnumrene: 150690-4412", [(22, 33)]),
        ("Måler 1: 1203871145", []),
        # … also further back on the line, when the line does not speak of CPR numbers
        ("Her er en række kundenumre fra systemet. Hvorfor har nogle en bindestreg? 170684-2211", []),
        ("Vi har en deltager-ID-række i turneringssystemet: 240687-0001, 240687-0002 osv.", []),  # a row of other numbers
        # … but a full name right before makes the number that person's, whatever kinds of numbers came earlier
        ("En liste med 312 navne, adresser og telefonnumre blev sendt forkert. Den indeholdt også Gerda Winkel (1906521845).",
         [(102, 112)]),
        ("Telefonnumre og cpr-numre på de to: Ole 22334455, 170684-2211", [(50, 61)]),
        # a positive cue nearer than the negative one wins
        ("bilag 3: cpr 070761-0913", [(13, 24)]),
        # in a pasted table the column's header is the label: another number's, or a CPR number's
        ("varenr;antal;pris\n0707610913;2;199", []),
        ("Prøve-ID;Materiale;Resultat\n030524-0007;loftsplade;påvist\n030524-0009;vinylgulv;påvist", []),
        ("Serienummer\tPlacering\n1709904421\tKontor 3", []),
        ("| Kundenr | Beløb |\n| 070761-0913 | 200 |", []),
        # … or the text names the column's kind above the table
        ("Pullertnumrene er dato og løbenummer.\n\nPullert;Farve\n070761-0913;grå\n070761-0914;grå", []),
        # a bracket right after the number calls it a CPR number, whatever its label said (not when it says it is none)
        ("CVR 0707610913 (ups, det er hans cpr-nr., CVR er 30277163)", [(4, 14)]),
        ("Kundenr. 0707610913 (ikke et cpr-nr.)", []),
        # a CVR column holds eight digits: a date and a serial there is a sole trader's CPR number
        ("Forening;CVR;Beløb\nKnapbutikken v/ Rita Holm;070761-0913;5.500", [(45, 56)]),
        # … or ten digits (forty-second session, from reading 2026-12qx); not in a column of P-numbers too
        ("Firma;CVR;Pris\nTræpleje v/ Jonas Kirk;0707610913;1.420", [(38, 48)]),
        ("Firma;CVR/P-nr\nGrøn A/S;0707610913", []),
        # a receipt's label (forty-second session, from reading 2026-12re)
        ("Bon 070761-0913;Børnesokker;30,00", []),
        # a series' range and another number's example (forty-third session, from reading 2026-12rc and rd)
        ("Fældeserie 070761-0913 til 070761-0930 er bestilt.", []),
        ("Æskerne er nummereret med dato og løbenummer, fx 070761-0913 og 070761-0914.", []),
        ("Tvillingerne har cpr 070761-0913 og 070761-0914.", [(21, 32), (36, 47)]),
        ('{"accession": "070761-0913", "taxon": "Dicksonia antarctica"}', []),
        ("Serienummeret lyder SN 070761-0913.", []),
        # (fifty-fourth session, from the read corpora: a serial's "S/N", a voucher's compound label, a label phrase
        # whose capitalised words are a service's name and no person's: "Digital Post")
        ("Udlånte apparater:\nS/N 070761-0913\nS/N 070761-0914", []),
        ("Regnskabsbilag 070761-0913 og 070761-0914 vedrører alarmer.", []),
        ("Referencenummer fra Digital Post: 0707610913. Skal det journaliseres?", []),
        ("Aftale med Hans Post: 0707610913", [(22, 32)]),
        # another number's label anywhere in the sentence that ends in a colon before the number; not with a first name there
        ("Hjælp mig med at forstå dette ordrenummer fra vores leverandør af hjælpemidler: 070761-0913", []),
        ("P-nummer for Tvedhøj Bærgård: 0707610913", []),
        ("Giftkasse K-070761-0913 skal flyttes.", []),
        ("Kundenummeret er ændret for Ida: 0707610913", [(33, 43)]),
        # a serial with a capital glued on is a code; a word typed onto a number is not
        ("SM-03: 070761-0913B", []),
        ("navn;cpr;adresse\nJens Holm;070761-0914;Vestergade 2", [(27, 38)]),
        # … only for a number alone in its cell under a short header with no digits: lines of prose with a comma each
        # are no table's rows
        ("Firma: Lindely ApS, CVR 12345678\nBarn: Ida Holm, 070761-0913", [(49, 60)]),
        ("Lønbilag for november, må kun ses af løn\nIb Ravn (070761/0913), 6 vagter", [(50, 61)]),
        # (nor a heading of prose with a comma: its last words head no column, from reading 2026-12eu)
        ("Klage til Ankestyrelsen – sagsakter til udvalgets orientering, ikke-offentligt bilag\nKlager: Leila Mansour, 171182–2166",
         [(108, 119)]),
        # a list's heading that names other numbers in the plural is the label of the numbers below it (2026-12ln); a
        # heading that names people is none
        ("Prøve-ID'er fra laboratoriet, uge 27:\n160625-0412 Nordstranden\n160625-0413 Sælvig", []),
        ("Børn på turen:\n070761-0913 Ida", [(15, 26)]),
        # … also a question's heading, over lines that start with a short word or code (2026-12nj, nk); not after a first name
        ("Serienumre på fundne cykler – kan du sortere dem?\nWBK 220384 1175\nGLM 310599 2044", []),
        ("Vinderlodder (lodnumre er trykt som serie-løbenummer):\nLod 150384-2217 – elcykel\nLod 150384-0981 – kurv", []),
        ("Lodnumre:\nOle 150384-2217", [(14, 25)]),
        ("Lodnumre:\n- 150384-2217", []),  # a bullet and no word before the number
        # any other number's short label heading a column (2026-12nj); a CPR number's own short labels stay cues
        ("HG-nr;kategori\n131125-0042;nøgler\n141125-0107;taske", []),
        ("Pers.nr;kategori\n131125-0042;nøgler", [(17, 28)]),
        ("Filament-batch 150623-0042 er misfarvet.", []),  # an adjacent label as a compound's last part (2026-12no)
        ("Tournament-ID fra platformen: 300599-4412. Det skal skrives ind.", []),  # a hyphened label's head (2026-12nr)
        # a code's or a slip's label as a compound's last part (2026-12nz, ob); not a verb to decode
        ("Kontrolpanelet viser fejlkode 310899-0001.\nVejeseddel 1410261187 – haveaffald 2,4 t", []),
        ("Afkode 070761-0913", [(7, 18)]),
        ("Elevatorens anlægsnummer er 120394-1187.", []),  # the label before "er" (2026-12oe)
        # … and a label further back, as the sentence's subject, with what it belongs to between; not past a CPR cue
        ("Vores kundenummer hos leverandøren af journalsystemet er 230480-7764.", []),
        ("Serienummeret på den nye kaffemaskine er 120388-7712. Hvor taster jeg det?", []),
        ("Kundenummer og cpr-nummer er 230480-7764.", [(29, 40)]),
        ("Hendes personnummer er 120394-1187", [(23, 34)]),
        # the number's other name, also in a table's header, where "-nr" would label another number (2026-12tn)
        ('| Borger | Fødselsnr | Status |\n|---|---|---|\n| Ilse Dahl | 080860-1907 | aktiv |', [(60, 71)]),
        ("Fødselsnummer: 1209973355", [(15, 25)]),
        # a date and a time of day, as the words beside it say; not past its sentence, nor after a CPR cue (2026-12tn)
        ("Referencenummeret 121226-0940 (dato og klokkeslæt) står på brevet.", []),
        ("Hændelsestidspunkt 031225 1430, ambulance ankom 031225 1442.", []),
        ('Klokkeslæt for besøget: 10.30. Borgeren 0703561234 var glad.', [(40, 50)]),
        ("CPR 1203251430, tidsstempel 14:30", [(4, 14)]),
        # … and a date and a serial number, as said or as a format; a CPR cue decides first
        ("Sagerne har numre som 241126-0093 (dato + løbenummer). Hvordan sorterer jeg dem?", []),
        ("ID'erne har formatet DDMMÅÅ-løbenummer, f.eks. 150526-0412 og 020626-1187.", []),
        ("CPR-nummeret har formatet DDMMÅÅ-NNNN, fx 010190-0001.", [(42, 53)]),
        # a hyphened compound before "nr." labels another number; a list with a note on each keeps its first one's label
        ("Vi har fået booking-bekræftelse nr. 011226-0930 på salen.", []),
        ("Bookingnr. 140726-3381 (hytte 4), 210726-0915 (hytte 7), 020826-4472 (hytte 2).", []),
        ("Borgerne 120527-0042 (stue 2), 120527-0043 (stue 3)", [(9, 20), (31, 42)]),
        # a list's column named by another number's label in its heading (2026-12ok); not a CPR label
        ("Bestillingsliste (varenr. i første kolonne):\n120485-3321 vingaveæske", []),
        ("Deltagere (navn og cpr-nr):\n120485-3321 Anna Holm", [(28, 39)]),
        ("Elevnumre til arkivet:\nIda Munk 080913 4822", [(32, 43)]),  # a full name before the number (2026-12on)
        # a list of numbers keeps its first one's label; a batch's "Parti" (2026-12pd, pe, pf); a CPR list stays CPR numbers
        ("lod nr. 120485-2231, 030790-1184 og 151162-0047 har vundet", []),
        ("Billetnr. 120318-4471 og 120318-4472 er bestilt.", []),
        ("Parti 020926-1184, holdbar til 03.2027.", []),
        ("Vores hækkesaks model 120488-3017 kan ikke længere fås.", []),
        ("CPR 120485-2231 og 030790-1184", [(4, 15), (19, 30)]),
        # … also an adjacent label's, and a label heading its phrase before a colon (2026-12pk, pm)
        ("Tilbagekaldelse: Lot 150326-1187 og 150326-1188 af letmælk.", []),
        ("Batch-nr. på insektfælderne: 120527-0042, 120527-0043 og 120527-0044.", []),
        ("Borgerne 120527-0042, 120527-0043 og 120527-0044 skal indkaldes.", [(9, 20), (22, 33), (37, 48)]),
        # a firm's name before a customer number is no person's (2026-12pp); a full name is
        ("Kundenr. hos Klarvand Analyse: 1103920051", []),
        ("Kundenr. for Anna Holm: 1103920051", [(24, 34)]),
        # examples of a column's values keep its label (2026-12qc); a CPR label's examples stay CPR numbers
        ('En kolonne "Kundenr." med værdier som 2811541234 og 0703921187.', []),
        ("Kolonnen cpr med værdier som 0703921187", [(29, 39)]),
    ],
)
def test_dk_cpr(recognizer, text, expected):
    assert found(recognizer, text) == expected


def test_context_and_checksum_raise_the_score(recognizer):
    [plain] = recognizer.analyze("0707610913", ["DK_CPR"])
    [with_cue] = recognizer.analyze("cpr-nr. 0707610913", ["DK_CPR"])
    [no_mod11] = recognizer.analyze("0101804006", ["DK_CPR"])
    assert with_cue.score > plain.score > no_mod11.score


@pytest.mark.parametrize(
    "digits, stamp",
    [
        ("2811260931", True),  # 28 Nov 2026 at 09:31; as a CPR number born in 1926
        ("1503250931", False),  # March 2025 is more than three months back
        ("2811264931", False),  # a serial from 4 gives a child born in 2026
        ("2811262475", False),  # no time of day
        ("0312260931", True),  # tomorrow: a booking's time ("091226-1300 til 091226-1500")
        ("0504270931", False),  # April 2027 is more than three months ahead
    ],
)
def test_a_recent_stamp_read_as_a_very_old_persons_number(digits, stamp):
    log = f"{digits[:6]}-{digits[6:]} og {digits[:6]}-1017"
    assert reads_as_time_stamp(digits, log, today=date(2026, 12, 2)) is stamp


def test_a_list_heading_naming_other_numbers_holds_across_a_blank_line(recognizer):
    serials = "Serienumre på vores heliumflasker (til opgørelse):\n\n290826-4417\n300826-1193\n\nHvordan tæller jeg dem?"
    assert found(recognizer, serials) == []
    assert len(found(recognizer, "Borgere til indkaldelse:\n\n120527-0042\n130688-1234")) == 2


def test_three_numbers_of_one_day_at_times_of_day_are_a_logs_stamps_at_any_date(recognizer):
    log = "Logfil fra klimacomputeren:\n\n140126 0130  8,2 °C\n140126 0145  6,9 °C\n140126 0152  5,1 °C"
    assert found(recognizer, log) == []
    # two of a day long ago may be twins of 1926 in a care home's list
    assert reads_as_time_stamp("1401260130", "140126-0130 og 140126-0145", today=date(2026, 12, 2)) is False


def test_a_label_right_before_the_number_outweighs_a_cpr_cue_in_a_question_before_it(recognizer):
    # (the forty-fifth session, from reading 2026-12sb: the cue and the label are no list of labels)
    assert found(recognizer, 'Er det her et CPR-nummer? "Fakturanr. 120426-3381 – 30 dyner".') == []
    assert len(found(recognizer, "cpr og konto til udbetaling: 090198-2066, reg 9570 1234567")) == 1


def test_a_very_old_persons_number_alone_is_no_stamp():
    assert not reads_as_time_stamp("2809260446", "Ingrid Sand (280926-0446) har klaget", today=date(2026, 12, 2))


def test_log_stamps_of_the_last_days_are_no_cpr_numbers_unless_a_cue_says_so(recognizer):
    day = (date.today() - timedelta(days=5)).strftime("%d%m%y")
    assert found(recognizer, f"Tidsstempler fra loggen: {day}-0931 og {day}-0947") == []
    assert found(recognizer, f"cpr {day}-0931") == [(4, 15)]


def test_a_carriage_return_inside_a_table_line_is_read_as_a_space(recognizer):
    """The csv module refuses a line with a lone carriage return; a pasted table may hold one (found by fuzzing)."""
    assert found(recognizer, "0101000000;\r0") == [(0, 10)]
    assert found(recognizer, "varenr;antal\r\n0707610913;2") == []
