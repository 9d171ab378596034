"""A spaCy pipeline candidate is a package name or the path of a pipeline folder."""

from pathlib import Path

import pytest
import spacy

from companion.config import DEFAULT_SPACY_MODELS, SHIPPED_SPACY_MODEL, spacy_model_candidates
from companion.detection.nlp import is_path_candidate, load_pipeline, pipeline_name

shipped = pytest.mark.skipif(not (SHIPPED_SPACY_MODEL / "config.cfg").is_file(), reason="no shipped pipeline")


@pytest.mark.parametrize("candidate", ["da_core_news_sm", "da_uner_ddt_sm", "no_such_model_da"])
def test_a_bare_name_is_a_package(candidate):
    assert not is_path_candidate(candidate)


@pytest.mark.parametrize("candidate", ["./models/x", "models/x", "/opt/x", "~/x", Path("x"), str(SHIPPED_SPACY_MODEL)])
def test_a_folder_is_a_path(candidate):
    assert is_path_candidate(candidate)


def test_defaults_put_the_shipped_pipeline_first_then_the_packages():
    assert spacy_model_candidates({"SPACY_MODEL": ""}) == DEFAULT_SPACY_MODELS
    assert DEFAULT_SPACY_MODELS == (str(SHIPPED_SPACY_MODEL), "da_core_news_sm", "da_uner_ddt_sm")


@pytest.mark.parametrize("configured", ["da_core_news_sm", "/srv/models/da_custom"])
def test_the_setting_chooses_one_pipeline(configured):
    assert spacy_model_candidates({"SPACY_MODEL": configured}) == (configured,)


def test_pipeline_name_comes_from_the_meta():
    assert pipeline_name({"lang": "da", "name": "promptvagt_ner"}, "folder") == "da_promptvagt_ner"
    assert pipeline_name({"lang": "da", "name": "da_x"}, "folder") == "da_x"
    assert pipeline_name({}, "folder") == "folder"


@shipped
@pytest.mark.parametrize("as_path", [False, True])
def test_a_path_candidate_loads_and_reports_its_meta_name(as_path):
    candidate = SHIPPED_SPACY_MODEL if as_path else str(SHIPPED_SPACY_MODEL)
    pipeline = load_pipeline([candidate])
    assert pipeline.degraded_reason is None
    assert pipeline.name == "da_promptvagt_ner"
    assert pipeline.version == spacy.load(SHIPPED_SPACY_MODEL).meta["version"]
    assert pipeline.has_ner


@shipped
def test_missing_candidates_are_skipped_in_order(tmp_path):
    empty_folder = tmp_path / "not_a_pipeline"
    empty_folder.mkdir()
    pipeline = load_pipeline(["no_such_model_da", str(tmp_path / "absent"), str(empty_folder), str(SHIPPED_SPACY_MODEL)])
    assert pipeline.name == "da_promptvagt_ner"


def test_nothing_loadable_is_degraded_and_names_every_candidate(tmp_path):
    absent = str(tmp_path / "absent")
    pipeline = load_pipeline(["no_such_model_da", absent])
    assert pipeline.name is None
    assert "no_such_model_da" in pipeline.degraded_reason and absent in pipeline.degraded_reason


def test_a_broken_pipeline_folder_is_skipped(tmp_path):
    (tmp_path / "config.cfg").write_text("this is not a spaCy config", encoding="utf-8")
    pipeline = load_pipeline([str(tmp_path)])
    assert pipeline.name is None and pipeline.degraded_reason


@pytest.mark.skipif(not spacy.util.is_package("da_uner_ddt_sm"), reason="stand-in wheel not installed")
def test_a_package_candidate_keeps_its_package_name():
    assert load_pipeline(["da_uner_ddt_sm"]).name == "da_uner_ddt_sm"
