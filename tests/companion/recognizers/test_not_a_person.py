"""The questions the person recognizer asks about places, organisations and things, asked directly."""

from companion.detection.recognizers.name_words import load_names
from companion.detection.recognizers.not_a_person import lists_of_places_and_things, names_of_things


def items(text, places=()):
    names, _ = load_names()
    return [text[s:e] for s, e in lists_of_places_and_things(text, names, places)]


def test_a_place_the_pipeline_found_makes_its_list_a_list_of_places():
    text = "Nye cykelstier mellem Tarp og Brøns."
    assert items(text) == []
    assert items(text, [(text.index("Brøns"), text.index("Brøns") + 5)]) == ["Tarp", "Brøns"]


def test_a_town_by_its_ending_makes_its_list_a_list_of_places():
    assert items("Nye cykelstier mellem Tarp og Vestby.") == ["Tarp", "Vestby"]
    assert items("Hansen, Kirkeby og Nørgaard deltog.") == []  # surnames the lists hold


def test_a_first_name_keeps_a_list_of_people():
    text = "Mødet mellem Hanne og Vestby."
    assert items(text, [(text.index("Vestby"), text.index("Vestby") + 6)]) == []


def test_initials_are_no_words():
    assert items("To medarbejdere (SAL og Pia K.) hjalp.") == []


def test_names_given_to_rooms_are_things_wherever_they_recur():
    text = "Lokalerne på 2. sal hedder Birk, Rosa og Lone. Skilte: Rosa: 4 pladser, Lone: 8."
    assert sorted(text[s:e] for s, e in names_of_things(text)) == ["Birk", "Lone", "Lone", "Rosa", "Rosa"]


def test_a_person_who_hedder_a_name_gives_no_thing_a_name():
    assert names_of_things("Drengen hedder Villads, og hans kollega hedder Bent.") == []
