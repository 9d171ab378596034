"""The trained marking model: what it reads, what it adds to the grammar, and a broken install."""

import numpy as np
import pytest

from companion.detection import marking_classifier
from companion.detection.marking_classifier import MarkingClassifier, ModelMissing, clauses, units
from companion.detection.recognizers.dk_confidential_marker_recognizer import LIKELY, DkConfidentialMarkerRecognizer


def pieces(text):
    return [text[a:b] for a, b in units(text)]


def test_units_are_lines_split_into_sentences_without_bullets():
    text = "- Mødet er 24. juni kl. 12.00 i salen. Tag kaffe med!\n> | Status | Lukket |\n\nOK"
    assert pieces(text) == ["Mødet er 24. juni kl. 12.00 i salen.", "Tag kaffe med!", "Status | Lukket"]


def test_a_chat_speaker_is_left_out_but_a_fields_label_stays():
    text = "Katrine Lind: vent med at sige det\nMerete 10:14: hold det for dig selv\nStatus: Kladde"
    assert [text[a:b] for a, b in units(text)] == ["vent med at sige det", "hold det for dig selv", "Status: Kladde"]


def test_a_unit_is_also_read_clause_by_clause():
    text = "ok tak. mødet er kl. 10 i lokale nr. 2 i dag. referatet - kun til lederne; slet det bagefter"
    (a, b), = units(text)  # no capital after the full stops: one unit
    assert [text[x:y] for x, y in clauses(text, a, b)] == [
        "ok tak.", "mødet er kl. 10 i lokale nr. 2 i dag.", "kun til lederne", "slet det bagefter",
    ]  # "referatet" alone is one word and no clause; an abbreviation ("kl.") or a number ("2.") ends none


def test_a_unit_of_one_clause_has_no_clauses():
    text = "FORTROLIGT – kun til direktionen"
    assert clauses(text, 0, len(text)) == []


# A marking after a request in one lower-case line: where a clause reads as a marking, the marking is that clause,
# not the request before it.
@pytest.mark.parametrize(
    "request_text, marking",
    [
        ("kan du hjælpe mig med at skrive et kort svar til forældrene om at bussen er forsinket i morgen.",
         "budgetnotatet bliver i teamet indtil lederen har læst det"),
        ("lav en kort tekst til intranettet om at kantinen holder lukket fredag -",
         "kun til ledergruppen indtil byrådet har set det"),
    ],
)
def test_a_marking_in_one_clause_of_a_line_is_found_there(recognizer, request_text, marking):
    text = f"{request_text} {marking}"
    assert super(DkConfidentialMarkerRecognizer, recognizer).analyze(text, ["CONFIDENTIAL_MARKER"]) == []
    found = recognizer.analyze(text, ["CONFIDENTIAL_MARKER"])
    assert [text[r.start : r.end] for r in found] == [marking]


def test_features_are_scaled_to_length_one():
    text = "FORTROLIGT – kun til direktionen"
    (a, b, feats), = marking_classifier.unit_features(text)
    assert (a, b) == (0, len(text))
    assert sum(v * v for v in feats.values()) == pytest.approx(1.0)


@pytest.fixture(scope="module")
def recognizer():
    return DkConfidentialMarkerRecognizer()


# Made-up markings in shapes the grammar has no rule for; the model reads them (where a clause of the line reads as
# one, the marking is that clause: the document's title before the dash is no part of it).
@pytest.mark.parametrize(
    "text, marking",
    [
        ("Budgetforslag 2028 – kun til ledergruppen indtil byrådet har set det",
         "kun til ledergruppen indtil byrådet har set det"),
        ("Status: må ikke nå ud til afdelingerne endnu", "Status: må ikke nå ud til afdelingerne endnu"),
        ("Svaret må ikke gå ud til pressen før kl. 14.", "Svaret må ikke gå ud til pressen før kl. 14."),
    ],
)
def test_the_model_finds_what_the_grammar_has_no_rule_for(recognizer, text, marking):
    grammar = super(DkConfidentialMarkerRecognizer, recognizer).analyze(text, ["CONFIDENTIAL_MARKER"])
    assert grammar == []
    found = recognizer.analyze(text, ["CONFIDENTIAL_MARKER"])
    assert [(text[r.start : r.end], r.score) for r in found] == [(marking, LIKELY)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Fortrolige notater må ikke printes.", []),  # a rule about a kind of text
        ("Henvendelser behandles fortroligt af whistleblowerenheden.", []),  # the same, with a passive verb
        ("Navn;Afdeling;Fortrolighed;Deles kun med\nAnne;Løn;Høj;HR", ["Høj"]),  # a table's header marks nothing; its cell does
        ("Mødelokale 4 er kun for ledergruppen. Book det i Outlook.", []),  # a place for some people, not a text
    ],
)
def test_what_the_model_reads_goes_through_the_grammars_checks(recognizer, text, expected):
    assert marking_classifier.shared().markings(text)  # the model alone would call it a marking
    assert [text[r.start : r.end] for r in recognizer.analyze(text, ["CONFIDENTIAL_MARKER"])] == expected


def test_a_missing_model_says_so_in_danish_and_english(tmp_path):
    with pytest.raises(ModelMissing, match="Modellen for fortrolighedsmærkninger mangler.*reinstall"):
        MarkingClassifier(tmp_path / "missing.npz")


def test_a_model_of_the_wrong_size_is_refused(tmp_path):
    path = tmp_path / "small.npz"
    np.savez(path, weights=np.zeros(16, dtype=np.float32), bias=np.float32(0))
    with pytest.raises(ModelMissing, match="passer ikke"):
        MarkingClassifier(path)
