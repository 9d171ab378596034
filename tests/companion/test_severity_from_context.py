"""Interrupt only for what matters: a number or an address that describes no person is a hint."""

import pytest


def severities(scanner, text):
    return {(f.entity_type, f.severity) for f in scanner.scan(text).findings}


@pytest.mark.parametrize(
    "text, entity",
    [
        ("Omskriv: Borgerservice har åbent 10-15. Ring på 72 36 40 00 eller kom forbi.", "PHONE_NUMBER"),
        ("Lav en kort tekst om at Søndergade 12 er spærret i uge 9 på grund af vejarbejde.", "DK_ADDRESS"),
    ],
)
def test_without_a_person_it_is_a_hint(scanner, text, entity):
    result = scanner.scan(text)
    assert (entity, "info") in severities(scanner, text)
    assert result.verdict == "ok"


@pytest.mark.parametrize(
    "text, entity",
    [
        ("Skriv til borgeren Hanne Larsen, tlf. 20 45 67 89, om mødet.", "PHONE_NUMBER"),
        ("Min kollega bor på Søndergade 12, 2. th., 8000 Aarhus C.", "DK_ADDRESS"),
    ],
)
def test_about_a_person_it_warns(scanner, text, entity):
    assert (entity, "warn") in severities(scanner, text)


def test_a_legal_question_is_left_alone(scanner):
    result = scanner.scan("Hvornår kan en kommune træffe afgørelse om anbringelse uden for hjemmet efter serviceloven?")
    assert result.verdict == "ok" and result.findings == []


def test_a_function_mailbox_is_a_hint_and_a_persons_address_warns(scanner):
    assert ("EMAIL_ADDRESS", "info") in severities(scanner, "Skriv en mail til it-support@kommune.dk om printeren.")
    assert ("EMAIL_ADDRESS", "warn") in severities(scanner, "Svar på mailen fra lise.brandt@skole.dk om printeren.")


def test_a_question_about_someone_imagined_is_left_alone(scanner):
    text = "Hvis en borger har ADHD og er på kontanthjælp, kan han så få hjælp til medicin?"
    assert scanner.scan(text).verdict == "ok"
    assert scanner.scan("Borgeren har ADHD og er på kontanthjælp. Kan han få hjælp til medicin?").verdict != "ok"


def test_a_question_about_someone_of_a_kind_spoken_of_by_pronouns_is_left_alone(scanner):
    text = "Er det lovligt at spørge en medarbejder, om hun er gravid, eller om han har været syg? Svar kort."
    assert scanner.scan(text).verdict == "ok"
    # a number could make them someone (an address, a date), and a role in the definite is someone
    assert scanner.scan("Jeg har en borger med skizofreni, hun bor på Engvej 4. Hvad gør jeg?").verdict != "ok"
    assert scanner.scan("Hvad gør jeg med borgeren? Hun har skizofreni.").verdict != "ok"


def test_a_question_about_medicines_is_left_alone(scanner):
    # The pipeline may take a medicine for a name; a name that is a health term names no one.
    text = "Hvad er forskellen på Panodil og Ipren, og hvorfor skal man passe på med blodfortyndende medicin som Marevan?"
    assert scanner.scan(text).verdict == "ok"
    assert scanner.scan("Borgeren Hanne Jensen tager Marevan og Panodil.").verdict == "block"


def test_barnets_lov_is_a_law_not_a_child(scanner):
    text = "Hvad er forskellen på en børnefaglig undersøgelse efter barnets lov og den gamle § 50-undersøgelse?"
    assert scanner.scan(text).verdict == "ok"


def test_a_field_to_fill_in_is_no_person(scanner):
    # "barnets navn" in an instruction names a field of a form; a child's case about "barnets skole" is someone
    text = "Betal via Betalingsservice eller overfør til DK50 0040 0440 1162 43 med angivelse af barnets navn."
    assert ("IBAN_CODE", "info") in severities(scanner, text)
    assert scanner.scan(text).verdict == "ok"
    assert scanner.scan("Barnets skole har ringet. Hun tager Ritalin.").verdict != "ok"


def test_a_text_about_historical_figures_only_is_about_no_one(scanner):
    # the pronouns are the figure's: a health word there describes no one
    text = "Hans Christian Ørsteds opdagelse af elektromagnetisme – har den noget med dialysemaskiner at gøre?"
    assert scanner.scan(text).verdict == "ok"
    assert scanner.scan("Han har fået en ny dialysemaskine derhjemme.").verdict != "ok"
