"""Health terms are found by the recognizer and made findings by the engine only about a person."""

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        # about a person: reported
        ("Borgeren har haft depression siden foråret", ["depression"]),
        ("hun har brystkræft og får kemoterapi", ["brystkræft", "kemoterapi"]),
        ("vi har fået to underretninger om barnet", ["underretninger"]),
        ("Noah er udredt for ADHD og får Ritalin", ["ADHD", "Ritalin"]),
        ("mor Louise Andersen har et alkoholmisbrug", ["alkoholmisbrug"]),
        ("hun fik hoftebrud og er rygopereret", ["hoftebrud", "rygopereret"]),
        ("Borgeren fik et nervøst sammenbrud efter IT-nedbruddet", ["sammenbrud"]),  # a breakdown of a system is no injury
        # medicines by their INN endings, also ones no list holds; "april" is no "-pril"
        ("Han får Gabapentin og Mirtazapin", ["Gabapentin", "Mirtazapin"]),
        ("Borgeren tager sertralin og metoprolol siden april", ["sertralin", "metoprolol"]),
        ("Sofiia's mother writes: Sofiia takes cetirizine every morning", ["cetirizine"]),
        # medicines by brand: a health fact, and no person ("Levaxin" is no first name)
        ("Anni Søgaard | 090351-2148 | Levaxin, Panodil", ["Levaxin", "Panodil"]),
        # words for services, places and jobs: not reported
        ("hun taler med vores misbrugskonsulent på demensafsnittet", []),
        # topics: not reported
        ("Hvad siger serviceloven om anbringelse?", []),
        ("Skriv en tekst om demens til vores hjemmeside", []),
        # words that only look like terms
        ("Han har ikke kræfter til at søge job", []),
        ("Skolen holder lukket i ferien", []),
        # acronyms count in capitals only: "Als" is an island and a surname, "add" an English verb
        ("Borgeren har ALS og bruger kørestol", ["ALS"]),
        ("Ingeborg Als er flyttet ind på stue 4", []),
        # a disease named after someone is that someone's surname after a first name: "Ehlers", "Wolff"
        ("Vielsen for Louise Ehlers blev aflyst; hun har Parkinson.", ["Parkinson"]),
        ("Employee is Henrik Wolff, team Vejservice.", []),
    ],
)
def test_health_terms_about_a_person(scanner, text, expected):
    findings = scanner.scan(text).findings
    assert [f.text for f in findings if f.entity_type == "HEALTH_DATA"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # terms are found in any case (the recognizer searches the lower-cased text)
        ("BORGEREN HAR DEPRESSION OG TAGER SERTRALIN", ["DEPRESSION", "SERTRALIN"]),
        # a text that changes length when lower-cased ("İ" becomes two characters) keeps its own offsets
        ("Borgeren İlkay Demir har depression og tager Sertralin", ["depression", "Sertralin"]),
    ],
)
def test_health_terms_in_any_case(scanner, text, expected):
    findings = scanner.scan(text).findings
    assert [f.text for f in findings if f.entity_type == "HEALTH_DATA"] == expected
