"""The trained marking model: what it reads, what it adds to the grammar, and a broken install."""

import numpy as np
import pytest

from companion.detection import marking_classifier
from companion.detection.marking_classifier import MarkingClassifier, ModelMissing, units
from companion.detection.recognizers.dk_confidential_marker_recognizer import LIKELY, DkConfidentialMarkerRecognizer


def pieces(text):
    return [text[a:b] for a, b in units(text)]


def test_units_are_lines_split_into_sentences_without_bullets():
    text = "- Mødet er 24. juni kl. 12.00 i salen. Tag kaffe med!\n> | Status | Lukket |\n\nOK"
    assert pieces(text) == ["Mødet er 24. juni kl. 12.00 i salen.", "Tag kaffe med!", "Status | Lukket"]


def test_a_chat_speaker_is_left_out_but_a_fields_label_stays():
    text = "Katrine Lind: vent med at sige det\nMerete 10:14: hold det for dig selv\nStatus: Kladde"
    assert [text[a:b] for a, b in units(text)] == ["vent med at sige det", "hold det for dig selv", "Status: Kladde"]


def test_features_are_scaled_to_length_one():
    text = "FORTROLIGT – kun til direktionen"
    (a, b, feats), = marking_classifier.unit_features(text)
    assert (a, b) == (0, len(text))
    assert sum(v * v for v in feats.values()) == pytest.approx(1.0)


@pytest.fixture(scope="module")
def recognizer():
    return DkConfidentialMarkerRecognizer()


# Made-up markings in shapes the grammar has no rule for; the model reads them.
@pytest.mark.parametrize(
    "text",
    [
        "Budgetforslag 2028 – kun til ledergruppen indtil byrådet har set det",
        "Status: må ikke nå ud til afdelingerne endnu",
        "Svaret må ikke gå ud til pressen før kl. 14.",
    ],
)
def test_the_model_finds_what_the_grammar_has_no_rule_for(recognizer, text):
    grammar = super(DkConfidentialMarkerRecognizer, recognizer).analyze(text, ["CONFIDENTIAL_MARKER"])
    assert grammar == []
    found = recognizer.analyze(text, ["CONFIDENTIAL_MARKER"])
    assert [(r.start, r.end, r.score) for r in found] == [(0, len(text), LIKELY)]


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
