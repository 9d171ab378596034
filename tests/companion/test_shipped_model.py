"""The Danish NER pipeline shipped in the package loads with plain spaCy and tokenizes prompts."""

import json
import subprocess
import sys

import pytest
import spacy

from companion.config import DEFAULT_SPACY_MODELS, SHIPPED_SPACY_MODEL

pytestmark = pytest.mark.skipif(
    not (SHIPPED_SPACY_MODEL / "config.cfg").is_file(), reason="the shipped pipeline is missing"
)


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(SHIPPED_SPACY_MODEL)


def test_it_is_the_first_default_candidate():
    assert DEFAULT_SPACY_MODELS[0] == str(SHIPPED_SPACY_MODEL)


def test_plain_spacy_loads_it_from_its_path_in_a_fresh_process():
    # No Promptvagt import: the tokenizer rules must live in the saved pipeline itself.
    probe = (
        "import json, sys, spacy; nlp = spacy.load(sys.argv[1]); "
        "print(json.dumps([nlp.pipe_names, nlp.meta['lang'], nlp.meta['name'], nlp.meta['version'], "
        "[t.text for t in nlp.make_doc('Jensen;0101')]]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, str(SHIPPED_SPACY_MODEL)], capture_output=True, text=True, check=True
    ).stdout
    pipes, lang, name, version, tokens = json.loads(out.strip().splitlines()[-1])
    assert "ner" in pipes
    assert (lang, name) == ("da", "promptvagt_ner")
    assert version
    assert tokens == ["Jensen", ";", "0101"]


def test_ner_knows_the_labels(nlp):
    assert {"PER", "LOC", "ORG", "MISC"} <= set(nlp.get_pipe("ner").labels)


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("Jensen;0101", ["Jensen", ";", "0101"]),
        ('"navn":"Jens', ['"', "navn", '"', ":", '"', "Jens"]),
        ("Hansen;010190-1234;Aarhus", ["Hansen", ";", "010190-1234", ";", "Aarhus"]),
        ("|Jens|Hansen|", ["|", "Jens", "|", "Hansen", "|"]),
        ("Mvh /JH", ["Mvh", "/", "JH"]),
        ("VALUES ('Jens','Hansen')", ["VALUES", "(", "'", "Jens", "'", ",", "'", "Hansen", "'", ")"]),
        ("Hansen,Jens,0101", ["Hansen", ",", "Jens", ",", "0101"]),
        ("<navn>Jens</navn>", ["<", "navn", ">", "Jens", "<", "/", "navn", ">"]),
        # Ordinary text keeps its tokens.
        ("d. 12/3 kl. 2,5 og/eller J.H.", ["d.", "12/3", "kl.", "2,5", "og/eller", "J.H."]),
        ("jens.hansen@aarhus.dk", ["jens.hansen@aarhus.dk"]),
    ],
)
def test_the_tokenizer_splits_pasted_data(nlp, text, tokens):
    assert [t.text for t in nlp.make_doc(text)] == tokens


def test_a_name_in_a_csv_row_is_a_whole_token_entity(nlp):
    doc = nlp("Navn;CPR\nMette Frederiksen;010190-1234")
    assert any(e.label_ == "PER" and e.text == "Mette Frederiksen" for e in doc.ents)


def test_it_stays_small():
    size = sum(f.stat().st_size for f in SHIPPED_SPACY_MODEL.rglob("*") if f.is_file())
    assert size < 15_000_000
